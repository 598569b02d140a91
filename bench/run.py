"""Benchmark of reportextract: throughput, latency, memory, PDF cost and the do-it-yourself reference.

    python bench/run.py                 # N = 2,000 generated reports, about 10 minutes on 2 cores
    python bench/run.py --quick         # N = 100 and short budgets: a smoke run of under a minute
    python bench/run.py --json out.json --profile

What it does
------------
1. **Generates** N text reports (default 2,000) in a temporary folder by varying the authored
   corpus (`corpora/*.txt` and `*.md` in UTF-8): the provinces a report names are swapped for other
   provinces of the gazetteer (`reportextract.units`), counts are scaled, and body paragraphs are
   dropped or repeated so that the length varies around 13 KB. A smaller set of PDFs is made by
   repeating `corpora/*.pdf`.
2. **Measures**, each stage within a time budget (it processes as many of the N documents as fit,
   and says how many it used):

   - one core, in process: docs/s, MB/s, p50/p95 latency of ``extract(path)``;
   - ``python -m reportextract convert`` with ``--workers 1`` and ``--workers 2``: docs/s and speed-up;
   - peak RSS of ``convert`` (the process and its workers, polled with psutil) for M and 4M
     documents, to show that memory does not grow with the number of files;
   - PDF: pages/s of ``extract`` against pdfplumber alone (``page.extract_text()``) on the same pages;
   - the number parser alone: ``find_quantities`` + ``find_dates`` in ms per KB;
   - one 13 KB text report after warm-up: the median time of ``extract`` and of each stage;
   - the reference a do-it-yourself script pays: underthesea ``ner()`` over every sentence (never
     ``deep=True``), docs/s.
3. **Prints** a table (goal, measured, pass/fail) and writes the figures as JSON (``--json``);
   ``--profile`` adds the top functions of a profile of single-document extraction (pyinstrument
   when installed, else cProfile).

The functions are importable (``tests/test_bench_smoke.py`` runs the generator); nothing runs at import.
"""

# ruff: noqa: PLC0415 - the library is imported inside the measurements: nothing runs at import and
# the cold start is timed
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / "corpora"
GOLD = REPO / "gold"
#: the real reports and news beside the project, when they are there (never copied into it)
REAL_DOCS = REPO.parent / "shared" / "real" / "docs"
#: real documents at least this long (KB) are also timed one by one (`measure_real`)
LONG_REAL_KB = 8.0

#: files of the corpus that are deliberately in legacy encodings (read as UTF-8 they would be garbled)
_LEGACY_ENCODING = re.compile(r"_(tcvn3|vni|cp1258|utf16)$")

# --------------------------------------------------------------------------- goals

#: (key, label, goal text, test on the measured value); the goals come from issue 2
GOALS: list[tuple[str, str, str, Callable[[float], bool]]] = [
    ("figure_13kb_ms", "extract() of a 13 KB text report, warm, 1 core", "< 10 ms", lambda v: v < 10),
    ("numbers_ms_per_kb", "find_quantities + find_dates", "< 1 ms/KB", lambda v: v < 1.0),
    ("inproc_docs_s", "text reports, 1 core, in process", ">= 100 docs/s", lambda v: v >= 100),
    ("convert_speedup", "convert --workers 2 vs 1", ">= 1.8x", lambda v: v >= 1.8),
    ("pdf_ratio", "PDF: extract time / pdfplumber text time", "<= 1.5x", lambda v: v <= 1.5),
    ("rss_growth", "peak RSS of convert, 4M docs / M docs", "<= 1.15x (flat)", lambda v: v <= 1.15),
]


# --------------------------------------------------------------------------- generator


@dataclass
class Source:
    """A corpus report ready to be varied: its paragraphs and the provinces it names."""

    name: str
    header: list[str]
    body: list[str]
    provinces: list[str] = field(default_factory=list)  # province names it mentions (canonical)


def province_names() -> list[str]:
    """The province names of the gazetteer (pre- and post-2025), from `reportextract.units` data."""
    from reportextract.units import gazetteer

    tables = gazetteer._tables()  # the one place that lists every province; no public accessor yet
    return sorted({p.name for p in tables.provinces.values()})


def load_sources(corpora: Path = CORPORA, gold: Path = GOLD) -> list[Source]:
    """The UTF-8 text reports of the corpus (`*.txt`, `*.md` with a gold file), split into header
    and body paragraphs, with the provinces they name."""
    from reportextract.units import find_units

    known = set(province_names())
    sources: list[Source] = []
    for path in sorted([*corpora.glob("*.txt"), *corpora.glob("*.md")]):
        if _LEGACY_ENCODING.search(path.stem) or not (gold / f"{path.stem}.json").exists():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        paras = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
        if len(paras) < 4:
            continue
        # the header: the paragraphs before the first long one (issuer, number, place and date, title)
        first_long = next((i for i, p in enumerate(paras) if len(p) > 200), 1)
        head, body = paras[: max(first_long, 1)], paras[max(first_long, 1) :]
        provs = {m.canonical for m in find_units(text) if m.level == "province" and m.canonical in known}
        sources.append(Source(path.name, head, body, sorted(provs, key=len, reverse=True)))
    if not sources:
        raise SystemExit(f"no UTF-8 text report found in {corpora}")
    return sources


_NUMBER = re.compile(r"(?<![\w/.,-])(\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\w/-]|[.,]\d)")
_NOT_SCALED_BEFORE = re.compile(
    r"(?i)(ngày|tháng|năm|số|khóa|khoá|lần thứ|giai đoạn|quận|phường|thứ|hè|xuân|đợt|lớp)\s*[:.]?\s*$"
)


def _format_vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def scale_numbers(text: str, rng: random.Random) -> str:
    """Multiply the counts of `text` by a random factor (0.5-2), keeping Vietnamese grouping.

    Dates, years, codes, document numbers, headings and ordinals ("ngày 12", "năm 2024", "C06",
    "Số 58", "quận 10", "# 2.") are left alone: a number touching a letter, ``/`` or ``-``, a
    year-like 19xx/20xx, a number after such a word, or one that opens a line or is followed by
    "." or ")"."""
    factor = rng.uniform(0.5, 2.0)

    def repl(m: re.Match[str]) -> str:
        raw = m.group(1)
        n = int(raw.replace(".", ""))
        if "." not in raw and 1900 <= n <= 2100:
            return raw
        if _NOT_SCALED_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            return raw
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start : m.start()].strip(" #*-|") or text[m.end() : m.end() + 1] in (".", ")"):
            return raw  # a heading or list number ("# 2.", "1)"), not a count
        scaled = max(1, round(n * factor))
        grouped = ("." in raw and scaled >= 1000) or scaled >= 10_000
        return _format_vn(scaled) if grouped else str(scaled)

    return _NUMBER.sub(repl, text)


def swap_provinces(text: str, provinces: Sequence[str], names: Sequence[str], rng: random.Random) -> str:
    """Replace each of `provinces` named in `text` (as written or in capitals) by a random one of `names`;
    the words around it ("Tỉnh đoàn", "ĐOÀN TỈNH") stay."""
    if not provinces or not names:
        return text
    mapping: dict[str, str] = {}
    for p in provinces:
        new = rng.choice(names)
        mapping[p] = new
        mapping[p.upper()] = new.upper()
    pattern = re.compile("|".join(re.escape(s) for s in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group()], text)


def make_report(src: Source, names: Sequence[str], rng: random.Random, target: int = 13_000) -> str:
    """One varied report of about `target` bytes (± 25 %): provinces swapped, counts scaled, body
    paragraphs dropped (15 %) and long ones repeated until the length is reached. The closing part
    (after the last long paragraph: recipients, signature) stays at the end."""
    goal = int(target * rng.uniform(0.75, 1.25))
    last_long = max((i for i, p in enumerate(src.body) if len(p) > 150), default=len(src.body) - 1)
    main, tail = src.body[: last_long + 1], src.body[last_long + 1 :]
    kept = [p for p in main if rng.random() > 0.15] or list(main)
    long_paras = [p for p in main if len(p) > 150] or list(main)
    out = [*src.header, *kept]
    size = sum(len(p.encode()) + 2 for p in [*out, *tail])
    while size < goal:
        para = rng.choice(long_paras)
        out.append(para)
        size += len(para.encode()) + 2
    text = "\n\n".join([*out, *tail]) + "\n"
    text = swap_provinces(text, src.provinces, names, rng)
    return scale_numbers(text, rng)


def generate(n: int, out_dir: Path, *, seed: int = 2026, target: int = 13_000) -> list[Path]:
    """Write `n` varied text reports to `out_dir` (``r00000.txt`` ...) and return their paths."""
    rng = random.Random(seed)
    sources = load_sources()
    names = province_names()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        src = sources[i % len(sources)]
        path = out_dir / f"r{i:05d}.txt"
        path.write_text(make_report(src, names, rng, target), encoding="utf-8")
        paths.append(path)
    return paths


def copy_pdfs(n: int, out_dir: Path, corpora: Path = CORPORA) -> list[Path]:
    """`n` PDFs in `out_dir`, the corpus PDFs repeated (hard links when possible)."""
    pdfs = sorted(corpora.glob("*.pdf"))
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n if pdfs else 0):
        dst = out_dir / f"p{i:04d}_{pdfs[i % len(pdfs)].name}"
        _link(pdfs[i % len(pdfs)], dst)
        paths.append(dst)
    return paths


def _link(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


# --------------------------------------------------------------------------- measurements


def _pct(values: Sequence[float], q: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = min(len(s) - 1, max(0, round(q * (len(s) - 1))))
    return s[k]


def _budgeted(
    items: Sequence[Any], budget: float, fn: Callable[[Any], Any], minimum: int = 3
) -> tuple[list[float], list[float]]:
    """Run `fn` over `items` until they are done or `budget` seconds passed; return the wall and the
    CPU seconds of each item (CPU time is what an idle core would take: the machine may be shared)."""
    walls: list[float] = []
    cpus: list[float] = []
    started = time.perf_counter()
    for item in items:
        t, c = time.perf_counter(), time.process_time()
        fn(item)
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - t)
        if len(walls) >= minimum and time.perf_counter() - started > budget:
            break
    return walls, cpus


def measure_inprocess(paths: Sequence[Path], budget: float) -> dict[str, Any]:
    """``extract(path)`` in a loop on one core: docs/s, MB/s, p50/p95 latency, figures per document."""
    import reportextract

    figures: list[int] = []

    def run(p: Path) -> None:
        figures.append(len(reportextract.extract(p).figures))

    walls, cpus = _budgeted(paths, budget, run)
    done = paths[: len(walls)]
    cpu = sum(cpus)
    mb = sum(p.stat().st_size for p in done) / 1e6
    return {
        "docs": len(walls),
        "wall_s": round(sum(walls), 3),
        "cpu_s": round(cpu, 3),
        "docs_s": round(len(cpus) / cpu, 2),
        "mb_s": round(mb / cpu, 3),
        "wall_docs_s": round(len(walls) / sum(walls), 2),
        "p50_ms": round(_pct(cpus, 0.5) * 1000, 1),
        "p95_ms": round(_pct(cpus, 0.95) * 1000, 1),
        "wall_p50_ms": round(_pct(walls, 0.5) * 1000, 1),
        "wall_p95_ms": round(_pct(walls, 0.95) * 1000, 1),
        "mean_kb": round(mb * 1000 / len(walls), 1),
        "figures_per_doc": round(statistics.mean(figures), 1),
    }


def measure_single(path: Path, repeat: int) -> dict[str, Any]:
    """One report after warm-up: median CPU ms of ``extract(text)`` and of each stage (and the wall
    time of the whole)."""
    from reportextract.figures import find_figures
    from reportextract.numbers._memo import forget_all
    from reportextract.pipeline import extract
    from reportextract.readers import read
    from reportextract.structure import segment

    text = path.read_text(encoding="utf-8")
    extract(text)  # warm-up
    stages: dict[str, list[float]] = {"total": [], "wall": [], "read": [], "segment": [], "figures": []}
    clock = time.process_time
    for _ in range(repeat):
        forget_all()  # the number module keeps the scans of the last few bodies: not this text's
        w = time.perf_counter()
        t0 = clock()
        extract(text)
        total = clock() - t0
        stages["wall"].append(time.perf_counter() - w)
        forget_all()
        t1 = clock()
        doc = read(text)
        t2 = clock()
        seg = segment(doc)
        t3 = clock()
        find_figures(seg)
        t4 = clock()
        for k, v in (("total", total), ("read", t2 - t1), ("segment", t3 - t2), ("figures", t4 - t3)):
            stages[k].append(v)
    out: dict[str, Any] = {"kb": round(len(text.encode()) / 1000, 1), "repeat": repeat}
    out.update({f"{k}_ms": round(statistics.median(v) * 1000, 2) for k, v in stages.items()})
    return out


def measure_real(docs_dir: Path = REAL_DOCS, repeat: int = 5) -> dict[str, Any] | None:
    """``extract(path)`` on the real text-format documents (``../shared/real/docs``): the best CPU
    time of `repeat` runs of each, summed, per 13 KB, with the figures per KB beside it (the
    generated reports are denser in figures than real ones, and the figure stage's time grows
    with the number of figures). None when the folder is not there."""
    import reportextract
    from reportextract.numbers._memo import forget_all

    paths = (
        sorted(p for p in docs_dir.glob("*") if p.suffix in (".txt", ".md", ".html"))
        if docs_dir.is_dir()
        else []
    )
    if not paths:
        return None
    kb = 0.0
    seconds = 0.0
    figures = 0
    long: list[dict[str, Any]] = []
    for p in paths:
        n = len(reportextract.extract(p).figures)  # warm-up
        best = min(_cpu(lambda p=p: (forget_all(), reportextract.extract(p))) for _ in range(repeat))
        size = p.stat().st_size / 1000
        figures += n
        seconds += best
        kb += size
        if size >= LONG_REAL_KB:
            long.append(
                {
                    "kb": round(size, 1),
                    "figures_per_kb": round(n / size, 2),
                    "ms": round(best * 1000, 2),
                    "ms_per_13kb": round(best * 1000 / size * 13, 2),
                }
            )
    return {
        "docs": len(paths),
        "kb": round(kb, 1),
        "ms_per_13kb": round(seconds * 1000 / kb * 13, 2),
        "figures_per_kb": round(figures / kb, 2),
        # the reports of report length on their own: the short news pages above carry the fixed
        # cost of a document (reading, header, scope) over few kilobytes
        "long": long,
    }


def _cpu(fn: Callable[[], object]) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def measure_numbers(paths: Sequence[Path], budget: float) -> dict[str, Any]:
    """``find_quantities`` + ``find_dates`` alone over whole texts: CPU ms per KB; beside it the
    gazetteer's ``find_units`` alone over the same texts (``units_ms_per_kb``, no goal: a figure to
    watch, it was a test's bound before tests stopped checking time)."""
    from reportextract.numbers import find_dates, find_quantities
    from reportextract.units import find_units

    texts = [p.read_text(encoding="utf-8") for p in paths]
    find_quantities(texts[0])
    find_dates(texts[0])
    find_units(texts[0])
    kb = 0.0
    seconds = 0.0
    units_seconds = 0.0
    count = 0
    started = time.perf_counter()
    for text in texts:
        t = time.process_time()
        find_quantities(text)
        find_dates(text)
        t1 = time.process_time()
        find_units(text)
        units_seconds += time.process_time() - t1
        seconds += t1 - t
        kb += len(text.encode()) / 1000
        count += 1
        if count >= 3 and time.perf_counter() - started > budget:
            break
    return {
        "docs": count,
        "kb": round(kb, 1),
        "ms_per_kb": round(seconds * 1000 / kb, 4),
        "units_ms_per_kb": round(units_seconds * 1000 / kb, 4),
    }


def _tree_sample(proc: Any, cpu: dict[int, float]) -> tuple[int, int]:
    """(sum, max) RSS in bytes over a psutil process and its descendants; records the CPU seconds
    of each process in `cpu` (by pid)."""
    import psutil

    total = biggest = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for p in procs:
        try:
            with p.oneshot():
                rss = p.memory_info().rss
                times = p.cpu_times()
        except psutil.Error:
            continue
        cpu[p.pid] = times.user + times.system
        total += rss
        biggest = max(biggest, rss)
    return total, biggest


def run_convert(src_dir: Path, workers: int, out: Path) -> dict[str, Any]:
    """``python -m reportextract convert SRC -o OUT --to jsonl --workers N --no-progress``.

    Returns the wall time; the CPU time of the process and its workers (``RUSAGE_CHILDREN``), and the
    share of a core each used (psutil, sampled: the last samples before a process ends are lost); the
    steady rate, counted from the first record written (start-up, imports and warm-up of every
    worker excluded); and the peak RSS of the process tree and of its largest process (psutil,
    polled every 50 ms; without psutil, the kernel's high-water mark of one process)."""
    import resource

    argv = [
        sys.executable, "-m", "reportextract", "convert", str(src_dir), "-o", str(out),
        "--to", "jsonl", "--workers", str(workers), "--no-progress", "--force", "-q",
    ]  # fmt: skip
    out.unlink(missing_ok=True)
    peak = {"tree": 0, "proc": 0}
    cpu_by_pid: dict[int, float] = {}
    lines = {"n": 0, "pos": 0, "first_n": 0}
    first = [0.0]  # when the first record was written
    usage0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        import psutil

        ps: Any = psutil.Process(child.pid)
    except Exception:  # psutil missing or the child already gone
        ps = None
    stop = threading.Event()

    def count_lines() -> None:
        try:
            with out.open("rb") as f:
                f.seek(lines["pos"])
                chunk = f.read()
        except OSError:
            return
        lines["pos"] += len(chunk)
        lines["n"] += chunk.count(b"\n")
        if lines["n"] and not first[0]:
            first[0], lines["first_n"] = time.perf_counter(), lines["n"]

    def poll() -> None:
        while not stop.is_set():
            if ps is not None:
                tree, big = _tree_sample(ps, cpu_by_pid)
                peak["tree"] = max(peak["tree"], tree)
                peak["proc"] = max(peak["proc"], big)
            count_lines()
            stop.wait(0.05)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    _, stderr = child.communicate()
    ended = time.perf_counter()
    stop.set()
    poller.join()
    count_lines()
    usage1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (usage1.ru_utime - usage0.ru_utime) + (usage1.ru_stime - usage0.ru_stime)
    seconds = ended - started
    if ps is None:
        peak["proc"] = usage1.ru_maxrss * 1024
    n = lines["n"]
    steady_docs, steady_s = n - lines["first_n"], ended - first[0] if first[0] else 0.0
    return {
        "workers": workers,
        "docs": n,
        "exit": child.returncode,
        "seconds": round(seconds, 2),
        "cpu_s": round(cpu, 2),
        "docs_s": round(n / seconds, 2) if seconds else 0.0,
        "startup_s": round(first[0] - started, 2) if first[0] else None,
        "steady_docs_s": round(steady_docs / steady_s, 2) if steady_docs > 0 and steady_s > 0 else None,
        "cpu_ms_per_doc": round(cpu * 1000 / n, 1) if n else None,
        # the main process's share of one core: near 1.0, it (reading results, writing) is the bottleneck
        "main_cpu_share": round(cpu_by_pid.get(child.pid, 0.0) / seconds, 2) if ps is not None else None,
        "workers_cpu_share": (
            round(sum(v for k, v in cpu_by_pid.items() if k != child.pid) / seconds, 2)
            if ps is not None
            else None
        ),
        "peak_rss_tree_mb": round(peak["tree"] / 2**20, 1),
        "peak_rss_proc_mb": round(peak["proc"] / 2**20, 1),
        "stderr": stderr.strip()[-500:] if child.returncode not in (0, 1) else "",
    }


def subset_dir(paths: Sequence[Path], n: int, out_dir: Path) -> Path:
    """A folder of `n` files linked from `paths` (cycled when n > len(paths))."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = paths[i % len(paths)]
        _link(src, out_dir / f"{i:05d}_{src.name}")
    return out_dir


def measure_pdf(pdfs: Sequence[Path], budget: float) -> dict[str, Any]:
    """Pages per CPU second of ``extract(pdf)`` and of pdfplumber's ``page.extract_text()`` on the
    same files."""
    import pdfplumber

    import reportextract

    clock = time.process_time

    def plumber(p: Path) -> int:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
            return len(pdf.pages)

    pages = {p: plumber(p) for p in pdfs[:1]}  # warm-up both
    reportextract.extract(pdfs[0])
    t_ext = t_plb = 0.0
    n_pages = 0
    started = time.perf_counter()
    done = 0
    for p in pdfs:
        t = clock()
        pages[p] = plumber(p)
        t_plb += clock() - t
        t = clock()
        reportextract.extract(p)
        t_ext += clock() - t
        n_pages += pages[p]
        done += 1
        if done >= 2 and time.perf_counter() - started > budget:
            break
    return {
        "docs": done,
        "pages": n_pages,
        "extract_pages_s": round(n_pages / t_ext, 2),
        "pdfplumber_pages_s": round(n_pages / t_plb, 2),
        "ratio": round(t_ext / t_plb, 2),
    }


def measure_ner(paths: Sequence[Path], budget: float) -> dict[str, Any]:
    """The do-it-yourself reference: underthesea ``ner()`` (CRF, offline) over each sentence."""
    t = time.perf_counter()
    from underthesea import ner, sent_tokenize

    ner("Tỉnh đoàn tổ chức 12 lớp tập huấn.")
    load = time.perf_counter() - t
    sentences = 0

    def run(p: Path) -> None:
        nonlocal sentences
        for para in p.read_text(encoding="utf-8").split("\n"):
            for sent in sent_tokenize(para) if para.strip() else []:
                ner(sent)  # never deep=True: that would download a model
                sentences += 1

    _, cpus = _budgeted(paths, budget, run, minimum=2)
    total = sum(cpus)
    return {
        "docs": len(cpus),
        "sentences": sentences,
        "load_s": round(load, 2),
        "docs_s": round(len(cpus) / total, 2),
        "ms_per_sentence": round(total * 1000 / max(sentences, 1), 2),
    }


def profile_single(path: Path, repeat: int = 5, top: int = 20) -> list[str]:
    """Where ``extract`` spends its time on one report, after warm-up: the `top` functions by self
    time (pyinstrument's flat view when it is installed, else cProfile's ``tottime``), then the
    `top` functions of reportextract by cumulative time (cProfile)."""
    import cProfile
    import importlib.util
    import io
    import pstats

    import reportextract
    from reportextract.numbers._memo import forget_all

    text = path.read_text(encoding="utf-8")
    reportextract.extract(text)
    lines: list[str] = []
    if importlib.util.find_spec("pyinstrument") is not None:
        import pyinstrument

        prof = pyinstrument.Profiler(interval=0.0005)
        prof.start()
        for _ in range(repeat):
            forget_all()  # the same text again: not the scans kept from the run before
            reportextract.extract(text)
        prof.stop()
        flat = prof.output_text(unicode=False, color=False, flat=True, time="percent_of_total")
        lines += ["pyinstrument, self time:", *[ln for ln in flat.splitlines() if ln.strip()][: top + 6]]
    pr = cProfile.Profile()
    pr.enable()
    for _ in range(repeat):
        forget_all()
        reportextract.extract(text)
    pr.disable()
    for order, restrict in (("tottime", ()), ("cumulative", ("reportextract",))):
        buf = io.StringIO()
        pstats.Stats(pr, stream=buf).sort_stats(order).print_stats(*restrict, top)
        body = [ln for ln in buf.getvalue().splitlines() if ln.strip()]
        lines += ["", f"cProfile by {order}:", *body[body.index(next(x for x in body if "ncalls" in x)) :]]
    return lines


# --------------------------------------------------------------------------- driver


@dataclass
class Plan:
    n: int
    budget: float  # seconds for each in-process stage
    convert_budget: float  # seconds of one-core work for the convert runs
    repeat: int
    pdf_count: int
    convert_docs: int | None = None  # M for the convert runs; default: what one core does in convert_budget


def plan_for(n: int | None, quick: bool) -> Plan:
    if quick:
        return Plan(n or 100, budget=4.0, convert_budget=3.0, repeat=5, pdf_count=6)
    return Plan(n or 2000, budget=60.0, convert_budget=60.0, repeat=20, pdf_count=40)


def run(
    plan: Plan, *, workdir: Path, profile: bool = False, log: Callable[[str], None] = print
) -> dict[str, Any]:
    """Run every measurement; return the results as a JSON-ready dict."""
    results: dict[str, Any] = {
        "n": plan.n,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "platform": sys.platform,
        "commit": _commit(),
    }
    results["load_start"] = _load()
    t = time.perf_counter()
    paths = generate(plan.n, workdir / "txt")
    pdfs = copy_pdfs(plan.pdf_count, workdir / "pdf")
    sizes = [p.stat().st_size for p in paths]
    results["generated"] = {
        "docs": len(paths),
        "mean_kb": round(statistics.mean(sizes) / 1000, 1),
        "min_kb": round(min(sizes) / 1000, 1),
        "max_kb": round(max(sizes) / 1000, 1),
        "pdfs": len(pdfs),
        "seconds": round(time.perf_counter() - t, 1),
    }
    log(f"generated {len(paths)} reports ({results['generated']['mean_kb']} KB mean), {len(pdfs)} PDFs")

    t = time.perf_counter()
    import reportextract

    reportextract.extract(paths[0])
    results["cold_start_s"] = round(time.perf_counter() - t, 2)
    log(f"cold start (imports, lexicons, gazetteer): {results['cold_start_s']} s")

    thirteen = min(paths, key=lambda p: abs(p.stat().st_size - 13_000))
    results["single"] = measure_single(thirteen, plan.repeat)
    log(f"13 KB report: {results['single']}")
    results["numbers"] = measure_numbers(paths, plan.budget / 4)
    log(f"number parser: {results['numbers']}")
    results["inprocess"] = measure_inprocess(paths, plan.budget)
    log(f"in process: {results['inprocess']}")
    results["real"] = measure_real()
    log(f"real reports: {results['real']}")

    # convert: as many documents as one core does in `convert_budget` seconds (at least 12)
    rate = results["inprocess"]["wall_docs_s"]  # wall rate: the runs must fit their budget on this machine
    m = plan.convert_docs or max(12, min(plan.n, int(rate * plan.convert_budget)))
    sub = subset_dir(paths, m, workdir / "conv_m")
    conv1 = run_convert(sub, 1, workdir / "out1.jsonl")
    log(f"convert {m} docs, 1 worker: {conv1}")
    conv2 = run_convert(sub, 2, workdir / "out2.jsonl")
    log(f"convert {m} docs, 2 workers: {conv2}")
    sub4 = subset_dir(paths, 4 * m, workdir / "conv_4m")
    conv4 = run_convert(sub4, 2, workdir / "out4.jsonl")
    log(f"convert {4 * m} docs, 2 workers: {conv4}")
    results["convert"] = {
        "docs": m,
        "workers_1": conv1,
        "workers_2": conv2,
        "workers_2_4m": conv4,
        "speedup": _ratio(conv2["steady_docs_s"], conv1["steady_docs_s"]),
        "speedup_wall": _ratio(conv2["docs_s"], conv1["docs_s"]),
        "rss_growth": _ratio(conv4["peak_rss_tree_mb"], conv2["peak_rss_tree_mb"], 3),
    }
    if pdfs:
        results["pdf"] = measure_pdf(pdfs, plan.budget / 3)
        log(f"PDF: {results['pdf']}")
    results["ner_reference"] = measure_ner(paths, plan.budget / 3)
    log(f"underthesea ner reference: {results['ner_reference']}")
    if profile:
        results["profile"] = profile_single(thirteen)
    results["load_end"] = _load()
    results["goals"] = check_goals(results)
    return results


def _commit() -> str | None:
    """The repository's commit (with ``+dirty`` when the work tree has changes), if git is there."""
    try:
        rev = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return rev + ("+dirty" if dirty else "")


def _load() -> float | None:
    """The 1-minute load average: above the number of cores, the timings are contended."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def _ratio(a: float | None, b: float | None, digits: int = 2) -> float | None:
    return round(a / b, digits) if a and b else None


def measured_values(results: dict[str, Any]) -> dict[str, float | None]:
    """The values the goals are checked against."""
    conv = results.get("convert", {})
    return {
        "figure_13kb_ms": results.get("single", {}).get("total_ms"),
        "numbers_ms_per_kb": results.get("numbers", {}).get("ms_per_kb"),
        "inproc_docs_s": results.get("inprocess", {}).get("docs_s"),
        "convert_speedup": conv.get("speedup"),
        "pdf_ratio": results.get("pdf", {}).get("ratio"),
        "rss_growth": conv.get("rss_growth"),
    }


def check_goals(results: dict[str, Any]) -> list[dict[str, Any]]:
    values = measured_values(results)
    out = []
    for k, label, goal, ok in GOALS:
        v = values.get(k)
        out.append(
            {"key": k, "what": label, "goal": goal, "measured": v, "pass": None if v is None else ok(v)}
        )
    return out


def table(results: dict[str, Any]) -> str:
    """The results as a Markdown table: goals first, then the other figures."""
    rows = [("what", "goal", "measured", "result")]
    for g in results["goals"]:
        verdict = "n/a" if g["pass"] is None else ("pass" if g["pass"] else "FAIL")
        rows.append((g["what"], g["goal"], _fmt(g["measured"]), verdict))
    ip, c = results["inprocess"], results["convert"]
    s = results["single"]
    extra = [
        ("generated reports", f"{results['generated']['docs']} ({results['generated']['mean_kb']} KB mean)"),
        ("load average at start / end (2 cores)", f"{results['load_start']} / {results['load_end']}"),
        ("cold start (first extract)", f"{results['cold_start_s']} s"),
        (
            "13 KB report: read / segment / figures",
            f"{s['read_ms']} / {s['segment_ms']} / {s['figures_ms']} ms",
        ),
        ("generated reports: figures per KB", f"{ip['figures_per_doc'] / ip['mean_kb']:.2f}"),
        (
            "real reports (../shared/real, text formats): CPU time per 13 KB",
            (
                f"{results['real']['ms_per_13kb']} ms ({results['real']['docs']} docs, "
                f"{results['real']['kb']} KB, {results['real']['figures_per_kb']} figures per KB)"
                if results.get("real")
                else "n/a (../shared/real not there)"
            ),
        ),
        (
            f"real reports of {LONG_REAL_KB:g} KB or more, one by one: ms per 13 KB (figures per KB)",
            (
                ", ".join(f"{d['ms_per_13kb']} ({d['figures_per_kb']})" for d in results["real"]["long"])
                or "none"
                if results.get("real")
                else "n/a"
            ),
        ),
        (
            "1 core in process (per CPU second)",
            f"{ip['docs_s']} docs/s, {ip['mb_s']} MB/s ({ip['docs']} docs; wall {ip['wall_docs_s']} docs/s)",
        ),
        (
            "latency p50 / p95 (CPU; wall)",
            f"{ip['p50_ms']} / {ip['p95_ms']} ms; {ip['wall_p50_ms']} / {ip['wall_p95_ms']} ms",
        ),
        ("convert, 1 worker", _conv(c["workers_1"])),
        ("convert, 2 workers", _conv(c["workers_2"])),
        (
            "peak RSS convert, 2 workers: M / 4M docs",
            (
                f"{c['workers_2']['peak_rss_tree_mb']} / {c['workers_2_4m']['peak_rss_tree_mb']} MB "
                f"(M = {c['docs']}; largest process {c['workers_2']['peak_rss_proc_mb']} / "
                f"{c['workers_2_4m']['peak_rss_proc_mb']} MB)"
            ),
        ),
    ]
    if "pdf" in results:
        p = results["pdf"]
        extra.append(
            (
                "PDF pages/s: extract / pdfplumber",
                f"{p['extract_pages_s']} / {p['pdfplumber_pages_s']} ({p['pages']} pages)",
            )
        )
    nr = results["ner_reference"]
    extra.append(
        (
            "reference: underthesea ner() per sentence",
            f"{nr['docs_s']} docs/s, {nr['ms_per_sentence']} ms/sentence",
        )
    )
    lines = [_row(r) for r in rows]
    lines.insert(1, "|---|---|---|---|")
    lines += ["", "| other figure | measured |", "|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in extra]
    return "\n".join(lines)


def _conv(r: dict[str, Any]) -> str:
    return (
        f"{r['steady_docs_s']} docs/s steady, {r['docs_s']} docs/s with start-up ({r['docs']} docs in "
        f"{r['seconds']} s, start-up {r['startup_s']} s, {r['cpu_ms_per_doc']} CPU ms/doc; cores used: "
        f"main {r['main_cpu_share']}, workers {r['workers_cpu_share']})"
    )


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _fmt(v: float | None) -> str:
    if v is None:
        return "n/a"
    return f"{v:.3g}" if abs(v) < 100 else f"{v:.0f}"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python bench/run.py [--n N] [--quick] [--json OUT] [--profile] [--keep DIR]``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, help="number of generated reports (default 2000; 100 with --quick)")
    ap.add_argument("--quick", action="store_true", help="a smoke run of under a minute")
    ap.add_argument("--json", metavar="OUT", help="write the results as JSON here")
    ap.add_argument("--profile", action="store_true", help="profile single-document extraction")
    ap.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it (default: a temp dir)")
    ap.add_argument(
        "--convert-docs",
        type=int,
        metavar="M",
        help="documents for the convert runs (M, then 4M for memory; default: what 1 core does in 60 s)",
    )
    args = ap.parse_args(argv)
    plan = plan_for(args.n, args.quick)
    plan.convert_docs = args.convert_docs
    started = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {msg}", file=sys.stderr, flush=True)

    if args.keep:
        workdir = Path(args.keep)
        workdir.mkdir(parents=True, exist_ok=True)
        results = run(plan, workdir=workdir, profile=args.profile, log=log)
    else:
        with tempfile.TemporaryDirectory(prefix="reportextract-bench-") as tmp:
            results = run(plan, workdir=Path(tmp), profile=args.profile, log=log)
    results["total_s"] = round(time.perf_counter() - started, 1)
    print(table(results))
    if args.profile:
        print("\nprofile of extract() on one 13 KB report:")
        print("\n".join(results["profile"]))
    print(f"\ntotal {results['total_s']} s")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
