"""HTML reader on ``fixtures/readers/news.html``, a news page written for these tests.

The page has everything around an article that must not reach the text: menu, search form,
breadcrumb, sidebar, byline, share bar, tags, related links, comment box, footer, scripts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportextract.readers import read

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "readers"


@pytest.fixture(scope="module")
def doc():
    return read(FIXTURES / "news.html")


def test_headline(doc) -> None:
    assert doc.format == "html"
    assert doc.title == "Tuổi trẻ Quảng Trị ra quân Mùa hè xanh"
    assert (doc.blocks[0].kind, doc.blocks[0].text, doc.blocks[0].level) == ("heading", doc.title, 1)
    assert sum(b.text == doc.title for b in doc.blocks) == 1


@pytest.mark.parametrize(
    "furniture",
    [
        "Trang chủ",
        "Tìm kiếm",
        "Đọc nhiều",
        "Phóng viên Minh An",
        "Chia sẻ",
        "Từ khóa",
        "Tin liên quan",
        "300 sinh viên",
        "Ý kiến bạn đọc",
        "Bản quyền",
        "dataLayer",
        "font-family",
        "Đoàn - Hội",
    ],
)
def test_page_furniture_is_dropped(doc, furniture: str) -> None:
    assert furniture not in doc.text


def test_article_blocks(doc) -> None:
    kinds = {b.text: (b.kind, b.numbering) for b in doc.blocks}
    assert kinds["Các đội hình tình nguyện tại lễ ra quân. Ảnh: M.A"] == ("caption", None)
    assert kinds["Đoàn viên trồng cây xanh ven đường."] == ("caption", None)
    assert kinds["Những con số nổi bật"] == ("heading", None)
    assert kinds["Trồng 2.000 cây xanh;"] == ("list_item", "•")
    assert kinds["1. Hỗ trợ 300 hồ sơ dịch vụ công;"] == ("paragraph", "1.")
    assert kinds["2. Trao 50 suất học bổng."] == ("paragraph", "2.")
    lead = next(b for b in doc.blocks if b.text.startswith("Sáng 6/7"))
    assert "  " not in lead.text
    assert "\n" not in lead.text


def test_br_splits_and_sup_markers(doc) -> None:
    texts = [b.text for b in doc.blocks]
    first = "Trong đợt này, toàn tỉnh triển khai 125 đội hình, xây dựng 12 công trình thanh niên"
    assert f"{first} trị giá 1,5 tỷ đồng." in texts
    assert "Các đơn vị tiêu biểu gồm huyện Vĩnh Linh và thành phố Đông Hà." in texts
    assert [(r.id, doc.text[: r.offset].split()[-1]) for r in doc.note_refs] == [("1", "hình"), ("2", "Linh")]
    notes = {b.footnote_id: b.text for b in doc.blocks if b.kind == "footnote"}
    assert notes == {"1": "Gồm 80 đội hình cấp cơ sở.", "2": "Huyện đoàn Vĩnh Linh thành lập 12 đội hình."}


def test_table_cells(doc) -> None:
    cells = {(b.row, b.col): b.text for b in doc.blocks if b.kind == "table_cell"}
    assert cells == {(0, 0): "Đơn vị", (0, 1): "Đội hình", (1, 0): "Huyện đoàn Cam Lộ", (1, 1): "25"}


def test_offsets(doc) -> None:
    assert doc.text == "\n\n".join(b.text for b in doc.blocks)
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text


def test_declared_charset_and_sniffing() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        "<title>Tin ngắn</title></head><body><p>Huyện đoàn Hòa Vang hỗ trợ 30 hộ dân.</p></body></html>"
    )
    doc = read(_cp1258(html))
    assert doc.format == "html"
    assert doc.encoding == "windows-1258"
    assert "Huyện đoàn Hòa Vang hỗ trợ 30 hộ dân." in doc.text
    assert doc.title == "Tin ngắn"


def _cp1258(text: str) -> bytes:
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        out.append(
            unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            + "".join(c for c in d if c in tones)
        )
    return "".join(out).encode("cp1258")


def test_headline_from_title_without_h1() -> None:
    html = (
        "<html><head><title>Ra quân tình nguyện hè | Báo Tuổi trẻ Thủ đô</title></head><body>"
        "<div class='content'><p>"
        + "Nội dung bài viết về 20 đội hình tình nguyện. " * 8
        + "</p></div></body></html>"
    )
    doc = read(html)
    assert doc.title == "Ra quân tình nguyện hè"
    assert doc.blocks[0].kind == "heading"
    assert doc.blocks[1].text.startswith("Nội dung bài viết")


def test_layout_table_cells_are_read_as_text() -> None:
    html = (
        "<html><body><table><tr><td class='left'><a href='/'>Trang chủ</a></td><td>"
        "<h1>Huyện đoàn ra quân hè</h1><p>"
        + "Sáng 5/7, Huyện đoàn tổ chức ra quân với 300 đoàn viên. "
        * 4
        + "</p>"
        "<table><tr><th>Xã</th><th>Đội hình</th></tr><tr><td>Xã Vĩnh Thạnh</td><td>12</td></tr></table>"
        "</td></tr></table></body></html>"
    )
    doc = read(html)
    kinds = [(b.kind, b.text[:20]) for b in doc.blocks]
    assert ("heading", "Huyện đoàn ra quân h") in kinds
    assert any(k == "paragraph" and t.startswith("Sáng 5/7") for k, t in kinds)
    cells = {(b.row, b.col): b.text for b in doc.blocks if b.kind == "table_cell"}
    assert cells == {(0, 0): "Xã", (0, 1): "Đội hình", (1, 0): "Xã Vĩnh Thạnh", (1, 1): "12"}


def test_word_html_export_notes() -> None:
    """Word's "Save as web page": note links [1] in the text, note list after the main section."""
    html = (
        "<html><body><div class=WordSection1><p class=MsoNormal>"
        + "Tỉnh đoàn tổ chức ra quân hè. " * 5
        + "</p>"
        "<p class=MsoNormal>Các đơn vị tiêu biểu: huyện Cam Lộ<a href='#_ftn1' name='_ftnref1'>"
        "<span class=MsoFootnoteReference>[1]</span></a>, huyện Gio Linh<a href='#_ftn2' name='_ftnref2'>"
        "<span class=MsoFootnoteReference>[2]</span></a>.</p></div>"
        "<div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width='33%'>"
        "<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href='#_ftnref1' name='_ftn1'>"
        "<span class=MsoFootnoteReference>[1]</span></a> Thành lập 12 đội hình.</p></div>"
        "<div style='mso-element:footnote' id=ftn2><p class=MsoFootnoteText><a href='#_ftnref2' name='_ftn2'>"
        "<span class=MsoFootnoteReference>[2]</span></a> Trồng 600 cây xanh.</p></div></div></body></html>"
    )
    doc = read(html)
    notes = {b.footnote_id: b.text for b in doc.blocks if b.kind == "footnote"}
    assert notes == {"1": "Thành lập 12 đội hình.", "2": "Trồng 600 cây xanh."}
    assert [(r.id, doc.text[: r.offset].split()[-1]) for r in doc.note_refs] == [("1", "Lộ"), ("2", "Linh")]


def test_legacy_font_page_is_converted() -> None:
    from reportextract.readers import legacy

    body = "Tỉnh đoàn tổ chức lễ ra quân với 1.250 đoàn viên tham gia, trồng 2.000 cây xanh."
    glyphs = legacy.encode(body, "vni").decode("cp1252")
    html = (
        f'<html><body><div class="content"><p><font face="VNI-Times">{glyphs}</font></p></div></body></html>'
    )
    doc = read(html)
    assert doc.encoding == "vni"
    assert body in doc.text
