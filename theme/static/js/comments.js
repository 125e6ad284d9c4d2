// Load the comment provider only when the reader gets to the comments (or asks,
// when consent is on). Without this script the section shows a link instead.
// No word from the provider within data-wait milliseconds: show the fallback.

function load(live) {
  if (live.dataset.state) return;
  live.dataset.state = "loading";
  const embed = live.querySelector(".comments__embed");
  const origin = live.dataset.origin;
  const failed = () => {
    if (live.dataset.state === "loaded") return;
    live.dataset.state = "unreachable";
    embed.replaceChildren();
    const fallback = live.querySelector(".comments__fallback");
    if (fallback) fallback.prepend("Comments could not be loaded. ");
  };
  if (live.dataset.frameSrc) {
    const frame = document.createElement("iframe");
    // The scheme the reader chose with the header's switch (theme.js), if any.
    const src = new URL(live.dataset.frameSrc);
    const [light, dark] = (live.dataset.themes || "").split(" ");
    const chosen = { light, dark }[document.documentElement.dataset.theme];
    if (dark && chosen) src.searchParams.set("theme", chosen);
    frame.src = src;
    frame.title = "Comments";
    frame.className = "comments__frame";
    frame.setAttribute("scrolling", "no");
    addEventListener("message", (event) => {
      if (event.origin !== origin) return;
      live.dataset.state = "loaded";
      let data = event.data;
      try { if (typeof data === "string") data = JSON.parse(data); } catch { return; }
      const height = data?.giscus?.resizeHeight ?? (data?.type === "resize" && data.height)
        ?? data?.remarkIframeHeight ?? (data?.name === "resize" && data.data?.height);
      if (height) frame.style.height = `${Math.ceil(height)}px`;
    });
    embed.append(frame);
  } else {
    const thread = document.createElement("section");
    thread.id = "isso-thread";
    const script = document.createElement("script");
    script.src = live.dataset.scriptSrc;
    script.dataset.isso = live.dataset.isso;
    script.dataset.issoCss = "true";
    script.addEventListener("load", () => { live.dataset.state = "loaded"; });
    script.addEventListener("error", failed);
    embed.append(thread, script);
  }
  setTimeout(failed, Number(live.dataset.wait) || 10000);
}

for (const live of document.querySelectorAll("#comments .comments__live[data-comments-load]")) {
  if (live.dataset.commentsLoad === "click") {
    const button = live.querySelector(".comments__load");
    button.hidden = false;
    button.addEventListener("click", () => { button.remove(); load(live); });
  } else if ("IntersectionObserver" in window) {
    const watcher = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) { watcher.disconnect(); load(live); }
    }, { rootMargin: "0px 0px 400px 0px" });
    watcher.observe(live);
  } else {
    load(live);
  }
}
