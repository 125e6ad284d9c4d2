"""Strict builds stop a link to a draft, and starter text that went live."""

import pytest

from freelancekit import STARTER, STARTER_DRAFTS
from freelancekit.strict_build import BuildFailed
from publish_ready import starter_paragraphs
from site_kit import article, build_site

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


def starter_about(**changes: str) -> str:
    text = (STARTER / "about.md").read_text().replace("Status: draft\n", "")
    text = text.replace("$name", "Kofi").replace("$email", "kofi@example.com")
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


def test_a_published_starter_page_fails_until_it_is_rewritten(tmp_path):
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article(), "pages/about.md": starter_about()})
    (problem,) = failed.value.problems
    assert problem.file == "content/pages/about.md" and problem.line == 7  # its first line
    assert "still holds starter text that `invoke init` wrote" in problem.message


def test_rewriting_only_the_first_paragraph_is_not_enough(tmp_path):
    first = "This is a starter page that `invoke init` wrote for you."
    about = starter_about()
    about = about[: about.index(first)] + about[about.index("A good About page") :]
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, {"articles/a.md": article(), "pages/about.md": about})
    (problem,) = failed.value.problems
    assert "A good About page for a freelancer" in problem.message


def test_every_starter_draft_has_paragraphs_the_check_knows():
    for page in STARTER_DRAFTS:
        text = (STARTER / page).read_text()
        known = [p for p in starter_paragraphs() if p.split(" ", 3)[-1][:20] in text]
        assert known, page
