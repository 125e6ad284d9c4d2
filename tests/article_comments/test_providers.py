"""Each provider's settings are checked, and each page gets the right frame and link."""

from urllib.parse import parse_qs, urlsplit

import pytest

from article_comments.providers import CommentsSettingError, PageInfo, check_settings, embed_for

GISCUS = {
    "repo": "asha/site",
    "repo_id": "R_kgDOAbc123",
    "category": "Comments",
    "category_id": "DIC_kwDOAbc123",
}
SETTINGS = {
    "GISCUS": GISCUS,
    "UTTERANCES": {"repo": "asha/site"},
    "DISQUS": {"shortname": "asha-verma"},
    "ISSO": {"url": "https://comments.example.com/"},
    "REMARK42": {"url": "https://remark.example.com", "site_id": "asha"},
}
PAGE = PageInfo(url="https://asha.example.com/brief/", title="A brief & more", identifier="brief")


def query(url):
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query, keep_blank_values=True).items()}


def embed(provider, **changes):
    settings = {**SETTINGS, provider.upper(): {**SETTINGS[provider.upper()], **changes}}
    return embed_for(provider, check_settings(provider, settings, production=True), PAGE)


def test_no_provider_means_no_comments():
    assert check_settings(None, {}, True) is None
    assert check_settings("none", {}, True) is None


def test_giscus_frame_follows_the_reader_scheme_and_maps_the_path():
    result = embed("giscus")
    assert result.origin == "https://giscus.app"
    assert result.frame_src.startswith("https://giscus.app/en/widget?")
    params = query(result.frame_src)
    assert params["repo"] == "asha/site" and params["repoId"] == "R_kgDOAbc123"
    assert params["categoryId"] == "DIC_kwDOAbc123" and params["term"] == "brief/"
    assert params["theme"] == "preferred_color_scheme"
    assert params["origin"] == PAGE.url
    assert result.fallback_url == "https://github.com/asha/site/discussions?discussions_q=brief%2F"
    assert result.receiver == "GitHub (through giscus)"


def test_giscus_title_mapping_and_specific_term():
    assert query(embed("giscus", mapping="title").frame_src)["term"] == "A brief & more"
    assert query(embed("giscus", mapping="specific", term="t1").frame_src)["term"] == "t1"


def test_utterances_disqus_and_remark42_frames():
    utterances = query(embed("utterances").frame_src)
    assert utterances["repo"] == "asha/site" and utterances["issue-term"] == "pathname"
    assert utterances["theme"] == "preferred-color-scheme"
    assert embed("utterances").fallback_url.startswith("https://github.com/asha/site/issues?q=")
    disqus = embed("disqus")
    assert (
        query(disqus.frame_src)["f"] == "asha-verma" and query(disqus.frame_src)["t_i"] == "brief"
    )
    assert disqus.fallback_url == "https://disqus.com/home/forum/asha-verma/"
    remark = embed("remark42")
    assert remark.frame_src.startswith("https://remark.example.com/web/iframe.html?")
    assert query(remark.frame_src)["site_id"] == "asha"
    assert remark.origin == "https://remark.example.com"


@pytest.mark.parametrize(
    ("provider", "themes"),
    [
        ("giscus", "light dark"),
        ("utterances", "github-light github-dark"),
        ("remark42", "light dark"),
    ],
)
def test_a_frame_with_a_theme_names_its_light_and_dark_for_the_readers_choice(provider, themes):
    """comments.js sets the frame's `theme` to one of these when the reader chose a scheme."""
    result = embed(provider)
    assert result.themes == themes and "theme" in query(result.frame_src)


@pytest.mark.parametrize("provider", ["disqus", "isso"])
def test_a_frame_or_script_without_a_theme_parameter_names_none(provider):
    assert embed(provider).themes == ""


def test_isso_is_a_script_from_its_own_server():
    isso = embed("isso")
    assert isso.script_src == "https://comments.example.com/js/embed.min.js"
    assert isso.origin == "https://comments.example.com" and not isso.frame_src


@pytest.mark.parametrize(
    ("provider", "change", "message"),
    [
        ("giscus", {"repo_id": ""}, r"GISCUS\['repo_id'\]: missing; expected the repository id"),
        (
            "giscus",
            {"repo": "not a repo"},
            r"GISCUS\['repo'\]: 'not a repo' is not 'owner/repository'",
        ),
        (
            "giscus",
            {"category_id": "123"},
            r"GISCUS\['category_id'\]: '123' is not the category id",
        ),
        ("giscus", {"mapping": "slug"}, r"GISCUS\['mapping'\]: 'slug' is not one of"),
        ("utterances", {"issue_term": "number"}, r"UTTERANCES\['issue_term'\]"),
        (
            "disqus",
            {"shortname": "asha verma"},
            r"DISQUS\['shortname'\]: 'asha verma' is not your Disqus shortname",
        ),
        (
            "isso",
            {"url": "http://comments.example.com"},
            r"ISSO\['url'\]: .* uses http:// in production",
        ),
        ("isso", {"url": "comments.example.com"}, r"ISSO\['url'\]: .* is not an http\(s\) URL"),
        ("remark42", {"site_id": "bad id"}, r"REMARK42\['site_id'\]"),
    ],
)
def test_bad_settings_say_which_and_what_is_expected(provider, change, message):
    settings = {**SETTINGS, provider.upper(): {**SETTINGS[provider.upper()], **change}}
    with pytest.raises(CommentsSettingError, match=message) as error:
        check_settings(provider, settings, production=True)
    assert error.value.needle == provider.upper()


def test_http_server_is_fine_in_development():
    settings = {**SETTINGS, "ISSO": {"url": "http://localhost:8080"}}
    assert check_settings("isso", settings, production=False) == {"url": "http://localhost:8080"}


def test_unknown_provider_and_missing_dict():
    with pytest.raises(CommentsSettingError, match="COMMENTS_PROVIDER: 'facebook' is not one of"):
        check_settings("facebook", SETTINGS, True)
    with pytest.raises(CommentsSettingError, match="GISCUS: missing; expected a dict"):
        check_settings("giscus", {}, True)


def test_pathname_term_of_the_home_page_is_index():
    assert PageInfo(url="https://a.example/", title="x").pathname_term == "index"
    assert PageInfo(url="https://a.example/repo/post/", title="x").pathname_term == "repo/post/"
