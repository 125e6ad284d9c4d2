// Optional: draw the tooltip of the country under the pointer or focus above
// every other country (SVG has no z-index). Without this script each tooltip
// still shows in place, and the list under the map says the same.
const SVG_NS = "http://www.w3.org/2000/svg";
for (const map of document.querySelectorAll("svg.world-map, svg.world-map-closeup")) {
  const overlay = document.createElementNS(SVG_NS, "g");
  overlay.setAttribute("class", "world-map__overlay");
  overlay.setAttribute("aria-hidden", "true");
  map.append(overlay);
  map.classList.add("world-map--overlay");
  const show = (event) => {
    const tip = event.target.closest("[data-country]")?.querySelector(".world-map__tip");
    overlay.replaceChildren(...(tip ? [tip.cloneNode(true)] : []));
  };
  map.addEventListener("pointerover", show);
  map.addEventListener("focusin", show);
  map.addEventListener("pointerleave", () => {
    if (!map.contains(document.activeElement)) overlay.replaceChildren();
  });
  map.addEventListener("focusout", (event) => {
    if (!map.contains(event.relatedTarget)) overlay.replaceChildren();
  });
}
