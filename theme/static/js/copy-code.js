// Optional: a "Copy" button on each highlighted code block (no line numbers, no "$ ").
{
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.role = "status";
  document.body.append(status);
  for (const pre of navigator.clipboard ? document.querySelectorAll(".highlight > pre") : []) {
    const button = document.createElement("button");
    button.className = "button button--secondary code-copy";
    button.textContent = "Copy";
    button.onclick = () => {
      const code = pre.cloneNode(true);
      code.querySelectorAll(".linenos, .gp").forEach((extra) => extra.remove());
      status.textContent = "";
      navigator.clipboard.writeText(code.textContent.replace(/\n$/, "")).then(
        () => { status.textContent = "Copied"; },
        () => { status.textContent = "Could not copy the code"; },
      );
    };
    pre.before(button);
  }
}
