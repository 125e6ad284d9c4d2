"""The record of files the kit wrote: only those may be replaced without --force."""

from __future__ import annotations

import json
import os
import stat
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freelancekit import kit_files
from freelancekit.kit_files import (
    RECORD,
    confined,
    digest,
    is_kits,
    load,
    record_showcase,
    save,
    write_atomically,
)

needs_symlinks = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")


def write_record(root, data) -> None:
    (root / "content").mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data)
    (root / RECORD).write_text(text, encoding="utf-8")


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# --- load and save ------------------------------------------------------------


def test_load_without_a_record_is_empty(tmp_path):
    assert load(tmp_path) == {}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2]",
        '"files"',
        '{"files": ["content/a.md"]}',
        '{"files": null}',
        '{"version": 1}',
        "[" * 100_000 + "]" * 100_000,
    ],
)
def test_load_of_malformed_record_is_empty(tmp_path, text):
    write_record(tmp_path, text)
    assert load(tmp_path) == {}


def test_load_of_record_that_is_not_utf8_is_empty(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / RECORD).write_bytes(b'{"files": {"a": "\xff"}}')
    assert load(tmp_path) == {}


def test_load_of_record_that_is_a_folder_is_empty(tmp_path):
    (tmp_path / RECORD).mkdir(parents=True)
    assert load(tmp_path) == {}


def test_load_keeps_good_entries_and_drops_malformed_ones(tmp_path):
    files = {
        "content/a.md": "aa",
        "pelicanconf.py": "bb",
        "content/n.md": 3,
        "content/l.md": ["x"],
        "content/none.md": None,
    }
    write_record(tmp_path, {"version": 1, "files": files})
    assert load(tmp_path) == {"content/a.md": "aa", "pelicanconf.py": "bb"}


@pytest.mark.parametrize(
    "key",
    [
        "/etc/passwd",
        "../outside.txt",
        "content/../../outside.txt",
        "content/..",
        "..",
        "",
        ".",
        "./content/a.md",
        "content//a.md",
        "content/a.md/",
        "content\\..\\..\\outside.txt",
        "C:/Windows/win.ini",
        "C:outside.txt",
    ],
)
def test_load_drops_keys_that_are_not_plain_relative_paths(tmp_path, key):
    write_record(tmp_path, {"files": {key: "ab", "content/ok.md": "cd"}})
    assert load(tmp_path) == {"content/ok.md": "cd"}


def test_hostile_record_cannot_make_is_kits_read_outside_root(tmp_path):
    root = tmp_path / "site"
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"secret")
    hostile = {"../secret.txt": digest(b"secret"), str(secret): digest(b"secret")}
    write_record(root, {"files": hostile})
    record = load(root)
    assert record == {}
    assert not any(is_kits(root, rel, hostile) for rel in hostile)


@needs_symlinks
def test_is_kits_does_not_follow_a_link_out_of_the_site(tmp_path):
    root = tmp_path / "site"
    (root / "content").mkdir(parents=True)
    (tmp_path / "secret.txt").write_bytes(b"secret")
    (root / "content" / "link.md").symlink_to(tmp_path / "secret.txt")
    assert not is_kits(root, "content/link.md", {"content/link.md": digest(b"secret")})


def test_save_then_load_gives_the_same_files(tmp_path):
    files = {"pelicanconf.py": digest(b"p"), "content/a.md": digest(b"a"), "content/é.md": "x"}
    save(tmp_path, files)
    assert load(tmp_path) == files


def test_save_writes_sorted_readable_json(tmp_path):
    save(tmp_path, {"b": "2", "a": "1"})
    text = (tmp_path / RECORD).read_text(encoding="utf-8")
    assert json.loads(text) == {"version": 1, "files": {"a": "1", "b": "2"}}
    assert text.index('"a"') < text.index('"b"')
    assert text.endswith("\n")


PLAIN_PATHS = st.lists(
    st.text(alphabet="abcé_-.0", min_size=1, max_size=8).filter(lambda p: p not in {".", ".."}),
    min_size=1,
    max_size=3,
).map("/".join)


@settings(max_examples=50, deadline=None)
@given(files=st.dictionaries(PLAIN_PATHS, st.text(max_size=64), max_size=5))
def test_save_and_load_round_trip_any_record_of_plain_paths(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("site")
    save(root, files)
    assert load(root) == files


# --- is_kits ------------------------------------------------------------------


def test_is_kits_only_for_byte_identical_files(tmp_path):
    (tmp_path / "content").mkdir()
    page = tmp_path / "content" / "about.md"
    page.write_bytes(b"Title: About\n")
    record = {"content/about.md": digest(b"Title: About\n")}
    assert is_kits(tmp_path, "content/about.md", record)

    page.write_bytes(b"Title: About\r\n")  # one byte changed is the writer's
    assert not is_kits(tmp_path, "content/about.md", record)
    page.write_bytes(b"Title: About\n ")
    assert not is_kits(tmp_path, "content/about.md", record)


def test_is_kits_false_for_unrecorded_missing_or_folder(tmp_path):
    (tmp_path / "content" / "dir").mkdir(parents=True)
    (tmp_path / "content" / "mine.md").write_bytes(b"x")
    record = {"content/gone.md": digest(b"x"), "content/dir": digest(b"")}
    assert not is_kits(tmp_path, "content/mine.md", record)
    assert not is_kits(tmp_path, "content/gone.md", record)
    assert not is_kits(tmp_path, "content/dir", record)


# --- write_atomically ---------------------------------------------------------


def test_write_atomically_writes_the_bytes_and_makes_folders(tmp_path):
    target = tmp_path / "content" / "extra" / "favicon.svg"
    write_atomically(target, b"<svg/>")
    assert target.read_bytes() == b"<svg/>"
    assert leftovers(target.parent) == []


def test_write_atomically_replaces_an_existing_file(tmp_path):
    target = tmp_path / "pelicanconf.py"
    target.write_bytes(b"old " * 1000)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_write_atomically_leaves_no_temporary_file_when_it_fails(tmp_path):
    target = tmp_path / "pelicanconf.py"
    target.mkdir()  # a folder where the file should go: the final rename fails
    (target / "keep.txt").write_bytes(b"mine")
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert leftovers(tmp_path) == []
    assert (target / "keep.txt").read_bytes() == b"mine"


def test_write_atomically_leaves_no_temporary_file_when_writing_fails(tmp_path, monkeypatch):
    def fail(fd):
        raise OSError("disk full")

    monkeypatch.setattr(kit_files.os, "fsync", fail)
    target = tmp_path / "pelicanconf.py"
    target.write_bytes(b"old")
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_write_atomically_gives_a_new_file_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "favicon.svg", b"<svg/>")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "favicon.svg").stat().st_mode) == 0o644


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_write_atomically_keeps_the_permissions_of_the_file_it_replaces(tmp_path):
    target = tmp_path / "pelicanconf.py"
    target.write_bytes(b"old")
    target.chmod(0o664)
    write_atomically(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


# --- confined -----------------------------------------------------------------


def test_confined_gives_the_path_inside_root(tmp_path):
    assert confined(tmp_path, "content/pages/about.md") == (
        tmp_path.resolve() / "content" / "pages" / "about.md"
    )


@pytest.mark.parametrize(
    "rel",
    [
        "../outside.txt",
        "content/../../outside.txt",
        "content/../pelicanconf.py",
        "..",
        "",
        ".",
        "/etc/passwd",
        "content\\..\\..\\x",
    ],
)
def test_confined_refuses_dotdot_absolute_and_empty_paths(tmp_path, rel):
    assert confined(tmp_path / "site", rel) is None


def test_confined_refuses_an_absolute_path_even_inside_root(tmp_path):
    assert confined(tmp_path, str(tmp_path / "pelicanconf.py")) is None


@needs_symlinks
def test_confined_refuses_a_link_out_of_root(tmp_path):
    root = tmp_path / "site"
    (root / "content").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (root / "content" / "out").symlink_to(tmp_path / "elsewhere")
    (root / "content" / "file").symlink_to(tmp_path / "elsewhere" / "x.md")
    assert confined(root, "content/out/x.md") is None
    assert confined(root, "content/file") is None


@needs_symlinks
def test_confined_allows_a_link_that_stays_inside_root(tmp_path):
    (tmp_path / "content" / "images").mkdir(parents=True)
    (tmp_path / "content" / "img").symlink_to(tmp_path / "content" / "images")
    assert confined(tmp_path, "content/img/a.png") == (
        tmp_path.resolve() / "content" / "images" / "a.png"
    )


@needs_symlinks
def test_confined_refuses_a_symlink_loop_without_crashing(tmp_path):
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert confined(tmp_path, "loop") is None


# --- record_showcase ----------------------------------------------------------


def test_record_showcase_records_content_and_settings_but_not_the_record(tmp_path):
    files = {
        "content/articles/a.md": b"a",
        "content/images/p.png": b"\x89PNG",
        "content/.hidden": b"h",
        "pelicanconf.py": b"AUTHOR = 'x'\n",
        "publishconf.py": b"SITEURL = 'x'\n",
        "tasks.py": b"not the showcase",
        "theme/base.html": b"not the showcase",
    }
    for rel, data in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    save(tmp_path, {"stale": "0"})

    recorded = record_showcase(tmp_path)

    expected = {rel: digest(data) for rel, data in files.items() if rel[0] in "cp"}
    assert recorded == expected
    assert load(tmp_path) == expected
    assert all(is_kits(tmp_path, rel, recorded) for rel in recorded)


def test_record_showcase_records_a_nested_file_named_like_the_record(tmp_path):
    (tmp_path / "content" / "extra").mkdir(parents=True)
    (tmp_path / "content" / "extra" / ".kit-files.json").write_bytes(b"{}")
    assert "content/extra/.kit-files.json" in record_showcase(tmp_path)


def test_record_showcase_without_content_records_settings_only(tmp_path):
    (tmp_path / "pelicanconf.py").write_bytes(b"A = 1\n")
    assert record_showcase(tmp_path) == {"pelicanconf.py": digest(b"A = 1\n")}


@needs_symlinks
def test_record_showcase_skips_a_link_out_of_the_site(tmp_path):
    root = tmp_path / "site"
    (root / "content").mkdir(parents=True)
    (tmp_path / "secret.txt").write_bytes(b"secret")
    (root / "content" / "link.md").symlink_to(tmp_path / "secret.txt")
    assert record_showcase(root) == {}
