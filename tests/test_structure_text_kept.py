"""Never drop text: every word of a document's text ends up in the body, a footnote or a caption
(the header, title, signature and recipients stay in the body, marked by zones). Only page
furniture (page numbers, separators, image stubs, counters) may go.

Runs on every document in the repository's ``corpora/`` and, when present, on ``../shared/real``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import regex

from reportextract.readers import read
from reportextract.structure import _data, segment
from structure_docs import make_doc, words

ROOT = Path(__file__).resolve().parents[1]
FORMATS = {".txt", ".md", ".html", ".docx", ".pdf"}


def _docs() -> list[Path]:
    found: list[Path] = []
    for folder in (ROOT / "corpora", ROOT / "../shared/real/docs"):
        if folder.is_dir():
            found.extend(sorted(p for p in folder.iterdir() if p.suffix in FORMATS))
    return found


def _furniture_word(w: str, paged: bool) -> bool:
    """Separators may go anywhere; bare page numbers only in paged formats."""
    return bool(regex.fullmatch(r"[^\p{L}\p{N}]+", w) or (paged and regex.fullmatch(r"\d{1,4}", w)))


def _lost_words(doc_text: str, furniture: str, rep_texts: list[str], paged: bool = False) -> Counter[str]:
    kept = Counter(words(" ".join(rep_texts)))
    lost = Counter(words(doc_text)) - kept - Counter(words(furniture))
    return Counter({w: n for w, n in lost.items() if not _furniture_word(w, paged) and not _split(w, kept)})


def _split(w: str, kept: Counter[str]) -> bool:
    """A word glued in the source (a site label run into a headline, "XÃ HỘIĐồng Nai") that the
    structure split at the glue: both of its parts are kept."""
    def part(s: str) -> str:
        return regex.sub(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$", "", s)

    return any(part(w[:i]) in kept and part(w[i:]) in kept for i in range(1, len(w)))


def _stripped_lines(text: str) -> list[str]:
    return [ln.strip().strip("*_").strip() for ln in text.splitlines()]


def _is_site_furniture(line: str) -> bool:
    return any(kind == "site" and pat.match(line) for kind, pat in _data.furniture_patterns())


@pytest.mark.parametrize("path", _docs(), ids=lambda p: p.name)
def test_every_word_is_kept(path: Path) -> None:
    doc = read(str(path))
    rep = segment(doc).report
    furniture = " ".join(b.text for b in doc.blocks if b.kind == "furniture")
    # counters and share bars ("Lượt xem: 1.204 | Chia sẻ (18)"): whole lines of the site patterns
    furniture += " " + " ".join(ln for ln in _stripped_lines(doc.text) if _is_site_furniture(ln))
    texts = [rep.body, *(f.text for f in rep.footnotes), *rep.captions]
    lost = _lost_words(doc.text, furniture, texts, paged=doc.format == "pdf")
    assert not lost, f"{path.name}: words lost: {dict(lost)}"


def test_check_catches_a_dropped_paragraph() -> None:
    """The check itself: a report that lost a paragraph fails it."""
    doc = make_doc("Đoạn thứ nhất có 12 đội hình.\n\nĐoạn thứ hai có 30 công trình.")
    rep = segment(doc).report
    assert not _lost_words(doc.text, "", [rep.body])
    assert _lost_words(doc.text, "", [rep.body.split("\n\n")[0]])


def test_a_word_split_at_its_glue_is_kept_but_half_of_it_is_not() -> None:
    assert not _lost_words("XÃ HỘIĐồng Nai có 5 đội.", "", ["XÃ HỘI\nĐồng Nai có 5 đội."])
    assert _lost_words("XÃ HỘIĐồng Nai có 5 đội.", "", ["XÃ\nĐồng Nai có 5 đội."])


def test_structural_text_is_kept_in_zones() -> None:
    text = """BAN CHẤP HÀNH ĐOÀN TỈNH TRÀ VINH\tĐOÀN TNCS HỒ CHÍ MINH
Số: 20-BC/TĐTN\tTrà Vinh, ngày 02 tháng 5 năm 2024

BÁO CÁO

Kết quả Tháng Thanh niên năm 2024

Các cơ sở Đoàn ra quân với 40 đội hình¹.

¹ Trong đó 12 đội hình cấp tỉnh.

Nơi nhận:
- Lưu VP.

TM. BAN THƯỜNG VỤ
BÍ THƯ

Thạch Văn Sang"""
    doc = make_doc(text)
    seg = segment(doc)
    rep = seg.report
    assert not _lost_words(doc.text, "", [rep.body, *(f.text for f in rep.footnotes)])
    zoned = "".join(rep.body[z.start : z.end] for z in seg.zones)
    for piece in ("Số: 20-BC/TĐTN", "BÁO CÁO", "Kết quả Tháng Thanh niên", "Lưu VP", "Thạch Văn Sang"):
        assert piece in zoned
    assert "Các cơ sở Đoàn ra quân" not in zoned
