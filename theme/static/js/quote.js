// Optional: add "Copy quote" to each quote box. The share links work without it.
const canonical = document.querySelector('link[rel="canonical"]');
for (const box of navigator.clipboard ? document.querySelectorAll("[data-quote]") : []) {
  const item = document.createElement("li");
  const button = document.createElement("button");
  const status = document.createElement("span");
  button.type = "button";
  button.className = "button button--secondary quote-box__copy";
  button.textContent = "Copy quote";
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  button.addEventListener("click", async () => {
    const link = new URL(`#${box.id}`, canonical ? canonical.href : location.href).href;
    try {
      await navigator.clipboard.writeText(`${box.dataset.quote} ${link}`);
      status.textContent = "Quote copied";
    } catch {
      status.textContent = "Could not copy the quote";
    }
    setTimeout(() => { status.textContent = ""; }, 3000);
  });
  item.append(button, status);
  box.querySelector(".quote-box__share").append(item);
}
