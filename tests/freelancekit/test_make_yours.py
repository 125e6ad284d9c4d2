"""`invoke init` on a copy of the kit with the fixture site as the writer's."""

from __future__ import annotations

import io
import subprocess

import pytest
from PIL import Image

from freelancekit import kit_files
from site_kit import article, invoke

# `invoke init` and the tasks after it, each in a subprocess.
pytestmark = pytest.mark.slow

# The fixture site's owner: after init --clear-examples no built page may name them.
OLD_OWNER = ["Noor Haddad", "Noor", "noorhaddad_ed", "noor@fixture-site.example", "fixture-noor"]
NEW = [
    "--name",
    "Kwame O'Neil-Mensah",
    "--email",
    "kwame@mensah.example",
    "--siteurl",
    "https://www.mensah.example",
    "--handle",
    "kwame_writes",
    "--timezone",
    "Africa/Accra",
    "--tagline",
    "Grant writing for NGOs",
]


def files(folder) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def built_text(output) -> str:
    kinds = {".html", ".xml", ".json", ".txt", ".svg", ".js"}
    return "\n".join(p.read_text(errors="replace") for p in output.rglob("*") if p.suffix in kinds)


def test_init_with_clear_examples_leaves_no_trace_of_the_example_owner(project):
    result = invoke(project, "init", *NEW, "--clear-examples")
    assert result.returncode == 0, result.stderr
    assert invoke(project, "build").returncode == 0
    text = built_text(project / "output")
    for trace in OLD_OWNER:
        assert trace not in text, trace
    index = (project / "output/index.html").read_text()
    assert "<title>Kwame O&#39;Neil-Mensah: Grant writing for NGOs</title>" in index
    assert not list((project / "content/articles").glob("*"))
    assert not list((project / "content/portfolio").glob("*"))
    for page in ["about", "hire-me", "portfolio"]:
        assert "Status: draft" in (project / f"content/pages/{page}.md").read_text()
        assert not (project / f"output/{page}").exists()  # drafts: not in the menu
    assert "Kwame" in (project / "output/404.html").read_text()


def test_init_draws_the_owners_share_image_and_favicons(project):
    before = files(project / "content")
    assert invoke(project, "init", *NEW).returncode == 0
    share = project / "content/images/share-default.png"
    assert share.read_bytes() != before["images/share-default.png"]
    assert Image.open(share).size == (1200, 630)
    touch = Image.open(project / "content/extra/apple-touch-icon.png")
    assert touch.size == (180, 180) and touch.mode == "RGB"
    ico = Image.open(io.BytesIO((project / "content/extra/favicon.ico").read_bytes()))
    assert {(16, 16), (32, 32), (48, 48)} <= set(ico.info["sizes"])
    assert ">KO<" in (project / "content/extra/favicon.svg").read_text()
    # Without --clear-examples the examples stay.
    assert (project / "content/articles/pricing-freelance-writing.md").exists()


def test_bad_values_fail_with_one_line_each_and_change_nothing(project):
    before = files(project)
    bad = ["--email", "kwame.mensah.example", "--siteurl", "http://mensah.example"]
    bad += ["--handle", "@kwame mensah", "--timezone", "Africa/Atlantis", "--name", "Kwame"]
    result = invoke(project, "init", *bad)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("init: --email: 'kwame.mensah.example' has no '@'")
    assert any(
        line.startswith("init: --siteurl: 'http://mensah.example' is http") for line in lines
    )
    assert any("--handle: '@kwame mensah' is not an X handle" in line for line in lines)
    assert any("--timezone: 'Africa/Atlantis' is not an IANA time zone" in line for line in lines)
    assert files(project) == before


def test_the_writers_own_work_is_never_touched_without_force(project):
    edited = project / "content/articles/pricing-freelance-writing.md"
    edited.write_text(edited.read_text() + "\nMy own paragraph.\n")
    mine = project / "content/articles/my-own-tip.md"
    mine.write_text(article(slug="my-own-tip", title="My own tip"))
    before = files(project)
    refused = invoke(project, "init", *NEW, "--clear-examples")
    assert refused.returncode == 1
    assert "content/articles/pricing-freelance-writing.md: yours" in refused.stderr
    assert "--force" in refused.stderr
    assert files(project) == before

    forced = invoke(project, "init", *NEW, "--clear-examples", "--force")
    assert forced.returncode == 0, forced.stderr
    assert not edited.exists()
    assert mine.exists()  # never the kit's: not an example, never removed
    assert invoke(project, "build").returncode == 0
    assert (project / "output/my-own-tip/index.html").exists()


def test_force_on_edited_settings_rewrites_only_the_owners_values(project):
    settings = project / "pelicanconf.py"
    settings.write_text(settings.read_text() + "\n# mine\nDEFAULT_PAGINATION = 5\n")
    refused = invoke(project, "init", *NEW)
    assert refused.returncode == 1 and "pelicanconf.py: yours" in refused.stderr
    assert invoke(project, "init", *NEW, "--force").returncode == 0
    text = settings.read_text()
    assert 'AUTHOR = "Kwame O\'Neil-Mensah"' in text
    assert "# mine\nDEFAULT_PAGINATION = 5\n" in text
    assert 'COMMENTS_PROVIDER = "giscus"' in text  # the writer's, kept


def test_init_again_replaces_what_it_wrote_without_force(project):
    assert invoke(project, "init", *NEW, "--clear-examples").returncode == 0
    again = invoke(project, "init", *NEW[:-1], "Grant and report writing", "--clear-examples")
    assert again.returncode == 0, again.stderr
    assert 'SITESUBTITLE = "Grant and report writing"' in (project / "pelicanconf.py").read_text()
    record = kit_files.load(project)
    assert all(kit_files.is_kits(project, rel, record) for rel in record)


def test_gh_pages_refuses_to_publish_to_the_kits_own_repository(project):
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("remote", "add", "origin", "git@github.com:FreelanceKit/freelancekit.git")
    result = invoke(project, "gh-pages", "--dry-run")
    assert result.returncode == 1
    assert "origin is the kit's own repository" in result.stderr
    assert "git remote rename origin kit" in result.stderr
    # The README's way: the kit kept as `kit`; pushing there is refused too.
    git("remote", "rename", "origin", "kit")
    git("remote", "add", "origin", "https://github.com/kwame/site.git")
    to_kit = invoke(project, "gh-pages", "--remote", "kit").stderr
    assert "kit is the kit's own repository" in to_kit and "invoke gh-pages` (origin)" in to_kit


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/freelancekit/freelancekit",
        "https://github.com/FreelanceKit/freelancekit.git/",
        "git@github.com:freelancekit/freelancekit.git",
        "ssh://git@github.com/freelancekit/freelancekit.git",
        "https://token@github.com/freelancekit/freelancekit.git",
    ],
)
def test_every_spelling_of_the_kits_address_is_recognised(url):
    from freelancekit.upstream import declared_repository, repo_key

    assert repo_key(url) == repo_key(declared_repository())


def test_other_repositories_are_not_the_kit():
    from freelancekit.upstream import declared_repository, repo_key

    kit = repo_key(declared_repository())
    for url in [
        "git@github.com:kwame/freelancekit.git",
        "https://gitlab.com/freelancekit/freelancekit",
    ]:
        assert repo_key(url) != kit
