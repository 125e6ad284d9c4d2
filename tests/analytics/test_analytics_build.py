"""Analytics in built pages: only in production (or when asked), one origin in the CSP."""

import json

import pytest

from freelancekit.strict_build import BuildFailed
from run import page_weight
from site_kit import FIXTURE_PUBLISH_SETTINGS, article, build_site, csp_of, soup

FILES = {"articles/a.md": article(), "pages/about.md": "Title: About\n\nAbout me.\n"}
GOAT = {"provider": "goatcounter", "code": "asha"}
UMAMI_ID = "4e7b1c2a-9f0d-4c3e-8a5b-6d7e8f9a0b1c"
UMAMI = {"provider": "umami", "website_id": UMAMI_ID, "url": "https://umami.example.org"}
PAGES = ["index.html", "tags/index.html", "follow/index.html"]
PAGES += ["a-tip/index.html", "about/index.html"]


def scripts(page) -> list:
    return page.find_all("script", src=lambda s: s and s.endswith("/analytics.js"))


def test_production_pages_load_our_script_and_allow_exactly_one_origin(tmp_path):
    output = build_site(tmp_path, FILES, settings_file=FIXTURE_PUBLISH_SETTINGS, ANALYTICS=GOAT)
    for path in PAGES:
        page = soup(output / path)
        (script,) = scripts(page)
        assert script["data-provider"] == "goatcounter" and script.has_attr("defer")
        assert script["data-endpoint"] == "https://asha.goatcounter.com/count"
        assert json.loads(script["data-query"])["p"] == "{path}"
        assert script["src"].startswith("https://example.com/")  # ours, not GoatCounter's
        policy = csp_of(page)
        assert policy["connect-src"] == "'self' https://asha.goatcounter.com", path
        assert "goatcounter" not in " ".join(v for k, v in policy.items() if k != "connect-src")
    assert (output / "theme/js/analytics.js").is_file()


@pytest.mark.parametrize(
    ("setting", "site", "origin"),
    [
        ({"provider": "plausible", "domain": "example.com"}, "example.com", "https://plausible.io"),
        (UMAMI, UMAMI_ID, "https://umami.example.org"),
    ],
)
def test_plausible_and_umami_name_the_site_and_their_origin(tmp_path, setting, site, origin):
    output = build_site(tmp_path, FILES, ANALYTICS=setting, ANALYTICS_IN_DEVELOPMENT=True)
    page = soup(output / "a-tip/index.html")
    (script,) = scripts(page)
    body = json.loads(script["data-body"])  # the provider's JSON, {tokens} for the page's values
    assert site in (body.get("d"), body.get("payload", {}).get("website"))
    assert script["data-endpoint"].startswith(origin + "/api/")
    assert csp_of(page)["connect-src"] == f"'self' {origin}"


def test_off_by_default_and_in_development_nothing_is_sent(tmp_path):
    for name, settings in {"off": {}, "dev": {"ANALYTICS": GOAT}}.items():
        output = build_site(tmp_path / name, FILES, **settings)
        for path in PAGES:
            page = soup(output / path)
            assert not scripts(page) and csp_of(page)["connect-src"] == "'self'", (name, path)


def test_a_wrong_analytics_setting_fails_even_in_development(tmp_path):
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, FILES, ANALYTICS={"provider": "google", "id": "UA-1"})
    (problem,) = failed.value.problems
    assert problem.file == "pelicanconf.py"
    assert problem.message.startswith("ANALYTICS['provider']: 'google' is not one of")


def test_fixture_articles_stay_light_in_production_with_analytics_on(tmp_path):
    """The article budget (tests/site: 15 KB gzip with the CSS and JS a page loads)
    holds as the live site serves it: a production build, its live comments'
    script, the newsletter form, and analytics (Umami's request is the longest)."""
    output = build_site(tmp_path, settings_file=FIXTURE_PUBLISH_SETTINGS, ANALYTICS=UMAMI)
    weights = {
        path.parent.name: page_weight(output, str(path.relative_to(output)))["total_gzip"]
        for path in output.glob("*/index.html")
        if soup(path).find("meta", attrs={"property": "og:type", "content": "article"})
    }
    assert len(weights) >= 3 and all(scripts(soup(output / f"{n}/index.html")) for n in weights)
    assert max(weights.values()) <= 15 * 1024, weights
