"""Consistency checks for the authored news corpus (``corpora/n*``) and its gold files.

The documents under ``corpora/`` whose names start with ``n`` are original texts written for this
project in the genre of Youth Union news, bulletins and short reports; ``gold/<name>.json`` holds the
hand-checked annotation of each (format: ``../shared/spec/EXTRACTION-SPEC.md`` §5).  These tests do not
run the library: they check that the corpus and its gold agree with each other, so that a typo in a gold
value, a mis-copied evidence quote or a missing file fails here before it distorts an evaluation.

What "the text of a document" means for these checks:
- ``.txt`` / ``.md``: the file with markdown ``*`` removed and whitespace collapsed;
- ``.html``: the visible text with ``<script>``/``<style>`` dropped and tags stripped.
Evidence must also lie outside page furniture (photo captions, ``<nav>``, ``<header>``, ``<footer>``,
``<aside>``, ``<figcaption>``, forms), because figures there are not gold figures (spec §2.1).
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reportextract.evaluation.gold import CATEGORIES

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
GOLD = ROOT / "gold"

DOCS = sorted(p for p in CORPORA.glob("n*") if p.is_file())
GOLDS = sorted(GOLD.glob("n*.json"))

QUALIFIER_WORDS = {
    "more_than": ("hơn", "trên", "vượt", "ngoài"),
    "nearly": ("gần",),
    "about": ("khoảng", "chừng", "độ", "xấp xỉ", "ước"),
    "at_least": ("ít nhất", "tối thiểu", "không dưới", "từ", "-", "–"),
    "at_most": ("tối đa", "không quá", "dưới", "-", "–", "đến"),
}
METADATA_KEYS = {
    "doc_type",
    "title",
    "issuer",
    "scope",
    "number",
    "date",
    "event_dates",
    "references",
    "signer",
    "recipients",
}
DOC_TYPES = {"báo cáo", "kế hoạch", "công văn", "hướng dẫn", "thông báo", "bản tin", "tin"}
FIGURE_KEYS = {"unit", "value", "category", "qualifier", "measure", "footnote", "evidence"}

# Tags whose content is page furniture (never body text) and tags whose content is not text at all.
_FURNITURE_TAGS = {"nav", "header", "footer", "aside", "figcaption", "form", "button", "noscript"}
_SKIP_TAGS = {"head", "script", "style", "template"}
_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "section",
    "article",
    "figure",
    "ul",
    "ol",
    "table",
    "blockquote",
}


class _TextCollector(HTMLParser):
    """Collect the visible text of a page; with ``body_only`` also drop page furniture."""

    def __init__(self, body_only: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.body_only = body_only
        self.parts: list[str] = []
        self._skip_depth = 0

    def _skipped(self, tag: str) -> bool:
        return tag in _SKIP_TAGS or (self.body_only and tag in _FURNITURE_TAGS)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipped(tag):
            self._skip_depth += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skipped(tag) and self._skip_depth:
            self._skip_depth -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _is_caption_line(line: str) -> bool:
    """A photo caption or image stub in a text export (spec §1: not body text)."""
    s = line.strip()
    # A markdown table row ("| 1 | Đoàn xã A | 120 |") opens with the pipe too; a caption only ends with one.
    pipe_caption = s.endswith("|") and not s.startswith("|")
    return pipe_caption or bool(re.search(r"\bẢnh\s*:", s)) or s.startswith(("![", "(Ảnh"))


def document_text(path: Path, *, body_only: bool = False) -> str:
    """The document's text, whitespace-collapsed, markdown ``*`` and HTML tags removed.

    With ``body_only`` photo captions (text exports) and page furniture (HTML) are left out.
    """
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        collector = _TextCollector(body_only)
        collector.feed(raw)
        collector.close()
        return _collapse(html.unescape("".join(collector.parts)))
    lines = raw.splitlines()
    if body_only:
        lines = [ln for ln in lines if not _is_caption_line(ln)]
    return _collapse("\n".join(lines).replace("*", ""))


def clean_evidence(text: str) -> str:
    """Evidence and body_contains strings are compared like the document text."""
    return _collapse(text.replace("*", ""))


_NUM = r"[0-9]+(?:[.,][0-9]+)*"
_SCALES = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "vạn": 1e4, "nghìn": 1e3, "ngàn": 1e3}
_NUM_SCALE = re.compile(rf"(?<![0-9])({_NUM})(?![0-9])(?:\s*(tỷ|tỉ|triệu|vạn|nghìn|ngàn)(?!\w))?")


def _readings(token: str) -> set[float]:
    """Every value a Vietnamese digit string can mean ("1.025" → 1025 or 1.025; "1,025" → 1.025 or 1025)."""
    out = {float(token)} if token.isdigit() else set()
    for sep, dec in ((".", ","), (",", ".")):
        head, *groups = token.split(sep)
        if groups and all(len(g) == 3 for g in groups) and dec not in token:
            out.add(float(head + "".join(groups)))
    if token.count(",") == 1 and "." not in token:
        out.add(float(token.replace(",", ".")))
    if token.count(".") == 1 and "," not in token:
        out.add(float(token))
    if "." in token and token.count(",") == 1 and token.index(",") > token.rindex("."):
        out.add(float(token.replace(".", "").replace(",", ".")))
    return out


def values_in(text: str) -> set[float]:
    """Candidate values written with digits in ``text``, scaled by tỷ/triệu/nghìn/vạn and compounded
    ("3 tỷ 450 triệu" → 3450000000)."""
    found: set[float] = set()
    matches = list(_NUM_SCALE.finditer(text))
    for i, m in enumerate(matches):
        scale = _SCALES.get(m.group(2) or "", 1.0)
        base = {v * scale for v in _readings(m.group(1))}
        found |= base
        # compound amounts: each following number with a smaller scale word, only spaces between
        totals, prev_scale, j = base, scale, i + 1
        while scale > 1 and j < len(matches):
            nxt = matches[j]
            nxt_scale = _SCALES.get(nxt.group(2) or "", 1.0)
            if (
                text[matches[j - 1].end() : nxt.start()].strip()
                or not nxt.group(2)
                or nxt_scale >= prev_scale
            ):
                break
            totals = {t + v * nxt_scale for t in totals for v in _readings(nxt.group(1))}
            found |= totals
            prev_scale, j = nxt_scale, j + 1
        # the low end of a range shares the scale of the high end ("từ 300 đến 500 triệu đồng")
        if (
            not m.group(2)
            and i + 1 < len(matches)
            and matches[i + 1].group(2)
            and _RANGE_GAP.fullmatch(text[m.end() : matches[i + 1].start()])
        ):
            found |= {v * _SCALES[matches[i + 1].group(2)] for v in _readings(m.group(1))}
    return found


_RANGE_GAP = re.compile(r"\s*(?:đến|tới|-|–)\s*")
#: a table column header that scales its cells: money ("Kinh phí (triệu đồng)") or a count
#: ("ĐVTN tham gia (nghìn người)")
_COLUMN_SCALE = re.compile(r"\((tỷ|tỉ|triệu|nghìn|ngàn|vạn)\s+[^\W\d_][^()\n]{0,30}\)")


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _gold_for(doc: Path) -> Path:
    return GOLD / f"{doc.stem}.json"


def _figure_cases() -> list:
    cases = []
    for gpath in GOLDS:
        gold = _load(gpath)
        for i, fig in enumerate(gold.get("figures", [])):
            cases.append(pytest.param(gpath, gold["document"], fig, id=f"{gpath.stem}#{i}"))
    return cases


# ---------------------------------------------------------------------------------------------
# the checker itself (tables of examples: our own strings)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("đã triển khai 8.884 đội hình", 8884),
        ("trị giá hơn 17,5 tỉ đồng", 17_500_000_000),
        ("tổng kinh phí 3 tỷ 450 triệu đồng", 3_450_000_000),
        ("gồm 2 tỷ 350 triệu 500 nghìn đồng", 2_350_500_000),
        ("thu gom 3,5 tấn rác", 3.5),
        ("cho 1,025 người", 1025),
        ("tỷ lệ đạt 98,5%", 98.5),
        ("mỗi suất 500.000đ", 500_000),
        ("1,2 vạn lượt", 12_000),
        ("cụ thể: 01 tủ sách", 1),
    ],
)
def test_values_in_reads_vietnamese_numbers(text: str, value: float) -> None:
    assert any(_close(v, value) for v in values_in(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("đã triển khai 8.884 đội hình", 8848),  # a transposed digit must not pass
        ("trị giá hơn 17,5 tỉ đồng", 17_500_000),  # the wrong scale must not pass
        ("thu gom 3,5 tấn rác", 35),
    ],
)
def test_values_in_rejects_typos(text: str, value: float) -> None:
    assert not any(_close(v, value) for v in values_in(text))


@pytest.mark.parametrize(
    ("header", "scale"),
    [
        ("Kinh phí (triệu đồng)", "triệu"),
        ("ĐVTN tham gia (nghìn người)", "nghìn"),  # a count column is scaled too
        ("Lượt tiếp cận (triệu lượt)", "triệu"),
        ("Hướng dẫn cài đặt VNeID (người)", None),  # a counted noun alone scales nothing
        ("Năm (2024)", None),
    ],
)
def test_column_scale_headers(header: str, scale: str | None) -> None:
    m = _COLUMN_SCALE.search(header)
    assert (m.group(1) if m else None) == scale


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Đoàn viên ra quân dọn vệ sinh. |", True),
        ("Các đại biểu trao quà cho học sinh. Ảnh: MINH TRÍ", True),
        ("Toàn tỉnh có 120 đội hình tham gia.", False),
        ("| 1 | Đoàn xã Tân Phú | 120 |", False),
        ("|---|---|---|", False),
    ],
)
def test_caption_lines(line: str, caption: bool) -> None:
    assert _is_caption_line(line) is caption


# ---------------------------------------------------------------------------------------------
# corpus ↔ gold


def test_corpus_is_present() -> None:
    assert len(DOCS) >= 18, f"expected at least 18 authored documents, found {len(DOCS)}"
    assert sum(p.suffix == ".html" for p in DOCS) >= 4
    assert sum(p.suffix == ".md" for p in DOCS) >= 4


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_document_has_gold(doc: Path) -> None:
    assert re.fullmatch(r"n\d{2,3}_[a-z0-9_]+\.(txt|md|html)", doc.name), f"unexpected name {doc.name}"
    gpath = _gold_for(doc)
    assert gpath.exists(), f"{doc.name}: no gold file {gpath.name}"
    assert _load(gpath)["document"] == doc.name


@pytest.mark.parametrize("gpath", GOLDS, ids=lambda p: p.name)
def test_every_gold_names_an_existing_document(gpath: Path) -> None:
    gold = _load(gpath)
    assert gold["schema"] == "reportextract.gold/v1"
    doc = CORPORA / gold["document"]
    assert doc.exists(), f"{gpath.name} names {gold['document']}, which is not in corpora/"
    assert doc.stem == gpath.stem


@pytest.mark.parametrize("gpath", GOLDS, ids=lambda p: p.name)
def test_gold_shape(gpath: Path) -> None:
    gold = _load(gpath)
    meta = gold["metadata"]
    assert set(meta) == METADATA_KEYS
    assert meta["doc_type"] in DOC_TYPES
    assert meta["scope"], "every authored document has a scope"
    for d in ([meta["date"]] if meta["date"] else []) + meta["event_dates"]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d(/\d{4}-\d\d-\d\d)?", d), d
    for ref in meta["references"]:
        assert set(ref) == {"number", "date"}
    if meta["signer"] is not None:
        assert set(meta["signer"]) == {"name", "title"}
    if "hints" in gold:
        assert set(gold["hints"]) <= {"scope"}
        assert gold["hints"].get("scope", meta["scope"]) == meta["scope"]
    for sec in gold.get("sections", []):
        assert set(sec) == {"number", "title", "level"}
    figures = gold["figures"]
    assert figures, "every authored document has figures"
    for fig in figures:
        assert set(fig) == FIGURE_KEYS
        assert fig["category"] in CATEGORIES
        assert fig["qualifier"] in {None, *QUALIFIER_WORDS}
        assert fig["unit"], fig
        assert fig["measure"], fig
        assert fig["evidence"], fig
        assert isinstance(fig["value"], int | float), fig
        assert not isinstance(fig["value"], bool), fig
        # lower-cased, except acronyms such as "CTTN", "ĐVTN"
        assert all(w == w.lower() or w.isupper() for w in fig["measure"].split()), fig["measure"]


@pytest.mark.parametrize("gpath", GOLDS, ids=lambda p: p.name)
def test_body_contains_strings_are_in_the_body(gpath: Path) -> None:
    """A body_contains string is written in the document, possibly cut by what the extracted body
    leaves out: footnote markers, a footnote body or a page number dropped mid-sentence (spec §4)."""
    gold = _load(gpath)
    body = _NOTE_MARK.sub("", document_text(CORPORA / gold["document"], body_only=True))
    for s in gold.get("body_contains", []):
        words = clean_evidence(s).split()
        cut = r"\s+(?:.{0,600}?\s)?".join(re.escape(w) for w in words)
        assert clean_evidence(s) in body or re.search(cut, body, re.S), s


#: footnote markers in the text exports ("[2]", "²")
_NOTE_MARK = re.compile(r"\[\^?\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


@pytest.mark.parametrize(("gpath", "document", "fig"), _figure_cases())
def test_gold_figure_matches_its_document(gpath: Path, document: str, fig: dict) -> None:
    doc = CORPORA / document
    evidence = clean_evidence(fig["evidence"])
    full = document_text(doc)
    assert evidence in full, f"evidence not in {document}: {evidence!r}"
    body = document_text(doc, body_only=True)
    assert evidence in body, f"evidence only in page furniture or a caption: {evidence!r}"
    candidates = values_in(evidence)
    if evidence.startswith("|"):
        # a table cell: the column header may give the scale
        candidates |= {v * _SCALES[m.group(1)] for m in _COLUMN_SCALE.finditer(full) for v in set(candidates)}
    assert any(_close(v, fig["value"]) for v in candidates), (
        f"value {fig['value']} not written in evidence {evidence!r} (read: {sorted(candidates)})"
    )
    if fig["qualifier"] is not None:
        low = evidence.casefold()
        assert any(w in low for w in QUALIFIER_WORDS[fig["qualifier"]]), (
            f"qualifier {fig['qualifier']} has no cue word in {evidence!r}"
        )
