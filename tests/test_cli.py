"""The command line, run as `python -m reportextract` in a subprocess (pdfplumber's test_convert style).

Sample texts are written for these tests in the genre (no sentence from a real document).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reportextract.cli import main

REPORT = """BÁO CÁO
Kết quả ra quân Ngày Thanh niên cùng hành động

Toàn tỉnh đã tổ chức 36 hoạt động với gần 2.000 đoàn viên, thanh niên tham gia¹.

¹ Riêng Huyện đoàn Tân Lập trồng 500 cây xanh.
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportextract", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    p = tmp_path / "bao-cao.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


def assert_one_line_error(proc: subprocess.CompletedProcess[str], code: int) -> None:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines
    assert lines[-1].startswith("reportextract: error: ") or lines[-1].startswith("usage:") or code == 2


def test_extract_one_file_prints_an_object(report_file):
    proc = run("extract", str(report_file))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["source"] == str(report_file)
    assert set(data) >= {"metadata", "sections", "footnotes", "body", "figures"}
    assert "36 hoạt động" in data["body"]
    assert [f["id"] for f in data["footnotes"]] == ["1"]


def test_extract_several_files_to_output_file(report_file, tmp_path):
    other = tmp_path / "tin.md"
    other.write_text("# Tin ngắn\n\nHội thi thu hút **120 đội** tham dự.\n", encoding="utf-8")
    out = tmp_path / "ra" / "ket-qua.json"
    proc = run("extract", str(report_file), str(other), "-o", str(out), "--indent", "0", "--scope", "Tân Lập")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.count("\n") == 1  # --indent 0: compact
    data = json.loads(text)
    assert [d["source"] for d in data] == [str(report_file), str(other)]
    assert all(d["metadata"]["scope"] == "Tân Lập" for d in data)


def test_extract_format_flag_forces_the_reader(tmp_path):
    p = tmp_path / "khong-duoi"
    p.write_text("# Tiêu đề\n\nĐã trao **15 suất** học bổng.\n", encoding="utf-8")
    proc = run("extract", str(p), "--format", "md")
    assert proc.returncode == 0, proc.stderr
    assert "**" not in json.loads(proc.stdout)["body"]


def test_extract_format_json_as_the_spec_writes_it(report_file):
    proc = run("extract", str(report_file), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["source"] == str(report_file)


ERROR_CASES = [
    # (file name, content or None for a missing file) -> one-line error, exit 1
    ("khong-co.txt", None),
    ("hong.docx", b"PK\x03\x04 this is not really a zip"),
    ("rong.txt", b""),
    ("nhi-phan.txt", b"\x00\x01\x02\xff\xfe" * 100),
]


@pytest.mark.parametrize(("name", "content"), ERROR_CASES)
def test_extract_errors_are_one_line(tmp_path, name, content):
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    proc = run("extract", str(p))
    assert_one_line_error(proc, 1)
    assert len(proc.stderr.strip().splitlines()) == 1
    assert name in proc.stderr
    assert proc.stdout == ""


def test_extract_error_among_several_writes_nothing(report_file, tmp_path):
    out = tmp_path / "o.json"
    proc = run("extract", str(report_file), str(tmp_path / "missing.txt"), "-o", str(out))
    assert_one_line_error(proc, 1)
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["extract"],
        ["convert", "x"],  # -o is required
        ["convert", "x", "-o", "y", "--to", "xml"],
        ["convert", "x", "-o", "y", "--workers", "0"],
        ["show"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(args):
    proc = run(*args)
    assert proc.returncode == 2
    assert "usage:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_convert_missing_source_is_a_usage_error(tmp_path):
    proc = run("convert", str(tmp_path / "khong-co"), "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 2
    assert proc.stderr.startswith("reportextract: error: no such file or directory")


def test_convert_all_good_exits_0_with_summary(report_file, tmp_path):
    out = tmp_path / "o.jsonl"
    proc = run("convert", str(report_file), "-o", str(out), "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert "1 converted, 0 failed" in proc.stderr
    assert "\r" not in proc.stderr  # no progress bar
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    forced = run("convert", str(report_file), "-o", str(out), "--progress", "-q", "--workers", "1", "--force")
    assert forced.returncode == 0
    assert "[####" in forced.stderr  # the bar, although stderr is a pipe
    assert "files/s" in forced.stderr


def test_show_in_terminal_marks_figures(report_file):
    proc = run("show", str(report_file))
    assert proc.returncode == 0, proc.stderr
    assert "\x1b[" not in proc.stdout  # not a TTY: no colours
    assert "Footnotes" in proc.stdout
    assert "[1] Riêng Huyện đoàn Tân Lập" in proc.stdout
    coloured = run("show", str(report_file), "--color", "always")
    assert "\x1b[" in coloured.stdout


def test_show_html_writes_a_page(report_file, tmp_path):
    out = tmp_path / "trang.html"
    proc = run("show", str(report_file), "--html", str(out))
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert 'id="figure-table"' in page


def test_show_html_to_stdout(report_file):
    proc = run("show", str(report_file), "--html", "-")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("<!doctype html>")
    assert proc.stdout.rstrip().endswith("</html>")


def test_show_missing_file_is_one_line(tmp_path):
    assert_one_line_error(run("show", str(tmp_path / "x.txt")), 1)


def test_eval_is_wired():
    proc = run("eval", "--help")
    assert proc.returncode == 0, proc.stderr
    assert "--gold" in proc.stdout


def test_version_and_help():
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("extract", "convert", "show", "eval"):
        assert command in proc.stdout
    assert run("--version").stdout.startswith("reportextract ")


def test_main_takes_argv_in_process(report_file, capsys):
    assert main(["extract", str(report_file), "--indent", "0"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == str(report_file)
    assert main(["extract", str(report_file.with_name("missing.txt"))]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reportextract: error:")


def test_importing_the_cli_does_no_work():
    code = (
        "import sys; import reportextract.cli; "
        "heavy = [m for m in ('reportextract.pipeline', 'reportextract.outputs.batch', 'spacy', 'pandas') "
        "if m in sys.modules]; print(heavy)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def test_convert_summary_prints_figures_per_unit(report_file, tmp_path):
    proc = run(
        "convert", str(report_file), "-o", str(tmp_path / "o.jsonl"), "--summary", "--scope", "Tân Lập"
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:3] == ["unit", "docs", "figures"]
    assert lines[-1].split()[:2] == ["total", "1"]


def test_extract_reads_standard_input():
    proc = subprocess.run(
        [sys.executable, "-m", "reportextract", "extract", "-", "--format", "md"],
        input="# Tin\n\nĐã trao **15 suất** học bổng cho học sinh.\n".encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["source"] == "<stdin>"
    assert "15 suất" in data["body"]
    assert "**" not in data["body"]


def test_convert_output_of_the_wrong_kind_is_a_usage_error(report_file, tmp_path):
    a_dir = tmp_path / "thu-muc"
    a_dir.mkdir()
    proc = run("convert", str(report_file), "-o", str(a_dir), "--to", "jsonl")
    assert proc.returncode == 2
    assert "writes a file" in proc.stderr
    a_file = tmp_path / "ket-qua.json"
    a_file.write_text("{}", encoding="utf-8")
    proc = run("convert", str(report_file), "-o", str(a_file), "--to", "json")
    assert proc.returncode == 2
    assert "writes a directory" in proc.stderr


def test_convert_takes_a_list_of_inputs_from_a_file(report_file, tmp_path):
    other = tmp_path / "tin.md"
    other.write_text("# Tin\n\nĐã trao 15 suất học bổng.\n", encoding="utf-8")
    listing = tmp_path / "danh-sach.txt"
    listing.write_text(f"{report_file}\n{other}\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    proc = run("convert", f"@{listing}", "-o", str(out), "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["source"] for x in out.read_text(encoding="utf-8").splitlines()] == [
        str(report_file),
        str(other),
    ]
