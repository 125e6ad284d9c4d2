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
