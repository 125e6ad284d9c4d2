"""The owner's details written into pelicanconf.py and publishconf.py as plain Python."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freelancekit.owner import Owner
from freelancekit.settings_file import (
    cname_for,
    fresh_pelicanconf,
    fresh_publishconf,
    owner_values,
    publish_values,
    py_str,
    update_assignments,
)

NO_SURROGATES = st.text(alphabet=st.characters(blacklist_categories=("Cs",)))
AWKWARD = [
    "",
    'say "hi"',
    "it's",
    "back\\slash\\",
    "\\n is not a newline",
    "two\nlines\r\n",
    "tab\there",
    '"""',
    "'''",
    "{name} {{}} {0}",
    "# not a comment",
    "nul\x00bell\x07del\x7f",
    "line\u2028para\u2029next\x85",
    "nbsp\u00a0zwj\u200d",
    "王小明 Zoë 🙂",
]

HOSTILE = Owner(
    name='Zoë "The \\Coder\\" O\'Brien """ {x} # not a comment 王',
    email="zoe+site@example.co.uk",
    siteurl="https://www.zoe.example",
    handle="zoe_codes",
    timezone="Europe/Dublin",
    tagline="Sites in {braces}, \"quotes\" & '''triples''' # too \\n",
)


def settings_of(source: str) -> dict:
    """Run a pelicanconf.py and return its upper-case names."""
    namespace: dict = {"__file__": "pelicanconf.py"}
    exec(compile(source, "pelicanconf.py", "exec"), namespace)
    return {k: v for k, v in namespace.items() if k.isupper()}


def literals_of(source: str) -> dict:
    """Each top-level NAME = ... of `source`, with os.environ.get(NAME, default) as its default."""
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            value = node.value
            if isinstance(value, ast.Call) and ast.unparse(value.func) == "os.environ.get":
                assert ast.literal_eval(value.args[0]) == node.targets[0].id
                value = value.args[1]
            try:
                found[node.targets[0].id] = ast.literal_eval(value)
            except ValueError:
                continue
    return found


def expected(owner: Owner) -> dict:
    return {
        "AUTHOR": owner.name,
        "SITENAME": owner.name,
        "SITESUBTITLE": owner.tagline,
        "SITE_DESCRIPTION": owner.description,
        "TIMEZONE": owner.timezone,
        "CONTACT_EMAIL": owner.email,
        "X_HANDLE": owner.handle,
    }


# --- py_str -------------------------------------------------------------------


@pytest.mark.parametrize("text", AWKWARD)
def test_py_str_reads_back_as_the_same_text(text):
    literal = py_str(text)
    assert literal.startswith('"') and literal.endswith('"')
    assert ast.literal_eval(literal) == text


@settings(max_examples=100, deadline=None)
@given(text=NO_SURROGATES)
def test_py_str_round_trips_any_text(text):
    assert ast.literal_eval(py_str(text)) == text


@settings(max_examples=100, deadline=None)
@given(text=NO_SURROGATES)
def test_py_str_is_one_line_in_every_sense(text):
    literal = py_str(text)
    assert literal.splitlines() == [literal]
    assert literal.isprintable()


def test_py_str_keeps_readable_unicode_as_typed():
    assert py_str("Zoë 王小明") == '"Zoë 王小明"'


def test_py_str_even_escapes_a_lone_surrogate():
    assert ast.literal_eval(py_str("\ud800")) == "\ud800"


# --- fresh files --------------------------------------------------------------


def test_fresh_pelicanconf_for_hostile_owner_runs_and_holds_their_values():
    values = settings_of(fresh_pelicanconf(HOSTILE))
    assert {k: values[k] for k in expected(HOSTILE)} == expected(HOSTILE)
    assert values["DEFAULT_SHARE_IMAGE_ALT"] == f"{HOSTILE.name}: {HOSTILE.tagline}"


def test_fresh_pelicanconf_keeps_the_kit_settings_and_its_own_lines():
    source = fresh_pelicanconf(HOSTILE)
    values = settings_of(source)
    assert "THEME" in values  # from freelancekit.settings
    assert values["SITEURL"] == "http://127.0.0.1:8000"
    assert values["CLIENT_COUNTRIES"] == []
    assert '# dict adds a note): ["India", {"country": "the UK", "note": "3 clients"}].' in source


def test_fresh_pelicanconf_without_tagline_alt_text_is_the_name():
    owner = Owner("Noor Haddad", "noor@haddad.dev", "https://haddad.dev", "", "UTC", "")
    values = settings_of(fresh_pelicanconf(owner))
    assert values["DEFAULT_SHARE_IMAGE_ALT"] == "Noor Haddad"
    assert values["SITESUBTITLE"] == ""
    assert values["X_HANDLE"] == ""


def test_fresh_pelicanconf_with_comment_sign_in_name_keeps_x_handle_comment():
    source = fresh_pelicanconf(HOSTILE)
    line = next(line for line in source.splitlines() if line.startswith("X_HANDLE ="))
    assert line == 'X_HANDLE = "zoe_codes"  # @ optional: Twitter Card and the X share link'


def test_fresh_publishconf_is_python_with_siteurl_and_cname_defaults():
    source = fresh_publishconf(HOSTILE)
    values = literals_of(source)
    assert values["SITEURL"] == "https://www.zoe.example"
    assert values["GITHUB_PAGES_CNAME"] == "www.zoe.example"
    assert values["RELATIVE_URLS"] is False
    assert values["IS_PRODUCTION"] is True


def test_fresh_publishconf_on_github_io_has_no_cname():
    owner = Owner("Noor", "n@haddad.dev", "https://noor.github.io/site", "", "UTC", "")
    values = literals_of(fresh_publishconf(owner))
    assert values["SITEURL"] == "https://noor.github.io/site"
    assert values["GITHUB_PAGES_CNAME"] == ""


@pytest.mark.parametrize(
    ("siteurl", "cname"),
    [
        ("https://you.github.io", ""),
        ("https://You.GitHub.IO/site", ""),
        ("https://www.yourdomain.com", "www.yourdomain.com"),
        ("https://yourdomain.com:8443/blog", "yourdomain.com"),
        ("https://github.io.example.com", "github.io.example.com"),
    ],
)
def test_cname_is_the_custom_host_and_empty_for_github_io(siteurl, cname):
    assert cname_for(siteurl) == cname


def test_fresh_publishconf_reads_siteurl_from_environment_first(tmp_path, monkeypatch):
    (tmp_path / "pelicanconf.py").write_text(fresh_pelicanconf(HOSTILE), encoding="utf-8")
    (tmp_path / "publishconf.py").write_text(fresh_publishconf(HOSTILE), encoding="utf-8")
    monkeypatch.setenv("SITEURL", "https://from.environment")
    namespace = {"__file__": str(tmp_path / "publishconf.py")}
    exec(compile(fresh_publishconf(HOSTILE), "publishconf.py", "exec"), namespace)
    assert namespace["SITEURL"] == "https://from.environment"
    assert namespace["GITHUB_PAGES_CNAME"] == "www.zoe.example"
    assert namespace["AUTHOR"] == HOSTILE.name


# --- update_assignments -------------------------------------------------------

WRITERS_FILE = '''\
"""My site."""

import os

from freelancekit.settings import *  # noqa: F403

# Who I am
AUTHOR = "Old Name"  # shown on every page
SITENAME = (
    "Old"
    " Name"
)
MY_OWN = {"keep": "me"}  # mine
TIMEZONE: str = "UTC"
'''


def test_update_replaces_single_and_multi_line_assignments_in_place():
    new = update_assignments(
        WRITERS_FILE, {"AUTHOR": py_str("New"), "SITENAME": py_str("New Site")}
    )
    assert new == WRITERS_FILE.replace('"Old Name"  #', '"New"  #').replace(
        '"Old"\n    " Name"', '"New Site"'
    )
    assert settings_of(new)["SITENAME"] == "New Site"


def test_update_keeps_every_other_line_byte_for_byte():
    new = update_assignments(WRITERS_FILE, {"TIMEZONE": py_str("Africa/Nairobi")})
    old_lines, new_lines = WRITERS_FILE.splitlines(), new.splitlines()
    assert len(new_lines) == len(old_lines)
    changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert [new_lines[i] for i in changed] == ['TIMEZONE: str = "Africa/Nairobi"']


def test_update_appends_names_not_yet_assigned_at_the_end():
    new = update_assignments(WRITERS_FILE, {"AUTHOR": '"A"', "X_HANDLE": '"x"', "Z": '"z"'})
    assert new.endswith('TIMEZONE: str = "UTC"\n\nX_HANDLE = "x"\nZ = "z"\n')
    assert settings_of(new)["AUTHOR"] == "A"


def test_update_appends_after_a_last_line_without_newline():
    assert update_assignments("A = 1  # end", {"B": "2"}) == "A = 1  # end\n\nB = 2\n"


def test_update_keeps_other_statements_on_the_same_line():
    new = update_assignments('AUTHOR = "a"; OTHER = 1  # c\n', {"AUTHOR": '"b"'})
    assert new == 'AUTHOR = "b"; OTHER = 1  # c\n'


def test_update_changes_the_assignment_that_counts_the_last_one():
    source = 'AUTHOR = "first"\nAUTHOR = "second"\n'
    new = update_assignments(source, {"AUTHOR": '"third"'})
    assert new == 'AUTHOR = "first"\nAUTHOR = "third"\n'


@pytest.mark.parametrize(
    "last",
    ['AUTHOR = OTHER = "b"', 'AUTHOR += " jr"', 'AUTHOR, OTHER = "b", "c"'],
)
def test_update_of_a_binding_it_cannot_rewrite_alone_sets_it_last(last):
    source = f'AUTHOR = "a"\n{last}\n'
    new = update_assignments(source, {"AUTHOR": '"New"'})
    assert new.startswith(source)
    assert settings_of(new)["AUTHOR"] == "New"
    if "OTHER" in last:
        assert settings_of(new)["OTHER"] in {"b", "c"}


@pytest.mark.parametrize(
    "between",
    ["\f\n", "# a page break: \f\n", 'NOTE = "line\u2028separator"\n', 'NOTE = "nel\x85"\n'],
)
def test_update_counts_lines_as_python_does_not_as_splitlines(between):
    source = f'A = "a"\n{between}B = "b"\nC = "c"\n'
    new = update_assignments(source, {"B": '"new"'})
    assert new == source.replace('B = "b"', 'B = "new"')


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_update_keeps_the_files_line_endings(newline):
    source = newline.join(['A = "a"', "B = 1", ""])
    new = update_assignments(source, {"B": "2", "C": "3"})
    assert new == newline.join(['A = "a"', "B = 2", "", "C = 3", ""])


def test_update_with_non_ascii_before_the_value_lands_on_the_value():
    source = 'NOTE = "Zoë 王"; AUTHOR = "x"\n'
    assert update_assignments(source, {"AUTHOR": '"y"'}) == 'NOTE = "Zoë 王"; AUTHOR = "y"\n'


def test_update_keeps_a_byte_order_mark():
    new = update_assignments('\ufeffA = "a"\n', {"A": '"b"'})
    assert new == '\ufeffA = "b"\n'


def test_update_adds_import_os_when_a_value_needs_it():
    values = publish_values(HOSTILE)
    new = update_assignments('"""Mine."""\nSITEURL = "https://old.example"\n', values)
    assert new.startswith('"""Mine."""\nimport os\nSITEURL = os.environ.get(')
    assert literals_of(new)["SITEURL"] == "https://www.zoe.example"


def test_update_adds_import_os_after_future_imports():
    source = '"""Mine."""\nfrom __future__ import annotations\n\nSITEURL = "x"\n'
    new = update_assignments(source, publish_values(HOSTILE))
    compile(new, "publishconf.py", "exec")  # __future__ must stay first
    assert new.startswith('"""Mine."""\nfrom __future__ import annotations\nimport os\n')


def test_update_adds_import_os_to_a_file_that_is_only_a_docstring():
    new = update_assignments('"""Mine."""', {"SITEURL": 'os.environ.get("SITEURL", "x")'})
    compile(new, "publishconf.py", "exec")
    assert new.startswith('"""Mine."""\nimport os\n')


@pytest.mark.parametrize("imports", ["import os\n", "import os.path\n", "import sys, os\n"])
def test_update_does_not_import_os_twice(imports):
    new = update_assignments(imports + 'SITEURL = "x"\n', publish_values(HOSTILE))
    assert new.count("import os") + new.count(", os") == 1


def test_update_imports_os_when_os_is_only_imported_under_another_name():
    new = update_assignments('import os as system\nSITEURL = "x"\n', publish_values(HOSTILE))
    assert new.startswith("import os\n")


def test_update_without_os_values_adds_no_import():
    assert update_assignments('A = "a"\n', {"A": '"b"'}) == 'A = "b"\n'


@pytest.mark.parametrize(
    "source", ["AUTHOR = ", "AUTHOR = 'open\n", "def f(:\n", "\ufeff\ufeffA=1"]
)
def test_update_of_invalid_python_raises_syntax_error(source):
    with pytest.raises(SyntaxError):
        update_assignments(source, {"AUTHOR": '"x"'})


def test_update_of_fresh_pelicanconf_changes_only_the_owners_lines():
    old = fresh_pelicanconf(HOSTILE)
    other = Owner("Noor Haddad", "noor@haddad.dev", "https://haddad.dev", "", "UTC", "")
    new = update_assignments(old, owner_values(other))
    assert new == fresh_pelicanconf(other)


def test_update_of_fresh_publishconf_changes_only_the_owners_lines():
    other = Owner("Noor", "noor@haddad.dev", "https://noor.github.io", "", "UTC", "")
    assert update_assignments(fresh_publishconf(HOSTILE), publish_values(other)) == (
        fresh_publishconf(other)
    )


# --- any owner ----------------------------------------------------------------

ONE_LINE = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")),
    max_size=40,
)
OWNERS = st.builds(
    Owner,
    name=ONE_LINE,
    email=st.emails(),
    siteurl=st.sampled_from(["https://a.github.io", "https://www.b.example/blog"]),
    handle=st.from_regex(r"[A-Za-z0-9_]{0,15}", fullmatch=True),
    timezone=st.sampled_from(["UTC", "Africa/Nairobi", "America/Argentina/Buenos_Aires"]),
    tagline=NO_SURROGATES,
)


@settings(max_examples=50, deadline=None)
@given(a=OWNERS, b=OWNERS)
def test_update_of_one_owners_pelicanconf_with_anothers_values_gives_theirs(a, b):
    new = update_assignments(fresh_pelicanconf(a), owner_values(b))
    assert new == fresh_pelicanconf(b)
    values = literals_of(new)
    assert {k: values[k] for k in expected(b)} == expected(b)


@settings(max_examples=50, deadline=None)
@given(a=OWNERS, b=OWNERS)
def test_update_of_one_owners_publishconf_with_anothers_values_gives_theirs(a, b):
    new = update_assignments(fresh_publishconf(a), publish_values(b))
    values = literals_of(new)
    assert values["SITEURL"] == b.siteurl
    assert values["GITHUB_PAGES_CNAME"] == cname_for(b.siteurl)


@settings(max_examples=30, deadline=None)
@given(owner=OWNERS)
def test_fresh_pelicanconf_for_any_owner_runs_and_holds_their_values(owner):
    values = settings_of(fresh_pelicanconf(owner))
    assert {k: values[k] for k in expected(owner)} == expected(owner)
