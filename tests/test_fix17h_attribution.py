"""Unit attribution, round 17h (spec §2.3): a company that leads a ranking with "với <number>",
and the other leftovers of batches 17b-17c. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Đoàn Khối Doanh nghiệp Trung ương")


# ------------------------------------------------------- "Dẫn đầu là Công ty X với 41 sáng kiến"
def test_a_company_that_leads_a_ranking_with_its_number_after_voi_is_the_unit():
    text = (
        "Đoàn Thanh niên Tổng công ty Xi măng Phú Sơn tổng kết năm 2025. Đoàn viên có 96 sáng kiến "
        "được công nhận. Dẫn đầu là Công ty Xi măng Phú Sơn Ninh Bình với 27 sáng kiến, tiếp đến "
        "Công ty Bao bì Phú Sơn 18 sáng kiến."
    )
    assert one(text, 27).unit == "Công ty Xi măng Phú Sơn Ninh Bình"
    assert one(text, 18).unit == "Công ty Bao bì Phú Sơn"


def test_a_company_with_voi_and_a_number_but_no_ranking_is_no_unit():
    text = (
        "Đoàn Thanh niên Tổng công ty Xi măng Phú Sơn tổng kết năm 2025. Đoàn viên phối hợp "
        "Công ty Xi măng Phú Sơn Ninh Bình với 27 sáng kiến được công nhận."
    )
    assert one(text, 27).unit != "Công ty Xi măng Phú Sơn Ninh Bình"
