"""The GitHub Actions workflow runs what the README says, then deploys."""

from pathlib import Path

import yaml

from site_kit import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    block = text.split("## Quick start", 1)[1].split("```", 2)[1]
    return [line for line in block.splitlines() if line.strip()]


def workflow() -> dict:
    return yaml.safe_load(Path(ROOT / ".github/workflows/pages.yml").read_text())


def steps(job: str) -> list[dict]:
    return workflow()["jobs"][job]["steps"]


def test_quick_start_has_exactly_two_commands():
    assert len(readme_commands()) == 2


def test_workflow_runs_the_readme_commands_in_order():
    runs = [step["run"].strip() for step in steps("build") if "run" in step]
    assert runs[:2] == readme_commands()


def test_workflow_builds_with_publishconf_and_the_pages_url():
    (production,) = [s for s in steps("build") if s.get("name") == "Production build"]
    assert production["run"].strip() == ".venv/bin/invoke preview"
    assert production["env"]["SITEURL"] == "${{ steps.pages.outputs.base_url }}"


def test_workflow_triggers_caches_and_deploys():
    flow = workflow()
    assert flow[True]["push"]["branches"] == ["main"]  # YAML reads `on:` as True
    uses = [s.get("uses", "") for s in steps("build")]
    assert flow["jobs"]["build"]["container"] == "python:3.11-bookworm"  # Debian, as CI
    cache = next(s for s in steps("build") if s.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == "~/.cache/pip"
    assert "hashFiles('requirements.txt')" in cache["with"]["key"]
    assert any(u.startswith("actions/configure-pages") for u in uses)
    upload = next(s for s in steps("build") if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "output"
    assert any("deploy-pages" in s.get("uses", "") for s in steps("deploy"))
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
