"""Reading time: sets `word_count` and `reading_time` (minutes) on every article.

Setting: READING_SPEED, words per minute (default 230).
"""

from pelican import signals
from pelican.contents import Article

from freelancekit.pelican_internals import raw_html

from .estimate import count_words, reading_minutes

__all__ = ["count_words", "reading_minutes", "register"]


def add_reading_time(content) -> None:
    """Count the words once, when Pelican has read the article."""
    if not isinstance(content, Article):
        return
    content.word_count = count_words(raw_html(content))
    speed = content.settings.get("READING_SPEED", 230)
    content.reading_time = reading_minutes(content.word_count, speed)


def register() -> None:
    signals.content_object_init.connect(add_reading_time)
