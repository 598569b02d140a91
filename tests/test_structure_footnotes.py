"""Footnotes: markers (superscript from readers, [1], ^1, (1) written inline), bodies, anchors,
offsets, and the sentence a footnote block interrupted. Texts written for these tests."""

from __future__ import annotations

import pytest

from reportextract.structure import segment
from reportextract.structure.footnotes import anchor_before
from structure_docs import make_doc


def test_superscript_notes_linked_with_anchor_and_offset() -> None:
    text = """
Một số đơn vị tiêu biểu như: Quảng Trị¹, Gia Lai², TP. Hồ Chí Minh¹²...

¹ Ra quân 45 đội hình tình nguyện.

² Trồng 1.200 cây xanh.

¹² Hỗ trợ 3.000 người dân.
"""
    rep = segment(make_doc(text)).report
    notes = {f.id: f for f in rep.footnotes}
    assert set(notes) == {"1", "2", "12"}
    assert notes["1"].anchor == "Quảng Trị"
    assert notes["2"].anchor == "Gia Lai"
    assert notes["12"].anchor == "TP. Hồ Chí Minh"
    assert notes["12"].text.startswith("Hỗ trợ 3.000")
    for f in rep.footnotes:
        assert f.offset is not None
        assert rep.body[: f.offset].endswith(f.anchor)
    assert "¹" not in rep.body and "Ra quân 45" not in rep.body


@pytest.mark.parametrize(
    ("marker", "body_marker"),
    [("[1]", "[1]"), ("^1", "^1"), ("(1)", "(1)")],
)
def test_inline_markers_in_plain_text(marker: str, body_marker: str) -> None:
    text = f"""
Toàn tỉnh đã thành lập 120 đội hình thanh niên tình nguyện trên địa bàn các xã biên giới{marker}.

Các đội hình hoạt động hiệu quả.

{body_marker} Trong đó có 30 đội hình sinh viên.
"""
    rep = segment(make_doc(text)).report
    assert [f.id for f in rep.footnotes] == ["1"]
    note = rep.footnotes[0]
    assert note.text == "Trong đó có 30 đội hình sinh viên."
    assert note.anchor is not None and note.anchor.endswith("trên địa bàn các xã biên giới")
    assert marker not in rep.body
    assert "30 đội hình sinh viên" not in rep.body


def test_numbered_list_in_brackets_is_not_a_footnote() -> None:
    text = """
Các nhiệm vụ trọng tâm gồm:

(1) Tổ chức ra quân đồng loạt.

(2) Tuyên truyền trên mạng xã hội.
"""
    rep = segment(make_doc(text)).report
    assert rep.footnotes == []
    assert "(1) Tổ chức ra quân đồng loạt." in rep.body


@pytest.mark.parametrize(
    ("left", "anchor"),
    [
        ("Một số đơn vị tiêu biểu như: Hà Tĩnh", "Hà Tĩnh"),
        ("đã triển khai các phần việc trên địa bàn tỉnh", "khai các phần việc trên địa bàn tỉnh"),
        ("như: Bình Phước, Ban Thanh niên Quân đội", "Ban Thanh niên Quân đội"),
        ("gồm Nghệ An, TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
        ("Các đơn vị đã ra quân, hỗ trợ người dân.", "hỗ trợ người dân"),  # marker after the period
        # a bracket closed right before the marker: the anchor reads on past it to the clause start
        (
            "Kết nạp 640 đoàn viên, đạt 57% chỉ tiêu năm (1.200 đoàn viên)",
            "đạt 57% chỉ tiêu năm (1.200 đoàn viên)",
        ),
        ("bàn giao 3 công trình (nhà văn hóa, sân chơi)", "3 công trình (nhà văn hóa, sân chơi)"),
        ("một bracket không mở) cuối", "cuối"),
        (
            "Kết quả như sau. Toàn tỉnh có một hai ba bốn năm sáu bảy tám chín mười",
            "ba bốn năm sáu bảy tám chín mười",
        ),
    ],
)
def test_anchor_words(left: str, anchor: str) -> None:
    assert anchor_before(left, len(left)) == anchor


def test_footnote_bodies_inside_a_sentence_are_joined_out() -> None:
    text = """
Hoạt động được triển khai đồng loạt tại 100% cơ

¹ Trong đó có 25 cơ sở Đoàn khu vực doanh nghiệp.

² Thu hút 2.000 lượt đoàn viên.

sở Đoàn khu vực hành chính sự nghiệp với nhiều hình thức¹ phong phú².
"""
    rep = segment(make_doc(text)).report
    assert "tại 100% cơ sở Đoàn khu vực hành chính sự nghiệp" in rep.body
    assert [f.id for f in rep.footnotes] == ["1", "2"]
    assert (
        rep.footnotes[1].anchor
        == "khu vực hành chính sự nghiệp với nhiều hình thức phong phú"[
            -len(rep.footnotes[1].anchor or "x") :
        ]
    )


def test_multi_line_footnote_block() -> None:
    doc = make_doc("Toàn tỉnh có 15 đội hình¹.\n\n¹ Gồm 10 đội hình cấp xã\nvà 5 đội hình cấp huyện.")
    rep = segment(doc).report
    assert rep.footnotes[0].text == "Gồm 10 đội hình cấp xã và 5 đội hình cấp huyện."
