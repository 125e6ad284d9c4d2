"""Fingerprints: a page is re-rendered when, and only when, something it shows changed."""

from __future__ import annotations

import copy
from datetime import datetime
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st
from jinja2 import DictLoader, Environment

from site_writer import Digester, TemplateReads, page_fingerprint
from site_writer.fingerprint import settings_digest


class Content:
    """Shaped like a Pelican article: own data, a link to the shared context."""

    def __init__(self, source_path: str, **data):
        self._context = {"everything": "else"}
        self.settings = {"SITEURL": ""}
        self.source_path = source_path
        self._content = data.pop("text", "<p>Hello.</p>")
        self.metadata = {}
        self.__dict__.update(data)

    @property
    def content(self):  # what Pelican resolves {filename} links into
        return self._content.replace("{filename}b.md", self._context.get("b_url", "b/"))

    @property
    def summary(self):
        return self.content[:20]


def article(path="a.md", **data):
    return Content(path, title=data.pop("title", "A"), date=datetime(2026, 1, 2), **data)


def test_the_same_data_gives_the_same_digest_from_one_build_to_the_next():
    assert Digester().digest(article(), full=True) == Digester().digest(article(), full=True)


def test_a_changed_title_or_text_changes_the_digest():
    base = Digester().digest(article())
    assert Digester().digest(article(title="B")) != base
    assert Digester().digest(article(text="<p>Bye.</p>")) != base


def test_the_shared_context_and_settings_do_not_count_as_an_articles_data():
    one, two = article(), article()
    two._context = {"every": "other article"}
    two.settings = {"SITEURL": "https://elsewhere.example"}
    assert Digester().digest(one) == Digester().digest(two)


def test_an_article_page_follows_its_related_posts_but_a_listing_does_not():
    def digests(related_title):
        a = article(related_posts=[article("b.md", title=related_title)])
        digester = Digester()
        return digester.digest(a, full=True), digester.digest([a])

    full_before, listed_before = digests("Old")
    full_after, listed_after = digests("New")
    assert full_before != full_after  # the article's page shows the related titles
    assert listed_before == listed_after  # a listing shows the article's own data only


def test_links_to_other_files_count_as_resolved():
    a, b = (
        article(text='<a href="{filename}b.md">B</a>'),
        article(text='<a href="{filename}b.md">B</a>'),
    )
    b._context = {"b_url": "renamed-b/"}
    assert Digester().digest(a) != Digester().digest(b)


def test_text_without_links_is_not_resolved_at_all():
    class Unresolvable(Content):
        content = property(lambda self: 1 / 0)

    Digester().digest(Unresolvable("a.md", title="A"))  # would raise if resolved


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
        max_leaves=20,
    )
)
def test_a_copy_digests_the_same_and_a_type_change_does_not(value):
    assert Digester().digest(value) == Digester().digest(copy.deepcopy(value))
    assert Digester().digest([value]) != Digester().digest([str(value)]) or isinstance(value, str)


def test_joined_values_stay_apart():
    assert Digester().digest(["ab", "c"]) != Digester().digest(["a", "bc"])


def test_settings_functions_count_by_their_code():
    def describe(text):
        return text[:10]

    first = Digester().digest({"JINJA_FILTERS": {"describe": describe}})

    def describe(text):
        return text[:20]

    assert Digester().digest({"JINJA_FILTERS": {"describe": describe}}) != first


THEME = {
    "base.html": "{{ SITENAME }}{% block body %}{% endblock %}{% include 'footer.html' %}",
    "footer.html": "{{ build_year }}",
    "article.html": "{% extends 'base.html' %}{% block body %}{{ article.title }}{% endblock %}",
    "index.html": "{% extends 'base.html' %}{% block body %}"
    "{% for a in articles_page.object_list %}{{ a.title }}{% endfor %}"
    "{{ articles_next_page.url }}{% endblock %}",
    "dynamic.html": "{% include 'footer' ~ '.html' %}{{ own }}",
}


def reads() -> TemplateReads:
    return TemplateReads(Environment(loader=DictLoader(THEME)))


def test_a_template_reads_what_it_extends_and_includes():
    assert reads().names("article.html") == {"SITENAME", "build_year", "article"}


def test_a_computed_include_counts_every_template():
    assert {"SITENAME", "build_year", "article", "own"} <= reads().names("dynamic.html")


def test_only_what_the_template_reads_counts():
    context = {"SITENAME": "Asha", "build_year": 2026, "article": article(), "articles": [1, 2]}
    before = page_fingerprint(reads(), "article.html", context, Digester())
    assert (
        page_fingerprint(reads(), "article.html", {**context, "articles": [3]}, Digester())
        == before
    )
    assert (
        page_fingerprint(reads(), "article.html", {**context, "build_year": 2027}, Digester())
        != before
    )


def listing_page(number, titles):
    paginator = SimpleNamespace(num_pages=3, count=9, per_page=3, object_list=[])
    return SimpleNamespace(
        number=number,
        paginator=paginator,
        object_list=[article(title=t) for t in titles],
        url=f"page/{number}/",
        save_as=f"page/{number}/index.html",
    )


def test_a_listing_follows_its_articles_but_not_the_next_pages():
    def fingerprint(titles, next_titles):
        context = {
            "articles_page": listing_page(1, titles),
            "articles_next_page": listing_page(2, next_titles),
        }
        return page_fingerprint(reads(), "index.html", context, Digester())

    before = fingerprint(["A", "B"], ["C"])
    assert fingerprint(["A", "B"], ["Changed"]) == before  # only its URL shows
    assert fingerprint(["A", "Changed"], ["C"]) != before


def test_shared_values_are_digested_once_and_still_followed():
    shared = {"SITENAME": "Asha", "build_year": 2026}
    digester = Digester()
    first = page_fingerprint(
        reads(), "article.html", {**shared, "article": article()}, digester, shared=shared
    )
    again = page_fingerprint(
        reads(), "article.html", {**shared, "article": article()}, digester, shared=shared
    )
    assert first == again
    shared["build_year"] = 2027
    changed = page_fingerprint(
        reads(), "article.html", {**shared, "article": article()}, digester, shared=shared
    )
    assert changed != first


def test_data_pickle_cannot_take_is_still_digested():
    import threading

    lock = threading.Lock()  # no pickling, no __dict__
    first = Digester().digest(article(guard=lock))
    assert first == Digester().digest(article(guard=lock))
    assert Digester().digest(article(guard=lock, title="B")) != first


def test_plugins_build_state_in_settings_does_not_count_but_a_setting_does():
    digest = Digester().digest
    settings = {"SITENAME": "Noor", "_SOCIAL_CARDS": {"to_draw": {}}, "OUTPUT_PATH": "/a"}
    before = settings_digest(settings, ["OUTPUT_PATH"], digest)
    drawn = {**settings, "_SOCIAL_CARDS": {"to_draw": {"images/cards/x.png": 1}}}
    assert settings_digest(drawn, ["OUTPUT_PATH"], digest) == before
    assert settings_digest({**settings, "OUTPUT_PATH": "/b"}, ["OUTPUT_PATH"], digest) == before
    assert settings_digest({**settings, "SITENAME": "Noor H"}, ["OUTPUT_PATH"], digest) != before
