"""Batch conversion: an archive with good and broken files, resume, changed inputs, scope maps.

The sample reports below are written for these tests in the genre of Youth Union reports
(no sentence is taken from a real document).
"""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reportextract.errors import ConfigurationError
from reportextract.outputs.batch import MANIFEST_SUFFIX, InputFile, ScopeMap, collect_inputs, convert
from reportextract.outputs.serialize import FIGURE_COLUMNS, read_jsonl

REPO = Path(__file__).resolve().parents[1]

GOOD = {
    "tinh-a/bao-cao-he.txt": """\
        TỈNH ĐOÀN AN LẠC
        BÁO CÁO
        Kết quả Chiến dịch Thanh niên tình nguyện hè năm 2025

        1. Kết quả chung
        Toàn tỉnh ra quân 45 đội hình thanh niên tình nguyện với hơn 1.200 đoàn viên, thanh niên tham gia;
        sửa chữa 12 công trình thanh niên và trao 350 phần quà trị giá 175 triệu đồng.
        """,
    "tinh-a/so-ket.md": """\
        # Sơ kết Tháng Thanh niên

        Các cơ sở Đoàn tổ chức **28 buổi** tuyên truyền cho khoảng 3.000 lượt người dân.
        """,
    "tinh-b/tin-tinh-nguyen.txt": """\
        Ra quân Ngày Chủ nhật xanh

        Sáng nay, Huyện đoàn Bình Phong huy động gần 500 đoàn viên dọn 3,5 tấn rác thải
        và trồng 1.000 cây xanh.
        """,
}


def _write_archive(root: Path) -> dict[str, Path]:
    """Good reports plus every kind of bad file; returns {name: path}."""
    files: dict[str, Path] = {}
    for rel, text in GOOD.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(textwrap.dedent(text), encoding="utf-8")
        files[rel] = p
    bad = root / "hong"
    bad.mkdir()
    rng = random.Random(8)
    (bad / "corrupt.docx").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (bad / "empty.txt").write_bytes(b"")
    (bad / "garbage.txt").write_bytes(b"\x00\xff\xfe\x01" + bytes(rng.randrange(256) for _ in range(2048)))
    files.update({f"hong/{p.name}": p for p in bad.iterdir()})
    if os.geteuid() != 0:
        p = bad / "no-permission.txt"
        p.write_text("Toàn tỉnh ra quân 10 đội hình.", encoding="utf-8")
        p.chmod(0)
        files["hong/no-permission.txt"] = p
    (root / "anh-minh-hoa.jpg").write_bytes(b"\xff\xd8\xff not a report")  # ignored by the directory walk
    return files


BAD_KINDS = {
    "hong/corrupt.docx": {"corrupt", "unsupported"},
    "hong/empty.txt": {"empty"},
    "hong/garbage.txt": {"corrupt", "encoding"},
    "hong/no-permission.txt": {"unreadable"},
}


def _cli(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportextract", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


def _by_source(records: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for rec in records:
        assert rec["source"] not in out, f"{rec['source']} appears twice"
        out[rec["source"]] = rec
    return out


def _rel(root: Path, source: str) -> str:
    return Path(os.path.relpath(os.path.abspath(source), root)).as_posix()


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    root = tmp_path / "luu-tru"
    root.mkdir()
    files = _write_archive(root)
    yield root, files
    for p in files.values():  # let pytest remove the tree
        if p.exists():
            p.chmod(0o644)


def test_jsonl_archive_with_bad_files_then_resume(archive, tmp_path):
    root, files = archive
    out = tmp_path / "ket-qua.jsonl"
    proc = _cli("convert", str(root), "-o", str(out), "--workers", "2", "--no-progress")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    records = _by_source([json.loads(line) for line in lines])
    assert {_rel(root, s) for s in records} == set(files)
    for name in GOOD:
        rec = records[str(files[name])]
        assert "error" not in rec
        assert rec["body"], name
        assert set(rec) >= {"source", "metadata", "sections", "footnotes", "body", "figures"}
    for name, kinds in BAD_KINDS.items():
        if name in files:
            rec = records[str(files[name])]
            assert set(rec) == {"source", "error"}
            assert rec["error"]["kind"] in kinds, rec
            assert rec["error"]["message"]
    # the summary names each failure
    for name in BAD_KINDS:
        if name in files:
            assert str(files[name]) in proc.stderr
    assert "ignored 1 file" in proc.stderr

    before = out.read_bytes(), out.stat().st_mtime_ns
    again = _cli("convert", str(root), "-o", str(out), "--workers", "2", "--no-progress")
    assert again.returncode == 1  # the failures recorded earlier still stand
    assert f"0 converted, 0 failed, {len(files)} skipped" in again.stderr
    assert (out.read_bytes(), out.stat().st_mtime_ns) == before


def test_json_tree_with_bad_files_then_resume(archive, tmp_path):
    root, files = archive
    out = tmp_path / "json"
    result = convert([root], out, to="json", workers=2, progress=False)
    assert (result.converted, result.failed) == (len(GOOD), len(files) - len(GOOD))
    assert not result.ok
    produced = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    expected = sorted(f"{name}.json" if name in GOOD else f"{name}.error.json" for name in files)
    assert produced == expected
    for p in out.rglob("*.json"):
        data = json.loads(p.read_text(encoding="utf-8"))
        assert ("error" in data) == p.name.endswith(".error.json")
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}

    again = convert([root], out, to="json", workers=2, progress=False)
    assert (again.converted, again.failed, again.skipped) == (0, 0, len(files))
    assert again.skipped_failed == len(files) - len(GOOD)
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.json")} == mtimes


def test_json_mode_redoes_a_changed_input_and_drops_its_stale_error(archive, tmp_path):
    root, files = archive
    out = tmp_path / "json"
    convert([root], out, to="json", workers=1, progress=False)
    empty = files["hong/empty.txt"]
    empty.write_text("Toàn tỉnh ra quân 20 đội hình thanh niên tình nguyện.", encoding="utf-8")
    os.utime(empty, ns=(empty.stat().st_atime_ns, empty.stat().st_mtime_ns + 10**9 * 60))
    result = convert([root], out, to="json", workers=1, progress=False)
    assert result.converted == 1
    assert (out / "hong/empty.txt.json").exists()
    assert not (out / "hong/empty.txt.error.json").exists()


def test_jsonl_changed_input_replaces_its_line(archive, tmp_path):
    root, files = archive
    out = tmp_path / "out.jsonl"
    convert([root], out, workers=1, progress=False)
    target = files["tinh-a/so-ket.md"]
    target.write_text("# Sơ kết\n\nĐã tổ chức 7 lớp tập huấn kỹ năng cho cán bộ Đoàn.\n", encoding="utf-8")
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9 * 60))
    result = convert([root], out, workers=1, progress=False)
    assert (result.converted, result.skipped) == (1, len(files) - 1)
    records = _by_source(list(read_jsonl(out, errors=True)))  # asserts each source once
    assert len(records) == len(files)
    assert "7 lớp tập huấn" in records[str(target)]["body"]
    # the manifest agrees with the output
    manifest = out.with_name(out.name + MANIFEST_SUFFIX).read_text(encoding="utf-8").splitlines()
    entries = [json.loads(x) for x in manifest[1:]]
    assert len(entries) == len(files)
    assert entries[-1]["end"]["out"] == out.stat().st_size


def test_retry_failed_and_force(archive, tmp_path):
    root, files = archive
    out = tmp_path / "out.jsonl"
    first = convert([root], out, workers=1, progress=False)
    n_bad = first.failed
    retry = convert([root], out, workers=1, progress=False, retry_failed=True)
    assert (retry.converted, retry.failed, retry.skipped) == (0, n_bad, len(GOOD))
    forced = convert([root], out, workers=1, progress=False, force=True)
    assert (forced.converted, forced.failed, forced.skipped) == (len(GOOD), n_bad, 0)
    assert len(list(read_jsonl(out, errors=True))) == len(files)


def test_resume_cuts_a_half_written_record(archive, tmp_path):
    """What an interrupted run can leave: a record after the last manifest line, half a manifest line."""
    root, files = archive
    out = tmp_path / "out.jsonl"
    convert([root / "tinh-a"], out, workers=1, progress=False)
    manifest = out.with_name(out.name + MANIFEST_SUFFIX)
    with open(out, "a", encoding="utf-8") as fh:
        fh.write('{"source": "half a li')
    with open(manifest, "a", encoding="utf-8") as fh:
        fh.write('{"input": "/x", "si')
    result = convert([root], out, workers=2, progress=False)
    assert result.skipped == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    records = _by_source([json.loads(line) for line in lines])
    assert len(records) == len(files)


def test_csv_output_has_figure_table_and_errors_file(archive, tmp_path):
    root, files = archive
    out = tmp_path / "so-lieu.csv"
    result = convert([root], out, to="csv", workers=2, progress=False)
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == FIGURE_COLUMNS
    assert result.converted == len(GOOD)
    documents = {r[0] for r in rows[1:]}
    assert documents <= {str(files[n]) for n in GOOD}
    for r in rows[1:]:
        assert len(r) == len(FIGURE_COLUMNS)
        float(r[FIGURE_COLUMNS.index("value")])  # every value is a number
    with open(out.with_name("so-lieu.errors.csv"), newline="", encoding="utf-8") as fh:
        errors = list(csv.DictReader(fh))
    assert sorted(e["source"] for e in errors) == sorted(str(files[n]) for n in files if n not in GOOD)
    assert all(e["kind"] and e["message"] for e in errors)
    again = convert([root], out, to="csv", workers=2, progress=False)
    assert again.skipped == len(files)


def test_jsonl_output_without_manifest_is_not_overwritten(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Toàn tỉnh ra quân 10 đội hình.", encoding="utf-8")
    out = tmp_path / "someone-elses.jsonl"
    out.write_text('{"keep": "me"}\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="--force"):
        convert([src], out, workers=1, progress=False)
    proc = _cli("convert", str(src), "-o", str(out))
    assert proc.returncode == 2
    assert proc.stderr.startswith("reportextract: error:")
    assert out.read_text(encoding="utf-8") == '{"keep": "me"}\n'


# --------------------------------------------------------------------------- inputs and scope maps


def test_collect_inputs_files_dirs_globs(tmp_path):
    for rel in ("a/x.txt", "a/b/y.docx", "a/.hidden/z.txt", "a/notes.json", "c/w.md"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")
    inputs, ignored = collect_inputs([tmp_path / "a", str(tmp_path / "c" / "*.md"), tmp_path / "a" / "x.txt"])
    # a folder's own files before its subfolders, sorted; a/x.txt only once
    assert [i.rel for i in inputs] == ["a/x.txt", "a/b/y.docx", "c/w.md"]
    assert ignored == 1  # notes.json
    with pytest.raises(ConfigurationError, match="no such file"):
        collect_inputs([tmp_path / "missing"])
    with pytest.raises(ConfigurationError, match="no file matches"):
        collect_inputs([str(tmp_path / "*.pdf")])


def _item(rel: str, root: str = "/data/archive") -> InputFile:
    return InputFile(path=f"{root}/{rel}", abs=f"{root}/{rel}", rel=rel)


SCOPE_CASES = [
    # (pattern table, relative path, expected scope); a pattern without "/" matches any one name
    ({"ha-tinh": "Hà Tĩnh"}, "ha-tinh/2024/bao-cao.txt", "Hà Tĩnh"),
    ({"ha-tinh/": "Hà Tĩnh"}, "khac/bao-cao.txt", None),
    ({"*.docx": "toàn quốc"}, "x/y.docx", "toàn quốc"),
    ({"tinh/*": "A", "tinh/ha-noi/**": "Hà Nội"}, "tinh/ha-noi/q1/a.txt", "Hà Nội"),  # longest wins
    ({"tinh/*": "A", "tinh/ha-noi/**": "Hà Nội"}, "tinh/hue.txt", "A"),
    ({"**/hcm/*.txt": "Hồ Chí Minh"}, "bao/hcm/a.txt", "Hồ Chí Minh"),
    ({"**/hcm/*.txt": "Hồ Chí Minh"}, "hcm/a.txt", "Hồ Chí Minh"),
    ({"/data/archive/tinh-b": "Bình Phong"}, "tinh-b/x.txt", "Bình Phong"),  # absolute path prefix
    ({"bao-cao-?.txt": "Q"}, "bao-cao-1.txt", "Q"),
    ({"[ab].txt": "AB"}, "c.txt", None),
]


@pytest.mark.parametrize(("table", "rel", "scope"), SCOPE_CASES)
def test_scope_map_lookup(table, rel, scope):
    smap = ScopeMap(table.items())
    assert smap.lookup(_item(rel))[1] == scope


def test_scope_map_files_json_and_tsv(tmp_path):
    j = tmp_path / "scopes.json"
    j.write_text(json.dumps({"ha-tinh": "Hà Tĩnh", "khac": None}, ensure_ascii=False), encoding="utf-8")
    t = tmp_path / "scopes.tsv"
    t.write_text("pattern\tscope\n# tỉnh theo thư mục\nha-tinh\tHà Tĩnh\nkhac\t\n", encoding="utf-8")
    for path in (j, t):
        smap = ScopeMap.from_file(path)
        assert smap.lookup(_item("ha-tinh/a.txt")) == (True, "Hà Tĩnh")
        assert smap.lookup(_item("khac/a.txt")) == (True, None)
        assert smap.lookup(_item("other/a.txt")) == (False, None)
    bad = tmp_path / "bad.tsv"
    bad.write_text("only-a-pattern\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="pattern<TAB>scope"):
        ScopeMap.from_file(bad)


def test_scope_map_reaches_extraction(tmp_path):
    root = tmp_path / "arch"
    for folder in ("ha-tinh", "quang-tri"):
        (root / folder).mkdir(parents=True)
        (root / folder / "tin.txt").write_text(
            "Ra quân hè\n\nToàn tỉnh huy động 300 đoàn viên tham gia dọn vệ sinh.", encoding="utf-8"
        )
    smap = tmp_path / "scopes.tsv"
    smap.write_text("ha-tinh\tHà Tĩnh\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = _cli(
        "convert",
        str(root),
        "-o",
        str(out),
        "--scope-map",
        str(smap),
        "--scope",
        "Quảng Trị",
        "--no-progress",
    )
    assert proc.returncode == 0, proc.stderr
    scopes = {Path(r["source"]).parent.name: r["metadata"]["scope"] for r in read_jsonl(out)}
    assert scopes == {"ha-tinh": "Hà Tĩnh", "quang-tri": "Quảng Trị"}
    bad = _cli(
        "convert", str(root), "-o", str(tmp_path / "x.jsonl"), "--scope-map", str(tmp_path / "nope.tsv")
    )
    assert bad.returncode == 2
    assert bad.stderr.startswith("reportextract: error:")


# --------------------------------------------------------------------------- a worker that dies

_MISBEHAVING_SITE = """
import os, time
import reportextract.pipeline as _p
_orig = _p.extract
def extract(source, **kw):
    name = os.path.basename(str(source))
    if "crash" in name:
        os._exit(3)  # as if a parser segfaulted or the OOM killer struck
    if "hang" in name:
        time.sleep(60)  # as if a pathological file made a parser loop
    return _orig(source, **kw)
_p.extract = extract
"""


@pytest.mark.parametrize("workers", ["2", "1"])
def test_a_worker_that_dies_or_hangs_becomes_an_error_record(tmp_path, workers):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(_MISBEHAVING_SITE, encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    for i in range(8):
        (src / f"r{i}.txt").write_text(f"Toàn tỉnh ra quân {i + 10} đội hình.", encoding="utf-8")
    (src / "r3-hang.txt").write_text("Toàn tỉnh ra quân 5 đội hình.", encoding="utf-8")
    if workers != "1":  # in-process, a crash takes the whole run with it
        (src / "r3-crash.txt").write_text("Toàn tỉnh ra quân 5 đội hình.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "reportextract",
            "convert",
            str(src),
            "-o",
            str(out),
            "--workers",
            workers,
            "--timeout",
            "3",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    records = _by_source(list(read_jsonl(out, errors=True)))
    assert len(records) == len(list(src.iterdir()))
    if workers != "1":
        assert records[str(src / "r3-crash.txt")]["error"]["kind"] == "crash"
    assert records[str(src / "r3-hang.txt")]["error"]["kind"] == "timeout"
    assert all("error" not in r for s, r in records.items() if "crash" not in s and "hang" not in s)


# --------------------------------------------------------------------------- the development documents

REAL_DOCS = REPO.parent / "shared" / "real" / "docs"


@pytest.mark.real
@pytest.mark.slow
def test_convert_the_real_development_documents(tmp_path):
    if not REAL_DOCS.is_dir():
        pytest.skip("../shared/real is absent")
    out = tmp_path / "real.jsonl"
    result = convert([REAL_DOCS], out, workers=2, progress=False)
    assert result.failures == []
    records = _by_source(list(read_jsonl(out, errors=True)))
    assert sorted(Path(s).name for s in records) == sorted(p.name for p in REAL_DOCS.iterdir() if p.is_file())
    pd = pytest.importorskip("pandas")
    from reportextract import to_dataframe

    df = to_dataframe(read_jsonl(out))
    assert isinstance(df, pd.DataFrame)
    assert len(df) == sum(len(r["figures"]) for r in records.values())
    assert df["document"].nunique() > len(records) // 2  # most documents have figures


def test_the_three_outputs_hold_the_same_figures(archive, tmp_path):
    from reportextract.outputs.batch import iter_output_figures

    root, _files = archive
    outs = {"jsonl": tmp_path / "o.jsonl", "json": tmp_path / "o", "csv": tmp_path / "o.csv"}
    tables = {}
    for to, out in outs.items():
        convert([root], out, to=to, workers=1, progress=False)
        tables[to] = sorted(
            (r["document"], r["category"], float(r["value"]), int(r["span_start"]))
            for r in iter_output_figures(out, to)
        )
    assert tables["jsonl"]
    assert tables["jsonl"] == tables["json"] == tables["csv"]


def test_csv_changed_inputs_replace_their_rows(archive, tmp_path):
    root, files = archive
    out = tmp_path / "so-lieu.csv"
    convert([root], out, to="csv", workers=1, progress=False)

    def rows() -> list[dict[str, str]]:
        with open(out, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    def errors() -> list[str]:
        with open(out.with_name("so-lieu.errors.csv"), newline="", encoding="utf-8") as fh:
            return [r["source"] for r in csv.DictReader(fh)]

    before = rows()
    good, bad = files["tinh-a/bao-cao-he.txt"], files["hong/empty.txt"]
    good.write_text("Toàn tỉnh ra quân 7 đội hình và 9 đội hình.\n", encoding="utf-8")  # a good file changes
    bad.write_text("Hội nghị có 250 đại biểu tham dự.\n", encoding="utf-8")  # a failed one is fixed
    for p in (good, bad):
        os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 10**9 * 60))
    result = convert([root], out, to="csv", workers=1, progress=False)
    assert (result.converted, result.skipped) == (2, len(files) - 2)
    after = rows()
    assert [r for r in after if r["document"] not in (str(good), str(bad))] == [
        r for r in before if r["document"] != str(good)
    ]
    assert sorted(r["value"] for r in after if r["document"] == str(good)) == ["7", "9"]
    assert str(bad) not in errors()
    assert len(errors()) == len([n for n in files if n not in GOOD]) - 1


def test_progress_bar_line():
    import io

    from reportextract.outputs.batch import Progress

    stream = io.StringIO()
    bar = Progress(4, stream, enabled=True)
    bar.columns = 200
    bar.update(1, 0, force=True)
    bar.update(2, 1)  # within 0.1 s of the last draw: skipped
    bar.close(4, 1)
    drawn = stream.getvalue()
    assert drawn.startswith("\r[")
    assert drawn.count("\r") == 2
    assert "4/4 100%" in drawn
    assert "files/s, 1 failed" in drawn
    assert drawn.endswith("\n")
    quiet = io.StringIO()
    off = Progress(4, quiet, enabled=False)
    off.update(1, 0, force=True)
    off.close(4, 0)
    assert quiet.getvalue() == ""


# --------------------------------------------------------------------------- whatever a crash leaves


@pytest.mark.slow
def test_resume_after_any_cut_of_output_and_manifest(tmp_path_factory):
    """A crash (or power loss before fsync) can cut the output and the manifest anywhere after the
    manifest's header; the next run must still end with every input exactly once, whole."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        cut_out=st.floats(0, 1),
        cut_manifest=st.floats(0, 1),
        junk=st.binary(max_size=40),
        touched=st.sets(st.integers(0, 3)),
        to=st.sampled_from(["jsonl", "csv"]),
    )
    def check(cut_out, cut_manifest, junk, touched, to):
        root = tmp_path_factory.mktemp("cut")
        src = root / "in"
        src.mkdir()
        for i in range(4):
            (src / f"r{i}.txt").write_text(
                f"Xã ra quân {i + 2} đội hình, {i * 5 + 10} đoàn viên.\n", encoding="utf-8"
            )
        out = root / ("out.jsonl" if to == "jsonl" else "out.csv")
        convert([src], out, to=to, workers=1, progress=False)
        manifest = out.with_name(out.name + MANIFEST_SUFFIX)
        header_len = manifest.read_bytes().index(b"\n") + 1
        m_size = manifest.stat().st_size
        manifest_cut = int(header_len + (m_size - header_len) * cut_manifest)
        with open(manifest, "r+b") as fh:
            fh.truncate(manifest_cut)
        with open(out, "r+b") as fh:
            fh.truncate(int(out.stat().st_size * cut_out))
            fh.seek(0, 2)
            fh.write(junk)
        for i in touched:
            p = src / f"r{i}.txt"
            p.write_text(f"Xã ra quân {i + 20} đội hình.\n", encoding="utf-8")
            os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 10**9 * 60))
        result = convert([src], out, to=to, workers=1, progress=False)
        assert result.ok
        if to == "jsonl":
            records = _by_source(list(read_jsonl(out, errors=True)))
            assert sorted(Path(s).name for s in records) == [f"r{i}.txt" for i in range(4)]
            for i in touched:
                assert f"{i + 20} đội hình" in records[str(src / f"r{i}.txt")]["body"]
        else:
            with open(out, newline="", encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
            assert all(len(r) == len(FIGURE_COLUMNS) and None not in r.values() for r in rows)
            per_doc: dict[str, list[str]] = {}
            for r in rows:
                per_doc.setdefault(Path(r["document"]).name, []).append(r["value"])
            assert sorted(per_doc) == [f"r{i}.txt" for i in range(4)]
            for i in range(4):
                expected = [str(i + 20)] if i in touched else [str(i + 2), str(i * 5 + 10)]
                assert per_doc[f"r{i}.txt"] == expected
        entries = [json.loads(x) for x in manifest.read_text(encoding="utf-8").splitlines()[1:]]
        assert len(entries) == 4
        assert entries[-1]["end"]["out"] == out.stat().st_size

    check()


@pytest.mark.parametrize("to", ["jsonl", "json", "csv"])
def test_a_file_name_that_is_not_utf8(tmp_path, to):
    """Archives unpacked from old Windows zips have names in legacy code pages."""
    src = tmp_path / "in"
    src.mkdir()
    try:
        with open(os.path.join(os.fsencode(src), b"b\xe1o-c\xe1o.txt"), "wb") as fh:
            fh.write("Toàn tỉnh ra quân 45 đội hình.".encode())
    except OSError:
        pytest.skip("this file system wants UTF-8 names")
    (src / "ok.txt").write_text("Toàn tỉnh ra quân 46 đội hình.", encoding="utf-8")
    out = tmp_path / {"jsonl": "o.jsonl", "json": "o", "csv": "o.csv"}[to]
    first = convert([src], out, to=to, workers=1, progress=False)
    assert (first.converted, first.failed) == (2, 0)
    again = convert([src], out, to=to, workers=1, progress=False)
    assert again.skipped == 2  # the manifest key reads back as the same name
    if to == "jsonl":
        sources = [r["source"] for r in read_jsonl(out)]
        assert sorted(os.fsencode(s) for s in sources) == sorted(os.fsencode(p) for p in src.iterdir())
