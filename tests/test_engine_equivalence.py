"""The build engine is an optimisation, never a behaviour: the same site, file for file,

with the engine fully on (pages rendered after every generator, helper
processes reading and rendering), with BUILD_WORKERS = 1, and with
BUILD_ENGINE = False (Pelican's own writer and reader).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import parallel_read
import site_writer.writer
from corpus import write_corpus
from freelancekit.forking import Helper
from freelancekit.strict_build import build
from site_kit import FIXTURE, FIXTURE_SETTINGS, TEST_SITEURL

MODES = {
    "engine on": {"BUILD_WORKERS": 2},
    "one worker": {"BUILD_WORKERS": 1},
    "engine off": {"BUILD_ENGINE": False},
}


class CountedHelper(Helper):
    started = 0

    def __init__(self, items, work):
        CountedHelper.started += 1
        super().__init__(items, work)


@pytest.fixture(scope="module")
def everything(tmp_path_factory) -> Path:
    """The fixture site, 120 more articles (enough for helpers) and colliding redirects."""
    folder = tmp_path_factory.mktemp("everything")
    write_corpus(folder, 120)
    content = folder / "content"
    shutil.rmtree(content / "pages")
    shutil.copytree(FIXTURE / "content", content, dirs_exist_ok=True)
    redirects = json.loads((content / "redirects.json").read_text())
    # Each a page of the site: a lenient build reports them and keeps the pages.
    redirects["paths"] |= {
        "about/": "articles/pricing-freelance-writing.md",
        "category/freelance-writing/": {"tag": "clients"},
        "": "pages/hire-me.md",
    }
    (content / "redirects.json").write_text(json.dumps(redirects, indent=1))
    return content


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_every_mode_builds_the_same_site_and_reports_the_same_problems(
    everything, tmp_path, monkeypatch
):
    for module in (parallel_read, site_writer.writer):
        monkeypatch.setattr(module, "Helper", CountedHelper)
        monkeypatch.setattr(module, "can_fork", lambda: True)  # other suites leave threads
    built = {}
    for mode, settings in MODES.items():
        CountedHelper.started = 0
        output = tmp_path / mode.replace(" ", "-")
        overrides = {"PATH": str(everything), "SITEURL": TEST_SITEURL, **settings}
        overrides["CACHE_PATH"] = str(tmp_path / f"cache-{output.name}")
        problems = build(FIXTURE_SETTINGS, output, overrides=overrides, strict=False)
        built[mode] = (sorted(map(str, problems)), files(output), CountedHelper.started)
    problems, site, helpers = built["engine on"]
    assert helpers == 2  # one helper read, one rendered
    assert len(problems) == 3 and all("would replace" in p for p in problems)
    assert (
        "Noor Haddad, a freelance writer" in site["about/index.html"].decode()
    )  # the real About page stayed
    for mode in ("one worker", "engine off"):
        other_problems, other_site, other_helpers = built[mode]
        assert other_helpers == 0, mode
        assert other_problems == problems, mode
        assert sorted(other_site) == sorted(site), mode
        assert [name for name in site if site[name] != other_site[name]] == [], mode
