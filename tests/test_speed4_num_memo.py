"""The memo of the last long texts (``numbers._memo``) gives what a fresh scan gives.

The digit runs, document numbers and dates of a long text are kept for the next call on the same
text; these tests hold the kept results to the plain readings and check that no caller can change
what the next one gets.
"""

from __future__ import annotations

import threading

from _random_text import random_texts
from reportextract.numbers import dates, docnumbers, find_dates, find_doc_numbers, find_quantities
from reportextract.numbers._memo import LastTexts

_WORDS = [
    "ngày", "Ngày", "tháng", "năm", "12/3/2023", "5.7", "12-15/7", "12, 13/3", "7h30", "19:30", "7 giờ",
    "46-KH/TWĐTN-CNĐT", "Số: 225 - KH/TWĐTN-CTTN", "1234/QĐ-UBND", "15/2023/NĐ-CP", "123/UBND-VX", "số",
    "8.884", "17,5", "tỷ", "đồng", "đoàn viên", "2023", "16", "5", "và", "từ", "đến", "Công văn", "hơn",
]
_SEPS = [" ", " ", ", ", ". ", "\n", " - ", "/"]


def _long_texts(n: int, seed: int) -> list[str]:
    return [t for t in random_texts(_WORDS, _SEPS, n, seed, 400) if len(t) >= 1000]


def _clear() -> None:
    dates._RUNS.clear()
    dates._DATES.clear()
    docnumbers._FOUND.clear()


def test_last_texts_keeps_a_few_long_texts():
    memo: LastTexts[int] = LastTexts(size=2, min_length=5)
    assert memo.put("short", None, 1) == 1
    assert memo.get("short") == 1
    assert memo.put("tiny", None, 2) == 2
    assert memo.get("tiny") is None  # too short to be kept
    memo.put("short", 2023, 3)
    assert memo.get("short", 2023) == 3 and memo.get("short") == 1  # the arguments are part of the key
    memo.put("longer", None, 4)
    assert memo.get("short") is None  # the oldest went
    assert memo.get("short", 2023) == 3 and memo.get("longer") == 4
    assert len(memo._items) == 2


def test_kept_scans_equal_fresh_reads():
    texts = _long_texts(40, seed=41)
    assert len(texts) > 10
    for text in texts:
        _clear()
        runs = [m.span() for m in dates._DIGIT_RUN.finditer(text)]
        fresh_docs = docnumbers._read_doc_numbers(text, None)
        fresh_dates = dates._read_dates(text, None, None, None)
        fresh_dates_2024 = dates._read_dates(text, 2024, None, None)
        for _ in range(2):  # the first call fills the memo, the second reads it
            assert dates.digit_runs(text) == runs
            assert docnumbers._find_doc_numbers(text) == fresh_docs
            assert dates._find_dates(text, None) == fresh_dates
            assert dates._find_dates(text, 2024) == fresh_dates_2024


def test_callers_cannot_change_the_kept_results():
    text = next(t for t in _long_texts(40, seed=7) if find_dates(t) and find_doc_numbers(t))
    _clear()
    runs, docs, found = dates.digit_runs(text), find_doc_numbers(text), find_dates(text)
    expected = (list(runs), list(docs), list(found))
    runs.clear()
    docs.append(docs[0])
    found.reverse()
    assert (dates.digit_runs(text), find_doc_numbers(text), find_dates(text)) == expected


def test_quantities_after_the_structure_scans_equal_a_fresh_scan():
    """The figure stage's scan of a body reads what the structure stage's scans kept."""
    for text in _long_texts(30, seed=5):
        _clear()
        fresh = find_quantities(text)
        _clear()
        find_doc_numbers(text)
        find_dates(text)
        assert find_quantities(text) == fresh
        assert find_quantities(text) == fresh  # all three kept now


def test_memory_stays_flat():
    for text in _long_texts(30, seed=9):
        find_quantities(text)
    for memo in (dates._RUNS, dates._DATES, docnumbers._FOUND):
        assert len(memo._items) <= memo.size


def test_threads_can_share_a_memo():
    memo: LastTexts[int] = LastTexts(size=3, min_length=1)
    texts = [f"text {i}" for i in range(50)]
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(200):
                for i, t in enumerate(texts):
                    got = memo.get(t)
                    assert got is None or got == i
                    memo.put(t, None, i)
        except BaseException as e:  # reported by the main thread below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert len(memo._items) <= 3


def test_forget_all_empties_every_memo_so_a_timed_rerun_scans_again():
    from reportextract.numbers._memo import forget_all

    text = "Ngày 12/3/2025, theo Công văn số 46-KH/TWĐTN, " + "đoàn viên tham gia hoạt động. " * 60
    find_dates(text)
    find_doc_numbers(text)
    assert dates._RUNS.get(text) is not None and docnumbers._FOUND.get(text) is not None
    forget_all()
    assert dates._RUNS.get(text) is None and dates._DATES.get(text) is None
    assert docnumbers._FOUND.get(text) is None
