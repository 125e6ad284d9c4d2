"""Every page links three icons; a site without its own gets them drawn from its name."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from site_icons import ICONS, missing_icons

from freelancekit import brand
from site_kit import article, build_fails, build_site, soup


def linked_icons(page) -> set[str]:
    links = page.select('link[rel="icon"], link[rel="apple-touch-icon"]')
    return {link["href"].rsplit("/", 1)[-1] for link in links}


def test_a_site_without_icons_gets_them_drawn_from_its_name(tmp_path):
    output = build_site(tmp_path, {"articles/a.md": article()}, SITENAME="Amara Okafor")
    assert linked_icons(soup(output / "a-tip/index.html")) == set(ICONS)
    assert (output / "favicon.svg").read_text(encoding="utf-8") == brand.favicon_svg("Amara Okafor")
    assert (output / "favicon.ico").read_bytes() == brand.favicon_ico("Amara Okafor")
    assert (output / "apple-touch-icon.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_writers_own_icons_are_copied_never_replaced(tmp_path):
    files = {
        "articles/a.md": article(),
        "extra/favicon.svg": '<svg xmlns="http://www.w3.org/2000/svg"><title>mine</title></svg>',
    }
    output = build_site(tmp_path, files, SITENAME="Amara Okafor")
    assert "<title>mine</title>" in (output / "favicon.svg").read_text(encoding="utf-8")
    assert (output / "favicon.ico").read_bytes() == brand.favicon_ico("Amara Okafor")


def test_a_name_with_no_letter_to_draw_fails_at_its_setting(tmp_path):
    problems = build_fails(tmp_path, {"articles/a.md": article()}, SITENAME="2026")
    assert len(problems) == 1
    assert "SITENAME '2026' has no letter" in problems[0].message
    assert "content/extra/" in problems[0].message
    assert problems[0].file.endswith("pelicanconf.py")


def test_only_missing_icons_are_drawn(tmp_path):
    (tmp_path / "favicon.ico").write_bytes(b"mine")
    assert set(missing_icons(tmp_path, "Noor Haddad")) == {"favicon.svg", "apple-touch-icon.png"}


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=40))
def test_any_name_with_a_letter_draws_a_valid_svg(name):
    svg = ICONS["favicon.svg"](name)
    assert svg.startswith(b"<svg") and b"<script" not in svg
