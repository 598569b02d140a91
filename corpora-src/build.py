"""Build the authored corpus: every ``corpora-src/cNN_*.md`` source becomes text exports, Word and
PDF files, web pages and a gold file.

Usage (from the repository root)::

    .venv/bin/python corpora-src/build.py                 # everything, into corpora/ and gold/
    .venv/bin/python corpora-src/build.py --only txt,md,html --out /tmp/x --gold-out /tmp/g
    .venv/bin/python corpora-src/build.py --audit c01     # list digit tokens no gold figure covers

The markup of the sources is described in ``corpora-src/README.md``. The build is deterministic:
the same sources give byte-identical txt/md/html/json; docx and pdf carry fixed timestamps.
Only the standard library is needed for txt/md/html/gold; docx needs python-docx, pdf needs
fpdf2 and the DejaVu Serif fonts, legacy encodings need ``reportextract.readers.legacy``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import re
import sys
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reportextract.evaluation.gold import CATEGORIES, QUALIFIERS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = HERE
CORPORA = ROOT / "corpora"
FIXED_TIME = dt.datetime(2026, 1, 1, 8, 0, 0, tzinfo=dt.UTC)
SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
INLINE = re.compile(r"(\[\^\d+\]|\[\[pb\]\])")
EMPH = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*")
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


class SourceError(Exception):
    """A source file breaks the markup or its gold does not check against its text."""


# --------------------------------------------------------------------------------------- parsing
@dataclass
class Block:
    """One block of the source document."""

    kind: str  # header type subject heading para list table recipients sign caption pb
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


@dataclass
class Source:
    """A parsed source: options, blocks, footnote bodies, and the gold block."""

    stem: str
    opts: dict[str, str]
    blocks: list[Block]
    notes: dict[str, str]
    gold: list[tuple[str, str]]

    @property
    def formats(self) -> list[str]:
        return self.opts.get("formats", "txt").split()

    def subject(self) -> str | None:
        return next((b.text for b in self.blocks if b.kind == "subject"), None)

    def doctype(self) -> str | None:
        return next((b.text for b in self.blocks if b.kind == "type"), None)


def parse_source(path: Path) -> Source:
    """Parse one ``cNN_*.md`` source (front matter, document markup, ``=== gold ===`` block)."""
    raw = path.read_text(encoding="utf-8")
    raw = unicodedata.normalize("NFC", raw)
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m:
        raise SourceError(f"{path.name}: missing front matter between --- lines")
    opts: dict[str, str] = {}
    for line in m.group(1).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            k, _, v = line.partition(":")
            opts[k.strip()] = v.split(" #", 1)[0].strip()
    rest = raw[m.end() :]
    doc_part, _, gold_part = rest.partition("\n=== gold ===\n")
    gold = []
    for line in gold_part.splitlines():
        if not line.strip() or line.startswith("%%"):
            continue
        if line.startswith("F "):
            gold.append(("F", line[2:].strip()))
        else:
            k, _, v = line.partition(":")
            gold.append((k.strip(), v.strip()))
    blocks: list[Block] = []
    notes: dict[str, str] = {}
    lines = doc_part.splitlines()
    i = 0
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("para", " ".join(s.strip() for s in para)))
            para.clear()

    while i < len(lines):
        line = lines[i]
        s = line.strip()
        if not s:
            flush()
            i += 1
            continue
        if s.startswith("%%"):
            i += 1
            continue
        fn = re.match(r"\[\^(\d+)\]:\s*(.*)", s)
        if fn:
            flush()
            notes[fn.group(1)] = fn.group(2)
            i += 1
            continue
        if s in ("::header", "::recipients", "::sign"):
            flush()
            kind = s[2:]
            body: list[str] = []
            i += 1
            while lines[i].strip() != "::end":
                body.append(lines[i].rstrip())
                i += 1
            i += 1
            if kind == "header":
                blocks.append(Block("header", rows=[[c.strip() for c in r.split("||")] for r in body]))
            else:
                blocks.append(Block(kind, lines=[b.strip() for b in body]))
            continue
        if s.startswith(("::type ", "::subject ", "::caption ")):
            flush()
            kind, _, text = s[2:].partition(" ")
            blocks.append(Block(kind, text.strip()))
            i += 1
            continue
        if s == "[[pb]]":
            flush()
            blocks.append(Block("pb"))
            i += 1
            continue
        h = re.match(r"(#{1,4}) (.*)", s)
        if h:
            flush()
            blocks.append(Block("heading", h.group(2).strip(), level=len(h.group(1))))
            i += 1
            continue
        if s.startswith("- "):
            flush()
            blocks.append(Block("list", s[2:].strip()))
            i += 1
            continue
        if s.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                r = lines[i].strip()
                if not re.fullmatch(r"\|[\s|:-]+\|", r):
                    rows.append([c.strip() for c in r.strip("|").split("|")])
                i += 1
            blocks.append(Block("table", rows=rows))
            continue
        para.append(line)
        i += 1
    flush()
    return Source(path.stem, opts, blocks, notes, gold)


# ------------------------------------------------------------------------------- inline helpers
def strip_emphasis(text: str) -> str:
    """Drop ``**`` and ``*`` emphasis marks."""
    return EMPH.sub(lambda m: m.group(1) or m.group(2), text)


def plain(text: str) -> str:
    """Inline markup, footnote references and page-break markers removed."""
    return strip_emphasis(re.sub(r"\[\^\d+\]|\[\[pb\]\]", "", text))


def sup(n: str) -> str:
    return n.translate(SUP)


def wrap(text: str, width: int) -> str:
    """Greedy word wrap with newlines (a subject line as a PDF-to-text export leaves it)."""
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------------------------ txt / md
def render_txt(src: Source) -> str:
    """The text export: superscript markers, footnote bodies dumped at each ``[[pb]]``."""
    keep_emph = src.opts.get("emphasis", "strip") == "keep"
    header_style = src.opts.get("header", "lines")
    wrap_at = int(src.opts.get("wrap_subject", "0") or 0)
    keep_captions = src.opts.get("captions", "drop") == "keep"
    out: list[str] = []
    pending: list[str] = []

    def emph(t: str) -> str:
        return t if keep_emph else strip_emphasis(t)

    def dump() -> None:
        out.extend(f"{sup(n)} {emph(src.notes[n])}" for n in pending)
        pending.clear()

    def inline(text: str, prefix: str = "") -> None:
        cur = prefix
        for tok in INLINE.split(text):
            if tok == "[[pb]]":
                out.append(cur.rstrip())
                dump()
                cur = ""
            elif tok.startswith("[^"):
                n = tok[2:-1]
                cur += sup(n)
                pending.append(n)
            else:
                cur += emph(tok) if cur else emph(tok).lstrip()
        if cur.strip():
            out.append(cur.rstrip())

    for b in src.blocks:
        if b.kind == "header":
            if header_style == "tabs":
                out.append("\n".join("\t".join(r).rstrip() for r in b.rows))
            elif header_style == "spaces":
                out.append(
                    "\n".join((r[0].ljust(48) + (r[1] if len(r) > 1 else "")).rstrip() for r in b.rows)
                )
            else:
                left = [r[0] for r in b.rows if r[0]]
                right = [r[1] for r in b.rows if len(r) > 1 and r[1]]
                out.append("\n".join(left))
                out.append("\n".join(right))
        elif b.kind == "type":
            out.append(b.text)
        elif b.kind == "subject":
            out.append(wrap(b.text, wrap_at) if wrap_at else b.text)
            if src.opts.get("posted"):
                out.append(src.opts["posted"])  # a saved page's text keeps its date line
        elif b.kind in ("heading", "para"):
            inline(b.text)
        elif b.kind == "list":
            inline(b.text, "- ")
        elif b.kind == "table":
            out.append("\n".join("\t".join(plain(c) for c in r) for r in b.rows))
        elif b.kind == "recipients":
            items = [f"- {ln};" for ln in b.lines]
            items[-1] = items[-1][:-1] + "."
            out.append("Nơi nhận:\n" + "\n".join(items))
        elif b.kind == "sign":
            out.append("\n".join(b.lines).replace("\n\n", "\n\n\n\n"))
        elif b.kind == "caption":
            if keep_captions:
                out.append(b.text)
        elif b.kind == "pb":
            dump()
    dump()
    return "\n\n".join(out) + "\n"


def render_md(src: Source) -> str:
    """A Markdown export (as pandoc writes it from Word): pandoc footnotes, pipe tables."""
    out: list[str] = []
    for b in src.blocks:
        t = b.text.replace("[[pb]]", "").replace("  ", " ")
        if b.kind == "header":
            rows = [[c.replace("*", "\\*") for c in ([*r, ""][:2] if len(r) < 2 else r)] for r in b.rows]
            out.append(
                "\n".join(
                    [f"| {rows[0][0]} | {rows[0][1]} |", "|---|---|"]
                    + [f"| {r[0]} | {r[1]} |" for r in rows[1:]]
                )
            )
        elif b.kind in {"type", "subject"}:
            out.append(f"**{b.text}**")
        elif b.kind == "heading":
            out.append("#" * b.level + " " + t)
        elif b.kind == "para":
            out.append(t)
        elif b.kind == "list":
            out.append("- " + t)
        elif b.kind == "table":
            head, *body = b.rows
            out.append(
                "\n".join(
                    ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
                    + ["| " + " | ".join(r) + " |" for r in body]
                )
            )
        elif b.kind == "recipients":
            items = [f"- {ln};" for ln in b.lines]
            items[-1] = items[-1][:-1] + "."
            out.append("***Nơi nhận:***\n\n" + "\n".join(items))
        elif b.kind == "sign":
            out.append("\n\n".join(f"**{ln}**" if ln == ln.upper() else ln for ln in b.lines if ln))
        elif b.kind == "caption":
            out.append(f"![{b.text}](anh.jpg)")
    # merge list items into one markdown list
    merged: list[str] = []
    for chunk in out:
        if merged and chunk.startswith("- ") and merged[-1].startswith("- ") and "\n" not in chunk:
            merged[-1] += "\n" + chunk
        else:
            merged.append(chunk)
    notes = [f"[^{n}]: {src.notes[n]}" for n in sorted(src.notes, key=int)]
    return "\n\n".join(merged + notes) + "\n"


# ------------------------------------------------------------------------------------------ html
def _html_inline(text: str) -> str:
    t = html.escape(text.replace("[[pb]]", ""), quote=False)
    t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"\*(.+?)\*", r"<em>\1</em>", t)
    return re.sub(r"\[\^(\d+)\]", r'<sup><a href="#fn\1" id="ref\1">\1</a></sup>', t)


def render_html(src: Source) -> str:
    """A saved web page: menu, scripts, byline, figure with caption, related links, footer."""
    site = src.opts.get("site", "Tỉnh đoàn")
    posted = src.opts.get("posted", "")
    views = src.opts.get("views", "0")
    title = src.subject() or ""
    body: list[str] = []
    for b in src.blocks:
        if b.kind == "para":
            body.append(f"<p>{_html_inline(b.text)}</p>")
        elif b.kind == "heading":
            body.append(f"<h3>{_html_inline(b.text)}</h3>")
        elif b.kind == "list":
            body.append(f"<ul><li>{_html_inline(b.text)}</li></ul>")
        elif b.kind == "caption":
            body.append(
                '<figure class="image"><img src="/uploads/anh-hoat-dong.jpg" alt="">'
                f"<figcaption>{html.escape(b.text)}</figcaption></figure>"
            )
        elif b.kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(plain(c))}</td>" for c in r) + "</tr>" for r in b.rows
            )
            body.append(f"<table>{rows}</table>")
    if src.notes:
        items = "".join(
            f'<li id="fn{n}">{_html_inline(src.notes[n])}</li>' for n in sorted(src.notes, key=int)
        )
        body.append(f'<ol class="footnotes">{items}</ol>')
    related = [x.strip() for x in src.opts.get("related", "").split(";") if x.strip()]
    rel = "".join(
        f'<li><a href="/tin-tuc/{i}.html">{html.escape(r)}</a></li>' for i, r in enumerate(related, 1)
    )
    lead = ""
    if src.opts.get("lead"):
        lead = f'<p class="sapo"><strong>{html.escape(src.opts["lead"])}</strong></p>'
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} - {html.escape(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.css">
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-0000000');
</script>
<script src="/static/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<header class="site-header">
<div class="logo"><a href="/">{html.escape(site)}</a></div>
<nav class="menu"><ul>
<li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li><a href="/phong-trao">Phong trào 3 trẻ</a></li>
<li><a href="/chuyen-doi-so">Chuyển đổi số</a></li>
<li><a href="/van-ban">Văn bản (125)</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul></nav>
</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức - Sự kiện</a></div>
<main>
<article class="post">
<h1 class="post-title">{html.escape(title)}</h1>
<div class="post-meta"><span class="date">{html.escape(posted)}</span> |
<span class="views">Lượt xem: {html.escape(views)}</span></div>
{lead}
<div class="post-content">
{chr(10).join(body)}
</div>
<p class="author">{html.escape(src.opts.get("byline", ""))}</p>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
</article>
<section class="comments"><h4>Ý kiến bạn đọc (0)</h4></section>
<aside class="related"><h4>Tin liên quan</h4><ul>{rel}</ul></aside>
</main>
<footer class="site-footer">
<p>Cơ quan chủ quản: {html.escape(site)}. Giấy phép số 12/GP-TTĐT cấp ngày 05/3/2021.</p>
<p>Điện thoại: 0263 3822 456 - Email: vanphong@doanthanhnien.example.vn</p>
<p>Đang truy cập: 37 - Tổng lượt truy cập: 1.204.518</p>
</footer>
<script>
document.querySelectorAll('.menu a').forEach(function(a){{a.addEventListener('click', function(){{}});}});
</script>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------ gold
NUM = re.compile(
    r"(?<![\d/])(\d+(?:[.,]\d+)*)(?:\s*(tỷ|tỉ|triệu|nghìn|ngàn|vạn)(?!\w)(?:\s+(\d+)\s*(triệu|nghìn|ngàn)(?!\w))?"
    r"(?:\s+(\d+)\s*(nghìn|ngàn)(?!\w))?)?(?![\d/])"
)
SCALE = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 1000, "ngàn": 1000, "vạn": 10000}


def _num(surface: str, scaled: bool) -> float:
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", surface):
        return float(surface.replace(".", ""))
    if "," in surface:
        return float(surface.replace(".", "").replace(",", "."))
    if scaled or re.fullmatch(r"\d+\.\d{1,2}", surface):
        return float(surface)
    return float(surface.replace(".", ""))


def numbers_in(text: str) -> list[tuple[float, int, int]]:
    """(value, start, end) of every digit number in `text`, scale words applied (a checking aid)."""
    found = []
    for m in NUM.finditer(text):
        v = _num(m.group(1), bool(m.group(2)))
        if m.group(2):
            v *= SCALE[m.group(2)]
            if m.group(3):
                v += float(m.group(3)) * SCALE[m.group(4)]
            if m.group(5):
                v += float(m.group(5)) * SCALE[m.group(6)]
        found.append((v, m.start(), m.end()))
    return found


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def body_and_notes(src: Source) -> tuple[str, dict[str, str]]:
    """The plain body text (paragraph-joined) and footnote texts, as the gold checks them."""
    parts = []
    for b in src.blocks:
        if b.kind in ("para", "heading", "list", "subject", "type"):
            parts.append(plain(b.text))
        elif b.kind == "table":
            parts.extend(" ".join(plain(c) for c in r) for r in b.rows)
    return "\n\n".join(parts), {n: plain(t) for n, t in src.notes.items()}


def anchor_of(src: Source, n: str) -> str:
    """The words before marker ``[^n]``: back to the last comma/colon, at most 4 words."""
    for b in src.blocks:
        i = b.text.find(f"[^{n}]")
        if i >= 0:
            before = plain(b.text[:i]).rstrip()
            before = re.split(r"[,;:(“”\"]", before)[-1]
            words = before.split()
            return " ".join(words[-4:]).strip(" .")
    raise SourceError(f"{src.stem}: footnote {n} has no marker")


def build_gold(src: Source, document: str) -> tuple[dict, list[str]]:
    """The gold JSON for `src` and a list of problems found while checking it against the text."""
    problems: list[str] = []
    g: dict[str, list[str]] = {}
    figs: list[str] = []
    for k, v in src.gold:
        if k == "F":
            figs.append(v)
        else:
            g.setdefault(k, []).append(v)

    def one(k: str, default: str | None = None) -> str | None:
        v = g.get(k, [default])[0]
        return None if v in (None, "null", "") else v

    title = one("title", "auto")
    if title == "auto":
        title = src.subject()
    refs = []
    for r in (one("references") or "").split(";"):
        if r.strip():
            num, _, date = r.partition("@")
            refs.append(
                {"number": num.strip(), "date": None if date.strip() in ("", "null") else date.strip()}
            )
    signer = None
    if one("signer"):
        name, _, stitle = one("signer").partition("|")
        signer = {"name": name.strip(), "title": stitle.strip()}
    recipients: list[str] = []
    for b in src.blocks:
        if b.kind == "recipients":
            recipients = list(b.lines)
    metadata = {
        "doc_type": one("doc_type"),
        "title": title,
        "issuer": one("issuer"),
        "scope": one("scope"),
        "number": one("number"),
        "date": one("date"),
        "event_dates": [d.strip() for d in (one("event_dates") or "").split(";") if d.strip()],
        "references": refs,
        "signer": signer,
        "recipients": recipients,
    }
    sections = []
    for b in src.blocks:
        if b.kind == "heading":
            t = plain(b.text)
            m = re.match(r"([IVX]+|\d+(?:\.\d+)*|[a-zđ])\s*[./)]?\s+(.*)", t)
            if m:
                sections.append({"number": m.group(1), "title": m.group(2).rstrip(" :"), "level": b.level})
    footnotes = [
        {"id": n, "anchor": anchor_of(src, n), "starts": " ".join(plain(src.notes[n]).split()[:6])}
        for n in sorted(src.notes, key=int)
    ]
    body, notes = body_and_notes(src)
    contains = list(g.get("body_contains", []))
    # every page break that falls inside a paragraph must be joined again
    for b in src.blocks:
        if b.kind in ("para", "list") and "[[pb]]" in b.text:
            left, right = b.text.split("[[pb]]", 1)
            lw = plain(left).split()[-4:]
            rw = plain(right).split()[:4]
            contains.append(" ".join(lw + rw))
    problems.extend(f"body_contains not in body: {c!r}" for c in contains if _ws(c) not in _ws(body))
    figures = []
    wbody = _ws(body)
    wnotes = {n: _ws(t) for n, t in notes.items()}
    default_unit = metadata["scope"]
    for line in figs:
        parts = [p.strip() for p in line.split("|")]
        if len(parts) not in (6, 7):
            problems.append(f"figure line needs 6 or 7 fields: {line}")
            continue
        unit, value_s, cat, qual, measure, evidence = parts[:6]
        where = parts[6] if len(parts) == 7 else None
        unit = unit or default_unit
        value: float | int = float(value_s.replace("_", ""))
        if value == int(value):
            value = int(value)
        if cat not in CATEGORIES:
            problems.append(f"bad category {cat}: {line}")
        q = None if qual in ("-", "") else qual
        if q is not None and q not in QUALIFIERS:
            problems.append(f"bad qualifier {qual}: {line}")
        ev = _ws(evidence)
        hits = (["body"] if ev in wbody else []) + [n for n, t in wnotes.items() if ev in t]
        if where is not None:
            hits = [h for h in hits if h == (where[3:] if where.startswith("fn:") else "body")]
        if not hits:
            problems.append(f"evidence not found: {evidence!r}")
            fn = None
        else:
            if len(hits) > 1:
                problems.append(f"evidence ambiguous {hits}: {evidence!r}")
            fn = None if hits[0] == "body" else hits[0]
        read = [v for v, _, _ in numbers_in(ev)]
        read += [float(x.replace(",", "")) for x in re.findall(r"\d{1,3}(?:,\d{3})+(?![\d,])", ev)] + [
            float(x) for x in re.findall(r"(?<=/)\d+|\d+(?=/\d+ )", ev)
        ]
        # a table column "(triệu đồng)": the scale word is not in the evidence ("Toàn tỉnh" is no "tỉ")
        if "triệu đồng" in measure and not re.search(r"(?<!\w)(?:triệu|tỷ|tỉ)(?!\w)", ev):
            read = [v * 10**6 for v in read]
        if not any(abs(v - value) <= 1e-6 * max(1, abs(value)) for v in read):
            problems.append(f"value {value} not read in evidence {evidence!r}")
        if measure != measure.lower() and not re.search(r"[A-ZĐ]{2}|Đoàn|CLB|VNeID|Zalo", measure):
            problems.append(f"measure not lower-cased: {measure!r}")
        figures.append(
            {
                "unit": unit,
                "value": value,
                "category": cat,
                "qualifier": q,
                "measure": measure,
                "footnote": fn,
                "evidence": evidence,
            }
        )
    gold: dict = {"schema": "reportextract.gold/v1", "document": document, "metadata": metadata}
    if g.get("hints.scope"):
        gold["hints"] = {"scope": g["hints.scope"][0]}
    gold.update({"sections": sections, "footnotes": footnotes, "body_contains": contains, "figures": figures})
    if g.get("note"):
        gold["notes"] = g["note"]
    return gold, problems


def audit(src: Source, gold: dict) -> list[str]:
    """Digit numbers in body/footnotes that no gold figure's evidence covers (for a human to check)."""
    body, notes = body_and_notes(src)
    texts = {"body": _ws(body), **{n: _ws(t) for n, t in notes.items()}}
    covered: dict[str, set[int]] = {k: set() for k in texts}
    for f in gold["figures"]:
        key = f["footnote"] or "body"
        t, ev = texts[key], _ws(f["evidence"])
        for m in re.finditer(re.escape(ev), t):
            for v, s, _e in numbers_in(ev):
                if abs(v - f["value"]) <= 1e-6 * max(1, abs(f["value"])):
                    covered[key].add(m.start() + s)
                    break
    out = []
    for key, t in texts.items():
        for _v, s, e in numbers_in(t):
            if s not in covered[key]:
                out.append(f"  [{key}] …{t[max(0, s - 40) : s]}⟦{t[s:e]}⟧{t[e : e + 30]}…")
    return out


# ------------------------------------------------------------------------------------------ docx
def render_docx(src: Source, path: Path) -> None:
    """A Word file: header table, heading/list styles, Word tables and real footnotes."""
    from docx import Document  # noqa: PLC0415 - optional dependency, imported where used
    from docx.enum.style import WD_STYLE_TYPE  # noqa: PLC0415 - optional dependency, imported where used
    from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: PLC0415 - optional dependency, imported where used
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: PLC0415 - optional dependency, imported where used
    from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: PLC0415 - optional dependency, imported where used
    from docx.opc.packuri import PackURI  # noqa: PLC0415 - optional dependency, imported where used
    from docx.opc.part import Part  # noqa: PLC0415 - optional dependency, imported where used
    from docx.oxml import parse_xml  # noqa: PLC0415 - optional dependency, imported where used
    from docx.oxml.ns import nsdecls  # noqa: PLC0415 - optional dependency, imported where used
    from docx.shared import Mm, Pt  # noqa: PLC0415 - optional dependency, imported where used

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(30), Mm(20), Mm(20), Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    fn_text = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    fn_text.base_style = normal
    fn_text.font.size = Pt(10)
    fn_ref = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fn_ref.font.superscript = True
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        st = doc.styles[name]
        st.font.name, st.font.size, st.font.bold, st.font.italic = "Times New Roman", Pt(13), True, False
        st.font.color.rgb = None

    def add_runs(p, text: str) -> None:
        for tok in INLINE.split(text):
            if tok == "[[pb]]" or not tok:
                continue
            if tok.startswith("[^"):
                r = p.add_run()
                r.style = fn_ref
                r._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{tok[2:-1]}"/>'))
                continue
            pos = 0
            for m in EMPH.finditer(tok):
                if m.start() > pos:
                    p.add_run(tok[pos : m.start()])
                r = p.add_run(m.group(1) or m.group(2))
                r.bold = bool(m.group(1))
                r.italic = bool(m.group(2))
                pos = m.end()
            if pos < len(tok):
                p.add_run(tok[pos:])

    def no_borders(table) -> None:
        tbl_pr = table._tbl.tblPr
        tbl_pr.append(
            parse_xml(
                f"<w:tblBorders {nsdecls('w')}>"
                + "".join(
                    f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")
                )
                + "</w:tblBorders>"
            )
        )

    for b in src.blocks:
        if b.kind == "header":
            t = doc.add_table(rows=len(b.rows), cols=2)
            no_borders(t)
            for i, r in enumerate(b.rows):
                for j in range(2):
                    cell = t.cell(i, j)
                    p = cell.paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    txt = r[j] if j < len(r) else ""
                    run = p.add_run(txt)
                    run.bold = bool(txt) and (txt == txt.upper()) and not txt.startswith("Số")
                    run.italic = ", ngày" in txt
                    run.font.size = Pt(12 if txt.startswith("Số") else 13)
        elif b.kind == "type":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b.text)
            r.bold, r.font.size = True, Pt(15)
        elif b.kind == "subject":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(b.text).bold = True
        elif b.kind == "heading":
            p = doc.add_paragraph(style=f"Heading {min(b.level, 3)}")
            add_runs(p, b.text)
        elif b.kind == "para":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Mm(10)
            add_runs(p, b.text)
        elif b.kind == "list":
            p = doc.add_paragraph(style="List Bullet")
            add_runs(p, b.text)
        elif b.kind == "table":
            t = doc.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, r in enumerate(b.rows):
                for j, c in enumerate(r):
                    p = t.cell(i, j).paragraphs[0]
                    run = p.add_run(plain(c))
                    run.bold = i == 0
                    run.font.size = Pt(11)
            doc.add_paragraph()
        elif b.kind == "recipients":
            rec = b
        elif b.kind == "sign":
            t = doc.add_table(rows=1, cols=2)
            no_borders(t)
            left = t.cell(0, 0).paragraphs[0]
            r = left.add_run("Nơi nhận:")
            r.bold, r.italic, r.font.size = True, True, Pt(12)
            lines = [f"- {ln};" for ln in rec.lines] if "rec" in locals() else []
            if lines:
                lines[-1] = lines[-1][:-1] + "."
            for ln in lines:
                q = t.cell(0, 0).add_paragraph()
                q.add_run(ln).font.size = Pt(11)
            right = t.cell(0, 1)
            first = True
            for ln in b.lines:
                q = right.paragraphs[0] if first else right.add_paragraph()
                first = False
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = q.add_run(ln)
                run.bold = ln == ln.upper() or ln == b.lines[-1]
                run.italic = ln.startswith("(")
        elif b.kind == "caption":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b.text)
            r.italic, r.font.size = True, Pt(11)
    if src.notes:
        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        parts = [
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{w}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            (
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                "</w:r></w:p></w:footnote>"
            ),
        ]
        for n in sorted(src.notes, key=int):
            runs = []
            pos, tok = 0, src.notes[n]
            for m in EMPH.finditer(tok):
                runs.append(("", tok[pos : m.start()]))
                runs.append(("<w:b/>" if m.group(1) else "<w:i/>", m.group(1) or m.group(2)))
                pos = m.end()
            runs.append(("", tok[pos:]))
            body = "".join(
                f'<w:r><w:rPr>{rp}</w:rPr><w:t xml:space="preserve">{html.escape(t, quote=False)}</w:t></w:r>'
                for rp, t in runs
                if t
            )
            parts.append(
                f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{body}</w:p></w:footnote>'
            )
        parts.append("</w:footnotes>")
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            "".join(parts).encode("utf-8"),
            doc.part.package,
        )
        doc.part.relate_to(part, RT.FOOTNOTES)
        settings = doc.settings.element
        fpr = parse_xml(
            f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        )
        compat = settings.find(f"{{{w}}}compat")
        if compat is not None:
            compat.addprevious(fpr)
        else:
            settings.append(fpr)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = src.opts.get("author", "Văn phòng")
    cp.created = cp.modified = FIXED_TIME.replace(tzinfo=None)
    cp.revision = 1
    cp.title = src.subject() or ""
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """Re-pack a zip with fixed member timestamps and order, so builds are byte-identical."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------------------------------- pdf
def find_font(name: str) -> Path:
    for d in FONT_DIRS:
        if (d / name).exists():
            return d / name
    raise SourceError(f"font {name} not found: apt-get install fonts-dejavu-core (see corpora-src/README.md)")


def render_pdf(src: Source, path: Path) -> None:
    """A text PDF: own line layout so footnotes sit at the bottom of the page that cites them."""
    from fpdf import FPDF  # noqa: PLC0415 - optional dependency, imported where used

    running = src.opts.get("running_header", src.doctype() or "")

    class PDF(FPDF):
        def header(self) -> None:
            if self.page_no() > 1 and running:
                self.set_font("Serif", "I", 9)
                self.set_xy(30, 10)
                self.cell(160, 5, running, align="C")

        def footer(self) -> None:
            self.set_font("Serif", "", 9)
            self.set_xy(30, 284)
            self.cell(160, 5, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = PDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_producer("reportextract corpora-src/build.py (fpdf2)")
    pdf.set_creator("corpora-src/build.py")
    pdf.set_title(src.subject() or src.stem)
    pdf.add_font("Serif", "", str(find_font("DejaVuSerif.ttf")))
    pdf.add_font("Serif", "B", str(find_font("DejaVuSerif-Bold.ttf")))
    pdf.add_font("Serif", "I", str(find_font("DejaVuSerif-Italic.ttf")))
    pdf.add_font("Serif", "BI", str(find_font("DejaVuSerif-BoldItalic.ttf")))
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    left, width, top, bottom = 30.0, 160.0, 20.0, 278.0
    body_size, note_size, lh, nlh = 12.0, 9.5, 6.2, 4.6
    state = {"notes": [], "y": top}

    def note_lines(n: str) -> list[list[tuple[str, str, float]]]:
        return layout(
            [("S", n, note_size), ("", " ", note_size)]
            + [(s, t, note_size) for s, t in runs_of(src.notes[n])],
            width,
        )

    def notes_height(ns: list[str]) -> float:
        return sum(len(note_lines(n)) * nlh for n in ns) + (3 if ns else 0)

    def new_page() -> None:
        if pdf.page_no() > 0:
            flush_notes()
        pdf.add_page()
        state["notes"] = []
        state["y"] = top

    def flush_notes() -> None:
        ns = state["notes"]
        if not ns:
            return
        y = bottom - notes_height(ns) + 3
        pdf.set_draw_color(0, 0, 0)
        pdf.line(left, y - 1.5, left + 50, y - 1.5)
        for n in ns:
            for ln in note_lines(n):
                draw_line(ln, left, y, nlh)
                y += nlh

    def runs_of(text: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for tok in INLINE.split(text):
            if tok == "[[pb]]" or not tok:
                continue
            if tok.startswith("[^"):
                out.append(("S", tok[2:-1]))
                continue
            pos = 0
            for m in EMPH.finditer(tok):
                out.append(("", tok[pos : m.start()]))
                out.append(("B" if m.group(1) else "I", m.group(1) or m.group(2)))
                pos = m.end()
            out.append(("", tok[pos:]))
        return [r for r in out if r[1]]

    def width_of(style: str, text: str, size: float) -> float:
        if style == "S":
            pdf.set_font("Serif", "", size * 0.62)
        else:
            pdf.set_font("Serif", style, size)
        return pdf.get_string_width(text)

    def layout(
        runs: list[tuple[str, str, float]], w: float, indent: float = 0
    ) -> list[list[tuple[str, str, float]]]:
        """Greedy line breaking of styled runs; a marker sticks to the word before it."""
        words: list[list[tuple[str, str, float]]] = []  # each word: styled pieces with no space inside
        glue = False
        for style, text, size in runs:
            if style == "S":
                if words:
                    words[-1].append((style, text, size))
                else:
                    words.append([(style, text, size)])
                glue = True
                continue
            for i, piece in enumerate(text.split(" ")):
                if i > 0:
                    glue = False
                if not piece:
                    continue
                if glue and words:
                    words[-1].append((style, piece, size))
                else:
                    words.append([(style, piece, size)])
                glue = True
        lines: list[list[tuple[str, str, float]]] = []
        cur: list[tuple[str, str, float]] = []
        cur_w = indent
        for word in words:
            ww = sum(width_of(s, t, z) for s, t, z in word)
            spw = width_of("", " ", word[0][2]) if cur else 0
            if cur and cur_w + spw + ww > w:
                lines.append(cur)
                cur, cur_w, spw = [], 0, 0
            if cur:
                cur.append(("", " ", word[0][2]))
            cur.extend(word)
            cur_w += spw + ww
        if cur:
            lines.append(cur)
        return lines

    def draw_line(line: list[tuple[str, str, float]], x: float, y: float, h: float) -> None:
        for style, text, size in line:
            if style == "S":
                pdf.set_font("Serif", "", size * 0.62)
                pdf.set_xy(x, y - size * 0.12)
            else:
                pdf.set_font("Serif", style, size)
                pdf.set_xy(x, y)
            wdt = pdf.get_string_width(text)
            pdf.cell(wdt, h, text)
            x += wdt

    def place(line: list[tuple[str, str, float]], x: float, h: float) -> None:
        refs = [t for s, t, _ in line if s == "S"]
        need = h + notes_height(state["notes"] + refs) - notes_height(state["notes"])
        if state["y"] + h + notes_height(state["notes"]) + need - h > bottom:
            new_page()
        state["notes"] += refs
        draw_line(line, x, state["y"], h)
        state["y"] += h

    def paragraph(
        text: str,
        style: str = "",
        size: float = body_size,
        indent: float = 10,
        align: str = "L",
        *,
        prefix: str = "",
        after: float = 1.5,
    ) -> None:
        runs = [
            (style if s == "" else ("BI" if style == "B" and s == "I" else s), t, size)
            for s, t in runs_of(text)
        ]
        if prefix:
            runs.insert(0, (style, prefix, size))
        lines = layout(runs, width, indent)
        for i, ln in enumerate(lines):
            x = left + (indent if i == 0 else 0)
            if align == "C":
                lw = sum(width_of(s, t, z) for s, t, z in ln)
                x = left + (width - lw) / 2
            place(ln, x, lh)
        state["y"] += after

    new_page()
    rec_lines: list[str] = []
    for b in src.blocks:
        if b.kind == "header":
            for r in b.rows:
                for j, txt in enumerate(r[:2]):
                    if not txt:
                        continue
                    bold = txt == txt.upper() and not txt.startswith("Số")
                    pdf.set_font("Serif", "B" if bold else ("I" if ", ngày" in txt else ""), 11)
                    pdf.set_xy(left - 12 + j * 86, state["y"])
                    pdf.cell(80, 5.5, txt, align="C")
                state["y"] += 5.5
            state["y"] += 6
        elif b.kind == "type":
            paragraph(b.text, "B", 14, 0, "C", after=0)
        elif b.kind == "subject":
            paragraph(b.text, "B", body_size, 0, "C", after=5)
        elif b.kind == "heading":
            paragraph(b.text, "B", body_size, 0 if b.level == 1 else 5)
        elif b.kind == "para":
            paragraph(b.text)
        elif b.kind == "list":
            paragraph(b.text, prefix="- ")
        elif b.kind == "caption":
            paragraph(b.text, "I", 10, 0, "C")
        elif b.kind == "table":
            ncol = len(b.rows[0])
            size = 9.5
            while True:
                widths = []
                for j in range(ncol):
                    cells = [plain(r[j]) for r in b.rows if j < len(r)]
                    widths.append(max(width_of("B", c, size) for c in cells) + 3)
                if sum(widths) <= width or size <= 7:
                    break
                size -= 0.5
            widths = [w * width / sum(widths) for w in widths]
            for i, r in enumerate(b.rows):
                if state["y"] + 7 + notes_height(state["notes"]) > bottom:
                    new_page()
                x = left
                for j, c in enumerate(r):
                    pdf.set_font("Serif", "B" if i == 0 else "", size)
                    pdf.set_xy(x, state["y"])
                    pdf.cell(widths[j], 7, plain(c), border=1, align="L" if j == 1 or ncol == 2 else "C")
                    x += widths[j]
                state["y"] += 7
            state["y"] += 3
        elif b.kind == "recipients":
            rec_lines = b.lines
        elif b.kind == "sign":
            items = [f"- {ln};" for ln in rec_lines]
            if items:
                items[-1] = items[-1][:-1] + "."
            block_h = max(len(items) * 4.8 + 6, len(b.lines) * 5.5)
            if state["y"] + 4 + block_h + notes_height(state["notes"]) > bottom:
                new_page()
            y0 = state["y"] + 4
            pdf.set_font("Serif", "BI", 10.5)
            pdf.set_xy(left, y0)
            pdf.cell(70, 5, "Nơi nhận:")
            pdf.set_font("Serif", "", 9.5)
            for i, ln in enumerate(items):
                pdf.set_xy(left, y0 + 5.5 + i * 4.8)
                pdf.cell(70, 4.8, ln)
            for i, ln in enumerate(b.lines):
                bold = ln == ln.upper() or ln == b.lines[-1]
                pdf.set_font("Serif", "B" if bold else "I", 11.5)
                pdf.set_xy(left + 80, y0 + i * 5.5)
                pdf.cell(80, 5.5, ln, align="C")
            state["y"] = y0 + block_h
    flush_notes()
    data = bytes(pdf.output())
    path.write_bytes(data)


# ------------------------------------------------------------------------------------------ main
def variants(src: Source) -> list[tuple[str, str]]:
    """(encoding, stem) pairs of the legacy/other-encoding copies a source asks for."""
    out = []
    for item in src.opts.get("variants", "").split():
        enc, _, stem = item.partition(":")
        out.append((enc, stem))
    return out


def encode_variant(text: str, enc: str) -> bytes:
    """Bytes of `text` as a Vietnamese editor of the time would have saved it."""
    if enc in ("tcvn3", "vni"):
        sys.path.insert(0, str(ROOT / "src"))
        from reportextract.readers.legacy import encode  # noqa: PLC0415 - optional dependency, imported where used

        return encode(text.replace("\n", "\r\n"), enc)
    if enc == "cp1258":
        # Word's "Vietnamese (Windows)" keeps base letters + combining tone marks (decomposed)
        decomposed = []
        for ch in text:
            try:
                ch.encode("cp1258")
                decomposed.append(ch)
            except UnicodeEncodeError:
                decomposed.append(_cp1258_split(ch))
        return "".join(decomposed).replace("\n", "\r\n").encode("cp1258")
    if enc == "utf16":
        return text.replace("\n", "\r\n").encode("utf-16")  # little-endian with BOM, as Notepad saves
    raise SourceError(f"unknown variant encoding {enc}")


def _cp1258_split(ch: str) -> str:
    """A precomposed letter cp1258 lacks as base (with its vowel mark) + one combining tone mark."""
    d = unicodedata.normalize("NFD", ch)
    tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in "\u0300\u0301\u0303\u0309\u0323"))
    return base + tones


def build(
    stems: Iterable[str] | None, only: set[str] | None, out: Path, gold_out: Path, show_audit: bool = False
) -> int:
    """Build every (or the named) source; return the number of problems found."""
    out.mkdir(parents=True, exist_ok=True)
    gold_out.mkdir(parents=True, exist_ok=True)
    n_problems = 0
    for path in sorted(SRC.glob("c*.md")):
        if stems and not any(path.stem.startswith(s) for s in stems):
            continue
        src = parse_source(path)
        fmts = [f for f in src.formats if only is None or f in only]
        primary = src.opts.get("primary", src.formats[0])
        gold, problems = build_gold(src, f"{src.stem}.{primary}")
        for p in problems:
            print(f"{src.stem}: {p}")
        n_problems += len(problems)
        if only is None or "json" in only or "gold" in only:
            (gold_out / f"{src.stem}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        txt = render_txt(src)
        for f in fmts:
            target = out / f"{src.stem}.{f}"
            if f == "txt":
                target.write_text(txt, encoding="utf-8", newline="\n")
            elif f == "md":
                target.write_text(render_md(src), encoding="utf-8", newline="\n")
            elif f == "html":
                target.write_text(render_html(src), encoding="utf-8", newline="\n")
            elif f == "docx":
                render_docx(src, target)
            elif f == "pdf":
                render_pdf(src, target)
        if only is None or "variants" in only:
            for enc, stem in variants(src):
                (out / f"{stem}.txt").write_bytes(encode_variant(txt, enc))
                vg = dict(gold, document=f"{stem}.txt")
                if only is None or "json" in only or "gold" in only:
                    (gold_out / f"{stem}.json").write_text(
                        json.dumps(vg, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                    )
        if show_audit:
            print(f"== {src.stem}: {len(gold['figures'])} figures; numbers not covered by a figure:")
            print("\n".join(audit(src, gold)) or "  (none)")
    return n_problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stems", nargs="*", help="build only sources whose name starts with these")
    ap.add_argument("--only", help="comma-separated formats: txt,md,html,docx,pdf,gold,variants")
    ap.add_argument("--out", type=Path, default=CORPORA)
    ap.add_argument("--gold-out", type=Path, default=ROOT / "gold")
    ap.add_argument("--audit", action="store_true", help="list digit numbers no gold figure covers")
    a = ap.parse_args(argv)
    only = set(a.only.split(",")) if a.only else None
    n = build(a.stems or None, only, a.out, a.gold_out, a.audit)
    return 1 if n else 0


if __name__ == "__main__":
    sys.exit(main())
