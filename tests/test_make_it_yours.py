"""Someone else's site: the kit's tasks work whatever the writer did to content/.

The kit's tests never read the repository's content/ or settings (the guard in
writers_files_guard.py fails any that does); this one makes a copy of the kit
another writer's, as a new writer does, and runs the tasks they run.
"""

import pytest

from site_kit import ROOT, article, invoke

pytestmark = pytest.mark.slow

PERSON = ["--name", "Ingrid Sæther", "--email", "ingrid@saether.example"]
PERSON += ["--siteurl", "https://ingrid-saether.github.io", "--handle", "ingrid_s"]
PERSON += ["--timezone", "Europe/Oslo", "--tagline", "Technical translation, Norwegian"]


def test_another_writers_site_builds_and_passes_check(project):
    if (ROOT / "node_modules").is_dir():  # the HTML validator, as `invoke test` installed it
        (project / "node_modules").symlink_to(ROOT / "node_modules")
    made = invoke(project, "init", *PERSON, "--clear-examples")
    assert made.returncode == 0, made.stderr
    (project / "content/articles").mkdir(parents=True, exist_ok=True)
    (project / "content/articles/first-post.md").write_text(
        article(slug="first-post", title="Why I translate into my first language only"),
        encoding="utf-8",
    )
    built = invoke(project, "build")
    assert built.returncode == 0, built.stderr
    assert (project / "output/first-post/index.html").is_file()
    checked = invoke(project, "check")
    assert checked.returncode == 0, checked.stderr + checked.stdout
    assert "Checked " in checked.stdout and "valid HTML" in checked.stdout, checked.stdout
    settings = (project / "pelicanconf.py").read_text(encoding="utf-8")
    assert 'AUTHOR = "Ingrid Sæther"' in settings
