"""Publishing to GitHub Pages, behind `invoke gh-pages`: not a Pelican plugin."""

from .gh_pages import (
    PublishError,
    TreeDiff,
    add_pages_files,
    branch_tree,
    check_cname,
    diff_trees,
    fetch_branch,
    folder_tree,
    source_commit,
)

__all__ = [
    "PublishError",
    "TreeDiff",
    "add_pages_files",
    "branch_tree",
    "check_cname",
    "diff_trees",
    "fetch_branch",
    "folder_tree",
    "source_commit",
]
