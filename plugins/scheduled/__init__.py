"""Future-dated articles are scheduled: they go live on their date, not at once.

In a production build (IS_PRODUCTION) an article dated after the build's moment
is taken out before Pelican files it anywhere (categories, tags, archives,
feeds, the sitemap, related posts, `{filename}` targets) and no page is
written for it: the articles generator keeps it in `scheduled_articles` and
`scheduled_translations` (see freelancekit.site_contents), where publish_ready
checks it and the links to it. In development it is built as usual, and
`article.scheduled` (True) lets the theme mark it.

The build's moment is read once per build: BUILD_TIME (None: the moment the
build starts), in the site's TIMEZONE. The context gets it as `build_time`,
and its year as `build_year` (the footer's copyright year).
"""

from __future__ import annotations

from pelican import signals

from .schedule import BuildTimeError, build_time, is_scheduled

__all__ = ["BuildTimeError", "build_time", "is_scheduled", "register"]


def note_build_time(generator) -> None:
    """Put the build's moment, and its year, in the context every generator shares."""
    settings = generator.settings
    moment = build_time(settings.get("BUILD_TIME"), settings["TIMEZONE"])
    generator.context["build_time"] = moment
    generator.context["build_year"] = moment.year


def _due(articles: list) -> tuple[list, list]:
    return [a for a in articles if not a.scheduled], [a for a in articles if a.scheduled]


def schedule(generator) -> None:
    """Mark the articles not due yet; in production, set them aside unpublished."""
    settings, context = generator.settings, generator.context
    moment, zone = context["build_time"], settings["TIMEZONE"]
    # True or False on every article, every build: with Pelican's generator-level
    # cache an article would come back holding the last build's value.
    for article in generator.articles + generator.translations:
        article.scheduled = is_scheduled(article.date, moment, zone)
    if not settings.get("IS_PRODUCTION"):
        return
    generator.articles, generator.scheduled_articles = _due(generator.articles)
    generator.translations, generator.scheduled_translations = _due(generator.translations)
    for article in generator.scheduled_articles + generator.scheduled_translations:
        # Gone from the `{filename}` targets: a link to it is an error, not a dead link.
        context["generated_content"].pop(article.relative_source_path, None)
    for article in generator.articles + generator.translations:
        article.translations = [t for t in article.translations if not t.scheduled]
    # Said after the build (tasks.py prints BUILD_REPORT): a post left out must never
    # be a silent surprise.
    waiting = sorted(
        (a.date, a.relative_source_path)
        for a in generator.scheduled_articles + generator.scheduled_translations
    )
    if waiting and "BUILD_REPORT" in settings:
        settings["BUILD_REPORT"]["scheduled"] = [
            f"{path} goes live on {when.day} {when:%B %Y at %H:%M}" for when, path in waiting
        ]


def register() -> None:
    signals.article_generator_init.connect(note_build_time)
    signals.article_generator_pretaxonomy.connect(schedule)
