"""Event dates (spec §3 `event_dates`: the dates on which the reported activities took place),
after the held-out batches 9a-9c. Texts written for these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import meta, segment


def _meta(text: str):  # type: ignore[no-untyped-def]
    return segment(read(text, format="txt")).report.metadata


_NOTES_AT_END = """TỈNH ĐOÀN LÂM ĐỒNG                        ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ ĐẠ TẺH
Số: 31-BC/ĐTN                          Đạ Tẻh, ngày 20 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác Đoàn năm 2025

I. KẾT QUẢ
Đoàn xã tổ chức 2 lớp kỹ năng cho 140 đoàn viên¹.
II. PHƯƠNG HƯỚNG NĂM 2026
Tổ chức 3 lớp tập huấn cho cán bộ chi đoàn².

Nơi nhận:
- Lưu VP.

TM. BAN CHẤP HÀNH
BÍ THƯ



Nguyễn Thị Hoa

¹ Lớp thứ nhất (ngày 04-06/9/2025) và lớp thứ hai (ngày 11-13/9/2025) tại nhà văn hóa xã.
² Lớp đầu tiên ngày 15-17/12/2025 tại hội trường xã, trước kỳ nghỉ Tết.
"""


def test_footnote_dates_count_where_their_marker_stands() -> None:
    dates = _meta(_NOTES_AT_END).event_dates
    # the notes are printed after the plan section, but note 1 is marked in the results
    assert "2025-09-04/2025-09-06" in dates
    assert "2025-09-11/2025-09-13" in dates
    # note 2 is marked in the plan section: planned days
    assert "2025-12-15/2025-12-17" not in dates


def _dates(body: str) -> list[str]:
    return meta.event_dates(body, [], since_clauses=True, loose_forms=True)


def test_after_a_date_opens_a_lasting_state() -> None:
    assert _dates("Sau ngày 15/3/2024, 90% chi đoàn duy trì sinh hoạt trực tuyến.") == []
    # the day itself, or a range, still counts
    assert _dates("Ngày 15/3/2024, Đoàn xã tổ chức ra quân.") == ["2024-03-15"]


def test_name_before_a_merger_does_not_make_a_merger_date() -> None:
    text = "Ngày 12/4/2025, Huyện đoàn Lục Yên (trước sáp nhập) tổ chức hội thi với 30 đội."
    assert _dates(text) == ["2025-04-12"]
    # the clause that says the units were merged on that day stays out
    assert _dates("Ngày 12/4/2025, hai xã Minh Xuân và Tân Lĩnh được sáp nhập thành xã Minh Tân.") == []


def test_day_a_unit_was_founded_is_no_activity() -> None:
    assert _dates("Xã Minh Tân được thành lập từ ngày 12/4/2025 trên cơ sở 2 xã cũ.") == []
    assert _dates("Phường Quang Trung được hình thành vào ngày 12/4/2025.") == []
    # a body of the Union founding something is an activity
    assert _dates("Ngày 12/4/2025, Đoàn xã thành lập Câu lạc bộ Tiếng Anh với 25 thành viên.") == [
        "2025-04-12"
    ]


_SIGNING = """Đoàn xã và Hội Nông dân xã ký kết phối hợp
{lead} Đoàn xã Phú Mỹ và Hội Nông dân ký kết Chương trình phối hợp số 03-CTPH/ĐTN-HND năm 2025.
Hai bên thống nhất 6 nội dung phối hợp.
"""


def test_day_of_a_signing_ceremony_is_an_event_and_the_documents_date() -> None:
    for lead in (
        "Sáng 12/5/2025, tại hội trường xã,",
        "Ngày 12/5/2025, tại hội trường xã,",
        "Chiều 12/5/2025,",
    ):
        md = _meta(_SIGNING.format(lead=lead))
        assert [(r.number, r.date) for r in md.references] == [("03-CTPH/ĐTN-HND", "2025-05-12")], lead
        assert md.event_dates == ["2025-05-12"], lead


def test_day_a_document_was_issued_is_no_event() -> None:
    md = _meta(
        _SIGNING.format(lead="Ngày 12/5/2025, Ban Chấp hành").replace(
            "ký kết Chương trình", "ban hành Chương trình"
        )
    )
    assert [(r.number, r.date) for r in md.references] == [("03-CTPH/ĐTN-HND", "2025-05-12")]
    assert md.event_dates == []


def test_in_service_since_a_date_is_no_activity() -> None:
    assert _dates("Phần mềm quản lý đoàn viên được đưa vào vận hành từ ngày 02/6/2025.") == []
    assert _dates("Quy chế mới được áp dụng từ ngày 02/6/2025 tại 12 chi đoàn.") == []
    # a work handed over on a day is an activity
    assert _dates("Ngày 02/6/2025, Đoàn xã bàn giao và đưa vào sử dụng 01 sân chơi.") == ["2025-06-02"]
