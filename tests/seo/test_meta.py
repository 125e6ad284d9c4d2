"""Descriptions are plain text within a limit; SITEURL must be absolute."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seo import SiteUrlError, absolute, check_siteurl, describe, plain_text


def test_plain_text_strips_markup_and_entities():
    assert plain_text("<p>Fish &amp; chips\n<em>now</em></p>") == "Fish & chips now"


def test_plain_text_keeps_words_and_punctuation_together():
    text = '<p>Read <a href="/x/">its intro</a>.</p><p>Next</p>'
    assert plain_text(text) == "Read its intro. Next"
    assert plain_text("<p><em>W</em>ord<br>two</p><ul><li>a</li><li>b</li></ul>") == "Word two a b"


def test_description_cuts_at_a_word_with_an_ellipsis():
    text = "<p>" + "word " * 60 + "</p>"
    result = describe(text, limit=30)
    assert result.endswith("…") and len(result) <= 30
    assert result == "word word word word word word…"


def test_short_description_is_unchanged():
    assert describe("<p>Short.</p>") == "Short."


@given(st.text(), st.integers(min_value=2, max_value=300))
def test_description_never_exceeds_limit_or_keeps_tags(text, limit):
    result = describe(text, limit)
    assert len(result) <= limit
    assert "<" not in result or "<" in plain_text(text)


@given(
    st.lists(st.sampled_from(["<p>", "</p>", "<em>", "</em>", "<br>", " ", "word ", "&amp;", ">"]))
    | st.lists(st.text(max_size=30)),
    st.integers(min_value=2, max_value=30),
)
def test_a_description_read_from_the_opening_is_the_one_read_from_the_whole(parts, limit):
    from seo.meta import shorten_text

    html = "".join(parts) * 20  # often longer than the opening describe reads first
    assert describe(html, limit) == shorten_text(plain_text(html), limit)
    # An opening that ends inside a tag (here its long attribute) is not text.
    long_tag = f'<p title="{"x" * 10 * limit}">{"word " * limit}</p>'
    assert describe(long_tag, limit) == shorten_text(plain_text(long_tag), limit)


@pytest.mark.parametrize(
    "value", ["https://me.github.io", "http://127.0.0.1:8000", "https://me.example/blog"]
)
def test_absolute_siteurls_are_accepted(value):
    assert check_siteurl(value) == value


@pytest.mark.parametrize(
    "value", ["", "me.github.io", "https://me.github.io/", "ftp://x.org", None, "https://x.org?a"]
)
def test_other_siteurls_are_refused(value):
    with pytest.raises(SiteUrlError, match="SITEURL"):
        check_siteurl(value)


def test_absolute_joins_paths_and_keeps_full_urls():
    assert absolute("https://me.example", "tip/") == "https://me.example/tip/"
    assert absolute("https://me.example", "/tip/") == "https://me.example/tip/"
    assert absolute("https://me.example", "https://cdn.example/x.png") == (
        "https://cdn.example/x.png"
    )


def test_a_page_with_no_text_is_described_by_its_title(tmp_path):
    from site_kit import article, build_site, soup

    empty = article(title="Nothing <em>here</em> yet", body="")
    output = build_site(tmp_path, {"articles/a.md": empty, "pages/p.md": "Title: Blank\n\n"})
    # A title is text: shown as typed, tags and all.
    expected_pages = [
        ("a-tip/index.html", "Nothing <em>here</em> yet"),
        ("blank/index.html", "Blank"),
    ]
    for page, expected in expected_pages:
        meta = soup(output / page).find("meta", attrs={"name": "description"})
        assert meta["content"] == expected


@pytest.mark.parametrize(
    "siteurl",
    [
        'https://example.com/a"><script>alert(1)</script>',
        "https://example.com/a b",
        "https://example.com/a\nb",
        "https://example.com/<x>",
        "https://example.com:99999",
        "https://exa mple.com",
    ],
)
def test_a_siteurl_that_could_leave_an_attribute_is_refused(siteurl):
    with pytest.raises(SiteUrlError):
        check_siteurl(siteurl)


@pytest.mark.parametrize(
    ("handle", "kept"), [("@janewrites", "janewrites"), ("jane_w", "jane_w"), ("", ""), (None, "")]
)
def test_an_x_handle_is_kept_without_its_at(handle, kept):
    from seo.meta import check_x_handle

    assert check_x_handle(handle) == kept


@pytest.mark.parametrize("handle", ["@@jane", "jane writes", 'x"><b>', "a" * 16, 42])
def test_anything_else_as_an_x_handle_is_refused(handle):
    from seo.meta import XHandleError, check_x_handle

    with pytest.raises(XHandleError, match="is not an X handle"):
        check_x_handle(handle)


def test_the_site_shows_the_handle_once_and_json_ld_escapes_once(tmp_path):
    import json

    from site_kit import article, build_site, soup

    text = article().replace("Tags: one", "Tags: one\nSummary: Tips & tricks")
    output = build_site(tmp_path, {"articles/a.md": text}, X_HANDLE="@janewrites")
    page = soup(output / "a-tip/index.html")
    assert page.find("meta", attrs={"name": "twitter:site"})["content"] == "@janewrites"
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["description"] == "Tips & tricks"
    assert page.find("meta", attrs={"name": "description"})["content"] == "Tips & tricks"


def test_a_bad_x_handle_fails_the_build_at_its_settings_line(tmp_path):
    from freelancekit.strict_build import BuildFailed
    from site_kit import article, build_site

    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article()}, X_HANDLE="jane writes")
    (problem,) = failed.value.problems
    assert problem.file.endswith("pelicanconf.py") and "is not an X handle" in problem.message


@pytest.mark.parametrize(
    ("cname", "said"),
    [
        ("www.example.com\nevil.example", "is not a domain name"),
        ("https://www.example.com", "is not a domain name"),
        ("www.example.com", "but SITEURL is 'https://fixture-noor-haddad.github.io'"),
    ],
)
def test_a_bad_custom_domain_fails_the_production_build_at_its_line(tmp_path, cname, said):
    from freelancekit.strict_build import BuildFailed, build
    from site_kit import FIXTURE_PUBLISH_SETTINGS, article, write_content

    content = write_content(tmp_path / "content", {"articles/a.md": article()})
    with pytest.raises(BuildFailed) as failed:
        build(
            FIXTURE_PUBLISH_SETTINGS,
            tmp_path / "output",
            overrides={"PATH": str(content), "GITHUB_PAGES_CNAME": cname},
        )
    (problem,) = failed.value.problems
    assert problem.file.endswith("publishconf.py") and problem.line == 13
    assert said in problem.message


def test_a_custom_domain_matching_siteurl_builds(tmp_path):
    from freelancekit.strict_build import build
    from site_kit import FIXTURE_PUBLISH_SETTINGS, article, write_content

    content = write_content(tmp_path / "content", {"articles/a.md": article()})
    overrides = {"PATH": str(content), "GITHUB_PAGES_CNAME": "Www.Example.com"}
    build(
        FIXTURE_PUBLISH_SETTINGS,
        tmp_path / "output",
        overrides={**overrides, "SITEURL": "https://www.example.com"},
    )


def test_a_siteurl_with_a_trailing_slash_fails_at_its_settings_line(tmp_path):
    from site_kit import article, build_fails

    (problem,) = build_fails(tmp_path, {"articles/a.md": article()}, SITEURL="https://example.com/")
    assert problem.file.endswith("pelicanconf.py") and problem.line
    assert problem.message.startswith("SITEURL ends with '/': remove the trailing slash")
