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


def test_new_posts_placeholders_fail_the_build_when_published(tmp_path):
    from datetime import datetime

    from freelancekit.authoring.new_post import post_text
    from freelancekit.strict_build import BuildFailed
    from site_kit import build_site

    text = post_text("Pricing in three currencies", datetime(2026, 3, 1, 9, 0), "Tips")
    published = text.replace("Status: draft\n", "")
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path / "a", {"articles/p.md": published})
    messages = sorted(str(p) for p in failed.value.problems)
    intro = "A short introduction: who this is for and what they will be able to do."
    lines = published.splitlines()
    summary_line = next(i for i, line in enumerate(lines, 1) if line.startswith("Summary:"))
    intro_line = lines.index(intro) + 1
    assert messages == sorted(
        [
            f"content/articles/p.md:{summary_line}: still has the Summary: that "
            "`invoke new-post` wrote: write your own (one or two sentences), or delete the line",
            f"content/articles/p.md:{intro_line}: still holds the text that "
            f"`invoke new-post` wrote ('{intro}'): write your own",
        ]
    )
    # As a draft it builds; rewritten, it publishes.
    build_site(tmp_path / "b", {"articles/p.md": text})
    own = published.replace("One or two sentences that make a reader want to click.", "Mine.")
    own = own.replace(intro, "Hi.")
    own = own.replace("Say what to do, then why it works.", "Do this.")
    # The tip's heading too.
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path / "c", {"articles/p.md": own})
    ((problem),) = failed.value.problems
    heading_line = own.splitlines().index("## 1. The first tip") + 1
    assert str(problem) == (
        f"content/articles/p.md:{heading_line}: still holds the text that `invoke new-post` "
        "wrote ('1. The first tip'): write your own"
    )
    own = own.replace("## 1. The first tip", "## 1. Quote in the client's currency")
    build_site(tmp_path / "d", {"articles/p.md": own})
