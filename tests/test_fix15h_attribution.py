"""Unit attribution, round 15h (spec §2.3): the unit a footnote hangs on, read in the whole body,
and the carry-over of an earlier clause's unit. Every sentence was written for these tests."""

from __future__ import annotations

from reportextract import Figure, extract

_HEAD = """BAN CHẤP HÀNH TỈNH ĐOÀN QUẢNG TRỊ
Số: 31-BC/TĐTN

BÁO CÁO
Kết quả công tác thanh niên năm 2025

"""


def _notes(body: str, notes: str) -> dict[float, Figure]:
    report = extract(_HEAD + body + "\n\n" + notes + "\n", format="txt")
    assert report.metadata.scope == "Quảng Trị"
    return {f.value: f for f in report.figures if f.where == "footnote"}


# ------------------------------------------------ a footnote on a long name that ends in a province
def test_footnote_on_a_long_name_ending_in_the_province_keeps_the_whole_name() -> None:
    # the anchor kept for the marker is a short cut of the name; the body reads the whole name
    figs = _notes(
        "Trong năm, Đoàn Thanh niên Trung tâm Kiểm soát bệnh tật tỉnh Quảng Trị¹ tổ chức 12 buổi "
        "tuyên truyền phòng chống dịch bệnh cho đoàn viên.",
        "¹ Tuyên truyền tại 9 trường học cho 3.150 học sinh.",
    )
    assert figs[9].unit == "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Trị"
    assert figs[3150].unit == "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Trị"


def test_footnote_on_the_province_alone_stays_the_province() -> None:
    # negative: the marker hangs on the province itself
    figs = _notes(
        "Các tỉnh bạn đã hỗ trợ Đoàn xã Hải Lăng, trong đó có tỉnh Nghệ An¹.",
        "¹ Trao 40 suất quà cho học sinh.",
    )
    assert figs[40].unit == "Nghệ An"


# ------------------------------------------------ a footnote on a programme its owner is named after
def test_footnote_on_a_programme_goes_to_the_owner_named_after_the_marker() -> None:
    figs = _notes(
        'Chương trình "Bữa cơm yêu thương"¹ của Đoàn Thanh niên Bệnh viện Đa khoa tỉnh Quảng Trị '
        "phục vụ 2.400 suất cơm cho người bệnh nghèo.",
        "¹ Phối hợp các nhà hảo tâm thực hiện, với 52 buổi trong năm.",
    )
    assert figs[52].unit == "Bệnh viện Đa khoa tỉnh Quảng Trị"


def test_footnote_on_a_programme_without_an_owner_named_after_it_is_the_own_body() -> None:
    # negative: no "của <body>" after the marker, the report's own body keeps it
    figs = _notes(
        'Tỉnh đoàn duy trì chương trình "Bữa cơm yêu thương"¹ tại các bệnh viện.',
        "¹ Phối hợp các nhà hảo tâm thực hiện, với 52 buổi trong năm.",
    )
    assert figs[52].unit == "Quảng Trị"
