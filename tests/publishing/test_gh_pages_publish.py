"""`invoke gh-pages` with real git: a local bare repository is the remote."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from site_kit import article, invoke

# Publishing with real git to a local bare repository, through invoke: end to end.
pytestmark = pytest.mark.slow

SITEURL = "https://www.example.com"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.com",
}


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **GIT_ENV},
    )
    return result.stdout.strip()


@pytest.fixture
def site_repo(project, tmp_path_factory) -> tuple[Path, Path]:
    """The project copy as a git repository on main, pushed to a bare remote."""
    remote = tmp_path_factory.mktemp("remote") / "site.git"
    git(remote.parent, "init", "--quiet", "--bare", str(remote))
    git(project, "init", "--quiet", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "--quiet", "-m", "Site source")
    git(project, "remote", "add", "origin", str(remote))
    git(project, "push", "--quiet", "origin", "main")
    return project, remote


def publish(project: Path, *args: str, **env: str):
    return invoke(project, "gh-pages", "--siteurl", SITEURL, *args, env={**GIT_ENV, **env})


def commit_all(project: Path, message: str) -> None:
    git(project, "add", "-A")
    git(project, "commit", "--quiet", "-m", message)


def published_files(remote: Path) -> set[str]:
    return set(git(remote, "ls-tree", "-r", "--name-only", "gh-pages").splitlines())


def test_publish_twice_keeps_history_and_never_touches_main(site_repo):
    project, remote = site_repo
    main_before = git(project, "rev-parse", "main")
    first = publish(project, GITHUB_PAGES_CNAME="www.example.com")
    assert first.returncode == 0, first.stderr
    files = published_files(remote)
    assert {"index.html", ".nojekyll", "CNAME", "sitemap.xml"} <= files
    assert git(remote, "show", "gh-pages:CNAME") == "www.example.com"
    assert f'href="{SITEURL}/' in git(remote, "show", "gh-pages:index.html")
    assert not any(f.startswith(("output", "content/", "plugins/")) for f in files)

    about = project / "content/pages/about.md"
    about.write_text(about.read_text().replace("Title: About", "Title: About Noor"))
    commit_all(project, "Rename About")
    second = publish(project, GITHUB_PAGES_CNAME="www.example.com")
    assert second.returncode == 0, second.stderr
    log = git(remote, "log", "--format=%s", "gh-pages").splitlines()
    source = git(project, "rev-parse", "--short", "HEAD")
    assert log == [f"Publish site from {source}", f"Publish site from {main_before[: len(source)]}"]
    assert "About Noor" in git(remote, "show", "gh-pages:about/index.html")

    assert git(remote, "rev-parse", "main") == main_before  # the source branch on the remote
    assert git(project, "rev-parse", "--abbrev-ref", "HEAD") == "main"
    assert git(project, "status", "--porcelain") == ""  # the working tree


def test_drafts_are_never_published(site_repo):
    project, remote = site_repo
    draft = article(slug="secret-plan", title="Secret plan") + "\nStatus: draft\n"
    draft = draft.replace("Slug: secret-plan", "Slug: secret-plan\nStatus: draft")
    (project / "content/articles/secret.md").write_text(draft)
    commit_all(project, "Draft")
    assert publish(project).returncode == 0
    files = published_files(remote)
    assert not any("secret-plan" in f or f.startswith("drafts/") for f in files)
    assert "secret-plan" not in git(remote, "show", "gh-pages:sitemap.xml")


def test_strict_error_publishes_nothing(site_repo):
    project, remote = site_repo
    assert publish(project).returncode == 0
    before = git(remote, "rev-parse", "gh-pages")
    (project / "content/articles/broken.md").write_text("Title: Broken\nDate: soon\n\nText.\n")
    commit_all(project, "Broken")
    result = publish(project)
    assert result.returncode == 1
    assert "content/articles/broken.md:2: invalid date 'soon'" in result.stderr
    assert "Traceback" not in result.stderr
    assert git(remote, "rev-parse", "gh-pages") == before


def test_http_siteurl_is_refused_in_production(site_repo):
    project, remote = site_repo
    result = invoke(project, "gh-pages", "--siteurl", "http://example.com", env=GIT_ENV)
    assert result.returncode == 1
    assert "production needs https://" in result.stderr
    assert "gh-pages" not in git(remote, "branch", "--list")


def test_dry_run_lists_changes_and_pushes_nothing(site_repo):
    project, remote = site_repo
    assert publish(project).returncode == 0
    before = git(remote, "rev-parse", "gh-pages")
    (project / "content/articles/new-tip.md").write_text(article(slug="new-tip", title="New"))
    (project / "content/articles/editing-outsourced-drafts.md").unlink()
    commit_all(project, "Add one, remove one")
    result = publish(project, "--dry-run")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "A new-tip/index.html" in lines
    assert "D editing-outsourced-drafts/index.html" in lines
    assert "M index.html" in lines and "M sitemap.xml" in lines
    assert not any(line.endswith(" .nojekyll") for line in lines)
    assert git(remote, "rev-parse", "gh-pages") == before


def test_remote_and_branch_come_from_options_or_environment(site_repo, tmp_path):
    project, remote = site_repo
    other = tmp_path / "other.git"
    git(tmp_path, "init", "--quiet", "--bare", str(other))
    git(project, "remote", "add", "mirror", str(other))
    assert publish(project, "--remote", "mirror", "--branch", "site").returncode == 0
    assert "index.html" in git(other, "ls-tree", "--name-only", "site").splitlines()
    assert publish(project, GH_PAGES_REMOTE="mirror", GH_PAGES_BRANCH="www").returncode == 0
    assert "index.html" in git(other, "ls-tree", "--name-only", "www").splitlines()
    assert "gh-pages" not in git(remote, "branch", "--list")


def test_unknown_remote_is_a_clear_error(site_repo):
    project, _ = site_repo
    result = publish(project, "--remote", "nowhere")
    assert result.returncode == 1
    assert "git has no remote named 'nowhere'" in result.stderr
