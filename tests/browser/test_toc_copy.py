"""In this article and Copy: jump to a tip, see where you are, copy code, JS on and off."""

from __future__ import annotations

import re

import pytest

from browser_helpers import tab_until, wait_until
from conftest import dumps, every_way, nu_errors, served_site, trips
from site_kit import FIXTURE, article, write_content

pytestmark = pytest.mark.browser

CODE_ARTICLE = "working-across-time-zones/"  # five numbered tips and a Python block
SOURCE = FIXTURE / "content/articles/working-across-time-zones.md"
THIRD = "3-let-the-computer-do-the-arithmetic"
# The index of the link the browser marks as the one being read (CSS scroll markers).
LINKS = "[...document.querySelectorAll('[data-toc] a')]"
CURRENT = f"{LINKS}.findIndex(a => a.matches(':target-current'))"
SMALL = """\
Intro.

## Price the brief

Text.

## Say `<no>` & mean it

```console
$ pip install pelican
$ pelican content
```

## Send the invoice

Text.
"""


def fenced(text: str, language: str) -> str:
    return re.search(rf"```{language}\n(.*?)\n```", text, re.S).group(1)


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    """A site of one article: unnumbered tips (the list numbers them) and a shell session."""
    folder = tmp_path_factory.mktemp("toc-copy")
    content = write_content(folder / "content", {"articles/a.md": article(body=SMALL)})
    with served_site(folder, PATH=str(content)) as served:
        yield served


def clipboard_page(open_page, path, **kwargs):
    visit = open_page(path, **kwargs)
    visit.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    return visit


@pytest.mark.parametrize("js", [True, False])
def test_a_toc_link_jumps_to_its_tip(open_page, js):
    visit = open_page(CODE_ARTICLE, js=js)
    page = visit.page
    page.click(f'nav[data-toc] a[href="#{THIRD}"]')
    assert page.url.endswith(f"#{THIRD}")
    assert page.evaluate("document.querySelector(':target').id") == THIRD
    top = page.evaluate(f"document.getElementById('{THIRD}').getBoundingClientRect().top")
    assert 8 <= top < 100  # a little room above the heading
    assert not visit.problems()


@pytest.mark.parametrize("js", [True, False])
def test_the_tip_being_read_is_marked_in_the_list_as_the_reader_scrolls(open_page, js):
    page = open_page(CODE_ARTICLE, js=js).page
    page.evaluate(f"document.getElementById('{THIRD}').scrollIntoView(); scrollBy(0, 20)")
    wait_until(page, f"{CURRENT} === 2")
    page.evaluate("scrollTo(0, document.querySelector('.post-body h2').offsetTop + 20)")
    wait_until(page, f"{CURRENT} === 0")
    weight = page.evaluate("getComputedStyle(document.querySelector('[data-toc] a')).fontWeight")
    assert weight == "700"  # the mark is seen, not only matched


def test_copy_copies_the_code_as_written_and_says_so(open_page):
    visit = clipboard_page(open_page, CODE_ARTICLE)
    page = visit.page
    page.click("button.code-copy")
    wait_until(page, "document.querySelector('body > p[role=status]').textContent === 'Copied'")
    code = fenced(SOURCE.read_text(encoding="utf-8"), "python")
    assert page.evaluate("navigator.clipboard.readText()") == code
    assert not visit.problems()


def test_copy_works_by_keyboard(open_page):
    page = clipboard_page(open_page, CODE_ARTICLE).page
    assert tab_until(page, "button.code-copy")
    page.keyboard.press("Enter")
    wait_until(page, "document.querySelector('body > p[role=status]').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()").startswith("from datetime")


def test_a_copy_that_fails_is_announced(open_page):
    page = open_page(CODE_ARTICLE).page
    page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(Error('no')); }")
    page.click("button.code-copy")
    status = "document.querySelector('body > p[role=status]').textContent"
    wait_until(page, f"{status} === 'Could not copy the code'")


def test_copy_leaves_out_the_prompts_of_a_shell_session(open_page, small_site):
    page = clipboard_page(open_page, small_site.at("a-tip/")).page
    page.click("button.code-copy")
    wait_until(page, "document.querySelector('body > p[role=status]').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == "pip install pelican\npelican content"


def test_without_javascript_there_is_no_copy_button(open_page):
    page = open_page(CODE_ARTICLE, js=False).page
    assert page.locator(".highlight > pre").count() == 1
    assert page.locator("button.code-copy, body > p[role=status]").count() == 0


def test_unnumbered_tips_are_numbered_by_the_list(open_page, small_site):
    page = open_page(small_site.at("a-tip/")).page
    links = page.locator("nav[data-toc] ol > li > a")
    assert links.all_inner_texts() == ["Price the brief", "Say <no> & mean it", "Send the invoice"]
    style = "getComputedStyle(document.querySelector('[data-toc] ol')).listStyleType"
    assert page.evaluate(style) == "decimal"


@pytest.mark.parametrize("path", [CODE_ARTICLE, "small"])
def test_toc_and_copy_pass_axe_and_fit_at_320_and_1280_light_and_dark(open_page, small_site, path):
    page = open_page(small_site.at("a-tip/") if path == "small" else path).page
    assert page.locator("button.code-copy").count() == 1
    found = every_way(page, trips, widths=(320, 1280))
    assert not found, dumps(found)


def test_the_small_site_article_is_valid_html(small_site):
    assert nu_errors(small_site.output, [small_site.output / "a-tip/index.html"]) == []
