"""The two GitHub Actions workflows: a fast Pages publish, and the kit's full suite."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from site_kit import ROOT

WORKFLOWS = ROOT / ".github/workflows"
PAGES, KIT_TESTS = WORKFLOWS / "pages.yml", WORKFLOWS / "kit-tests.yml"
DAILY = WORKFLOWS / "scheduled-articles.yml"
# The README's Quick start: install and build, then every test.
QUICK_START = [
    "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt"
    " && .venv/bin/pip install --no-deps --no-build-isolation -e . && .venv/bin/invoke build",
    ".venv/bin/invoke test",
]
DEV_BUILD = " && .venv/bin/invoke build"
# What the kit's suite reads: a change to any of these runs it.
KIT_PATHS = [
    "plugins/**",
    "theme/**",
    "tests/**",
    "freelancekit/**",
    "tasks.py",
    "requirements.txt",
    "requirements.in",
    "requirements-dev.txt",
    "requirements-dev.in",
    "pyproject.toml",
    "package.json",
    "package-lock.json",
    ".github/workflows/**",
    ".ci/**",
]


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def steps(path: Path, job: str) -> list[dict]:
    return load(path)["jobs"][job]["steps"]


def runs(path: Path, job: str) -> list[str]:
    return [step["run"].strip() for step in steps(path, job) if "run" in step]


def uses(path: Path, job: str, action: str) -> list[dict]:
    """The steps of `job` that use `action` (owner/name, any version)."""
    return [s for s in steps(path, job) if s.get("uses", "").split("@")[0] == action]


def tool(name: str, *args: str) -> subprocess.CompletedProcess:
    """Run a command-line tool installed beside this Python (the project's .venv)."""
    command = [str(Path(sys.executable).parent / name), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_quick_start_is_the_readmes():
    # Read as .ci/run reads it: the first fenced block after "## Quick start".
    block = (ROOT / "README.md").read_text().split("## Quick start", 1)[1].split("```", 2)[1]
    assert [line for line in block.splitlines() if line.strip()] == QUICK_START


def test_workflows_match_githubs_schema():
    # The schema ships inside check-jsonschema: no network.
    schema = ["--builtin-schema", "vendor.github-workflows"]
    result = tool("check-jsonschema", *schema, str(PAGES), str(KIT_TESTS), str(DAILY))
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_but_unpinned_actions():
    # Actions are pinned to major tags, not commit hashes: the one finding we accept.
    flags = ["--offline", "--no-config", "--format", "json", "--no-exit-codes"]
    result = tool("zizmor", *flags, str(PAGES), str(KIT_TESTS), str(DAILY))
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)
    assert {finding["ident"] for finding in findings} <= {"unpinned-uses"}, result.stdout


@pytest.mark.parametrize("path", [PAGES, KIT_TESTS, DAILY], ids=lambda p: p.name)
def test_permissions_are_granted_per_job_only(path):
    flow = load(path)
    assert flow.get("permissions", {}) == {}  # the workflow grants nothing
    assert all("permissions" in job for job in flow["jobs"].values())


@pytest.mark.parametrize("path", [PAGES, KIT_TESTS], ids=lambda p: p.name)
def test_every_checkout_leaves_no_credentials_behind(path):
    checkouts = [step for job in load(path)["jobs"] for step in uses(path, job, "actions/checkout")]
    assert checkouts
    assert all(step["with"]["persist-credentials"] is False for step in checkouts)


def test_pages_publishes_on_main_and_by_hand_one_at_a_time():
    flow = load(PAGES)
    assert flow[True]["push"] == {"branches": ["main"]}  # YAML reads `on:` as True
    assert "workflow_dispatch" in flow[True]
    assert flow["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_pages_runs_again_every_day_from_a_workflow_of_its_own():
    # Scheduled articles go live on their day. GitHub turns a scheduled workflow off
    # after 60 quiet days: a schedule in pages.yml would stop publishing on push too.
    assert "schedule" not in load(PAGES)[True]
    flow = load(DAILY)
    (cron,) = [entry["cron"] for entry in flow[True]["schedule"]]
    minute, hour, *days = cron.split()
    assert days == ["*", "*", "*"]  # every day, once: one minute of one hour
    assert 0 <= int(minute) < 60 and 0 <= int(hour) < 24
    assert f"{int(hour):02}:{int(minute):02} UTC" in (ROOT / "README.md").read_text()
    (job,) = flow["jobs"].values()
    assert job["permissions"] == {"actions": "write"}
    (step,) = job["steps"]
    # A dispatch: the one event a run may start with the workflow's own token.
    assert step["run"].split() == [
        "gh",
        "api",
        "--method",
        "POST",
        '"repos/$GITHUB_REPOSITORY/actions/workflows/pages.yml/dispatches"',
        "-f",
        'ref="$GITHUB_REF_NAME"',
    ]
    assert step["env"] == {"GH_TOKEN": "${{ github.token }}"}
    assert "workflow_dispatch" in load(PAGES)[True]


def test_pages_installs_as_the_quick_start_without_the_dev_build():
    assert QUICK_START[0].endswith(DEV_BUILD)
    assert runs(PAGES, "build")[0] == QUICK_START[0].removesuffix(DEV_BUILD)


def test_pages_caches_pip_on_the_lock_file():
    (setup,) = uses(PAGES, "build", "actions/setup-python")
    assert setup["with"] == {
        "python-version": "3.11",
        "cache": "pip",
        "cache-dependency-path": "requirements.txt",
    }


def test_pages_uploads_the_checked_production_build_for_the_pages_address():
    (check,) = [s for s in steps(PAGES, "build") if "invoke check" in s.get("run", "")]
    assert check["run"].strip() == ".venv/bin/invoke check --output output"
    assert check["env"] == {
        "SITEURL": "${{ steps.pages.outputs.base_url }}",
        "GITHUB_PAGES_CNAME": "${{ vars.GITHUB_PAGES_CNAME }}",
    }
    (pages,) = uses(PAGES, "build", "actions/configure-pages")
    assert pages["id"] == "pages"
    (upload,) = uses(PAGES, "build", "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "output"
    order = [s.get("id") or s.get("run", s.get("uses")) for s in steps(PAGES, "build")]
    assert order.index("pages") < order.index(check["run"]) < order.index(upload["uses"])


def test_pages_needs_no_browser_jre_or_kit_suite():
    job = load(PAGES)["jobs"]["build"]
    assert "container" not in job
    commands = " ".join(runs(PAGES, "build")).lower()
    for word in ["invoke test", "pytest", "apt-get", "chromium", "java", "jre", "npm"]:
        assert word not in commands


def test_pages_deploys_with_the_pages_token_only():
    deploy = load(PAGES)["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert uses(PAGES, "deploy", "actions/deploy-pages")


def test_kit_tests_run_both_quick_start_commands_in_debian_as_root():
    (job,) = load(KIT_TESTS)["jobs"]
    assert runs(KIT_TESTS, job) == QUICK_START
    assert load(KIT_TESTS)["jobs"][job]["container"] == "python:3.11-bookworm"


@pytest.mark.parametrize("event", ["push", "pull_request"])
def test_kit_tests_run_on_any_branch_when_the_kit_changes(event):
    trigger = load(KIT_TESTS)[True][event]
    assert trigger == {"paths": KIT_PATHS}  # no branch filter


def test_kit_tests_cache_pip_and_npm_on_their_lock_files():
    (job,) = load(KIT_TESTS)["jobs"]
    caches = {s["with"]["path"]: s["with"]["key"] for s in uses(KIT_TESTS, job, "actions/cache")}
    assert "hashFiles('requirements.txt', 'requirements-dev.txt')" in caches["~/.cache/pip"]
    # `invoke test` runs `npm ci --cache .cache/npm`.
    assert "hashFiles('package-lock.json')" in caches[".cache/npm"]
