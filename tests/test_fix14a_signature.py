"""Signer names in PDFs of fix 14a (spec: signer name), on texts and layouts written for these tests.

* A PDF reader groups characters into lines by baseline and joins a group of small characters
  raised into a larger line as its superscript (a footnote marker). A whole line of smaller text
  set close under a larger one (a "Nơi nhận" recipient line beside the signer's name, a size
  smaller) is no superscript: it stays a line of its own.
* When the two columns are still read as one line, a rank and a name after the recipient's ";"
  are the signer, with or without a space after the ";" (no recipient starts with a rank).
"""

from __future__ import annotations

import pytest

from reportextract.readers.pdf import _Char, _group_lines
from reportextract.structure import segment
from structure_docs import make_doc


def _chars(text: str, x: float, top: float, size: float) -> list[_Char]:
    out = []
    for ch in text:
        w = size * 0.5
        out.append(_Char(ch, x, x + w, top, top + size, size))
        x += w
    return out


def test_a_smaller_line_close_under_a_larger_one_stays_a_line() -> None:
    # a body line of 12 pt makes 11.5 and 9.5 "small"; the recipient line's baseline lies inside
    # the name's line, 6 pt above its baseline
    chars = _chars("Các đoàn viên tham gia hoạt động tình nguyện hè.", 88, 300, 12)
    chars += _chars("- Hội Cựu chiến binh huyện (để phối hợp);", 88, 393.5, 9.5)
    chars += _chars("Đại úy Trần Văn Bình", 300, 397.5, 11.5)
    texts = [ln.text for ln in _group_lines(chars, 1)]
    assert "- Hội Cựu chiến binh huyện (để phối hợp);" in texts
    assert "Đại úy Trần Văn Bình" in texts


def test_a_small_raised_marker_is_still_a_superscript() -> None:
    # negative: a few small raised characters after a word join the line
    chars = _chars("Đoàn phường Tân An", 100, 100, 13) + _chars("12", 100 + 18 * 6.5, 97, 7.5)
    assert [ln.text for ln in _group_lines(chars, 1)] == ["Đoàn phường Tân An¹²"]


BODY = """BÁO CÁO

Kết quả công tác Đoàn năm 2025

Các chi đoàn đã tổ chức 24 buổi sinh hoạt chuyên đề với 610 lượt đoàn viên tham gia.

Trên đây là báo cáo kết quả công tác năm 2025."""


def _signature(glued: str) -> tuple[str | None, list[str]]:
    text = f"""{BODY}

Nơi nhận:
- Ban Thanh niên Quân khu (để b/c);
- Các chi đoàn trực thuộc;
TM. BAN CHẤP HÀNH
BÍ THƯ
{glued}
- Lưu VT."""
    md = segment(make_doc(text)).report.metadata
    assert md.signer is not None
    return md.signer.name, md.recipients


@pytest.mark.parametrize(
    "glued",
    [
        "- Hội Cựu chiến binh huyện (để phối hợp); Đại úy Trần Văn Bình",
        "- Hội Cựu chiến binh huyện (để phối hợp);Đại úy Trần Văn Bình",
        "- Hội Cựu chiến binh huyện (để phối hợp); Thượng úy Trần Văn Bình",
    ],
)
def test_a_rank_and_name_after_a_recipient_is_the_signer(glued: str) -> None:
    name, recipients = _signature(glued)
    assert name == "Trần Văn Bình"
    assert "Hội Cựu chiến binh huyện (để phối hợp)" in recipients


def test_a_next_recipient_after_a_space_is_no_signer() -> None:
    # negative: a capitalised recipient after "; " is the next recipient
    name, recipients = _signature("- Hội Cựu chiến binh huyện (để phối hợp); Ban Tuyên giáo Huyện ủy")
    assert name is None
    assert "Ban Tuyên giáo Huyện ủy" in recipients
