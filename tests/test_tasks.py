"""The invoke tasks as a writer runs them, on a copy of the project."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
import urllib.error
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from freelancekit.strict_build import build
from site_kit import FIXTURE_SETTINGS, INVOKE, LOCAL, article, build_site, invoke

# Each task run as a writer runs it, in a subprocess.
pytestmark = pytest.mark.slow


def test_list_explains_every_task(project):
    listing = invoke(project, "--list").stdout
    for name in [
        "clean",
        "build",
        "rebuild",
        "regenerate",
        "serve",
        "livereload",
        "preview",
        "publish",
        "gh-pages",
        "new-post",
        "test",
    ]:
        line = next((ln for ln in listing.splitlines() if ln.strip().startswith(name + " ")), "")
        assert len(line.split(None, 1)) == 2, f"{name} has no help line"


def test_build_writes_output(project):
    result = invoke(project, "build")
    assert result.returncode == 0, result.stderr
    assert (project / "output/index.html").exists()


def test_bad_article_fails_build_with_one_clear_line_and_keeps_output(project):
    assert invoke(project, "build").returncode == 0
    before = (project / "output/index.html").read_text()
    (project / "content/articles/broken.md").write_text(
        "Title: Broken\nDate: 2026-02-30\n\nText.\n", encoding="utf-8"
    )
    result = invoke(project, "build")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    assert errors == [
        "error: content/articles/broken.md:2: invalid date '2026-02-30': "
        "there is no such day or time: check the numbers"
    ]
    assert "output/ was left as it was" in result.stderr
    assert (project / "output/index.html").read_text() == before


def test_build_lists_images_marked_alt_todo_and_still_passes(project):
    images = sorted((project / "content/images").rglob("*.jpg"))
    photo = images[0].relative_to(project / "content").as_posix()
    (project / "content/articles/todo.md").write_text(
        "Title: To do\nDate: 2026-01-05\nSlug: to-do\n\n"
        f"Text.\n\n![]({{static}}/{photo}){{.alt-todo}}\n",
        encoding="utf-8",
    )
    result = invoke(project, "build")
    assert result.returncode == 0, result.stderr
    assert f"to do: articles/todo.md: image {{static}}/{photo} needs alt text" in result.stdout
    assert "1 image(s) marked {.alt-todo} still need alt text." in result.stdout


@pytest.mark.parametrize("task", ["new-post", "import-wordpress"])
def test_task_then_help_says_how_to_get_help_and_writes_nothing(project, task):
    before = sorted(p.relative_to(project) for p in (project / "content").rglob("*"))
    result = invoke(project, task, "--help")
    assert result.returncode == 1
    assert f"'--help' is an option's name, not a value: for help, run `invoke --help {task}`" in (
        result.stderr
    )
    assert sorted(p.relative_to(project) for p in (project / "content").rglob("*")) == before


def test_new_post_writes_a_dated_draft_that_builds(project):
    result = invoke(project, "new-post", "My first tip: plan the week")
    assert result.returncode == 0, result.stderr
    (path,) = (project / "content/articles").glob("*-my-first-tip-plan-the-week.md")
    text = path.read_text()
    assert text.startswith("Title: My first tip: plan the week\nDate: ")
    assert "Status: draft" in text
    assert invoke(project, "new-post", "My first tip: plan the week").returncode == 1
    assert invoke(project, "build").returncode == 0
    assert (project / "output/drafts/my-first-tip-plan-the-week/index.html").exists()
    assert not (project / "output/my-first-tip-plan-the-week").exists()


def test_new_post_refuses_an_empty_title(project):
    result = invoke(project, "new-post", "  ")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_dev_build_reports_problems_but_still_writes(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles/ok.md").write_text(article(slug="ok"))
    (content / "articles/bad.md").write_text("Title: No date\n\nText.\n")
    problems = build(
        FIXTURE_SETTINGS,
        tmp_path / "output",
        overrides={"PATH": str(content), "SITEURL": "http://127.0.0.1:8000"},
        strict=False,
    )
    assert [p.file for p in problems] == ["content/articles/bad.md"]
    assert (tmp_path / "output/ok/index.html").exists()


def test_index_is_paginated(tmp_path):
    files = {
        f"articles/tip-{n}.md": article(slug=f"tip-{n}", title=f"Tip {n}", date=f"2026-01-{n:02d}")
        for n in range(1, 11)
    }
    output = build_site(tmp_path / "posts", files, DEFAULT_PAGINATION=4, HOME="posts")
    assert (output / "page/2/index.html").exists() and (output / "page/3/index.html").exists()
    assert not (output / "page/4").exists()
    first = (output / "index.html").read_text()
    assert 'rel="next" href="./page/2/"' in first
    # Under a profile home, the same list at blog/
    output = build_site(tmp_path / "profile", files, DEFAULT_PAGINATION=4)
    assert (output / "blog/page/3/index.html").exists() and not (output / "page").exists()
    assert 'rel="next" href="../blog/page/2/"' in (output / "blog/index.html").read_text()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with LOCAL.open(url, timeout=2) as response:
            return response.read().decode()
    except OSError:
        return None


def _wait_for(predicate, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := predicate():
            return value
        time.sleep(0.2)
    return None


@pytest.fixture
def running(project):
    """Start a long-running task in the project copy; stop it afterwards."""
    started = []

    def start(*args: str) -> subprocess.Popen:
        process = subprocess.Popen(
            [*INVOKE, *args], cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        started.append(process)
        return process

    yield start
    for process in started:
        process.terminate()
        process.wait(timeout=10)


def test_serve_serves_output(project, running):
    assert invoke(project, "build").returncode == 0
    port = _free_port()
    running("serve", "--port", str(port))
    page = _wait_for(lambda: _get(f"http://127.0.0.1:{port}/about/"), 20)
    assert page and re.search(r"<h1[^>]*>About</h1>", page)


def _status_and_body(url: str) -> tuple[int, str] | None:
    try:
        with LOCAL.open(url, timeout=2) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return None


def test_serve_answers_a_missing_path_with_the_404_page_on_any_port(project, running):
    assert invoke(project, "build").returncode == 0
    port = _free_port()  # not 8000, the SITEURL of a development build
    running("serve", "--port", str(port))
    base = f"http://127.0.0.1:{port}"
    assert _wait_for(lambda: _get(f"{base}/"), 20)
    status, body = _status_and_body(f"{base}/2019/05/no-such-post/")
    assert status == 404 and "Page not found" in body
    page = BeautifulSoup(body, "html.parser")
    here = urljoin(f"{base}/2019/05/no-such-post/", page.find("base")["href"])
    stylesheet = urljoin(here, page.find("link", rel="stylesheet")["href"])
    assert stylesheet.startswith(base + "/") and _status_and_body(stylesheet)[0] == 200
    for link in page.select(".not-found-links a[href]"):
        assert _status_and_body(urljoin(here, link["href"]))[0] == 200, link["href"]
    # An old link the redirects file maps lands on this server, not on port 8000.
    moved = BeautifulSoup(_get(f"{base}/2018/11/pricing/"), "html.parser")
    refresh = moved.find("meta", attrs={"http-equiv": "refresh"})["content"].split("url=")[1]
    assert _status_and_body(urljoin(f"{base}/2018/11/pricing/", refresh))[0] == 200


def test_livereload_rebuilds_on_save_and_injects_reload(project, running):
    port = _free_port()
    running("livereload", "--port", str(port))
    url = f"http://127.0.0.1:{port}/about/"
    page = _wait_for(lambda: _get(url), 60)
    assert page and "livereload.js" in page
    about = project / "content/pages/about.md"
    about.write_text(about.read_text().replace("Title: About", "Title: About me"))
    assert _wait_for(lambda: re.search(r"<h1[^>]*>About me</h1>", _get(url) or ""), 60)


def test_missing_browser_without_root_fails_saying_what_to_install(monkeypatch, tmp_path):
    from invoke.exceptions import Exit

    import tasks

    monkeypatch.setattr(tasks, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setattr(tasks.os, "geteuid", lambda: 1000)
    real_which = tasks.shutil.which
    monkeypatch.setattr(
        tasks.shutil, "which", lambda name: None if name == "sudo" else real_which(name)
    )
    with pytest.raises(Exit) as stopped:
        tasks._ensure_test_tools()
    assert stopped.value.code == 1
    assert "sudo apt-get install -y chromium" in str(stopped.value.message)


def test_check_passes_a_good_site_and_keeps_the_build_where_asked(project, tmp_path):
    result = invoke(project, "check", "--output", str(tmp_path / "checked"))
    assert result.returncode == 0, result.stderr
    assert "Checked " in result.stdout and " pages" in result.stdout
    assert (tmp_path / "checked/index.html").exists()
    assert "https://fixture-noor-haddad.github.io/" in (tmp_path / "checked/index.html").read_text()


def test_check_names_a_dead_link_in_one_line_and_fails(project):
    about = project / "content/pages/about.md"
    about.write_text(about.read_text() + "\nSee [my rates](/rates/).\n")
    result = invoke(project, "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    # The strict build finds it first, at its line in the Markdown.
    assert line.startswith("error: content/pages/about.md:")
    assert "links to '/rates/', which the site does not have" in line


def test_check_stops_at_a_strict_build_error(project):
    (project / "content/articles/broken.md").write_text("Title: Broken\nDate: soon\n\nText.\n")
    result = invoke(project, "check")
    assert result.returncode == 1
    assert "error: content/articles/broken.md:2: invalid date 'soon'" in result.stderr


def init_in_a_terminal(project, typed: bytes) -> subprocess.CompletedProcess:
    """Run `invoke init` with a terminal as its input, typing `typed` into it."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*INVOKE, "init"],
        cwd=project,
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(follower)
    os.write(leader, typed)
    out, err = process.communicate(timeout=60)
    os.close(leader)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_init_asks_in_a_terminal_until_each_answer_is_good(project):
    answers = [
        "Kofi Boateng",  # name
        "kofi.example",  # e-mail without @: asked again
        "kofi@boateng.example",
        "http://boateng.example",  # http: asked again
        "https://boateng.example",
        "",  # no handle
        "Africa/Atlantis",  # unknown zone: asked again
        "Africa/Accra",
        "Editing for researchers",
        "n",  # keep the examples
    ]
    result = init_in_a_terminal(project, ("\n".join(answers) + "\n").encode())
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("has no '@'") == 1 and out.count("is http") == 1
    assert out.count("is not an IANA time zone") == 1
    settings = (project / "pelicanconf.py").read_text()
    assert 'AUTHOR = "Kofi Boateng"' in settings and 'TIMEZONE = "Africa/Accra"' in settings
    assert (project / "content/articles/pricing-freelance-writing.md").exists()


def test_init_stopped_with_ctrl_d_changes_nothing_and_shows_no_traceback(project):
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    result = init_in_a_terminal(project, b"Kofi Boateng\n\x04")  # a name, then end of input
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "nothing was changed" in result.stderr
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before


def test_new_post_is_dated_in_the_sites_time_zone_not_the_computers(project):
    """A computer on another clock (a UTC container, a trip) must not date a post
    hours ahead of the site's TIMEZONE: it would be scheduled and left out."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    result = invoke(project, "new-post", "Clock test", env={"TZ": "Etc/GMT-14"})  # UTC+14
    assert result.returncode == 0, result.stderr
    (path,) = (project / "content/articles").glob("*-clock-test.md")
    written = datetime.strptime(path.read_text().split("Date: ")[1][:16], "%Y-%m-%d %H:%M")
    here = datetime.now(ZoneInfo("Asia/Amman")).replace(tzinfo=None)  # the fixture's TIMEZONE
    assert abs(written - here) < timedelta(minutes=2)
