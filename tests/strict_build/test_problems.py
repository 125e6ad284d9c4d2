"""Reading Pelican's messages into located, one-line problems (no build needed)."""

from freelancekit.strict_build.problems import (
    Problem,
    explain_exception,
    explain_record,
    find_line,
    locate,
    shown_path,
)


def test_problem_line_has_file_and_line_when_known():
    assert str(Problem("bad", "content/a.md", 3)) == "content/a.md:3: bad"
    assert str(Problem("bad", "content/a.md")) == "content/a.md: bad"
    assert str(Problem("bad")) == "build: bad"


def test_find_line_returns_first_line_holding_needle(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("Title: x\nDate: nope\nDate: again\n")
    assert find_line(path, "Date:") == 2
    assert find_line(path, "absent") is None
    assert find_line(path, None) is None
    assert find_line(tmp_path / "missing.md", "x") is None


def test_find_line_finds_a_header_field_written_in_lower_case(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: x\nstatus: publish\n---\n\nNo Slug: or Image: here.\n")
    assert find_line(path, "Status:") == 3
    assert find_line(path, "Slug:") == 6  # not a field line: wherever it is written
    assert find_line(path, "Summary:") is None


def test_bad_date_exception_becomes_advice_and_needle():
    message, needle = explain_exception(ValueError("'2026-13-45' is not a valid date"))
    assert message.startswith("invalid date '2026-13-45'")
    assert needle == "2026-13-45"


def test_plugin_exception_keeps_its_own_needle():
    class QuoteError(ValueError):
        needle = "[!TWEET]"

    assert explain_exception(QuoteError("too long")) == ("too long", "[!TWEET]")


def test_missing_template_names_the_template():
    exc = RuntimeError("[templates] unable to load fancy[.html] from /x/templates")
    message, needle = explain_exception(exc)
    assert message.startswith("unknown template 'fancy'")
    assert needle == "Template:"


def test_known_record_names_file_from_its_arguments():
    said = explain_record(
        "Skipping %s: could not find information about '%s'", ("/c/a.md", "title")
    )
    assert said.file == "/c/a.md"
    assert "missing required metadata 'title'" in said.message


def test_duplicate_slug_record_lists_the_other_files_through_show():
    template = 'There are %s items "%s" with lang %s: \n%s\n%s'
    args = (2, 'with slug "same"', "en", "/c/one.md", "/c/two.md")
    said = explain_record(template, args, show=lambda p: f"<{p}>")
    assert said.file == "/c/two.md"
    assert said.message.startswith('duplicate slug "same": </c/one.md> has it too')


def test_unknown_record_is_kept_verbatim():
    said = explain_record("Something odd: %s", ("x",))
    assert said.message == "Something odd: x"
    assert said.file is None


def test_secondary_records_are_marked():
    said = explain_record(
        "Skipping %s: file %r would be written outside output path", ("/c/a.md", "/x")
    )
    assert said.secondary == "file"
    said = explain_record("Unable to find '%s', skipping url replacement.", ("soon.md",))
    assert said.secondary == "line"


def test_locate_shows_path_relative_to_first_matching_root(tmp_path):
    (tmp_path / "content").mkdir()
    path = tmp_path / "content" / "a.md"
    path.write_text("Title: a\nSlug: b\n")
    problem = locate("dup", path, "Slug:", [tmp_path / "elsewhere", tmp_path])
    assert problem == Problem("dup", "content/a.md", 2)
    assert shown_path("/not/under/any", [tmp_path]) == "/not/under/any"
    assert locate("general", None, None) == Problem("general")
