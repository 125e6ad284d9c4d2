"""Share links carry the exact text and link, percent-encoded, for every network."""

from urllib.parse import parse_qs, urlsplit

from hypothesis import given
from hypothesis import strategies as st

from tweetable_quotes.share import fragment_id, post_text, share_links, share_posts

PAGE = "https://example.test/tip/#quote-one"


def query(href: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(href).query, keep_blank_values=True).items()}


def test_x_intent_has_text_url_and_via():
    links = share_links("Hello & bye #tag", PAGE, via="me")
    assert links["x"].startswith("https://x.com/intent/tweet?")
    assert query(links["x"]) == {"text": "Hello & bye #tag", "url": PAGE, "via": "me"}


def test_other_networks_carry_text_and_link():
    links = share_links("Hi", PAGE, via="me")
    assert query(links["bluesky"]) == {"text": f"Hi {PAGE}"}
    assert query(links["linkedin"]) == {"shareActive": "true", "text": f"Hi {PAGE}"}
    assert links["mastodon"].startswith("https://s2f.kytta.dev/?text=Hi%20https%3A%2F%2F")


def test_networks_can_be_chosen_and_mastodon_pointed_at_an_instance():
    links = share_links(
        "Hi",
        PAGE,
        networks=("x", "mastodon"),
        mastodon_share="https://social.example/share?text={text}",
    )
    assert list(links) == ["x", "mastodon"]
    assert query(links["mastodon"]) == {"text": f"Hi {PAGE}"}


def test_no_url_and_no_via_are_left_out():
    assert query(share_links("Hi", "", None)["x"]) == {"text": "Hi"}


def test_posts_as_each_network_composes_them():
    assert post_text("Hi", PAGE, "me") == f"Hi {PAGE} via @me"
    posts = share_posts("Hi", PAGE, "me", ("x", "bluesky"))
    assert posts == {"x": f"Hi {PAGE} via @me", "bluesky": f"Hi {PAGE}"}


def test_fragment_ids_are_stable_and_unique():
    taken = set()
    assert fragment_id("Clients rarely mind paying for speed!", taken) == (
        "quote-clients-rarely-mind-paying-for"
    )
    assert fragment_id("Clients rarely mind paying for speed?", taken) == (
        "quote-clients-rarely-mind-paying-for-2"
    )
    assert fragment_id("!!!", taken) == "quote-box"


UNSAFE = set(" \"'<>\n\r\t")


@given(st.text(min_size=1), st.text(alphabet=st.characters(categories=["L", "N"]), max_size=15))
def test_any_text_gives_well_formed_links_that_decode_to_it(text, via):
    links = share_links(text, PAGE, via or None)
    for href in links.values():
        assert not UNSAFE & set(href), href
        parts = urlsplit(href)
        assert parts.scheme == "https" and parts.netloc
    assert query(links["x"])["text"] == text
    assert query(links["bluesky"])["text"] == f"{text} {PAGE}"
