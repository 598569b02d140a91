"""Interrupting `reportextract convert` leaves only complete outputs, and resuming finishes the job.

The subprocess gets a `sitecustomize` that slows each extraction a little (so the interrupt
lands mid-run on any machine); the conversion code itself is untouched.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportextract.outputs.batch import MANIFEST_SUFFIX
from reportextract.outputs.serialize import TEMP_PREFIX, TEMP_SUFFIX

N_FILES = 200

_SLOW_SITE = """
import os, time
import reportextract.pipeline as _p
_orig = _p.extract
_delay = float(os.environ.get("REPORTEXTRACT_TEST_DELAY", "0"))
def extract(source, **kw):
    time.sleep(_delay)
    return _orig(source, **kw)
_p.extract = extract
"""


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    for i in range(N_FILES):
        folder = root / f"huyen-{i % 5}"
        folder.mkdir(exist_ok=True)
        (folder / f"tin-{i:03d}.txt").write_text(
            f"Tin hoạt động số {i}\n\nĐoàn xã ra quân {i + 3} đội hình với hơn {i * 10 + 50} "
            "đoàn viên tham gia, "
            f"trao {i % 7 + 1} phần quà cho hộ khó khăn.\n",
            encoding="utf-8",
        )
    return root


def _env(tmp_path: Path, delay: float) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(_SLOW_SITE, encoding="utf-8")
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]),
        "REPORTEXTRACT_TEST_DELAY": str(delay),
    }


def _argv(inputs: Path, out: Path, to: str) -> list[str]:
    """`python -m reportextract convert` over `inputs` with 2 workers and no progress bar."""
    return [
        sys.executable,
        "-m",
        "reportextract",
        "convert",
        str(inputs),
        "-o",
        str(out),
        "--to",
        to,
        "--workers",
        "2",
        "--no-progress",
    ]


def _convert(inputs: Path, out: Path, to: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        _argv(inputs, out, to),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )


def _wait_until(check, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            raise AssertionError("the conversion did not get going in time")
        time.sleep(0.02)


def _jsonl_sources(out: Path) -> list[str]:
    text = out.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n"), "the output ends in a cut line"
    return [json.loads(line)["source"] for line in text.splitlines()]  # every line parses


def _json_sources(out: Path, *, temp_allowed: bool = True) -> list[str]:
    files = [p for p in out.rglob("*") if p.is_file()]
    temp = [p for p in files if p.name.startswith(TEMP_PREFIX) and p.name.endswith(TEMP_SUFFIX)]
    # a worker ended mid-write may leave its temporary file (never a half .json); resume removes it
    assert temp_allowed or not temp, temp
    outputs = [p for p in files if p not in temp]
    assert all(p.name.endswith(".json") for p in outputs)
    return [json.loads(p.read_text(encoding="utf-8"))["source"] for p in outputs]  # every file parses


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("to", "how"),
    [
        ("jsonl", "SIGINT"),  # stops after the files in flight
        ("json", "SIGINT"),
        ("json", "SIGINT twice"),  # stops at once: workers ended mid-file
        ("jsonl", "SIGKILL"),  # nothing gets to clean up
    ],
)
def test_interrupt_then_resume(inputs, tmp_path, to, how):
    out = tmp_path / ("out.jsonl" if to == "jsonl" else "out")
    manifest = out.with_name(out.name + MANIFEST_SUFFIX)
    proc = _convert(inputs, out, to, _env(tmp_path, delay=0.02))
    try:
        if to == "jsonl":
            _wait_until(lambda: _lines(manifest) > 15)
        else:
            _wait_until(lambda: out.is_dir() and sum(1 for _ in out.rglob("*.json")) > 15)
        if how == "SIGKILL":
            os.killpg(proc.pid, signal.SIGKILL)  # the whole group, workers too
        else:
            proc.send_signal(signal.SIGINT)  # only the parent, as `kill -INT PID` does
            if how == "SIGINT twice":
                time.sleep(0.01)
                proc.send_signal(signal.SIGINT)
        _stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    if how.startswith("SIGINT"):
        assert proc.returncode == 130, stderr
        assert "Traceback" not in stderr
    if how == "SIGINT":
        assert "run the same command again to resume" in stderr

    partial = _jsonl_sources(out) if to == "jsonl" else _json_sources(out)
    assert 0 < len(partial) < N_FILES, "the interrupt came too late to test anything"
    assert len(set(partial)) == len(partial)

    resumed = subprocess.run(
        _argv(inputs, out, to),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert resumed.returncode == 0, resumed.stderr
    final = _jsonl_sources(out) if to == "jsonl" else _json_sources(out, temp_allowed=False)
    assert sorted(final) == sorted(str(p) for p in inputs.rglob("*.txt"))  # each input exactly once
    if how == "SIGINT":
        # what was written before the interrupt was kept, not redone
        assert f"{N_FILES - len(partial)} converted" in resumed.stderr
