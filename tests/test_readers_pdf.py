"""Text PDF reader on the committed fixture ``fixtures/readers/report.pdf``.

The fixture is typeset by ``fixtures/readers/make_fixtures.py`` (fpdf2) from the same invented
report as ``report.txt``: a running header, page numbers, raised footnote markers, footnotes in a
smaller font at the page bottom, and a paragraph cut by the page break.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportextract.errors import NoTextLayerError
from reportextract.readers import read
from reportextract.readers.pdf import _Char, _group_lines, _join, _Line, _paragraphs
from reportextract.textnorm import collapse_ws

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "readers"


@pytest.fixture(scope="module")
def doc():
    return read(FIXTURES / "report.pdf")


def test_pages_and_offsets(doc) -> None:
    assert doc.format == "pdf"
    assert doc.pages == 2
    assert doc.text == "\n\n".join(b.text for b in doc.blocks)
    assert all(b.page in (1, 2) for b in doc.blocks)
    assert all(b.font_size and b.top is not None for b in doc.blocks)


def test_running_header_and_page_numbers_removed(doc) -> None:
    assert "Tỉnh đoàn Quảng Trị - Báo cáo" not in doc.text
    assert not any(b.text.strip().isdigit() for b in doc.blocks)


def test_footnotes_at_page_bottom(doc) -> None:
    notes = [(b.footnote_id, b.page, b.text) for b in doc.blocks if b.kind == "footnote"]
    assert [n[:2] for n in notes] == [("1", 1), ("2", 1), ("3", 1)]
    assert notes[0][2] == "Lễ ra quân trao tặng 50 suất học bổng, mỗi suất trị giá 2 triệu đồng."
    # they come after page 1's body and before page 2's
    pages = [b.page for b in doc.blocks]
    first_fn = next(i for i, b in enumerate(doc.blocks) if b.kind == "footnote")
    assert pages[first_fn - 1] == 1
    assert pages[first_fn + 3] == 2


def test_raised_markers_are_note_refs(doc) -> None:
    anchors = [(r.id, doc.text[: r.offset].split()[-1]) for r in doc.note_refs]
    assert anchors == [("1", "Lăng"), ("2", "Linh"), ("3", "Hà")]
    assert "Lăng1" not in doc.text
    assert "Lăng¹" not in doc.text


def test_paragraph_cut_by_page_break_gives_two_blocks(doc) -> None:
    body = [b for b in doc.blocks if b.kind != "footnote"]
    i = next(i for i, b in enumerate(body) if b.text.endswith("6.000 lượt người dân,"))
    assert body[i].page == 1
    assert body[i + 1].page == 2
    assert body[i + 1].text.startswith("vận động trồng mới")


def test_paragraphs_and_list_items(doc) -> None:
    texts = [b.text for b in doc.blocks]
    assert "1. Công tác triển khai" in texts
    assert "3. Đánh giá chung" in texts
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert len(items) == 2
    assert all(b.numbering == "-" for b in items)
    assert "m² sân chơi" in doc.text


def test_same_content_as_text_export(doc) -> None:
    txt = read(FIXTURES / "report.txt")

    def content(d):
        notes = {b.footnote_id: collapse_ws(b.text) for b in d.blocks if b.kind == "footnote"}
        body = collapse_ws(" ".join(b.text for b in d.blocks if b.kind != "footnote"))
        return notes, body, [r.id for r in d.note_refs]

    assert content(doc) == content(txt)


def test_scanned_pdf_raises_no_text_layer() -> None:
    with pytest.raises(NoTextLayerError, match="OCR"):
        read(FIXTURES / "scanned.pdf")


def _chars(text: str, x: float, top: float, size: float) -> list[_Char]:
    out = []
    for ch in text:
        w = size * 0.5
        out.append(_Char(ch, x, x + w, top, top + size, size))
        x += w
    return out


def test_small_raised_digits_join_their_line_as_superscript() -> None:
    chars = _chars("Hà Tĩnh", 100, 100, 13) + _chars("12", 100 + 7 * 6.5, 97, 7.5)
    chars += _chars(" và", 100 + 7 * 6.5 + 7.5, 100, 13)
    lines = _group_lines(chars, 1)
    assert len(lines) == 1
    assert lines[0].text == "Hà Tĩnh¹² và"


def test_same_size_raised_digits_touching_a_word_are_superscript() -> None:
    chars = _chars("Đông Hà", 100, 100, 10) + _chars("3", 100 + 7 * 5, 96.5, 10)
    lines = _group_lines(chars, 1)
    assert [ln.text for ln in lines] == ["Đông Hà³"]


def test_paragraph_breaks_by_indent_gap_and_short_lines() -> None:
    def line(text, x0, x1, top):
        return _Line(text, x0, x1, top, top + 12, 12.0, 1)

    lines = [
        line("Đoạn một dòng đầu kéo dài tới lề phải", 85, 510, 100),
        line("và kết thúc ở đây.", 85, 200, 115),
        line("Đoạn hai thụt đầu dòng", 113, 510, 130),
        line("tiếp tục.", 85, 150, 145),
        line("Đoạn ba sau khoảng cách lớn", 85, 510, 170),
    ]
    paras = _paragraphs(lines, 85, 510)
    assert [len(p) for p in paras] == [2, 2, 1]


def test_line_end_hyphen_is_kept() -> None:
    """Vietnamese words are not hyphenated: a hyphen at a line end belongs to the text."""
    lines = [_Line("các xã-", 85, 510, 100, 112, 12.0, 1), _Line("phường đoàn", 85, 300, 115, 127, 12.0, 1)]
    assert _join(lines) == "các xã-phường đoàn"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Báo cáo kết quả Chiến dịch Mùa hè xanh 2024", "Báo cáo kết quả Chiến dịch Mùa hè xanh 2024"),
        ("Microsoft Word - bao-cao-he-2024.docx", None),
        ("bao_cao.doc", None),
        ("Untitled", None),
        (None, None),
    ],
)
def test_title_from_the_info_dictionary(raw, title) -> None:
    from reportextract.readers.pdf import _title

    class Fake:
        metadata = {"Title": raw} if raw is not None else {}

    assert _title(Fake()) == title


def test_ruled_table_cells_in_place_with_their_markers() -> None:
    doc = read(FIXTURES / "table.pdf")
    kinds = [b.kind for b in doc.blocks]
    assert kinds[0] == "paragraph"
    assert kinds[1:10] == ["table_cell"] * 9
    assert kinds[10] == "paragraph"  # the paragraph after the table is not glued to the one before
    cells = {(b.row, b.col): b.text for b in doc.blocks if b.kind == "table_cell"}
    assert cells[(1, 0)] == "Huyện Cam Lộ"  # the raised marker is not a digit of the text
    assert cells[(2, 2)] == "1.450"
    assert [(r.id, doc.text[: r.offset].split()[-1]) for r in doc.note_refs] == [("1", "Lộ")]
    assert [(b.footnote_id, b.text) for b in doc.blocks if b.kind == "footnote"] == [
        ("1", "Số liệu đến ngày 30/6/2024.")
    ]


def test_footnote_area_under_a_rule_even_in_the_body_font() -> None:
    from reportextract.readers.pdf import _note_split, _Page

    def ln(text, top, size=12.0):
        return _Line(text, 85, 500, top, top + size, size, 1)

    lines = [ln("Thân bài dòng một.", 100), ln("Thân bài dòng hai.", 115), ln("1 Chú thích một.", 700)]
    page = _Page(1, 595, 842, lines=lines, rules=[(690.0, 85.0, 200.0)])
    assert _note_split(page, lines, 12.0, 0, continuing=False) == 2
    # without the rule, a body-size line is body text
    assert _note_split(_Page(1, 595, 842, lines=lines), lines, 12.0, 0, continuing=False) == 3
    # a rule near the top of the page (under a header table) is not a separator
    high = _Page(1, 595, 842, lines=lines, rules=[(108.0, 85.0, 200.0)])
    assert _note_split(high, lines, 12.0, 0, continuing=False) == 3


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_font_text_is_converted(encoding: str) -> None:
    """A PDF of a .VnTime / VNI-Times document holds glyph codes; the reader converts them and
    keeps the raised marker a marker."""
    doc = read(FIXTURES / f"legacy_{encoding}.pdf")
    assert doc.encoding == encoding
    assert doc.blocks[0].text.startswith("Tỉnh đoàn tổ chức lễ ra quân")
    assert "1.250 đoàn viên, thanh niên; trồng 2.000 cây xanh." in doc.blocks[0].text
    assert [(b.footnote_id, b.text) for b in doc.blocks if b.kind == "footnote"] == [
        ("1", "Trao tặng 50 suất học bổng.")
    ]
    assert [(r.id, doc.text[: r.offset].split()[-1]) for r in doc.note_refs] == [("1", "Lăng")]
