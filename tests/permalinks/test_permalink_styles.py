"""PERMALINK_STYLE picks the article URL pattern."""

import pytest

from freelancekit.strict_build import BuildFailed
from permalinks import UnknownPermalinkStyle, article_url_settings
from site_kit import article, build_site


def test_styles_give_pretty_urls():
    assert article_url_settings("slug") == {
        "ARTICLE_URL": "{slug}/",
        "ARTICLE_SAVE_AS": "{slug}/index.html",
    }
    assert article_url_settings("dated")["ARTICLE_URL"] == "{date:%Y}/{date:%m}/{slug}/"


def test_unknown_style_is_refused_with_the_choices():
    with pytest.raises(UnknownPermalinkStyle, match="'weekly' is not one of 'slug', 'dated'"):
        article_url_settings("weekly")


@pytest.mark.parametrize(
    ("style", "path"),
    [("slug", "a-tip/index.html"), ("dated", "2026/01/a-tip/index.html")],
)
def test_built_article_lives_at_its_style_path(tmp_path, style, path):
    output = build_site(tmp_path, {"articles/a.md": article()}, PERMALINK_STYLE=style)
    assert (output / path).exists()


def test_unknown_style_fails_the_build_naming_the_setting(tmp_path):
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article()}, PERMALINK_STYLE="weekly")
    (problem,) = failed.value.problems
    assert problem.file == "pelicanconf.py" and problem.line
    assert "PERMALINK_STYLE 'weekly'" in problem.message
