// Swap a video facade (a plain link to the video page) for the player, in place,
// only when the reader asks for it. Without this script the link still works.
document.addEventListener("click", (event) => {
  const facade = event.target.closest("a.video-facade[data-embed-src]");
  if (!facade || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
    return;
  }
  event.preventDefault();
  const frame = document.createElement("iframe");
  frame.src = facade.dataset.embedSrc;
  const title = facade.querySelector(".video-facade__title");
  frame.title = (title || facade).textContent.trim();
  frame.className = "video-frame";
  frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
  frame.allowFullscreen = true;
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  facade.replaceWith(frame);
  frame.focus();
});
