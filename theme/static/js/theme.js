// See base.html.
{
  const next = { system: "dark", dark: "light", light: "system" };
  let choice, button;
  const show = (value) => {
    choice = Object.hasOwn(next, value) ? value : "system";
    document.documentElement.dataset.theme = choice;
    if (button) {
      button.title = button.ariaLabel = `Theme: ${choice}. Switch to ${next[choice]}`;
    }
  };
  const load = () => { try { show(localStorage.theme); } catch { show(); } };
  load();
  addEventListener("pageshow", (event) => event.persisted && load());
  addEventListener("DOMContentLoaded", () => {
    button = document.querySelector("[data-theme-toggle]");
    if (!button) return;
    show(choice);
    button.hidden = false;
    button.onclick = () => {
      show(next[choice]);
      try { localStorage.theme = choice; } catch {}
    };
  });
}
