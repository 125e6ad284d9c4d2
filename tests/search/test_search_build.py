"""The Pagefind index: built with the site, over bodies only."""

import gzip
import json
from pathlib import Path

from search import index_size
from site_kit import soup


def indexed_pages(bundle: Path) -> dict[str, dict]:
    """What Pagefind keeps of each page (its fragment: url, content, meta), by URL."""
    pages = {}
    for fragment in bundle.glob("fragment/*.pf_fragment"):
        page = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))
        pages[page["url"]] = page
    return pages


def test_index_holds_every_article_page_and_project_and_no_listing(fixture_site):
    entry = json.loads((fixture_site / "pagefind/pagefind-entry.json").read_text())
    indexed = entry["languages"]["en"]["page_count"]
    bodies = [p for p in fixture_site.rglob("*.html") if "data-pagefind-body" in p.read_text()]
    # 5 articles, 3 pages, 8 projects, the services and testimonials pages
    assert indexed == len(bodies) == 18
    for listing in [
        "index.html",
        "blog/index.html",
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
    scripts = [s["src"] for s in page.find_all("script", src=True)]
    assert scripts == ["../theme/js/theme.js", "../theme/js/search.js"]  # theme.js: every page
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


def test_excerpts_start_with_the_text_not_the_title_date_or_controls(fixture_site):
    pages = indexed_pages(fixture_site / "pagefind")
    pricing = pages["/pricing-freelance-writing/"]
    assert (
        pricing["meta"]["title"] == "Six ways to price writing work without underselling yourself"
    )
    assert pricing["content"].startswith("Pricing is the question I am asked most often")
    project = pages["/portfolio/api-documentation-for-a-brazilian-fintech/"]
    assert project["content"].startswith("Cerrado Ledger. Brazil. 2025. Technical writing")
    for url, page in pages.items():
        title, content = page["meta"]["title"], page["content"]
        assert not content.startswith((title, "Portfolio")), url
        for chrome in ["min read", "Share on X", "Mastodon", "Play video on"]:
            assert chrome not in content, (url, chrome)


def test_an_article_without_text_is_indexed_by_its_title(tmp_path):
    from site_kit import article, build_site

    files = {
        "articles/a.md": article(title="Only a title", body=""),
        "articles/b.md": article(slug="b", title="With text", body="Some words."),
    }
    pages = indexed_pages(build_site(tmp_path, files, SEARCH_INDEX=True) / "pagefind")
    assert pages["/a-tip/"]["content"] == "Only a title."  # not its date or category
    assert pages["/b/"]["content"] == "Some words."
