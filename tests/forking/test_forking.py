"""Forked helpers: sharing work out, and never losing an item or a problem."""

from __future__ import annotations

import logging
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from freelancekit.forking import Helper, chunks, run_quietly, worker_count


@given(st.lists(st.integers(), max_size=300), st.integers(min_value=1, max_value=8))
def test_chunks_keep_every_item_in_order_one_run_per_worker(items, workers):
    runs = chunks(items, workers)
    assert [item for run in runs for item in run] == items
    assert len(runs) == (workers if items else 1)


def test_the_build_process_takes_a_smaller_share():
    own, helper = chunks(list(range(180)), 2)
    assert len(own) == 80 and len(helper) == 100


def test_worker_count_follows_the_setting_and_the_amount_of_work():
    assert worker_count(None, 4, 1000, 40) == 4
    assert worker_count(None, 4, 100, 40) == 2  # 40 items a process at least
    assert worker_count(None, 4, 30, 40) == 1
    assert worker_count(1, 8, 1000, 40) == 1
    assert worker_count(3, 2, 1000, 40) == 3


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2", True])
def test_a_bad_worker_setting_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="BUILD_WORKERS must be a whole number"):
        worker_count(bad, 2, 1000, 40)


def _square_or_complain(item: int) -> int:
    if item == 3:
        raise RuntimeError("three is broken")
    if item == 5:
        logging.getLogger("test").warning("five looks odd")
    return item * item


def test_items_that_failed_or_logged_are_left_to_the_build_process():
    root = logging.getLogger()
    handlers = root.handlers[:]
    try:
        assert run_quietly(range(7), _square_or_complain) == {0: 0, 1: 1, 2: 4, 4: 16, 6: 36}
        # Pelican's loggers drop a message they logged before: it still counts.
        assert 5 not in run_quietly([5], _square_or_complain)
    finally:
        root.handlers = handlers


def test_a_helper_works_in_its_own_process_and_sends_the_results_back():
    helper = Helper([1, 2, 3, 4, 5], lambda item: (_square_or_complain(item), os.getpid()))
    results = helper.results()
    assert sorted(results) == [1, 2, 4]  # 3 failed and 5 logged: the build process redoes them
    assert {pid for _, pid in results.values()} == {helper.pid} != {os.getpid()}
    assert results[4][0] == 16


def test_a_helper_whose_results_are_not_wanted_is_stopped():
    helper = Helper([1], lambda item: __import__("time").sleep(60))
    helper.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(helper.pid, os.WNOHANG)  # reaped: no zombie left behind
    assert helper.results() == {}


def test_helpers_may_fork_beside_richs_status_display_but_no_other_thread():
    import threading

    from freelancekit.forking import can_fork

    class _RefreshThread(threading.Thread):  # what `pelican` runs while it builds
        pass

    _RefreshThread.__module__ = "rich.live"
    status = _RefreshThread(target=lambda: None)
    other = threading.Thread(target=lambda: None)  # a dev server's, say
    here = threading.current_thread()
    assert can_fork([here])
    assert can_fork([here, status])
    assert not can_fork([here, status, other])


def _slowly(item: int) -> tuple[int, int]:
    __import__("time").sleep(0.01)
    return item * item, os.getpid()


def test_a_build_process_ready_to_wait_hands_half_of_what_is_left_to_a_second_helper(
    monkeypatch,
):
    import freelancekit.forking

    # As in a build; the test run itself may have threads of its own (servers, the inner run).
    monkeypatch.setattr(freelancekit.forking, "can_fork", lambda: True)
    helper = Helper(list(range(60)), _slowly)
    results = helper.results()  # at once: almost all of the run is still ahead
    assert {item: square for item, (square, _) in results.items()} == {
        item: item * item for item in range(60)
    }
    pids = {pid for _, pid in results.values()}
    assert len(pids) >= 2 and os.getpid() not in pids
    # The first helper kept the front of the run, in order; the second took the back.
    first = [item for item, (_, pid) in results.items() if pid == helper.pid]
    assert first == list(range(len(first))) and 1 <= len(first) < 60


def test_a_helper_with_little_left_is_simply_waited_for(monkeypatch):
    import freelancekit.forking

    monkeypatch.setattr(freelancekit.forking, "can_fork", lambda: True)
    helper = Helper([1, 2, 3], _slowly)
    results = helper.results()
    assert sorted(results) == [1, 2, 3]
    assert {pid for _, pid in results.values()} == {helper.pid}
