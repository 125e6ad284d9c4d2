"""Small helpers shared by the browser tests."""


def tab_until(page, selector: str, limit: int = 80) -> bool:
    """Press Tab until an element matching `selector` has focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return True
    return False
