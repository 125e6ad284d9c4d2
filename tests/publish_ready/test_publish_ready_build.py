"""Strict builds stop a link to a draft, and starter text that went live."""

import pytest
from publish_ready import STARTER_MARK

from freelancekit.make_yours import STARTER
from site_kit import article, build_site
from strict_build import BuildFailed

DRAFT_PAGE = "Title: About\nSlug: about\nStatus: draft\n\nNot ready.\n"


def test_a_link_to_a_draft_names_the_linking_file_line_and_the_draft(tmp_path):
    body = "Intro.\n\nRead [about me]({filename}../pages/about.md) first."
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article(body=body), "pages/about.md": DRAFT_PAGE})
    (problem,) = failed.value.problems
    assert (problem.file, problem.line) == ("content/articles/a.md", 9)
    assert "links to pages/about.md, which is a draft (Status: draft)" in problem.message


def test_drafts_may_link_to_drafts_and_published_pages_to_published_ones(tmp_path):
    body = "See [about]({filename}../pages/about.md)."
    draft = article(body=body).replace("Slug: a-tip", "Slug: a-tip\nStatus: draft")
    about = DRAFT_PAGE.replace("Status: draft\n", "")
    build_site(tmp_path / "one", {"articles/a.md": draft, "pages/about.md": DRAFT_PAGE})
    build_site(tmp_path / "two", {"articles/a.md": article(body=body), "pages/about.md": about})


def test_a_published_starter_page_fails_until_it_is_rewritten(tmp_path):
    starter = (STARTER / "about.md").read_text().replace("Status: draft\n", "")
    starter = starter.replace("$name", "Kofi").replace("$email", "kofi@example.com")
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article(), "pages/about.md": starter})
    (problem,) = failed.value.problems
    assert problem.file == "content/pages/about.md" and problem.line == 1
    assert "still the starter text `invoke init` wrote" in problem.message


def test_every_starter_page_but_the_404_carries_the_mark():
    for page in ["about.md", "hire-me.md", "portfolio.md"]:
        rendered = (STARTER / page).read_text().replace("`invoke init`", "<code>invoke init</code>")
        assert STARTER_MARK in rendered, page
