"""Share lengths are counted with the link readers share: the production one.

Each test gives the fixture site's settings a publishconf.py of its own, so the
production address is the test's, whatever SITEURL the shell has.
"""

import shutil
from pathlib import Path

import pytest

from freelancekit.strict_build import BuildFailed, build
from site_kit import FIXTURE_SETTINGS, article, soup, write_content

PUBLISHCONF = """\
from pathlib import Path

from pelican.settings import get_settings_from_file

globals().update(get_settings_from_file(str(Path(__file__).with_name("pelicanconf.py"))))
SITEURL = {siteurl!r}
RELATIVE_URLS = False
IS_PRODUCTION = True
"""
SHORT = "https://noorhaddad.com"
LONG = "https://the-long-named-writing-studio-of-noor-haddad.com"  # host: 48 characters
VIA = len(" via @noorhaddad_ed")  # the fixture's X_HANDLE


def site(folder: Path, publishconf: str | None) -> Path:
    """The fixture site's settings (SITEURL http://127.0.0.1:8000) and this publishconf.py."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURE_SETTINGS, folder / "pelicanconf.py")
    if publishconf is not None:
        (folder / "publishconf.py").write_text(publishconf, encoding="utf-8")
    return folder


def problems(folder: Path, quote: str, built="pelicanconf.py", slug="a-tip", **settings):
    """Build one article holding `quote` with `built`; the problem lines, [] if it built."""
    body = f"Intro.\n\n> [!TWEET]\n> {quote}\n"
    content = write_content(folder / "content", {"articles/a.md": article(slug=slug, body=body)})
    try:
        build(folder / built, folder / "output", overrides={"PATH": str(content), **settings})
    except BuildFailed as failed:
        return [str(p) for p in failed.problems]
    return []


def words(length: int) -> str:
    """A quote of exactly `length` characters: 'word word ... .'"""
    return ("word " * length)[: length - 1] + "."


def test_a_dev_build_counts_the_published_link_not_its_own(tmp_path):
    # The issue: 140 characters in an article with a long slug. X counts the
    # development link http://127.0.0.1:8000/... in full (not a public address);
    # readers share https://noorhaddad.com/..., which X counts as 23.
    slug = "how-to-price-a-long-form-feature-for-a-client-on-another-continent-without-guessing"
    folder = site(tmp_path, PUBLISHCONF.format(siteurl=SHORT))
    assert problems(folder, words(140), slug=slug) == []
    page = soup(folder / "output" / slug / "index.html")
    assert "127.0.0.1" in page.select_one('[data-share="x"]')["href"]  # its links stay local


@pytest.mark.parametrize("built", ["pelicanconf.py", "publishconf.py"])
def test_a_quote_too_long_with_the_published_link_fails_in_every_build(tmp_path, built):
    quote = words(280 - 1 - 23 - VIA)  # X: exactly 280 with any link and the via
    assert problems(site(tmp_path / "short", PUBLISHCONF.format(siteurl=SHORT)), quote, built) == []
    # Bluesky counts the link as its composer shows it: the host and 16 characters.
    long_site = site(tmp_path / "long", PUBLISHCONF.format(siteurl=LONG))
    assert problems(long_site, quote, built) == [
        "content/articles/a.md:10: quote is 2 characters over Bluesky's 300 limit "
        "(302 with the link): shorten it"
    ]
    assert problems(long_site, quote, built, QUOTE_SHARE_NETWORKS=["x", "linkedin"]) == []


def test_x_counts_text_link_and_via(tmp_path):
    folder = site(tmp_path, PUBLISHCONF.format(siteurl=SHORT))
    assert problems(folder, words(280 - 1 - 23 - VIA + 11)) == [
        "content/articles/a.md:10: quote is 11 characters over X's 280 limit "
        "(291 with the link): shorten it"
    ]


def test_dated_permalinks_are_counted(tmp_path):
    # LinkedIn counts the whole link: /2026/01/a-tip/ is 8 characters longer.
    folder = site(tmp_path, PUBLISHCONF.format(siteurl=SHORT))
    link = f"{SHORT}/a-tip/#quote-word-word-word-word-word"
    quote = words(3000 - 1 - len(link))
    assert problems(folder, quote, QUOTE_SHARE_NETWORKS=["linkedin"]) == []
    assert problems(folder, quote, QUOTE_SHARE_NETWORKS=["linkedin"], PERMALINK_STYLE="dated") == [
        "content/articles/a.md:10: quote is 8 characters over LinkedIn's 3000 limit "
        "(3008 with the link): shorten it"
    ]


@pytest.mark.parametrize(
    "publishconf",
    [None, PUBLISHCONF.format(siteurl=""), PUBLISHCONF.format(siteurl="http://127.0.0.1:8000")],
)
def test_without_a_production_address_a_stand_in_is_counted_and_said(tmp_path, publishconf):
    quote = words(300 - 1 - len("www.example.com") - 16 + 1)  # one over on Bluesky
    assert problems(site(tmp_path, publishconf), quote, QUOTE_SHARE_NETWORKS=["bluesky"]) == [
        "content/articles/a.md:10: quote is 1 character over Bluesky's 300 limit (301 with "
        "the link; publishconf.py has no https SITEURL yet, counted as https://www.example.com): "
        "shorten it"
    ]


def test_a_publishconf_that_cannot_be_read_is_named_at_its_line(tmp_path):
    broken = PUBLISHCONF.format(siteurl=SHORT) + "GITHUB_PAGES_CNAME = CNAME\n"
    assert problems(site(tmp_path, broken), "Short.") == [
        "publishconf.py:9: publishconf.py cannot be read (NameError: name 'CNAME' is not "
        "defined): fix it; quote share lengths are counted with its SITEURL"
    ]


def test_a_link_x_does_not_shorten_is_named_as_the_cause(tmp_path):
    # ".example" is not a top-level domain X knows: it counts the whole link.
    slug = "how-to-price-a-long-form-feature-for-a-client-on-another-continent-without-guessing"
    folder = site(tmp_path, PUBLISHCONF.format(siteurl="https://noor.example"))
    (line,) = problems(folder, words(140), slug=slug, QUOTE_SHARE_NETWORKS=("x",))
    assert "over X's 280 limit" in line
    assert "X counts noor.example in full, not as 23: it does not end in a top-level domain" in line
