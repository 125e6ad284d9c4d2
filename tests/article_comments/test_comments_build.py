"""Comment sections, archived comments and the CSP in built pages; strict errors."""

import json

import pytest

from freelancekit.strict_build import BuildFailed
from site_kit import article, build_site, soup

GISCUS = {
    "repo": "asha/site",
    "repo_id": "R_kgDOAbc123",
    "category": "Comments",
    "category_id": "DIC_kwDOAbc123",
}
PROVIDERS = {
    "giscus": {"GISCUS": GISCUS},
    "utterances": {"UTTERANCES": {"repo": "asha/site"}},
    "disqus": {"DISQUS": {"shortname": "asha-verma"}},
    "isso": {"ISSO": {"url": "https://comments.example.com"}},
    "remark42": {"REMARK42": {"url": "https://remark.example.com", "site_id": "asha"}},
}
ARCHIVE = {
    "version": 1,
    "comments": [
        {
            "id": "1",
            "author": "Priya",
            "date": "2019-05-02T10:11:00+05:30",
            "body": "Great *tips*.",
        },
        {
            "id": "2",
            "parent": "1",
            "author": "Asha",
            "date": "2019-05-03T09:00:00Z",
            "body": "Thanks!",
        },
    ],
}


def build(tmp_path, files=None, **settings):
    files = files or {"articles/a.md": article()}
    return build_site(tmp_path, files, **{"COMMENTS_IN_DEVELOPMENT": True, **settings})


def csp(page) -> dict[str, str]:
    policy = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_provider_renders_its_section_and_exact_csp(tmp_path, provider):
    output = build(tmp_path, COMMENTS_PROVIDER=provider, **PROVIDERS[provider])
    page = soup(output / "a-tip/index.html")
    section = page.select_one("section#comments")
    assert section["data-provider"] == provider
    live = section.select_one(".comments__live")
    assert live["data-comments-load"] == "scroll"
    assert not page.find("iframe") and not page.find(
        "script", src=lambda s: "comments.example" in (s or "")
    )
    policy = csp(page)
    origin = live["data-origin"]
    if provider == "isso":
        assert live["data-script-src"] == "https://comments.example.com/js/embed.min.js"
        assert policy["script-src"] == f"'self' {origin}" and policy["frame-src"] == "'none'"
    else:
        assert live["data-frame-src"].startswith(origin + "/")
        assert policy["frame-src"] == origin and policy["script-src"] == "'self'"
    assert policy["default-src"] == "'self'" and policy["object-src"] == "'none'"
    assert page.find("script", src=lambda s: s and s.endswith("comments.js"))
    fallback = section.select_one(".comments__fallback a")
    assert fallback["href"].startswith(("https://", "mailto:"))


def test_consent_mode_names_the_third_party_and_waits_for_a_click(tmp_path):
    output = build(tmp_path, COMMENTS_PROVIDER="giscus", GISCUS=GISCUS, COMMENTS_LOAD="click")
    live = soup(output / "a-tip/index.html").select_one("#comments .comments__live")
    assert live["data-comments-load"] == "click"
    assert "GitHub (through giscus)" in live.select_one(".comments__consent").get_text()
    assert live.select_one("button.comments__load").get_text() == "Load comments"


def test_development_builds_leave_the_embed_out(tmp_path):
    output = build(
        tmp_path, COMMENTS_PROVIDER="giscus", GISCUS=GISCUS, COMMENTS_IN_DEVELOPMENT=False
    )
    page = soup(output / "a-tip/index.html")
    live = page.select_one("#comments .comments__live")
    assert not live.has_attr("data-comments-load")
    assert "published site" in live.select_one(".comments__fallback").get_text()
    assert not page.find("script", src=lambda s: s and s.endswith("comments.js"))
    assert csp(page)["frame-src"] == "'none'"


def test_comments_off_per_article_and_pages_only_when_asked(tmp_path):
    files = {
        "articles/a.md": article(),
        "articles/b.md": article(slug="b", body="x").replace("Slug: b", "Slug: b\nComments: off"),
        "pages/p.md": "Title: P\n\nPage.\n",
        "pages/q.md": "Title: Q\nComments: on\n\nPage.\n",
    }
    output = build(tmp_path, files, COMMENTS_PROVIDER="giscus", GISCUS=GISCUS)
    assert soup(output / "a-tip/index.html").select_one("#comments")
    assert not soup(output / "b/index.html").select_one("#comments")
    assert not soup(output / "p/index.html").select_one("#comments")
    assert soup(output / "q/index.html").select_one("#comments[data-provider=giscus]")


def test_no_provider_means_no_section(tmp_path):
    output = build(tmp_path, COMMENTS_PROVIDER=None)
    assert not soup(output / "a-tip/index.html").select_one("#comments")


def test_archived_comments_render_threaded_read_only_without_emails(tmp_path):
    files = {"articles/a.md": article(), "articles/a.comments.json": json.dumps(ARCHIVE)}
    output = build(tmp_path, files, COMMENTS_PROVIDER=None)
    section = soup(output / "a-tip/index.html").select_one("#comments")
    assert section["data-provider"] == "none"
    first = section.select_one(".comment-list > li > article.comment")
    assert first.select_one(".comment__author").get_text() == "Priya"
    assert first.select_one("time")["datetime"] == "2019-05-02T10:11:00+05:30"
    reply = section.select_one(".comment-list .comment-list article.comment")
    assert reply.select_one(".comment__author").get_text() == "Asha"
    assert "2 comments from the old blog (read-only)" in section.get_text()
    assert "@" not in section.get_text() and not section.find(["form", "textarea", "input"])


def test_archived_comments_sit_above_the_live_embed(tmp_path):
    files = {"articles/a.md": article(), "articles/a.comments.json": json.dumps(ARCHIVE)}
    output = build(tmp_path, files, COMMENTS_PROVIDER="giscus", GISCUS=GISCUS)
    section = soup(output / "a-tip/index.html").select_one("#comments")
    parts = [c["class"][0] for c in section.find_all("div", recursive=False)]
    assert parts == ["comments__archive", "comments__live"]


def test_bad_provider_setting_fails_the_build_naming_it(tmp_path):
    with pytest.raises(BuildFailed) as failed:
        build(tmp_path, COMMENTS_PROVIDER="disqus", DISQUS={"shortname": "asha verma"})
    (problem,) = failed.value.problems
    assert problem.file == "pelicanconf.py"
    assert problem.message.startswith(
        "DISQUS['shortname']: 'asha verma' is not your Disqus shortname"
    )


def test_bad_archive_names_the_json_file_and_line(tmp_path):
    bad = json.dumps(
        {
            "comments": [
                {"id": "1", "author": "X", "email": "x@y.z", "date": "2020-01-01", "body": "b"}
            ]
        },
        indent=2,
    )
    files = {"articles/a.md": article(), "articles/a.comments.json": bad}
    with pytest.raises(BuildFailed) as failed:
        build(tmp_path, files, COMMENTS_PROVIDER=None)
    (line,) = [str(p) for p in failed.value.problems]
    assert line.startswith("content/articles/a.comments.json:6: comment 1 stores 'email'")


def test_bad_comments_switch_names_the_line(tmp_path):
    text = article().replace("Slug: a-tip", "Slug: a-tip\nComments: maybe")
    with pytest.raises(BuildFailed) as failed:
        build(tmp_path, {"articles/a.md": text}, COMMENTS_PROVIDER=None)
    assert [str(p) for p in failed.value.problems] == [
        "content/articles/a.md:6: Comments: 'maybe' is not 'on' or 'off'"
    ]
