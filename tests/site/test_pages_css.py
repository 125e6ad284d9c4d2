"""pages.css holds what only listings, the profile home, services, hours, the map,
the portfolio, search and WordPress's markup use, so an article page does not
carry it. A page that uses one of its classes and does not load it is a page
styled wrong: every page of the fixture site is checked, whatever wrote it."""

from __future__ import annotations

from test_stylesheet import CSS

from freelancekit.site_pages import html_pages
from page_styles import only_in


def pages_only_classes() -> frozenset[str]:
    """The classes only pages.css styles, as plugins/page_styles reads them."""
    return only_in((CSS / "pages.css").read_text(), (CSS / "site.css").read_text())


def loads_pages_css(page) -> bool:
    return any(
        link["href"].endswith("/css/pages.css")
        for link in page.find_all("link", rel="stylesheet", href=True)
    )


def test_classes_are_read_from_both_stylesheets():
    only = pages_only_classes()
    assert {"world-map", "profile__intro", "enquiry__pair", "search__row"} <= only
    assert "button" not in only and "card" not in only


def unstyled(pages: dict) -> tuple[dict[str, list[str]], set[str]]:
    """({page: classes it uses that only pages.css styles, when it does not load it},
    the pages that load it) for {name: parsed page}."""
    only = pages_only_classes()
    missing, loaded = {}, set()
    for name, page in pages.items():
        used = {name for tag in page.find_all(class_=True) for name in tag["class"]}
        if loads_pages_css(page):
            loaded.add(name)
        elif used & only:
            missing[name] = sorted(used & only)
    return missing, loaded


def test_a_page_that_uses_pages_css_loads_it_and_an_article_does_not(fixture_site):
    pages = html_pages(fixture_site)
    missing, loaded = unstyled(
        {p.relative_to(fixture_site).as_posix(): v for p, v in pages.items()}
    )
    assert not missing
    assert {"index.html", "hire-me/index.html", "search/index.html"} <= loaded
    articles = [
        path.relative_to(fixture_site).as_posix()
        for path, page in html_pages(fixture_site).items()
        if page.find("meta", property="og:type", content="article")
        and not page.find("svg", class_="world-map")
    ]
    assert articles and not set(articles) & loaded
