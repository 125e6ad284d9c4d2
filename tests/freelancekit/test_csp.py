"""The page CSP is computed from what each feature declares, and prints as before."""

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from freelancekit.csp import (
    LOCAL_FRAMES,
    VIDEO_FRAMES,
    WASM,
    comments_needs,
    content_needs,
    page_policy,
    policy,
)

BASE = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'"
)
GISCUS = {"live": True, "origin": "https://giscus.app", "frame_src": "https://giscus.app/en/w"}
ISSO = {"live": True, "origin": "https://c.example.com", "script_src": "https://c.example.com/x.js"}


def directives(text: str) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in text.split(";"))


def test_a_page_with_nothing_declared_allows_only_its_own_origin():
    assert policy() == BASE
    assert page_policy(None, "about/index") == BASE


def test_an_article_with_its_own_frame_video_and_giscus_lists_them_in_order():
    item = SimpleNamespace(has_local_frame=True, has_video=True, comments=GISCUS)
    frames = directives(page_policy(item, "a/index"))["frame-src"]
    assert frames == (
        "'self' https://www.youtube-nocookie.com https://player.vimeo.com https://giscus.app"
    )


def test_isso_runs_its_script_styles_images_and_requests_from_its_origin_only():
    found = directives(policy(*content_needs(SimpleNamespace(comments=ISSO))))
    assert found["script-src"] == "'self' https://c.example.com"
    assert found["style-src"] == "'self' https://c.example.com 'unsafe-inline'"
    assert found["img-src"] == "'self' data: https://c.example.com"
    assert found["connect-src"] == "'self' https://c.example.com"
    assert found["frame-src"] == "'none'"


def test_comments_shown_as_a_link_only_add_nothing():
    assert comments_needs({**GISCUS, "live": False}) == {}
    assert comments_needs(None) == {}


def test_only_the_search_page_may_compile_webassembly():
    assert directives(page_policy(None, "search/index"))["script-src"] == (
        "'self' 'wasm-unsafe-eval'"
    )
    assert "wasm" not in page_policy(None, "search/other")


def test_newsletter_and_analytics_add_exactly_their_origin():
    form = {"csp": {"form-action": ("https://buttondown.com",)}}
    count = {"csp": {"connect-src": ("https://asha.goatcounter.com",)}}
    found = directives(page_policy(None, "x", form, count))
    assert found["form-action"] == "'self' https://buttondown.com"
    assert found["connect-src"] == "'self' https://asha.goatcounter.com"
    assert {k: v for k, v in found.items() if k not in {"form-action", "connect-src"}} == {
        k: v for k, v in directives(BASE).items() if k not in {"form-action", "connect-src"}
    }


def test_a_source_named_twice_is_printed_once():
    assert policy(LOCAL_FRAMES, LOCAL_FRAMES, VIDEO_FRAMES, VIDEO_FRAMES, WASM, WASM) == policy(
        LOCAL_FRAMES, VIDEO_FRAMES, WASM
    )


def test_the_attribute_keeps_quotes_as_written():
    assert "'self'" in page_policy() and "&#39;" not in page_policy()


def test_an_unknown_directive_is_refused():
    with pytest.raises(ValueError, match="sandbox"):
        policy({"sandbox": ("allow-forms",)})


@given(st.text(min_size=1, max_size=40).filter(lambda s: any(c in s for c in " ;,'\"<>&\n")))
def test_a_source_that_could_break_the_policy_or_the_attribute_is_refused(source):
    with pytest.raises(ValueError):
        policy({"connect-src": (f"https://x.example{source}",)})
