"""The Pagefind index: built with the site, over bodies only."""

import json

from search import index_size
from site_kit import soup


def test_index_holds_every_article_page_and_project_and_no_listing(fixture_site):
    entry = json.loads((fixture_site / "pagefind/pagefind-entry.json").read_text())
    indexed = entry["languages"]["en"]["page_count"]
    bodies = [p for p in fixture_site.rglob("*.html") if "data-pagefind-body" in p.read_text()]
    assert indexed == len(bodies) == 16  # 5 articles, 3 pages, 8 projects
    for listing in [
        "index.html",
        "archives/index.html",
        "tag/outsourcing/index.html",
        "category/outsourcing-articles/index.html",
        "404.html",
        "search/index.html",
    ]:
        assert "data-pagefind-body" not in (fixture_site / listing).read_text(), listing
    assert 0 < index_size(fixture_site / "pagefind") < 400_000
    assert not list((fixture_site / "pagefind").glob("pagefind-ui.*"))  # unused UI pruned


def test_search_page_loads_only_its_own_small_script(fixture_site):
    page = soup(fixture_site / "search/index.html")
    assert [s["src"] for s in page.find_all("script", src=True)] == ["../theme/js/search.js"]
    assert page.select_one("form[role=search] input[type=search]")
    assert page.select_one(".search__fallback a")["href"] == "../archives/"
    policy = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "script-src 'self' 'wasm-unsafe-eval'" in policy


def test_no_other_page_carries_search_javascript(fixture_site):
    for path in fixture_site.rglob("*.html"):
        if path.parent.name == "search":
            continue
        scripts = " ".join(s["src"] for s in soup(path).find_all("script", src=True))
        assert "search.js" not in scripts and "pagefind" not in scripts, path
        assert "wasm-unsafe-eval" not in path.read_text(), path
