"""One registry of share networks: quote boxes and the share links under articles read it,
so a network is added in one entry and shows up in both."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlencode, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_kit import TEST_SITEURL, article, build_fails, build_site, soup
from tweetable_quotes import REGISTRY, Network, article_share_links
from tweetable_quotes.networks import all_networks, quote_networks

PAGE = "https://example.com/a-tip/"


def query(href: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(href).query, keep_blank_values=True).items()}


def test_the_registry_holds_the_five_networks_in_order():
    assert all_networks() == ("x", "bluesky", "linkedin", "mastodon", "email")
    assert quote_networks() == ("x", "bluesky", "linkedin", "mastodon")  # e-mail: articles only
    for network in REGISTRY.values():
        assert network.label and callable(network.share_url)
        assert (network.limit is None) == (network.count is None)


def test_article_share_links_are_plain_data_for_the_theme():
    links = article_share_links("A tip", PAGE, "me", all_networks())
    assert [(link["network"], link["label"]) for link in links] == [
        ("x", "X"),
        ("bluesky", "Bluesky"),
        ("linkedin", "LinkedIn"),
        ("mastodon", "Mastodon"),
        ("email", "Email"),
    ]
    by = {link["network"]: link for link in links}
    assert query(by["x"]["href"]) == {"text": "A tip", "url": PAGE, "via": "me"}
    assert query(by["bluesky"]["href"]) == {"text": f"A tip {PAGE}"}
    assert query(by["linkedin"]["href"]) == {"shareActive": "true", "text": f"A tip {PAGE}"}
    assert by["mastodon"]["href"] == (
        "https://s2f.kytta.dev/?text=A%20tip%20https%3A%2F%2Fexample.com%2Fa-tip%2F"
    )
    assert by["email"]["href"] == (
        "mailto:?subject=A%20tip&body=https%3A%2F%2Fexample.com%2Fa-tip%2F"
    )
    assert [link["new_tab"] for link in links] == [True, True, True, True, False]


def test_article_share_links_follow_the_chosen_networks_and_mastodon_instance():
    links = article_share_links(
        "A tip", PAGE, None, ("mastodon", "email"), "https://social.example/share?text={text}"
    )
    assert [link["network"] for link in links] == ["mastodon", "email"]
    assert query(links[0]["href"]) == {"text": f"A tip {PAGE}"}


@given(st.text(min_size=1, max_size=200))
def test_any_title_reaches_every_network_exactly_and_never_breaks_out_of_the_link(title):
    for link in article_share_links(title, PAGE, "me", all_networks()):
        href = link["href"]
        assert not any(c in href for c in " \"'<>\n#")
        if link["network"] == "mastodon":
            assert unquote(href.split("text=", 1)[1]) == f"{title} {PAGE}"
        elif link["network"] == "email":
            assert query(href)["subject"] == title
        else:
            assert query(href)["text"].startswith(title)


def _smoke(share) -> str:
    return "https://smoke.example/send?" + urlencode({"t": share.post()})


@pytest.fixture
def smoke_signals(monkeypatch):
    """A network no one has heard of, added as one registry entry."""
    network = Network("smoke", "Smoke Signals", _smoke, limit=100, count=len)
    monkeypatch.setitem(REGISTRY, "smoke", network)
    return network


def test_one_registry_entry_adds_a_network_to_article_links_and_quote_boxes(
    tmp_path, smoke_signals
):
    body = "Intro.\n\n> [!TWEET]\n> Fires on hills.\n"
    output = build_site(tmp_path, {"articles/a.md": article(body=body)})
    page = soup(output / "a-tip/index.html")
    shared = page.select(".share__links a")
    assert [a.get_text() for a in shared][-1] == "Smoke Signals"
    assert query(shared[-1]["href"]) == {"t": f"A tip {TEST_SITEURL}/a-tip/"}
    box = page.select_one("[data-quote]")
    link = box.select_one('[data-share="smoke"]')
    assert link.get_text() == "Smoke Signals"
    assert query(link["href"]) == {"t": f"Fires on hills. {TEST_SITEURL}/a-tip/#{box['id']}"}


def test_the_new_entrys_limit_and_counter_check_quotes(tmp_path, smoke_signals):
    body = "Intro.\n\n> [!TWEET]\n> " + "Smoke rises over the hills at dawn, again. " + "\n"
    problems = build_fails(tmp_path, {"articles/a.md": article(body=body)})
    assert len(problems) == 1
    assert "over Smoke Signals's 100 limit" in problems[0].message


def test_an_unknown_article_network_names_the_setting(tmp_path):
    problems = build_fails(
        tmp_path, {"articles/a.md": article()}, ARTICLE_SHARE_NETWORKS=["x", "myspace"]
    )
    assert len(problems) == 1
    assert "ARTICLE_SHARE_NETWORKS ['x', 'myspace']: use one or more of" in problems[0].message


def test_article_share_links_can_be_chosen(tmp_path):
    output = build_site(
        tmp_path, {"articles/a.md": article()}, ARTICLE_SHARE_NETWORKS=["bluesky", "email"]
    )
    labels = [a.get_text() for a in soup(output / "a-tip/index.html").select(".share__links a")]
    assert labels == ["Bluesky", "Email"]
