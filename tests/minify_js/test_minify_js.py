"""The theme's scripts as the build writes them: minified, the same program."""

from __future__ import annotations

import gzip
import shutil
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minify_js import minified
from site_kit import ROOT, article, build_site

SOURCES = sorted((ROOT / "theme/static/js").glob("*.js"))


@pytest.mark.parametrize(
    ("script", "kept"),
    [
        ('const a = "x // not a comment";', '"x // not a comment"'),
        ("const b = 'it''s /* kept */';", "'it''s /* kept */'"),
        ("const c = `a ${b} // kept`;", "`a ${b} // kept`"),
        (r"const d = /\/\*[^*]*\*\//g;", r"/\/\*[^*]*\*\//g"),
    ],
)
def test_strings_templates_and_regular_expressions_stay_as_written(script, kept):
    assert kept in minified(script)


def test_comments_and_white_space_go():
    script = "// a note\nfunction f (a, b) {\n  /* why */\n  return a  +  b;\n}\n"
    assert minified(script) == "function f(a,b){return a+b;}\n"


@given(
    st.text(st.characters(blacklist_characters='"\\\n\r\u2028\u2029', blacklist_categories=["Cs"]))
)
def test_any_string_is_kept_as_written(text):
    assert f'"{text}"' in minified(f'let s = "{text}";')


def test_the_theme_scripts_are_written_minified_and_stay_valid_javascript(tmp_path):
    files = {"articles/a.md": article(), "extra/mine.js": "// the writer's own\nlet  x = 1;\n"}
    output = build_site(tmp_path, files, STATIC_PATHS=["images", "extra"])
    written = {path.name: (output / "theme/js" / path.name) for path in SOURCES}
    assert all(path.is_file() for path in written.values())
    for source in SOURCES:
        text = written[source.name].read_text(encoding="utf-8")
        assert text == minified(source.read_text(encoding="utf-8")), source.name
    before = sum(len(gzip.compress(path.read_bytes(), 9)) for path in SOURCES)
    after = sum(len(gzip.compress(path.read_bytes(), 9)) for path in written.values())
    assert after < 0.9 * before, (before, after)
    # Not the theme's: kept byte for byte.
    assert (output / "extra/mine.js").read_text() == "// the writer's own\nlet  x = 1;\n"
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to check the minified scripts: install Node.js")
    for path in written.values():
        checked = subprocess.run([node, "--check", str(path)], capture_output=True, text=True)
        assert checked.returncode == 0, (path.name, checked.stderr)
