"""Each writer's mistake fails the build with one line naming the file and line."""

from __future__ import annotations

import pytest

from freelancekit.strict_build import BuildFailed
from site_kit import article, build_fails, build_site


def failing_build(tmp_path, files, **settings) -> list[str]:
    with pytest.raises(BuildFailed) as failed:
        build_site(tmp_path, files, **settings)
    return [str(p) for p in failed.value.problems]


def test_missing_title_names_file(tmp_path):
    lines = failing_build(
        tmp_path, {"articles/untitled.md": "Date: 2026-01-01\nCategory: Tips\n\nText.\n"}
    )
    assert len(lines) == 1
    assert lines[0].startswith("content/articles/untitled.md: missing required metadata 'title'")


def test_missing_date_names_file(tmp_path):
    lines = failing_build(tmp_path, {"articles/undated.md": "Title: No date\n\nText.\n"})
    assert lines == [
        "content/articles/undated.md: missing required metadata 'date': "
        "add a 'Date: ...' line to the header"
    ]


def test_bad_date_names_file_line_and_value(tmp_path):
    text = "Title: Bad date\nCategory: Tips\nDate: 2026-13-45\n\nText.\n"
    lines = failing_build(tmp_path, {"articles/bad-date.md": text})
    assert lines == [
        "content/articles/bad-date.md:3: invalid date '2026-13-45': "
        "there is no such day or time: check the numbers"
    ]


def test_duplicate_slug_names_both_files(tmp_path):
    files = {
        "articles/first.md": article(slug="same", title="First"),
        "articles/second.md": article(slug="same", title="Second", date="2026-02-02"),
    }
    (line,) = failing_build(tmp_path, files)
    assert 'duplicate slug "same"' in line
    assert "content/articles/first.md" in line and "content/articles/second.md" in line
    assert line.split(": ", 1)[0].endswith(".md:5")  # the Slug: line


def test_broken_filename_link_names_file_and_line(tmp_path):
    body = "Intro.\n\nSee [the other tip]({filename}missing.md) for more."
    files = {"articles/linker.md": article(body=body)}
    lines = failing_build(tmp_path, files)
    assert lines == [
        "content/articles/linker.md:9: broken link: 'missing.md' does not exist "
        "in the content folder"
    ]


def test_unknown_template_names_file_and_line(tmp_path):
    text = "Title: About\nTemplate: fancy\n\nText.\n"
    lines = failing_build(tmp_path, {"pages/about.md": text})
    assert lines == [
        "content/pages/about.md:2: unknown template 'fancy': there is no fancy.html "
        "in theme/templates"
    ]


def test_image_without_alt_names_file_and_line(tmp_path):
    files = {
        "articles/pic.md": article(body="![](../images/x.png)"),
        "images/x.png": "not really a png",
    }
    lines = failing_build(tmp_path, files)
    assert lines == [
        "content/articles/pic.md:7: image '../images/x.png' has no alt text: describe it in "
        "![...], mark a purely decorative image with ![](...){.decorative}, or one to "
        "describe later with ![](...){.alt-todo}"
    ]


def test_several_mistakes_are_all_reported(tmp_path):
    files = {
        "articles/a.md": "Title: A\n\nNo date.\n",
        "articles/b.md": "Date: 2026-01-01\n\nNo title.\n",
    }
    lines = failing_build(tmp_path, files)
    assert sorted(line.split(":")[0] for line in lines) == [
        "content/articles/a.md",
        "content/articles/b.md",
    ]


def test_failed_build_keeps_last_good_output(tmp_path):
    output = build_site(tmp_path, {"articles/good.md": article(slug="good")})
    before = sorted(p.relative_to(output) for p in output.rglob("*"))
    (tmp_path / "content/articles/bad.md").write_text("Title: Bad\n\nNo date.\n")
    with pytest.raises(BuildFailed):
        build_site(tmp_path, None, PATH=str(tmp_path / "content"))
    assert sorted(p.relative_to(output) for p in output.rglob("*")) == before
    assert (output / "good/index.html").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("output")] == ["output"]


def test_bad_siteurl_names_the_setting(tmp_path):
    lines = failing_build(tmp_path, {"articles/a.md": article()}, SITEURL="example.test")
    assert len(lines) == 1
    assert lines[0].startswith("pelicanconf.py:")
    assert "SITEURL 'example.test' is not an absolute http(s) URL" in lines[0]


def test_the_same_mistake_in_two_files_is_reported_for_each(tmp_path):
    """Pelican logs a message once per process; a located problem in another file
    (or at another line) is another problem, and each is reported."""
    bad = "Title: {title}\nSummary: x\nPrice: $500\n\nIncluded.\n"
    files = {
        "services/a.md": bad.format(title="A"),
        "services/b.md": bad.format(title="B"),
        "articles/a.md": article(),
    }
    problems = build_fails(tmp_path, files)
    assert sorted(p.file for p in problems) == ["content/services/a.md", "content/services/b.md"]
    assert len({p.message for p in problems}) == 1
