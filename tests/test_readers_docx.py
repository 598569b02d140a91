"""Word .docx reader: styles, numbering, tables, real footnotes/endnotes, legacy fonts.

The documents are built here with python-docx (a runtime dependency); footnotes and endnotes,
which python-docx cannot write, are added as package parts with a relationship, as Word does.
The text is written for these tests in the genre of Youth Union reports.
"""

from __future__ import annotations

import io

import pytest
from docx import Document as new_docx  # noqa: N813
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from reportextract.readers import legacy, read
from reportextract.textnorm import collapse_ws

WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _notes_part(docx, kind: str, notes: dict[str, str]) -> None:
    """Add a footnotes/endnotes part holding `notes` (Word id -> text) with the separators Word writes."""
    tag = kind[:-1]  # footnote / endnote
    body = [
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>',
        (
            f'<w:{tag} w:type="continuationSeparator" w:id="0">'
            f"<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>"
        ),
    ]
    for wid, text in notes.items():
        body.append(
            f'<w:{tag} w:id="{wid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Ref/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{tag}>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind} {WNS}>{"".join(body)}</w:{kind}>'
    ct = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
    part = Part(PackURI(f"/word/{kind}.xml"), ct, xml.encode(), docx.part.package)
    docx.part.relate_to(part, RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)


def _ref(paragraph, wid: str, *, kind: str = "footnote", custom: str | None = None) -> None:
    """Append a Word note reference run (and a custom mark run) to `paragraph`."""
    attrs = f'w:id="{wid}"' + (' w:customMarkFollows="1"' if custom else "")
    run = parse_xml(
        f'<w:r {WNS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference {attrs}/></w:r>'
    )
    paragraph._p.append(run)
    if custom:
        paragraph._p.append(
            parse_xml(
                f'<w:r {WNS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{custom}</w:t></w:r>'
            )
        )


def _bytes(docx) -> bytes:
    buf = io.BytesIO()
    docx.save(buf)
    return buf.getvalue()


def build_report() -> bytes:
    d = new_docx()
    d.core_properties.title = "Báo cáo Mùa hè xanh 2024"
    d.add_paragraph("BÁO CÁO")
    d.add_heading("Kết quả Chiến dịch Mùa hè xanh", level=1)
    d.add_paragraph("Thời gian triển khai", style="List Number")
    d.add_paragraph("Địa bàn triển khai", style="List Number")
    p = d.add_paragraph("- Lễ ra quân tổ chức tại huyện Hải Lăng")
    _ref(p, "5")
    p.add_run(" với **1.250** đoàn viên tham gia.")
    p = d.add_paragraph("Các đơn vị tiêu biểu: huyện Vĩnh Linh")
    _ref(p, "7")
    p.add_run(", thành phố Đông Hà")
    _ref(p, "6")
    p.add_run(", huyện Cam Lộ")
    _ref(p, "9", custom="*")
    p.add_run(".")
    p = d.add_paragraph("Đợt cao điểm thu hút 300 lượt người dân")
    _ref(p, "2", kind="endnote")
    p.add_run(".")
    p = d.add_paragraph("Dòng thứ nhất")
    p.add_run().add_break()
    p.add_run("Dòng thứ hai sau ngắt dòng")
    d.add_paragraph("Ảnh: Quang cảnh lễ ra quân", style="Caption")
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "Đơn vị"
    table.cell(0, 1).text = "Đội hình"
    table.cell(0, 2).text = "Kinh phí"
    table.cell(1, 0).text = "Huyện đoàn Cam Lộ"
    table.cell(1, 1).text = "12"
    table.cell(1, 2).text = "150 triệu đồng"
    merged = table.cell(2, 0).merge(table.cell(2, 1))
    merged.text = "Tổng cộng"
    table.cell(2, 2).text = "240 triệu đồng"
    run = d.add_paragraph().add_run(legacy.encode("Kết luận: hoàn thành chỉ tiêu.", "tcvn3").decode("cp1252"))
    run.font.name = ".VnTime"
    _notes_part(
        d,
        "footnotes",
        {
            "5": "Trao 50 suất học bổng, mỗi suất 2 triệu đồng.",
            "6": "Ra quân tại 18 tuyến phố.",
            "7": "Thành lập 12 đội hình.",
            "9": "* Số liệu của Huyện đoàn Cam Lộ.",  # Word repeats a custom mark in the note body
        },
    )
    _notes_part(d, "endnotes", {"2": "Theo báo cáo nhanh của các cơ sở."})
    return _bytes(d)


@pytest.fixture(scope="module")
def doc():
    return read(build_report(), name="bao-cao.docx")


def test_sniffed_as_docx(doc) -> None:
    assert doc.format == "docx"
    assert doc.source == "bao-cao.docx"
    assert doc.text == "\n\n".join(b.text for b in doc.blocks)
    assert doc.title == "Báo cáo Mùa hè xanh 2024"


def test_styles_and_numbering(doc) -> None:
    by_text = {b.text: b for b in doc.blocks}
    heading = by_text["Kết quả Chiến dịch Mùa hè xanh"]
    assert (heading.kind, heading.level) == ("heading", 1)
    first = by_text["1. Thời gian triển khai"]
    assert (first.kind, first.numbering) == ("paragraph", "1.")
    assert by_text["2. Địa bàn triển khai"].numbering == "2."
    assert by_text["Ảnh: Quang cảnh lễ ra quân"].kind == "caption"
    item = next(b for b in doc.blocks if b.text.startswith("Lễ ra quân"))
    assert (item.kind, item.numbering) == ("list_item", "-")


def test_line_break_starts_a_new_block(doc) -> None:
    texts = [b.text for b in doc.blocks]
    i = texts.index("Dòng thứ nhất")
    assert texts[i + 1] == "Dòng thứ hai sau ngắt dòng"


def test_footnotes_numbered_by_reference_order(doc) -> None:
    """Word ids 5, 7, 6 print as 1, 2, 3; a custom mark is kept; endnotes print as i, ii."""
    notes = {b.footnote_id: b.text for b in doc.blocks if b.kind == "footnote"}
    assert notes == {
        "1": "Trao 50 suất học bổng, mỗi suất 2 triệu đồng.",
        "2": "Thành lập 12 đội hình.",
        "3": "Ra quân tại 18 tuyến phố.",
        "*": "Số liệu của Huyện đoàn Cam Lộ.",
        "i": "Theo báo cáo nhanh của các cơ sở.",
    }
    # note bodies follow the body
    kinds = [b.kind for b in doc.blocks]
    assert kinds[-5:] == ["footnote"] * 5


def test_note_refs_at_reference_positions(doc) -> None:
    anchors = [(r.id, r.style, doc.text[: r.offset].split()[-1]) for r in doc.note_refs]
    assert anchors == [
        ("1", "word", "Lăng"),
        ("2", "word", "Linh"),
        ("3", "word", "Hà"),
        ("*", "word", "Lộ"),
        ("i", "word", "dân"),
    ]
    assert "Lộ." in doc.text
    assert "Lộ*" not in doc.text


def test_table_cells(doc) -> None:
    cells = {(b.row, b.col): b.text for b in doc.blocks if b.kind == "table_cell"}
    assert cells[(0, 0)] == "Đơn vị"
    assert cells[(1, 2)] == "150 triệu đồng"
    assert cells[(2, 0)] == "Tổng cộng"  # merged cell counted once
    assert (2, 1) not in cells
    assert cells[(2, 2)] == "240 triệu đồng"


def test_legacy_font_run_is_converted(doc) -> None:
    assert "Kết luận: hoàn thành chỉ tiêu." in doc.text
    assert any("tcvn3" in w for w in doc.warnings)


def test_same_text_as_text_export() -> None:
    """A .docx and the .txt export of the same report give the same blocks."""
    d = new_docx()
    d.add_paragraph("1. Công tác triển khai")
    p = d.add_paragraph("Toàn tỉnh có 86 đội hình tại huyện Vĩnh Linh")
    _ref(p, "2")
    p.add_run(" và thành phố Đông Hà.")
    d.add_paragraph("- Trồng 2.000 cây xanh;")
    _notes_part(d, "footnotes", {"2": "Thành lập 12 đội hình."})
    from_docx = read(_bytes(d))
    from_txt = read(
        "1. Công tác triển khai\n\nToàn tỉnh có 86 đội hình tại huyện Vĩnh Linh¹ và thành phố Đông Hà.\n\n"
        "- Trồng 2.000 cây xanh;\n\n¹ Thành lập 12 đội hình.\n"
    )
    assert [(b.kind, b.text, b.footnote_id) for b in from_docx.blocks] == [
        (b.kind, b.text, b.footnote_id) for b in from_txt.blocks
    ]
    assert [(r.id, r.offset) for r in from_docx.note_refs] == [(r.id, r.offset) for r in from_txt.note_refs]


def test_typed_superscript_digits_are_markers() -> None:
    """A report that types its markers as superscript runs (no Word footnotes)."""
    d = new_docx()
    p = d.add_paragraph("Huyện Cam Lộ")
    r = p.add_run("3")
    r.font.superscript = True
    p.add_run(" làm mới 200 m")
    r = p.add_run("2")
    r.font.superscript = True
    p.add_run(" sân chơi.")
    doc = read(_bytes(d))
    assert doc.blocks[0].text == "Huyện Cam Lộ làm mới 200 m² sân chơi."
    assert [(r.id, doc.text[: r.offset].split()[-1]) for r in doc.note_refs] == [("3", "Lộ")]


def test_deleted_revisions_are_left_out() -> None:
    d = new_docx()
    p = d.add_paragraph("Kinh phí ")
    p._p.append(
        parse_xml(f'<w:del {WNS} w:id="1" w:author="a"><w:r><w:delText>999 </w:delText></w:r></w:del>')
    )
    p.add_run("150 triệu đồng.")
    assert read(_bytes(d)).text == "Kinh phí 150 triệu đồng."
    assert qn("w:del")  # the namespace helper used above exists


def test_ws_is_collapsed() -> None:
    d = new_docx()
    d.add_paragraph("Tổng\tsố   125 đội hình")
    assert collapse_ws(read(_bytes(d)).text) == "Tổng số 125 đội hình"


def test_text_box_paragraphs_follow_their_anchor() -> None:
    """A text box (DrawingML with a VML fallback) is read once, after the paragraph holding it."""
    d = new_docx()
    p = d.add_paragraph("Trên đây là báo cáo kết quả.")
    box = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
        "<w:p><w:r><w:t>TM. BAN THƯỜNG VỤ TỈNH ĐOÀN</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>PHÓ BÍ THƯ</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox><w:txbxContent>"
        "<w:p><w:r><w:t>TM. BAN THƯỜNG VỤ TỈNH ĐOÀN</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>PHÓ BÍ THƯ</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    p._p.append(parse_xml(box))
    d.add_paragraph("Nơi nhận:")
    texts = [b.text for b in read(_bytes(d)).blocks]
    assert texts == ["Trên đây là báo cáo kết quả.", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "Nơi nhận:"]


def test_note_format_from_settings() -> None:
    """Endnotes numbered 1, 2 when the document settings say decimal (Word's default is i, ii)."""
    d = new_docx()
    d.settings.element.append(parse_xml(f'<w:endnotePr {WNS}><w:numFmt w:val="decimal"/></w:endnotePr>'))
    p = d.add_paragraph("Hỗ trợ 300 hồ sơ")
    _ref(p, "4", kind="endnote")
    _notes_part(d, "endnotes", {"4": "Theo số liệu của các xã."})
    doc = read(_bytes(d))
    assert [r.id for r in doc.note_refs] == ["1"]
    assert doc.blocks[-1].footnote_id == "1"
