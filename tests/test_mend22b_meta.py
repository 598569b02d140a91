"""Metadata, round 22 mend b (spec §3 issuer): the reporter named inside a cited committee's words.
Every sentence was written for these tests.
"""

from __future__ import annotations

from reportextract.structure.meta import preamble_issuer


def test_the_reporter_inside_a_rejected_cited_committees_match_is_read() -> None:
    text = (
        "Thực hiện Hướng dẫn số 5-HD/TĐTN của Ban Thường vụ Tỉnh đoàn về việc Ban Thường vụ Huyện đoàn "
        "Mèo Vạc báo cáo kết quả như sau:"
    )
    assert preamble_issuer(text, None) == "Ban Thường vụ Huyện đoàn Mèo Vạc"


def test_a_cited_committee_alone_is_still_no_reporter() -> None:
    # negative: only the cited committee, no reporter after it
    text = "Thực hiện Hướng dẫn số 5-HD/TĐTN của Ban Thường vụ Tỉnh đoàn Hà Giang về báo cáo sơ kết quý I."
    assert preamble_issuer(text, None) is None
