"""Page-break repair (structure/repair.py, `should_join`): a list item cut by a page break goes
on in a line that opens with a quantity ("… tiếp nhận trên" | page furniture | "2.500 đơn vị
máu."); a thousands number such as "2.500" is no item number "2.". A real next item or a
numbered heading still starts a paragraph of its own. Texts written for these tests."""

from __future__ import annotations

import pytest

from reportextract.model import Block, Document
from reportextract.structure import segment

LEAD = "Báo cáo kết quả công tác Đoàn năm 2025 và phương hướng năm 2026 như sau."


def _doc(first: str, after: list[str], *, furniture: bool = True) -> Document:
    """A PDF-like document: the lead (page 1), a list item ending page 1, optionally a page
    number line, then the `after` paragraphs on page 2."""
    blocks = [
        Block(kind="paragraph", text=LEAD, page=1),
        Block(kind="list_item", text=first, page=1),
    ]
    if furniture:
        blocks.append(Block(kind="paragraph", text="- 2 -", page=1))
    blocks += [Block(kind="paragraph", text=t, page=2) for t in after]
    return Document.from_blocks("<test>", "pdf", blocks)


ITEM = "- Phối hợp tổ chức 12 ngày hội hiến máu tình nguyện, phấn đấu tiếp nhận trên"


@pytest.mark.parametrize(
    "rest",
    [
        "2.500 đơn vị máu.",
        "15.000 lượt đoàn viên tham gia.",
        "1.250.000 cây xanh trên địa bàn toàn tỉnh.",
    ],
)
@pytest.mark.parametrize("furniture", [True, False])
def test_list_item_cut_before_a_thousands_number_is_joined(rest: str, furniture: bool) -> None:
    body = segment(_doc(ITEM, [rest, "Các đơn vị triển khai thực hiện."], furniture=furniture)).report.body
    assert f"tiếp nhận trên {rest}" in body
    assert "- 2 -" not in body


def test_paragraph_cut_before_a_date_is_joined() -> None:
    first = "- Tổ chức Ngày hội thanh niên với công nghệ số tại nhà văn hóa trung tâm vào ngày"
    body = segment(_doc(first, ["26/3/2026 với sự tham gia của 600 đoàn viên."])).report.body
    assert "vào ngày 26/3/2026 với" in body


@pytest.mark.parametrize(
    "nxt",
    [
        "2. Tổ chức 30 lớp tập huấn kỹ năng số cho cán bộ Đoàn cơ sở.",  # the next item
        "2.1. Công tác tuyên truyền",  # a numbered heading
        "2.1 Công tác tuyên truyền",  # a numbered heading without the final dot
        "3) Tham gia bảo vệ môi trường.",
        "- Tổ chức 30 lớp tập huấn kỹ năng số.",
        "III. PHƯƠNG HƯỚNG NHIỆM VỤ",
    ],
)
def test_a_real_next_item_or_heading_stays_apart(nxt: str) -> None:
    first = "1. Phối hợp tổ chức 12 ngày hội hiến máu tình nguyện tại các xã, phường trên địa bàn"
    body = segment(_doc(first, [nxt])).report.body
    assert f"trên địa bàn\n\n{nxt}" in body
