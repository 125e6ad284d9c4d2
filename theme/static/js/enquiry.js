// Optional: the hire page's form#enquiry composes an e-mail (mailto: with a
// subject and a body) or text to copy. Nothing is sent from the page. Without
// this script the form stays hidden and the page's e-mail link is the way in.
(() => {
  const form = document.querySelector("form#enquiry");
  if (!form) return;
  const status = form.querySelector("[data-enquiry-status]");
  const field = (name) => form.elements.namedItem(name).value.trim();
  const SUBJECT_WORDS = 60;

  const compose = () => {
    const what = field("what");
    const firstLine = what.split("\n")[0];
    const short = firstLine.length > SUBJECT_WORDS ? `${firstLine.slice(0, SUBJECT_WORDS).trimEnd()}…` : firstLine;
    const subject = `${form.dataset.subject}: ${short}`;
    let deadline = field("deadline");
    if (deadline) {
      const day = new Date(`${deadline}T12:00:00`);
      deadline = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(day);
    }
    const where = field("city");
    const lines = [
      `Hello ${form.dataset.owner},`,
      "",
      `Who I am: ${field("name")}`,
      "",
      "What I need:",
      what,
      "",
    ];
    if (field("audience")) lines.push(`Who it is for: ${field("audience")}`);
    if (deadline || where) {
      lines.push(`Deadline: ${[deadline || "to agree", where && `(${where})`].filter(Boolean).join(" ")}`);
    }
    lines.push(`Budget: ${field("budget") || "to discuss"}`, "", "Thank you,", field("name"));
    return { subject, body: lines.join("\n") };
  };

  const say = (text) => {
    status.textContent = "";
    // A fresh message each time, so that a screen reader announces it again.
    window.setTimeout(() => { status.textContent = text; }, 50);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const { subject, body } = compose();
    const address = form.dataset.email;
    const link = `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, "\r\n"))}`;
    form.dataset.mailto = link;
    say(`Your e-mail app should open with the message to ${address}. If it does not, use "Copy the text".`);
    window.location.href = link;
  });

  form.querySelector("[data-enquiry-copy]").addEventListener("click", async () => {
    if (!form.reportValidity()) return;
    const { subject, body } = compose();
    const text = `Subject: ${subject}\n\n${body}`;
    try {
      await navigator.clipboard.writeText(text);
      say(`Copied. Paste it into an e-mail to ${form.dataset.email}.`);
    } catch {
      say(`Your browser did not let the page copy. Write to ${form.dataset.email}.`);
    }
  });

  form.hidden = false;
})();
