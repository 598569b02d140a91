"""Text and markdown exports: line classification, markup removal, footnote markers, offsets.

Example lines are written for these tests in the genre of Youth Union reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportextract.model import Document
from reportextract.readers import read
from reportextract.readers.text import analyse_line
from reportextract.textnorm import match_key

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "readers"
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def check_offsets(doc: Document) -> None:
    """The model contract: blocks joined by blank lines, offsets pointing at each block's text."""
    assert doc.text == "\n\n".join(b.text for b in doc.blocks)
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
    for r in doc.note_refs:
        assert 0 <= r.offset <= len(doc.text)


# (line, kind, text, extra) — extra: numbering / footnote_id / level
LINES = [
    (
        "Kết quả, toàn tỉnh triển khai **8.884** đội hình",
        "paragraph",
        "Kết quả, toàn tỉnh triển khai 8.884 đội hình",
        {},
    ),
    (
        "Hoạt động “*Tình nguyện vì đô thị văn minh*” được triển khai",
        "paragraph",
        "Hoạt động “Tình nguyện vì đô thị văn minh” được triển khai",
        {},
    ),
    ("* *Hoạt động hỗ trợ người dân:*", "list_item", "Hoạt động hỗ trợ người dân:", {"numbering": "*"}),
    (
        "- Ngày 07/7/2024, Tỉnh đoàn ban hành công văn",
        "list_item",
        "Ngày 07/7/2024, Tỉnh đoàn ban hành công văn",
        {"numbering": "-"},
    ),
    ("+ Trồng 2.000 cây xanh", "list_item", "Trồng 2.000 cây xanh", {"numbering": "+"}),
    ("• Thu gom 3,5 tấn rác", "list_item", "Thu gom 3,5 tấn rác", {"numbering": "•"}),
    (
        "² Xây dựng mới 25 công trình thanh niên.",
        "footnote",
        "Xây dựng mới 25 công trình thanh niên.",
        {"footnote_id": "2"},
    ),
    ("¹² Triển khai 16 đội hình.", "footnote", "Triển khai 16 đội hình.", {"footnote_id": "12"}),
    ("[^3]: Hỗ trợ 120 hồ sơ.", "footnote", "Hỗ trợ 120 hồ sơ.", {"footnote_id": "3"}),
    ("Quang cảnh lễ ra quân tại huyện Cam Lộ. |", "caption", "Quang cảnh lễ ra quân tại huyện Cam Lộ.", {}),
    ("## Kết quả nổi bật", "heading", "Kết quả nổi bật", {"level": 2}),
    ("# BÁO CÁO #", "heading", "BÁO CÁO", {"level": 1}),
    ("1. Thời gian, địa bàn triển khai", "paragraph", "1. Thời gian, địa bàn triển khai", {}),
    ("3.1. Kết quả cấp tỉnh", "paragraph", "3.1. Kết quả cấp tỉnh", {}),
    ("I/ CÔNG TÁC TRIỂN KHAI", "paragraph", "I/ CÔNG TÁC TRIỂN KHAI", {}),
    ("a) Đối với cấp huyện", "paragraph", "a) Đối với cấp huyện", {}),
    ("![](anh-le-ra-quan.jpg)Ra quân đồng loạt", "paragraph", "Ra quân đồng loạt", {}),
    ("Xem [kế hoạch](https://example.org/kh) của Tỉnh đoàn", "paragraph", "Xem kế hoạch của Tỉnh đoàn", {}),
    (
        "Làm mới 1.500 m² sân chơi và 20 m³ bê tông",
        "paragraph",
        "Làm mới 1.500 m² sân chơi và 20 m³ bê tông",
        {},
    ),
    ("1.\tThời gian, địa bàn", "paragraph", "1. Thời gian, địa bàn", {}),
    ("-\tTrồng 2.000 cây xanh", "list_item", "Trồng 2.000 cây xanh", {"numbering": "-"}),
    # columns of an exported table stay apart (tabs, runs of spaces)
    ("1\tThành phố Đông Hà\t48\t3.200", "paragraph", "1\tThành phố Đông Hà\t48\t3.200", {}),
    (
        "TỈNH ĐOÀN QUẢNG TRỊ      ĐOÀN TNCS HỒ CHÍ MINH",
        "paragraph",
        "TỈNH ĐOÀN QUẢNG TRỊ      ĐOÀN TNCS HỒ CHÍ MINH",
        {},
    ),
    ("*Tình nguyện* là lẽ sống", "paragraph", "Tình nguyện là lẽ sống", {}),
    # markdown escapes: the escaped character is literal, a lone backslash is a hard line break
    ("\\*\\*\\*", "paragraph", "***", {}),
    ("BAN CHẤP HÀNH TỈNH ĐOÀN \\", "paragraph", "BAN CHẤP HÀNH TỈNH ĐOÀN", {}),
    ("Giá trị \\*không\\* đậm, **8.884** đậm", "paragraph", "Giá trị *không* đậm, 8.884 đậm", {}),
    ("\\- Không phải gạch đầu dòng", "paragraph", "- Không phải gạch đầu dòng", {}),
]


@pytest.mark.parametrize(("line", "kind", "text", "extra"), LINES)
def test_analyse_line(line: str, kind: str, text: str, extra: dict) -> None:
    ln = analyse_line(line)
    assert ln.kind == kind
    assert ln.text == text
    for key, value in extra.items():
        assert getattr(ln, key) == value


# (line, clean text, [(id, word just before the marker)])
MARKERS = [
    ("trên địa bàn tỉnh¹ với tổng nguồn lực", "trên địa bàn tỉnh với tổng nguồn lực", [("1", "tỉnh")]),
    (
        "như: Hà Tĩnh², Đắk Lắk³, Bình Thuận⁴...",
        "như: Hà Tĩnh, Đắk Lắk, Bình Thuận...",
        [("2", "Tĩnh"), ("3", "Lắk"), ("4", "Thuận")],
    ),
    ("Ninh Bình¹⁰, TP. Hồ Chí Minh¹¹.", "Ninh Bình, TP. Hồ Chí Minh.", [("10", "Bình"), ("11", "Minh")]),
    ("đạt **17,5** tỉ đồng²", "đạt 17,5 tỉ đồng", [("2", "đồng")]),
    ("hỗ trợ huyện Vĩnh Linh[^4] và Cam Lộ", "hỗ trợ huyện Vĩnh Linh và Cam Lộ", [("4", "Linh")]),
    ("diện tích 300 m² đất¹", "diện tích 300 m² đất", [("1", "đất")]),
]


@pytest.mark.parametrize(("line", "text", "refs"), MARKERS)
def test_inline_markers_become_note_refs(line: str, text: str, refs: list[tuple[str, str]]) -> None:
    ln = analyse_line(line)
    assert ln.text == text
    got = [(nid, ln.text[:off].split()[-1].rstrip(",.")) for nid, off, _ in ln.refs]
    assert got == refs


def test_fixture_report_txt() -> None:
    doc = read(FIXTURES / "report.txt")
    check_offsets(doc)
    assert doc.format == "txt"
    assert doc.encoding == "utf-8"
    kinds = [b.kind for b in doc.blocks]
    assert kinds.count("footnote") == 3
    assert kinds.count("list_item") == 2
    # footnote bodies stay where they are (at the page break, between the two halves of a paragraph)
    i = kinds.index("footnote")
    assert doc.blocks[i - 1].text.endswith("6.000 lượt người dân,")
    assert doc.blocks[i + 3].text.startswith("vận động trồng mới")
    assert [b.footnote_id for b in doc.blocks if b.kind == "footnote"] == ["1", "2", "3"]
    anchors = [(r.id, doc.text[: r.offset].split()[-1]) for r in doc.note_refs]
    assert anchors == [("1", "Lăng"), ("2", "Linh"), ("3", "Hà")]
    assert "**" not in doc.text


def test_markdown_table_and_headings() -> None:
    md = (
        "# Báo cáo nhanh\n\n"
        "| Đơn vị | Đội hình | Kinh phí |\n|---|---:|---|\n| Huyện đoàn Cam Lộ | 12 | 150 triệu đồng |\n"
        "| Thành đoàn Đông Hà | 9 | 90 triệu đồng |\n\n"
        "Tổng cộng 21 đội hình.\n"
    )
    doc = read(md, format="md")
    check_offsets(doc)
    assert doc.blocks[0].kind == "heading"
    cells = [(b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]
    assert (0, 0, "Đơn vị") in cells
    assert (2, 2, "90 triệu đồng") in cells
    assert {b.table for b in doc.blocks if b.kind == "table_cell"} == {0}
    assert doc.blocks[-1].text == "Tổng cộng 21 đội hình."


def test_lines_without_blank_lines_are_paragraphs() -> None:
    text = (
        "Quang cảnh hội nghị. |\nTỉnh đoàn tổ chức hội nghị giao ban.\n"
        "Anh Nguyễn Văn A phát biểu. |\nKết quả 30 đội hình."
    )
    doc = read(text)
    assert [b.kind for b in doc.blocks] == ["caption", "paragraph", "caption", "paragraph"]


def test_soft_wrapped_markdown_lines_are_joined() -> None:
    doc = read("Toàn tỉnh triển khai 125 đội hình\nvới 3.400 đoàn viên tham gia.\n\nĐoạn sau.")
    assert doc.blocks[0].text == "Toàn tỉnh triển khai 125 đội hình với 3.400 đoàn viên tham gia."
    assert len(doc.blocks) == 2


def test_str_text_and_crlf() -> None:
    doc = read("Dòng một.\r\n\r\n- Dòng hai\r\n")
    assert [b.text for b in doc.blocks] == ["Dòng một.", "Dòng hai"]
    assert doc.source == "<text>"
    assert read("Một dòng.", name="ten-rieng").source == "ten-rieng"


def test_reading_13kb_twice_gives_the_same_document() -> None:
    """Reading keeps no state between calls: the same bytes give the same text and lines. (Reading
    time is the benchmark's `read` stage, about 1 ms per 13 KB; tests check behaviour, not time.)"""
    text = (FIXTURES / "report.txt").read_text("utf-8")
    data = (text * (13000 // len(text) + 1))[:13000].encode()
    first = read(data)
    other = read("Một văn bản khác.\n\nDòng thứ hai.".encode())  # a read in between leaves nothing behind
    second = read(data)
    assert other.text != first.text
    assert first.text == second.text
    assert first.text.startswith(text[:200].split("\n")[0])
    assert first.blocks == second.blocks and len(first.blocks) > 1
    # every block is a span of the text read, in order
    pos = 0
    for block in first.blocks:
        pos = first.text.index(block.text, pos)


# --------------------------------------------------------------------------- real documents (gold)


def _gold_docs() -> list[Path]:
    gold = SHARED / "real" / "gold"
    return sorted(gold.glob("*.json")) if gold.is_dir() else []


@pytest.mark.real
@pytest.mark.parametrize("gold_path", _gold_docs(), ids=lambda p: p.stem)
def test_real_txt_footnotes_match_gold(gold_path: Path) -> None:
    """Every gold footnote is a footnote block with that id whose text starts with the gold start."""
    gold = json.loads(gold_path.read_text("utf-8"))
    txt = SHARED / "real" / "docs" / f"{gold_path.stem}.txt"
    if not txt.exists():
        pytest.skip("no .txt for this gold file")
    doc = read(txt)
    check_offsets(doc)
    notes = {b.footnote_id: b.text for b in doc.blocks if b.kind == "footnote"}
    for fn in gold.get("footnotes") or []:
        assert fn["id"] in notes, fn["id"]
        assert match_key(notes[fn["id"]]).startswith(match_key(fn["starts"]))
    ref_ids = [r.id for r in doc.note_refs]
    assert sorted(ref_ids, key=int) == sorted(notes, key=int)


def test_real_docs_skip_cleanly_when_absent() -> None:
    if not SHARED.is_dir():
        assert _gold_docs() == []
    else:
        assert (SHARED / "real").exists()


def test_markdown_setext_headings_breaks_quotes_and_inline_html() -> None:
    md = (
        "BÁO CÁO NHANH\n=============\n\nKết quả nổi bật\n---\n\n***\n\n"
        "> Toàn tỉnh có 86 đội hình<sup>1</sup>.<br>\n\n"
        "Trồng <b>2.000</b> cây xanh\n"
    )
    doc = read(md, format="md")
    got = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert got == [
        ("heading", 1, "BÁO CÁO NHANH"),
        ("heading", 2, "Kết quả nổi bật"),
        ("paragraph", None, "Toàn tỉnh có 86 đội hình."),
        ("paragraph", None, "Trồng 2.000 cây xanh"),
    ]
    assert [(r.id, doc.text[: r.offset].split()[-1]) for r in doc.note_refs] == [("1", "hình")]
    # a text export keeps its separator lines: they are not markdown
    assert "***" in read("Dòng một\n\n***\n\nDòng hai").text


_PIECES = [
    "Tỉnh đoàn",
    " ",
    "125",
    "đội hình",
    "**",
    "*",
    "¹",
    "¹²",
    "²",
    " m²",
    "- ",
    "• ",
    "# ",
    "## ",
    "|",
    " | ",
    "\t",
    "\\",
    "\\*",
    "[^3]",
    "[^3]: ",
    "![](anh.jpg)",
    "[liên kết](http://x.vn)",
    "\n",
    "\n\n",
    "“",
    "”",
    "<sup>4</sup>",
    "===",
    "---",
    "> ",
    "  ",
    ".",
    ",",
    ":",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40), st.sampled_from(["txt", "md"]))
def test_any_text_keeps_the_model_contract(pieces: list[str], fmt: str) -> None:
    """Whatever the markup, blocks line up with `Document.text` and refs point inside it."""
    text = "".join(pieces) + "\nTỉnh đoàn"  # never only markup: that is an empty document
    doc = read(text, format=fmt)
    check_offsets(doc)
    for b in doc.blocks:
        assert b.text == b.text.strip()
        assert "\n" not in b.text
    assert all(r.id for r in doc.note_refs)


def test_markdown_front_matter_gives_the_title() -> None:
    md = (
        '---\ntitle: "Bản tin Mùa hè xanh số 3"\ndate: 2025-07-28\n---\n\n'
        "# Bản tin số 3\n\nCó 187 đội hình.\n"
    )
    doc = read(md, format="md")
    assert doc.title == "Bản tin Mùa hè xanh số 3"
    assert [b.text for b in doc.blocks] == ["Bản tin số 3", "Có 187 đội hình."]


def test_bracket_notes_of_text_exports() -> None:
    text = (
        "Các đơn vị tiêu biểu: huyện Cam Lộ[1], huyện Gio Linh[2]. Xem mục [3] của kế hoạch.\n\n"
        "[1] Thành lập 12 đội hình.\n\n[2] Trồng 600 cây xanh.\n"
    )
    doc = read(text)
    notes = {b.footnote_id: b.text for b in doc.blocks if b.kind == "footnote"}
    assert notes == {"1": "Thành lập 12 đội hình.", "2": "Trồng 600 cây xanh."}
    assert [(r.id, doc.text[: r.offset].split()[-1]) for r in doc.note_refs] == [("1", "Lộ"), ("2", "Linh")]
    assert "mục [3]" in doc.text  # no note [3]: left as written


def test_markdown_note_definition_with_indented_continuation() -> None:
    md = "Huyện Cam Lộ[^1] ra quân.\n\n[^1]: Thành lập 12 đội hình.\n\n    Trồng 600 cây xanh.\n\nĐoạn sau.\n"
    doc = read(md, format="md")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Huyện Cam Lộ ra quân."),
        ("footnote", "Thành lập 12 đội hình. Trồng 600 cây xanh."),
        ("paragraph", "Đoạn sau."),
    ]
