"""The tests' tools are a set of their own: which pins are missing, and what a site installs."""

from pathlib import Path

from freelancekit.dev_requirements import missing, pins
from site_kit import ROOT

LOCK = """\
#
# pip-compile --generate-hashes requirements-dev.in
#
pytest==9.2.0 \\
    --hash=sha256:00
    # via -r requirements-dev.in
Pytest_Xdist==3.8.0 \\
    --hash=sha256:11
playwright==1.65.2 ; python_version >= "3.9" \\
    --hash=sha256:22
"""
TESTS_TOOLS = ["pytest", "pytest-xdist", "hypothesis", "playwright", "ruff", "zizmor"]
TESTS_TOOLS += ["pip-tools", "check-jsonschema"]


def test_pins_are_read_with_names_as_pypi_compares_them():
    assert pins(LOCK) == {"pytest": "9.2.0", "pytest-xdist": "3.8.0", "playwright": "1.65.2"}


def test_a_pin_missing_or_at_another_version_is_missing(tmp_path):
    lock = tmp_path / "requirements-dev.txt"
    lock.write_text(LOCK, encoding="utf-8")
    installed = {"pytest": "9.2.0", "pytest-xdist": "3.7.0"}
    assert missing(lock, installed) == ["pytest-xdist==3.8.0", "playwright==1.65.2"]
    everything = {"pytest": "9.2.0", "pytest-xdist": "3.8.0", "playwright": "1.65.2"}
    assert missing(lock, everything) == []


def read_pins(name: str) -> dict[str, str]:
    return pins((ROOT / name).read_text(encoding="utf-8"))


def test_a_site_installs_none_of_the_tests_tools():
    site = read_pins("requirements.txt")
    assert site and not [tool for tool in TESTS_TOOLS if tool in site]
    assert all(tool in read_pins("requirements-dev.txt") for tool in TESTS_TOOLS)


def test_both_sets_pin_what_they_share_to_the_same_version():
    site, dev = read_pins("requirements.txt"), read_pins("requirements-dev.txt")
    assert {name: dev[name] for name in site.keys() & dev.keys()} == {
        name: site[name] for name in site.keys() & dev.keys()
    }


def test_the_pages_workflow_installs_what_a_site_needs_only():
    workflow = (ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    assert "pip install -r requirements.txt" in workflow
    assert "requirements-dev" not in workflow
    assert Path(ROOT / "requirements-dev.in").read_text().count("-c requirements.txt") == 1
