"""Word counts ignore markup; minutes round up and never reach zero."""

from reading_time import count_words, reading_minutes


def test_markup_is_not_counted():
    assert count_words('<p>Three <a href="x-y-z">small</a> words</p>') == 3


def test_contractions_and_hyphenated_words_count_once():
    assert count_words("<p>Don’t over-think it, it's fine</p>") == 5


def test_minutes_round_up_and_start_at_one():
    assert reading_minutes(0) == 1
    assert reading_minutes(230) == 1
    assert reading_minutes(231) == 2
    assert reading_minutes(1000, words_per_minute=200) == 5
