"""mend24c: review 24 b#9-#10 (structure/meta.py): a bare "dịp" before a date is the occasion only in a
headline (a line with no final period); in a sentence the activities were held on that day. A "dịp"
that ends a longer word is no occasion either.

Every sentence was written for these tests.
"""

from __future__ import annotations

from reportextract.structure.meta import event_dates


def _dates(text: str, own: str = "2025-08-20") -> list[str]:
    return event_dates(text, [], own_date=own, since_clauses=True, loose_forms=True)


def test_a_sentence_opened_by_dip_and_a_day_is_an_event_date():
    assert _dates("Dịp 27/7, Đoàn xã thăm 20 gia đình chính sách.") == ["2025-07-27"]
    assert _dates("Đoàn xã thăm 20 gia đình chính sách dịp 27/7.") == ["2025-07-27"]


def test_the_occasion_of_a_headline_is_still_no_event_date():
    # negative neighbours: the headline's bare "dịp", and "nhân dịp" anywhere
    text = "Tuổi trẻ huyện thăm 200 gia đình chính sách dịp 27/7\nTừ ngày 15 đến 18/8, Đoàn huyện thăm hỏi."
    assert _dates(text) == ["2025-08-15/2025-08-18"]
    assert _dates("Nhân dịp 27/7, Đoàn xã thăm 20 gia đình chính sách.") == []
