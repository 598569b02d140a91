"""`show`: the terminal view and the standalone HTML page (parsed, and rendered in headless Chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reportextract.model import Figure, Report
from reportextract.outputs.show import CATEGORIES, render_html, render_terminal, write_html
from test_outputs import sample_report

VOID = {"meta", "br", "img", "link", "input", "hr", "col"}


class _Page(HTMLParser):
    """Checks that tags nest properly and collects what the tests look at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.rows = 0
        self.headers: list[str] = []
        self.external: list[str] = []
        self.in_th = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key) and not a[key].startswith("#"):
                self.external.append(a[key])
        if tag == "mark":
            self.marks.append(a)
        if tag == "tr" and "tbody" in self.stack:
            self.rows += 1
        self.in_th = tag == "th"
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()
        self.in_th = False

    def handle_data(self, data):
        if self.in_th:
            self.headers.append(data)
        self.text.append(data)


def parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    return p


def test_page_is_well_formed_and_has_the_figure_table():
    report = sample_report()
    page = render_html(report)
    parsed = parse(page)
    assert parsed.errors == []
    assert parsed.stack == []
    assert parsed.external == []  # standalone: no external assets or links
    assert parsed.rows == len(report.figures)
    assert parsed.headers[:4] == ["#", "value", "unit", "category"]
    assert 'id="figure-table"' in page
    assert "<script>" in page
    assert "aria-sort" in page
    # every figure highlighted, with its category's class; the footnote figure inside the footnote
    assert sorted(m["class"] for m in parsed.marks) == sorted(f"fig cat-{f.category}" for f in report.figures)
    assert re.search(r'<li id="fn-1"[^>]*>Trong đó xã Tân Lập có <mark[^>]*>12</mark>', page)
    # footnote marker where it stood in the body
    assert '<sup class="note"><a href="#fn-1">1</a></sup>' in page
    # the numbered heading stands out
    assert '<strong class="heading h1">1. Kết quả</strong>' in page
    # text is escaped
    assert "rác &lt;thải&gt; &amp; &quot;nhựa&quot;" in page
    text = "".join(parsed.text)
    assert "Toàn tỉnh ra quân 45 đội hình" in text


def test_overlapping_or_out_of_range_spans_do_not_break_the_page():
    report = sample_report()
    bad = Figure(value=1, unit=None, category="other", qualifier=None, measure="", text="x", span=(5, 10**6))
    overlap = Figure(
        value=2,
        unit=None,
        category="<b>",
        qualifier=None,
        measure="",
        text="x",
        span=(report.figures[0].span[0], report.figures[0].span[1] + 3),
    )
    report.figures += [bad, overlap]
    parsed = parse(render_html(report))
    assert parsed.errors == []
    assert parsed.rows == len(report.figures)  # still listed in the table
    assert "<b>" not in render_html(report).split("<table")[1].replace("&lt;b&gt;", "")


def test_terminal_view_plain_and_coloured():
    report = sample_report()
    plain = render_terminal(report, color=False)
    assert "ra quân [45]{teams} đội hình" in plain
    assert "[1] Trong đó xã Tân Lập có [12]{teams}" in plain
    assert "175.000.000" in plain  # the table shows values the Vietnamese way
    assert "\x1b[" not in plain
    coloured = render_terminal(report, color=True)
    assert f"\x1b[{CATEGORIES['money'][0]}m175 triệu đồng\x1b[0m" in coloured


def test_empty_report():
    report = Report(source="<text>", format="txt", metadata=sample_report().metadata, body="")
    parsed = parse(render_html(report))
    assert parsed.errors == []
    assert parsed.rows == 0
    assert "Figures (0)" in render_html(report)
    assert render_terminal(report).startswith("<text>")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_page_renders_in_headless_chromium(tmp_path: Path):
    page = write_html(sample_report(), tmp_path / "trang.html")
    shot = tmp_path / "shot.png"
    proc = _chromium("--window-size=1000,1200", f"--screenshot={shot}", page.as_uri())
    assert shot.exists(), proc.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 5000
    image = pytest.importorskip("PIL.Image")
    with image.open(shot) as im:
        colours = im.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None
    assert len(colours) > 20  # text and highlights, not a blank page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_table_sorts_when_a_header_is_clicked(tmp_path: Path):
    page = render_html(sample_report())
    probe = (
        "<script>var th=document.querySelectorAll('#figure-table th')[1];th.click();th.click();"
        "document.body.setAttribute('data-first',"
        "document.querySelector('#figure-table tbody tr').cells[1].textContent);</script>"
    )
    path = tmp_path / "probe.html"
    path.write_text(page.replace("</body>", probe + "</body>"), encoding="utf-8")
    proc = _chromium("--dump-dom", path.as_uri())
    match = re.search(r'data-first="([^"]*)"', proc.stdout)
    assert match, proc.stderr[-2000:]
    assert match.group(1) == "175.000.000"  # value, descending after two clicks


def test_unit_table_counts_figures_per_unit():
    from reportextract.outputs.serialize import figure_rows
    from reportextract.outputs.show import unit_table

    report = sample_report()
    other = sample_report()
    other.source = "khac.txt"
    rows = [*figure_rows(report), *figure_rows(other)]
    table = unit_table(iter(rows)).splitlines()
    assert table[0].split() == ["unit", "docs", "figures", "money", "teams", "participants", "items"]
    assert table[2].split() == ["An", "Lạc", "2", "10", "2", "2", "2", "4"]
    assert table[3].split() == ["xã", "Tân", "Lập", "2", "2", "2"]
    assert table[-1].split() == ["total", "2", "12", "2", "4", "2", "4"]
    assert unit_table(iter(rows), limit=1).splitlines()[3].split()[:4] == ["(1", "more", "units)", "2"]
    assert unit_table([]) == "no figures\n"


def test_pdf_reports_get_a_page_column():
    report = sample_report()
    for i, fig in enumerate(report.figures):
        fig.page = 1 + i // 3
    parsed = parse(render_html(report))
    assert parsed.headers[-1] == "page"
    assert parsed.errors == []
    table = render_terminal(report).split("Figures\n")[1].splitlines()
    assert table[0].split()[-1] == "page"
    assert table[-1].split()[-1] == "2"
    assert "page" not in parse(render_html(sample_report())).headers  # no pages: no column
