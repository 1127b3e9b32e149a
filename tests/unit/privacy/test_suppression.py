import pytest
from hypothesis import given
from hypothesis import strategies as st

from consult.privacy import FEWER_THAN, live_results_visible, quotable, suppress_counts


def test_counts_from_one_to_four_are_shown_as_fewer_than_five():
    table = suppress_counts({"a": 0, "b": 1, "c": 4, "d": 5, "e": 12})
    assert table.shown() == {"a": "0", "b": FEWER_THAN, "c": FEWER_THAN, "d": "5", "e": "12"}


def test_one_hidden_cell_beside_a_total_hides_the_next_smallest_too():
    table = suppress_counts({"yes": 3, "no": 20, "not sure": 9}, total=32)
    assert table.shown() == {"yes": FEWER_THAN, "no": "20", "not sure": FEWER_THAN}
    assert table.total.shown == "32"


def test_a_small_total_hides_everything():
    table = suppress_counts({"yes": 3, "no": 1}, total=4)
    assert table.total.shown == FEWER_THAN
    assert set(table.shown().values()) == {FEWER_THAN}


def test_shares_follow_their_counts():
    table = suppress_counts({"yes": 2, "no": 18, "maybe": 10}, total=30)
    assert table.cells["yes"].share_of(30) == FEWER_THAN
    assert table.cells["maybe"].share_of(30) == FEWER_THAN  # secondary: smallest other cell
    assert table.cells["no"].share_of(30) == "60%"


@given(st.dictionaries(st.text(min_size=1, max_size=3), st.integers(0, 40), min_size=1, max_size=6))
def test_no_hidden_count_can_be_worked_out_from_the_total(counts):
    total = sum(counts.values())
    table = suppress_counts(counts, total=total)
    hidden = [k for k, c in table.cells.items() if c.suppressed]
    assert all(not (0 < c.count < 5) or c.suppressed for c in table.cells.values())
    if not table.total.suppressed:
        # total minus the visible cells never pins down a single hidden cell
        assert len(hidden) != 1


def test_negative_or_inconsistent_counts_are_refused():
    with pytest.raises(ValueError):
        suppress_counts({"a": -1})
    with pytest.raises(ValueError):
        suppress_counts({"a": 10}, total=5)


def test_quotes_need_consent_and_a_group_of_ten():
    assert quotable(10, True)
    assert not quotable(9, True)
    assert not quotable(50, False)


def test_live_results_wait_for_five_answers():
    assert not live_results_visible(4)
    assert live_results_visible(5)
