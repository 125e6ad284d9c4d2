"""The kit's own repository: a writer's site is never published there."""

from __future__ import annotations

import re
import subprocess
from importlib import metadata
from pathlib import Path

# The remote name the README's "Make it yours" gives the kit after cloning.
KIT_REMOTE = "kit"
SCP_LIKE = re.compile(r"^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$")  # git@github.com:owner/repo.git


def repo_key(url: str) -> str:
    """`host/owner/repo`, lower-case, for any way git writes a repository's address."""
    url = url.strip()
    if match := SCP_LIKE.match(url):
        host, path = match.groups()
    else:
        rest = re.sub(r"^[a-z+]+://", "", url, flags=re.IGNORECASE)
        host, _, path = rest.partition("/")
        host = host.rsplit("@", 1)[-1].split(":")[0]
    path = re.sub(r"\.git$", "", path.strip("/"), flags=re.IGNORECASE).strip("/")
    return f"{host}/{path}".lower()


def declared_repository() -> str | None:
    """The kit's repository as its package metadata declares it."""
    try:
        urls = metadata.metadata("freelancekit").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "repository":
            return url.strip()
    return None


def _git_url(root: Path, remote: str, *options: str) -> str | None:
    """`git remote get-url` of `remote`, or None when git knows no such remote."""
    result = subprocess.run(
        ["git", "remote", "get-url", *options, remote],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    return (result.stdout.strip() or None) if result.returncode == 0 else None


def remote_url(root: Path, remote: str) -> str:
    """The URL git pushes `remote` to (or `remote` itself when it is a URL or path)."""
    return _git_url(root, remote, "--push") or remote


def kit_repositories(root: Path) -> list[str]:
    """Every address that is the kit's own: the declared one and the `kit` remote's."""
    return [url for url in [declared_repository(), _git_url(root, KIT_REMOTE)] if url]


def kit_upstream(root: Path, remote: str) -> str | None:
    """The kit's address when `remote` pushes there, else None."""
    target = repo_key(remote_url(root, remote))
    return next((url for url in kit_repositories(root) if repo_key(url) == target), None)


def refusal(remote: str, url: str) -> str:
    """What to say when a publish would go to the kit's own repository."""
    if remote == KIT_REMOTE:
        return (
            f"{remote} is the kit's own repository ({url}): publish to your site's repository "
            "instead: `invoke gh-pages` (origin), or `--remote NAME` for another remote of yours"
        )
    return (
        f"{remote} is the kit's own repository ({url}), not your site's. Make it yours first: "
        "create an empty repository on GitHub, then `git remote rename origin kit && "
        "git remote add origin https://github.com/YOU/YOUR-SITE.git && git push -u origin main` "
        "(README: Make it yours)"
    )
