"""Publish a built site to a gh-pages branch: what changes, and the git around ghp-import."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


class PublishError(Exception):
    """Publishing cannot go ahead; the message says why and what to do."""


@dataclass
class TreeDiff:
    """Files a publish would add, change and remove on the branch."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line a file, marked like `git status --short`, then a count."""
        rows = [f"A {p}" for p in self.added]
        rows += [f"M {p}" for p in self.changed]
        rows += [f"D {p}" for p in self.removed]
        rows.append(
            f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"
        )
        return rows


def diff_trees(built: dict[str, str], published: dict[str, str]) -> TreeDiff:
    """Compare {path: blob id} of the new site with the branch's."""
    return TreeDiff(
        added=sorted(set(built) - set(published)),
        changed=sorted(p for p in set(built) & set(published) if built[p] != published[p]),
        removed=sorted(set(published) - set(built)),
    )


def add_pages_files(site: Path, cname: str | None) -> None:
    """Write what GitHub Pages reads: .nojekyll always, CNAME when a domain is set."""
    (site / ".nojekyll").write_text("", encoding="utf-8")
    if cname:
        (site / "CNAME").write_text(cname.strip() + "\n", encoding="utf-8")


# One label of a host name (RFC 1123): letters, digits and inner hyphens.
_HOST_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


def check_cname(cname: str | None) -> str | None:
    """A custom domain is a host name: dot-separated labels, nothing else.

    No scheme, path, port, space or line break (a CNAME file is one line). An
    internationalised domain is written in its ASCII form (xn--...).
    """
    if not cname:
        return None
    host = cname.strip()
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        ascii_host = ""
    labels = ascii_host.split(".")
    if (
        len(labels) < 2
        or len(ascii_host) > 253
        or labels[-1].isdigit()
        or not all(_HOST_LABEL.fullmatch(label) for label in labels)
    ):
        raise PublishError(
            f"GITHUB_PAGES_CNAME {cname!r} is not a domain name: write it like "
            "'www.example.com', without https://, a path or a line break"
        )
    return ascii_host


def git(repo: Path, *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    """Run git in `repo`, capturing text output; never raises."""
    return subprocess.run(
        ["git", *args], cwd=repo, input=input, capture_output=True, text=True, check=False
    )


def source_commit(repo: Path) -> str:
    """The source commit a publish names, marked when the working tree has changes."""
    head = git(repo, "rev-parse", "--short", "HEAD").stdout.strip()
    if not head:
        raise PublishError("not a git repository with a commit: commit the site first")
    dirty = git(repo, "status", "--porcelain", "--untracked-files=no").stdout.strip()
    return f"{head} (with uncommitted changes)" if dirty else head


def fetch_branch(repo: Path, remote: str, branch: str) -> str | None:
    """Bring the remote's branch up to date locally; return the ref to compare with."""
    if git(repo, "remote", "get-url", remote).returncode != 0:
        raise PublishError(f"git has no remote named {remote!r}: add it or pass --remote")
    fetched = git(repo, "fetch", "--quiet", remote, f"+{branch}:refs/remotes/{remote}/{branch}")
    if fetched.returncode == 0:
        return f"refs/remotes/{remote}/{branch}"
    local = git(repo, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}")
    return f"refs/heads/{branch}" if local.returncode == 0 else None


def branch_tree(repo: Path, ref: str | None) -> dict[str, str]:
    """{path: blob id} of every file on `ref` (empty when there is no branch yet)."""
    if ref is None:
        return {}
    listing = git(repo, "ls-tree", "-r", "-z", ref).stdout
    tree = {}
    for entry in filter(None, listing.split("\0")):
        meta, path = entry.split("\t", 1)
        tree[path] = meta.split()[2]
    return tree


def folder_tree(repo: Path, folder: Path) -> dict[str, str]:
    """{path: blob id} of every file under `folder`, as git would store them."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    if not files:
        return {}
    hashed = git(repo, "hash-object", "--stdin-paths", input="\n".join(map(str, files)) + "\n")
    ids = hashed.stdout.split()
    return {p.relative_to(folder).as_posix(): blob for p, blob in zip(files, ids, strict=True)}
