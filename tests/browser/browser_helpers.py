"""Small helpers shared by the browser tests."""


def tab_until(page, selector: str, limit: int = 80) -> bool:
    """Press Tab until an element matching `selector` has focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return True
    return False


def wait_until(page, expression: str, seconds: float = 10) -> None:
    """Poll a JavaScript expression until it is true (page.wait_for_function
    evaluates strings with eval, which our Content-Security-Policy forbids)."""
    for _ in range(int(seconds * 10)):
        if page.evaluate(f"() => Boolean({expression})"):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"still false after {seconds} s: {expression}")


# The outermost elements (or parents of text) that stick out past the right edge
# of the window and are not inside a box that scrolls or clips them: what makes a
# page scroll sideways. Text is measured on its own: a long word spills out of its
# paragraph while the paragraph's box stays inside the window.
OVERFLOWING = """() => {
  const limit = document.documentElement.clientWidth + 0.5;
  const clipped = (box) => {
    for (let a = box; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== "visible") return true;
    }
    return false;
  };
  const found = [];
  const add = (el, right, box) => {
    if (clipped(box) || found.some((outer) => outer.el.contains(el))) return;
    for (let i = found.length - 1; i >= 0; i--) if (el.contains(found[i].el)) found.splice(i, 1);
    found.push({el, right});
  };
  for (const el of document.body.querySelectorAll("*")) {
    const right = el.getBoundingClientRect().right;
    if (right > limit) add(el, right, el.parentElement);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  while (walker.nextNode()) {
    const text = walker.currentNode;
    if (!text.data.trim()) continue;
    range.selectNodeContents(text);
    const right = range.getBoundingClientRect().right;
    if (right > limit) add(text.parentElement, right, text.parentElement);
  }
  return found.map(({el, right}) => ({
    region: el.closest("body > header, main, body > footer")?.localName || "body",
    element: el.localName + (typeof el.className === "string" && el.className.trim()
      ? "." + el.className.trim().split(/\\s+/).join(".") : ""),
    text: (el.textContent || "").trim().slice(0, 50),
    right: Math.round(right),
  }));
}"""


def overflowing(page) -> list[dict]:
    """Each element that makes the page wider than the window: region, element, text."""
    return page.evaluate(OVERFLOWING)


def load_every_image(page) -> None:
    """Load and decode the images lazy loading would leave out of a full-page screenshot."""
    page.evaluate(
        """() => Promise.all([...document.images].map((image) => {
            image.loading = "eager";
            return image.decode().catch(() => null);
        }))"""
    )
