"""Show a report to a person: in a terminal, or as a standalone HTML page.

`render_terminal(report)` prints the body with every figure highlighted by category (ANSI
colours, or ``[text]{category}`` marks without colour), the footnotes, and a table of figures.
`render_html(report)` builds one self-contained page (inline CSS and a little inline JS, no
external assets): metadata, the highlighted body and footnotes, a legend, and a figure table
that sorts when a column header is clicked.
"""

from __future__ import annotations

import html
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reportextract.model import Figure, Report, plain_value
from reportextract.outputs.serialize import atomic_write_text

#: categories of spec §2.4 in their order, with a terminal colour (ANSI SGR) and a page colour
CATEGORIES: dict[str, tuple[str, str]] = {
    "money": ("1;33", "#ffd54f"),
    "teams": ("1;34", "#90caf9"),
    "participants": ("1;32", "#a5d6a7"),
    "beneficiaries": ("1;35", "#f48fb1"),
    "procedures": ("1;36", "#80deea"),
    "works": ("1;31", "#ffab91"),
    "events": ("1;94", "#b39ddb"),
    "items": ("1;92", "#c5e1a5"),
    "coverage": ("1;96", "#b2dfdb"),
    "other": ("1;37", "#e0e0e0"),
}
_DEFAULT_COLOURS = ("1;37", "#e0e0e0")

TABLE_COLUMNS = ("#", "value", "unit", "category", "qualifier", "measure", "section", "where", "text")


def format_value(value: object) -> str:
    """A value the Vietnamese way: "." between thousands, "," before decimals (17.500.000.000; 3,5)."""
    v = plain_value(value)  # type: ignore[arg-type]
    if isinstance(v, bool) or not isinstance(v, int | float):
        return str(v)
    if isinstance(v, int) or float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    whole, _, frac = f"{v:,.6f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def _marks(text: str, figures: Iterable[tuple[int, Figure]]) -> list[tuple[int, int, int, Figure]]:
    """Non-overlapping (start, end, index, figure) spans that fit in `text`, in order."""
    out: list[tuple[int, int, int, Figure]] = []
    last = 0
    for i, fig in sorted(figures, key=lambda p: (p[1].span[0], -p[1].span[1])):
        start, end = fig.span
        if start < last or end > len(text) or start >= end:
            continue
        out.append((start, end, i, fig))
        last = end
    return out


def _body_figures(report: Report) -> list[tuple[int, Figure]]:
    return [(i, f) for i, f in enumerate(report.figures) if f.where == "body"]


def _note_figures(report: Report, note_id: str) -> list[tuple[int, Figure]]:
    return [(i, f) for i, f in enumerate(report.figures) if f.where == "footnote" and f.footnote == note_id]


# --------------------------------------------------------------------------- terminal


def render_terminal(report: Report, *, color: bool = False) -> str:
    """The report as text for a terminal: header, highlighted body, footnotes, figure table."""

    def paint(text: str, category: str) -> str:
        if color:
            sgr = CATEGORIES.get(category, _DEFAULT_COLOURS)[0]
            return f"\x1b[{sgr}m{text}\x1b[0m"
        return f"[{text}]{{{category}}}"

    def highlight(text: str, figures: list[tuple[int, Figure]]) -> str:
        parts: list[str] = []
        pos = 0
        for start, end, _i, fig in _marks(text, figures):
            parts += [text[pos:start], paint(text[start:end], fig.category)]
            pos = end
        parts.append(text[pos:])
        return "".join(parts)

    def bold(text: str) -> str:
        return f"\x1b[1m{text}\x1b[0m" if color else text

    md = report.metadata
    lines = [bold(f"{report.source}  ({report.format})")]
    for label, value in (
        ("type", md.doc_type),
        ("title", md.title),
        ("issuer", md.issuer),
        ("scope", md.scope),
        ("number", md.number),
        ("date", md.date),
    ):
        if value:
            lines.append(f"  {label:<7} {value}")
    counts = Counter(f.category for f in report.figures)
    if counts:
        legend = ", ".join(
            (paint(cat, cat) if color else cat) + f" {counts[cat]}" for cat in _ordered(counts)
        )
        lines.append(f"  figures {len(report.figures)}: {legend}")
    lines += ["", highlight(report.body, _body_figures(report))]
    if report.footnotes:
        lines += ["", bold("Footnotes")]
        for note in report.footnotes:
            lines.append(f"  [{note.id}] " + highlight(note.text, _note_figures(report, note.id)))
    if report.figures:
        lines += ["", bold("Figures")]
        columns = _columns(report)
        lines += _text_table([_row(i, f, columns) for i, f in enumerate(report.figures, 1)], columns)
    return "\n".join(lines) + "\n"


def _ordered(counts: Counter[str]) -> list[str]:
    known = [c for c in CATEGORIES if c in counts]
    return known + sorted(c for c in counts if c not in CATEGORIES)


def _columns(report: Report) -> tuple[str, ...]:
    """The figure table's columns; "page" when the report has pages (PDF)."""
    return (*TABLE_COLUMNS, "page") if any(f.page is not None for f in report.figures) else TABLE_COLUMNS


def _row(n: int, fig: Figure, columns: Sequence[str] = TABLE_COLUMNS) -> list[str]:
    where = fig.where if fig.where == "body" else f"footnote {fig.footnote}"
    page = [] if "page" not in columns else ["" if fig.page is None else str(fig.page)]
    return [
        str(n),
        format_value(fig.value),
        fig.unit or "",
        fig.category,
        fig.qualifier or "",
        fig.measure or "",
        fig.section or "",
        where,
        " ".join(fig.text.split()),
        *page,
    ]


def _text_table(
    rows: list[list[str]], columns: Sequence[str] = TABLE_COLUMNS, *, max_width: int = 40
) -> list[str]:
    cells = [
        list(columns),
        *[[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in rows],
    ]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    out = []
    for k, r in enumerate(cells):
        out.append("  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        if k == 0:
            out.append("  " + "  ".join("-" * w for w in widths))
    return out


def unit_table(rows: Iterable[Mapping[str, Any]], *, limit: int | None = 40) -> str:
    """A text table of figures per unit: documents, figures, and figures per category.

    `rows` are figure rows (`serialize.figure_rows`, `batch.iter_output_figures`), streamed:
    only the counts are kept. Units are sorted by number of figures; `limit` caps the rows
    (the rest are summed in one line). Figures with no unit count under "(no unit)".
    """
    figures: Counter[str] = Counter()
    by_cat: dict[str, Counter[str]] = {}
    docs: dict[str, set[str]] = {}
    categories: Counter[str] = Counter()
    all_docs: set[str] = set()
    for row in rows:
        unit = row.get("unit") or "(no unit)"
        cat = row.get("category") or "other"
        figures[unit] += 1
        by_cat.setdefault(unit, Counter())[cat] += 1
        categories[cat] += 1
        doc = str(row.get("document"))
        docs.setdefault(unit, set()).add(doc)
        all_docs.add(doc)
    if not figures:
        return "no figures\n"
    cats = _ordered(categories)
    header = ["unit", "docs", "figures", *cats]
    units = [u for u, _n in figures.most_common()]
    shown, rest = (units, []) if limit is None else (units[:limit], units[limit:])
    table = [[u, str(len(docs[u])), str(figures[u]), *[str(by_cat[u][c] or "") for c in cats]] for u in shown]
    if rest:
        table.append(
            [
                f"({len(rest)} more units)",
                "",
                str(sum(figures[u] for u in rest)),
                *[str(sum(by_cat[u][c] for u in rest) or "") for c in cats],
            ]
        )
    table.append(
        ["total", str(len(all_docs)), str(sum(figures.values())), *[str(categories[c]) for c in cats]]
    )
    widths = [max(len(r[i]) for r in [header, *table]) for i in range(len(header))]
    widths[0] = min(widths[0], 40)

    def line(cells: list[str]) -> str:
        first = cells[0] if len(cells[0]) <= widths[0] else cells[0][: widths[0] - 1] + "…"
        rest_cells = [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join([first.ljust(widths[0]), *rest_cells]).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in table[:-1]]
    out += ["  ".join("-" * w for w in widths), line(table[-1])]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- HTML


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header,main{max-width:980px;margin:0 auto;padding:1rem 1.5rem}
header{background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.35rem;margin:.2rem 0 .6rem}
h2{font-size:1.1rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:1.6rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0;font-size:.9rem}
dt{color:#666}dd{margin:0}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.8rem}
.chip{padding:.1rem .5rem;border-radius:1rem;font-size:.85rem}
.text{white-space:pre-wrap;line-height:1.6;background:#fff;padding:1rem;
border:1px solid #e3e3e3;border-radius:6px}
mark.fig{border-radius:3px;padding:0 2px;cursor:help}
mark.fig.target{outline:2px solid #d32f2f}
sup.note a{text-decoration:none;color:#1565c0}
strong.heading{color:#0d47a1}strong.h1{font-size:1.05rem}
ol.notes li{margin:.4rem 0;line-height:1.5}
table{border-collapse:collapse;width:100%;font-size:.88rem;background:#fff}
th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}
th{background:#f0f0f0;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr:hover td{background:#fffde7}
""".strip()

_JS = """
(function(){
  var table=document.getElementById('figure-table');
  if(!table)return;
  var heads=table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads,function(th,col){
    th.addEventListener('click',function(){
      var asc=th.getAttribute('aria-sort')!=='ascending';
      Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var num=th.dataset.type==='num';
      var rows=Array.prototype.slice.call(table.tBodies[0].rows);
      rows.sort(function(a,b){
        var x=a.cells[col].dataset.sort||a.cells[col].textContent;
        var y=b.cells[col].dataset.sort||b.cells[col].textContent;
        var c=num?(parseFloat(x)||0)-(parseFloat(y)||0):x.localeCompare(y,'vi');
        return asc?c:-c;
      });
      rows.forEach(function(r){table.tBodies[0].appendChild(r);});
    });
  });
  table.tBodies[0].addEventListener('click',function(e){
    var tr=e.target.closest('tr');if(!tr)return;
    var m=document.getElementById('fig-'+tr.dataset.fig);if(!m)return;
    document.querySelectorAll('mark.target').forEach(function(x){x.classList.remove('target');});
    m.classList.add('target');m.scrollIntoView({behavior:'smooth',block:'center'});
  });
})();
""".strip()


def render_html(report: Report, *, title: str | None = None) -> str:
    """A standalone HTML page for `report` (no external assets)."""
    esc = html.escape
    md = report.metadata
    page_title = title or md.title or os.path.basename(report.source) or "report"
    css = (
        _CSS
        + "\n"
        + "\n".join(f".cat-{cat}{{background:{colours[1]}}}" for cat, colours in CATEGORIES.items())
    )

    meta_rows = []
    for label, value in (
        ("source", report.source),
        ("type", md.doc_type),
        ("issuer", md.issuer),
        ("scope", md.scope),
        ("number", md.number),
        ("date", md.date),
        ("signer", " — ".join(x for x in (md.signer.name, md.signer.title) if x) if md.signer else None),
    ):
        if value:
            meta_rows.append(f"<dt>{esc(label)}</dt><dd>{esc(str(value))}</dd>")
    counts = Counter(f.category for f in report.figures)
    legend = "".join(
        f'<span class="chip cat-{esc(cat)}">{esc(cat)} {counts[cat]}</span>' for cat in _ordered(counts)
    )

    notes_by_offset: dict[int, list[str]] = {}
    for note in report.footnotes:
        if note.offset is not None and 0 <= note.offset <= len(report.body):
            notes_by_offset.setdefault(note.offset, []).append(note.id)

    body_html = _html_text(report.body, _body_figures(report), notes_by_offset, _headings(report))
    parts = [
        "<!doctype html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(page_title)}</title>",
        f"<style>{css}</style></head><body>",
        f"<header><h1>{esc(page_title)}</h1><dl>{''.join(meta_rows)}</dl>",
        f'<div class="legend">{legend}</div></header>' if legend else "</header>",
        "<main>",
        '<section id="body"><h2>Body</h2>',
        f'<div class="text">{body_html}</div></section>',
    ]
    if report.footnotes:
        parts.append('<section id="footnotes"><h2>Footnotes</h2><ol class="notes">')
        for note in report.footnotes:
            body = _html_text(note.text, _note_figures(report, note.id), {})
            parts.append(f'<li id="fn-{esc(note.id)}" value="{_int_or(note.id)}">{body}</li>')
        parts.append("</ol></section>")
    parts.append(f'<section id="figures"><h2>Figures ({len(report.figures)})</h2>')
    parts.append(_html_table(report))
    parts.append("</section></main>")
    parts.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(parts) + "\n"


def _int_or(text: str) -> str:
    return text if text.isdigit() else ""


def _headings(report: Report) -> list[tuple[int, int, int]]:
    """(start, end, level) of the section heading lines in the body."""
    out = []
    for sec in report.sections:
        if sec.number and report.body.startswith(sec.number, sec.start):
            end = report.body.find("\n", sec.start)
            out.append((sec.start, len(report.body) if end == -1 else end, sec.level))
    return out


def _html_text(
    text: str,
    figures: list[tuple[int, Figure]],
    notes: dict[int, list[str]],
    headings: Sequence[tuple[int, int, int]] = (),
) -> str:
    esc = html.escape
    # (offset, order, html); at one offset: close mark, close heading, note, open heading, open mark
    events: list[tuple[int, int, str]] = []
    marks = _marks(text, figures)
    for start, end, level in headings:
        if any(a < end < b or a < start < b for a, b, _i, _f in marks):
            continue  # a figure across the heading's edge: leave the heading plain
        events.append((start, 3, f'<strong class="heading h{min(level, 4)}">'))
        events.append((end, 1, "</strong>"))
    for start, end, i, fig in marks:
        tip = f"{fig.category} · {format_value(fig.value)}"
        if fig.unit:
            tip += f" · {fig.unit}"
        if fig.qualifier:
            tip += f" · {fig.qualifier}"
        if fig.measure:
            tip += f" · {fig.measure}"
        events.append(
            (start, 4, f'<mark class="fig cat-{esc(fig.category)}" id="fig-{i}" title="{esc(tip)}">')
        )
        events.append((end, 0, "</mark>"))
    events.extend(
        (offset, 2, f'<sup class="note"><a href="#fn-{esc(nid)}">{esc(nid)}</a></sup>')
        for offset, ids in notes.items()
        for nid in ids
    )
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[str] = []
    pos = 0
    for offset, _order, tag in events:
        out.append(esc(text[pos:offset]))
        out.append(tag)
        pos = offset
    out.append(esc(text[pos:]))
    return "".join(out)


def _html_table(report: Report) -> str:
    esc = html.escape
    numeric = {"#", "value", "page"}
    columns = _columns(report)
    head = "".join(
        f'<th scope="col"{" data-type=num" if c in numeric else ""}>{esc(c)}</th>' for c in columns
    )
    rows = []
    for n, fig in enumerate(report.figures, 1):
        cells = _row(n, fig, columns)
        tds = []
        for col, cell in zip(columns, cells, strict=True):
            if col == "#":
                tds.append(f'<td class="num" data-sort="{n}">{n}</td>')
            elif col == "value":
                tds.append(f'<td class="num" data-sort="{plain_value(fig.value)}">{esc(cell)}</td>')
            elif col == "page":
                tds.append(f'<td class="num" data-sort="{esc(cell)}">{esc(cell)}</td>')
            elif col == "category":
                tds.append(f'<td><span class="chip cat-{esc(cell)}">{esc(cell)}</span></td>')
            else:
                tds.append(f"<td>{esc(cell)}</td>")
        rows.append(f'<tr data-fig="{n - 1}">{"".join(tds)}</tr>')
    return f'<table id="figure-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def write_html(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write `render_html(report)` to `path` atomically; return the path."""
    atomic_write_text(path, render_html(report))
    return Path(path)
