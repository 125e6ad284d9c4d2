"""Tasks for writing, previewing and publishing the site: `invoke --list`.

Thin wrappers: the work lives in the freelancekit package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from invoke import task
from invoke.exceptions import Exit

from freelancekit import dev_requirements
from freelancekit.authoring import BadTitle, post_path, post_text
from freelancekit.make_yours import make_yours
from freelancekit.owner import InitError, ask_missing, make_owner
from freelancekit.publishing import (
    PublishError,
    add_pages_files,
    branch_tree,
    check_cname,
    diff_trees,
    fetch_branch,
    folder_tree,
    source_commit,
)
from freelancekit.screenshots import CHROMIUM, NoBrowser
from freelancekit.screenshots import take as take_screenshots
from freelancekit.serve import serve_forever
from freelancekit.site_check import check_site, validate_html
from freelancekit.strict_build import BuildFailed, DevSite
from freelancekit.strict_build import build as build_site
from freelancekit.upstream import kit_upstream, refusal
from freelancekit.wordpress_import import WxrError
from freelancekit.wordpress_import import import_wordpress as run_import

ROOT = Path(__file__).resolve().parent
OUTPUT = ROOT / "output"
DEV_SETTINGS = ROOT / "pelicanconf.py"
PUBLISH_SETTINGS = ROOT / "publishconf.py"
HOST, PORT = "127.0.0.1", 8000
WATCHED = ["content", "theme", "plugins", "pelicanconf.py", "publishconf.py"]


def _strict_build(
    settings: Path, output: Path = OUTPUT, scratch=False, what="the production site", **overrides
) -> None:
    """Build strictly; on any problem print one line each and exit non-zero.

    `scratch`: `output` is a temporary folder the writer never sees: not named
    (`what` says what was built there).
    """
    report: dict = {}
    try:
        build_site(settings, output, overrides=overrides, report=report)
    except BuildFailed as failed:
        for problem in failed.problems:
            print(f"error: {problem}", file=sys.stderr)
        count = len(failed.problems)
        kept = "nothing was published" if scratch else f"{output.name}/ was left as it was"
        raise Exit(f"Build failed ({count} problem{'s' * (count != 1)}); {kept}.", code=1) from None
    if scratch:
        print(f"Built {what}")
    else:
        print(f"Built {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}/")
    for line in report.get("scheduled", []):  # left out until their day (plugins/scheduled)
        print(f"scheduled, not published yet: {line}")
    for todo in report.get("todo", []):  # marked {.alt-todo}: the site is live, fix over time
        print(f"to do: {todo}")
    if report.get("todo"):
        print(f"{len(report['todo'])} image(s) marked {{.alt-todo}} still need alt text.")


# The dev server's rebuilds reuse what Pelican read last time and render only the
# pages an edit changes (tests/test_rebuild_exact.py checks the result is byte for
# byte a clean build's).
DEV_CACHE = {
    "CACHE_CONTENT": True,
    "LOAD_CONTENT_CACHE": True,
    "CACHE_PATH": str(ROOT / ".cache/pelican"),
    # A local scratch file: compressing it cost 0.3 s a save at 1000 articles.
    "GZIP_CACHE": False,
}


def _dev_builder(**overrides):
    """The dev server's rebuild: problems are shown as warnings, output still written.

    One warm DevSite for the whole session: each save renders only the pages it
    changes, and the search index catches up in the background.
    """
    site = DevSite(DEV_SETTINGS, OUTPUT, {**DEV_CACHE, **overrides})

    def rebuild() -> None:
        try:
            problems = site.rebuild()
        except BuildFailed as failed:  # Pelican stopped: the last good output/ stays
            problems = failed.problems
            shutil.rmtree(DEV_CACHE["CACHE_PATH"], ignore_errors=True)  # never trust it twice
        for problem in problems:
            print(f"warning: {problem}", file=sys.stderr)

    return rebuild


def _load_module(name: str, path: Path):
    """Import a script of the repository by its path (bench/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@task
def clean(c):
    """Remove output/ and its leftovers."""
    for path in [OUTPUT, *ROOT.glob("output.*")]:
        shutil.rmtree(path, ignore_errors=True)


@task
def build(c):
    """Build the site into output/, strictly: any warning fails and keeps the last output/."""
    _strict_build(DEV_SETTINGS)


@task(pre=[clean])
def rebuild(c):
    """Remove output/, then build."""
    _strict_build(DEV_SETTINGS)


def _watch(on_change) -> None:
    from watchfiles import watch

    paths = [ROOT / p for p in WATCHED if (ROOT / p).exists()]
    print(f"Watching {', '.join(p.name for p in paths)}; Ctrl+C stops.")
    for _changes in watch(*paths, watch_filter=lambda _c, path: not _is_cache(path)):
        on_change()


@task
def regenerate(c):
    """Rebuild on every save (problems are warnings, so you can keep writing)."""
    rebuild = _dev_builder()
    rebuild()
    _watch(rebuild)


@task(help={"port": f"port to listen on (default {PORT})"})
def serve(c, port=PORT):
    """Serve output/ at http://127.0.0.1:8000/ (missing paths get the site's 404 page)."""
    if not (OUTPUT / "index.html").exists():
        raise Exit("serve: output/ has no site yet: run `invoke build` first", code=1)
    serve_forever(OUTPUT, HOST, int(port))


def _is_cache(path: str) -> bool:
    return "__pycache__" in path


@task(help={"port": f"port to listen on (default {PORT})"})
def livereload(c, port=PORT):
    """Build, serve and reload the browser on every save."""
    from livereload import Server

    # The reload script livereload injects is not ours: no CSP on these pages.
    rebuild = _dev_builder(CONTENT_SECURITY_POLICY=False)
    rebuild()
    server = Server()
    for path in WATCHED:
        if (ROOT / path).exists():
            # Folders are watched recursively.
            server.watch(str(ROOT / path), rebuild, ignore=_is_cache)
    server.serve(host=HOST, port=int(port), root=str(OUTPUT))


@task
def preview(c):
    """Build with publishconf.py (production settings) into output/, strictly."""
    _strict_build(PUBLISH_SETTINGS)


INIT_HELP = {
    "name": "your name, as readers see it",
    "email": "the address clients write to (you@yourdomain.com)",
    "siteurl": "your site's public https address, e.g. https://www.yourdomain.com",
    "handle": "your X handle, with or without the @ (optional)",
    "timezone": "your IANA time zone, e.g. Africa/Nairobi",
    "tagline": "what you do, in one line (optional)",
    "clear_examples": "remove the example articles, projects, images and comments",
    "force": "also replace or remove files you changed (settings keep your other lines)",
}


@task(help=INIT_HELP)
def init(
    c,
    name=None,
    email=None,
    siteurl=None,
    handle=None,
    timezone=None,
    tagline=None,
    clear_examples=False,
    force=False,
):
    """Make the site yours: settings, share image and favicons; asks for what is missing."""
    values = {"name": name, "email": email, "siteurl": siteurl, "handle": handle}
    values |= {"timezone": timezone, "tagline": tagline}
    if sys.stdin.isatty():
        try:
            values = ask_missing(values)
            if not clear_examples:
                answer = input("Remove the example content? [y/N] ")
                clear_examples = answer.strip().lower() in {"y", "yes"}
        except (EOFError, KeyboardInterrupt):
            raise Exit("\ninit: stopped: nothing was changed", 1) from None
    try:
        report = make_yours(ROOT, make_owner(values), clear_examples, force)
    except InitError as error:
        raise Exit(f"init: {error}".replace("\n", "\ninit: "), code=1) from None
    print("\n".join(report))


def _not_an_option(task: str, value: str) -> None:
    """Invoke reads `invoke new-post --help` as a title "--help": say how to get help."""
    if value.startswith("--") or value == "-h":
        raise Exit(
            f"{task}: {value!r} is an option's name, not a value: for help, run "
            f"`invoke --help {task}`",
            code=1,
        )


@task(
    help={
        "title": "the article's title",
        "category": "its category (default: the site's DEFAULT_CATEGORY)",
    }
)
def new_post(c, title, category=None):
    """Write content/articles/YYYY-MM-DD-slug.md, a draft with its metadata; opens nothing."""
    _not_an_option("new-post", title)
    from zoneinfo import ZoneInfo

    from pelican.settings import read_settings

    settings = read_settings(str(DEV_SETTINGS))
    category = category or settings["DEFAULT_CATEGORY"]
    # Now where the site is (TIMEZONE), not where this computer's clock is set: a
    # post dated by a UTC clock for a site in Mexico City would be hours "ahead"
    # and scheduled, left out of the live site.
    now = datetime.now(ZoneInfo(settings["TIMEZONE"])).replace(tzinfo=None)
    try:
        text = post_text(title, now, category)
    except BadTitle as error:
        raise Exit(f"new-post: {error}", code=1) from None
    path = post_path(ROOT / "content" / "articles", title, now)
    if path.exists():
        raise Exit(f"new-post: {path.relative_to(ROOT)} already exists", code=1)
    path.write_text(text, encoding="utf-8")
    print(f"Wrote {path.relative_to(ROOT)} (Status: draft; remove that line to publish)")


@task(
    help={
        "export": "the WXR file from WordPress (Tools > Export > All content)",
        "download": "also download images hosted on the old blog into content/images/wp/",
    }
)
def import_wordpress(c, export, download=False):
    """Import a WordPress export: posts, pages, comments, images, redirects for old links."""
    _not_an_option("import-wordpress", export)
    from rich.console import Console
    from rich.progress import track

    console = Console(stderr=True)

    def progress(items):
        items = list(items)
        return track(items, description="Importing", console=console, transient=True)

    try:
        summary = run_import(Path(export), ROOT / "content", download=download, progress=progress)
    except WxrError as error:
        raise Exit(f"import-wordpress: {error} (nothing was written)", code=1) from None
    print("\n".join(summary.lines()))


@task(
    help={
        "sizes": "corpus sizes, comma-separated (default 100,1000)",
        "runs": "runs per figure; the median, min and max are reported (default 5)",
        "corpus": "a content folder of your own to measure instead (e.g. content)",
    }
)
def bench(c, sizes="100,1000", runs=5, corpus=None):
    """Benchmark build time, rebuild time, memory and page weight against plain Pelican."""
    bench_run = _load_module("bench_run", ROOT / "bench/run.py")
    markdown_table, run_bench = bench_run.markdown_table, bench_run.run_bench
    if corpus and not (Path(corpus) / "articles").is_dir():
        raise Exit(f"bench: {corpus} has no articles/ folder: give a content folder", code=1)
    measured = [Path(corpus).resolve()] if corpus else [int(n) for n in sizes.split(",")]
    try:
        results = run_bench(measured, int(runs), ROOT / "bench/results")
    except bench_run.BenchError as error:
        raise Exit(f"bench: {error}", code=1) from None
    print(markdown_table(results))
    print("Written to bench/results/results.json and results.md")


VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"


@task(help={"output": "keep the checked build in this folder (default: a temporary one)"})
def check(c, output=None):
    """Check your site: strict production build, links, feeds, sitemap, meta, HTML."""
    from pelican.settings import read_settings

    with tempfile.TemporaryDirectory(prefix="check-") as scratch:
        site = Path(output).resolve() if output else Path(scratch) / "site"
        _strict_build(PUBLISH_SETTINGS, site, scratch=not output)
        siteurl = read_settings(str(PUBLISH_SETTINGS))["SITEURL"]
        problems = check_site(site, siteurl)
        invalid, note = validate_html(site, VNU if VNU.exists() else None, shutil.which("java"))
        problems += invalid
        pages = sum(1 for _ in site.rglob("*.html"))
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if note:
        print(f"note: {note}")
    if problems:
        raise Exit(f"check: {len(problems)} problem(s) in {pages} pages", code=1)
    print(
        f"Checked {pages} pages: links, assets, feeds, sitemap, meta, no external loads"
        + ("" if note else ", valid HTML")
    )


PUBLISH_HELP = {
    "dry_run": "list what would be added, changed and removed; push nothing",
    "remote": "git remote to push to (default: $GH_PAGES_REMOTE or origin)",
    "branch": "branch to publish to (default: $GH_PAGES_BRANCH or gh-pages)",
    "siteurl": "the site's public https URL (default: $SITEURL or publishconf.py)",
    "cname": "custom domain for a CNAME file (default: $GITHUB_PAGES_CNAME)",
}


@task(help=PUBLISH_HELP)
def gh_pages(c, dry_run=False, remote=None, branch=None, siteurl=None, cname=None):
    """Strict production build, committed to the gh-pages branch and pushed."""
    from pelican.settings import read_settings

    remote = remote or os.environ.get("GH_PAGES_REMOTE", "origin")
    branch = branch or os.environ.get("GH_PAGES_BRANCH", "gh-pages")
    overrides = {"SITEURL": siteurl} if siteurl else {}
    try:
        if kit := kit_upstream(ROOT, remote):
            raise PublishError(refusal(remote, kit))
        source = source_commit(ROOT)
        if cname is None:
            cname = read_settings(str(PUBLISH_SETTINGS), override=overrides).get(
                "GITHUB_PAGES_CNAME"
            )
        cname = check_cname(cname)
        with tempfile.TemporaryDirectory(prefix="gh-pages-") as folder:
            site = Path(folder) / "site"
            _strict_build(PUBLISH_SETTINGS, site, scratch=True, **overrides)
            add_pages_files(site, cname)
            published = fetch_branch(ROOT, remote, branch)
            if dry_run:
                diff = diff_trees(folder_tree(ROOT, site), branch_tree(ROOT, published))
                print(f"Dry run against {published or f'a new {branch} branch'}:")
                print("\n".join(diff.lines()))
                return
            _ghp_import(site, remote, branch, f"Publish site from {source}")
    except PublishError as error:
        raise Exit(f"gh-pages: {error}", code=1) from None
    print(f"Published {source} to {remote}/{branch}")


def _ghp_import(site: Path, remote: str, branch: str, message: str) -> None:
    command = [str(Path(sys.executable).parent / "ghp-import"), "--push"]
    command += ["--remote", remote, "--branch", branch, "--message", message, str(site)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise PublishError(f"ghp-import failed: {detail[-1] if detail else 'no output'}")


@task(help=PUBLISH_HELP)
def publish(c, dry_run=False, remote=None, branch=None, siteurl=None, cname=None):
    """Publish to GitHub Pages (the same as gh-pages)."""
    gh_pages(c, dry_run=dry_run, remote=remote, branch=branch, siteurl=siteurl, cname=cname)


TEST_TOOLS = [
    ROOT / "node_modules/axe-core/axe.min.js",
    ROOT / "node_modules/vnu-jar/build/dist/vnu.jar",
]
# The social card tests draw Chinese and Japanese titles in it (Debian's fonts-noto-cjk).
CJK_FONT = "NotoSansCJK-Bold.ttc"


def _apt_install(packages: list[str]) -> None:
    """Install Debian packages as root (or with passwordless sudo), else say what to run."""
    command = "apt-get install -y " + " ".join(packages)
    if os.geteuid() == 0:
        prefix = []
    elif (
        shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], check=False).returncode == 0
    ):
        prefix = ["sudo", "-n"]
    else:
        raise Exit(f"The tests need Debian's {', '.join(packages)}: run `sudo {command}`", 1)
    if not shutil.which("apt-get"):
        raise Exit(f"The tests need {', '.join(packages)} (Debian: `{command}`)", 1)
    print(f"Installing {', '.join(packages)} with apt-get", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for step in (["apt-get", "update", "-qq"], command.split()):
        if subprocess.run([*prefix, *step], env=env, check=False).returncode != 0:
            raise Exit(f"`{' '.join(step)}` failed: install {', '.join(packages)} by hand", 1)


DEV_REQUIREMENTS = ROOT / "requirements-dev.txt"


def _ensure_dev_requirements() -> None:
    """The kit's test and lint tools (pinned, hashed), installed into this environment
    when any is missing: a writer's install leaves them out."""
    if not (missing := dev_requirements.missing(DEV_REQUIREMENTS)):
        return
    shown = ", ".join(missing[:4]) + (f" and {len(missing) - 4} more" if len(missing) > 4 else "")
    print(f"Installing the kit's test tools from requirements-dev.txt ({shown})", flush=True)
    pip = [sys.executable, "-m", "pip", "install", "--require-hashes", "-r", str(DEV_REQUIREMENTS)]
    if subprocess.run(pip, check=False).returncode != 0:
        raise Exit(f"`{' '.join(pip)}` failed: the tests need these packages", 1)


def _ensure_test_tools() -> None:
    """Chromium, a JRE and a CJK font from apt, axe-core and vnu.jar from npm: install or
    fail clearly."""
    needs_npm = not all(tool.exists() for tool in TEST_TOOLS)
    wanted = {
        "chromium": CHROMIUM.exists(),
        "default-jre-headless": bool(shutil.which("java")),
        "npm": not needs_npm or bool(shutil.which("npm")),
        "fonts-noto-cjk": any(Path("/usr/share/fonts").rglob(CJK_FONT)),
    }
    if missing := [package for package, present in wanted.items() if not present]:
        _apt_install(missing)
    if not needs_npm:
        return
    print("Installing axe-core and vnu-jar from package-lock.json", flush=True)
    npm = ["npm", "ci", "--no-audit", "--no-fund", "--cache", str(ROOT / ".cache/npm")]
    if subprocess.run(npm, cwd=ROOT, check=False).returncode != 0:
        raise Exit("`npm ci` failed: the browser tests need axe-core and vnu-jar", 1)


@task
def test(c):
    """Run every check: ruff, the kit tests (installs their tools), then check and screenshots."""
    python = sys.executable
    _ensure_dev_requirements()
    c.run(f"{python} -m ruff check .", pty=False)
    c.run(f"{python} -m ruff format --check .", pty=False)
    _ensure_test_tools()
    c.run(f"{python} -m pytest", pty=False)
    print("Checking your site (content/, pelicanconf.py, publishconf.py): invoke check")
    check(c)
    screenshots(c)


@task(help={"output": "folder for the pictures (default: screenshots/site)"})
def screenshots(c, output="screenshots/site"):
    """Pictures of your site at 360 and 1280 px, light and dark, to look at before you publish."""
    _ensure_dev_requirements()  # Playwright drives the browser: a tool of the tests' set
    folder = Path(output).resolve()
    with tempfile.TemporaryDirectory(prefix="screenshots-") as scratch:
        site = Path(scratch) / "site"
        _strict_build(DEV_SETTINGS, site, scratch=True, what="your site (development settings)")
        try:
            saved = take_screenshots(site, folder)
        except NoBrowser as missing:
            raise Exit(f"screenshots: {missing}", code=1) from None
    shown = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
    print(f"{len(saved)} pictures of your site in {shown}/: open them and look")
