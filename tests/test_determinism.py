"""The same document gives the same output in every process.

Python salts the hash of strings per process, so anything that iterates a set or orders by hash can
change from one run to the next. Two interpreters with different hash seeds must agree on every
text and markdown report of the corpus (the other formats share the later stages).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parent.parent / "corpora"

_SCRIPT = """
import json, sys
from pathlib import Path
from reportextract import extract
from reportextract.outputs.serialize import report_dict
out = {}
for p in sorted(Path(sys.argv[1]).glob("*")):
    if p.suffix in (".txt", ".md"):
        d = report_dict(extract(p))
        d.pop("source", None)
        out[p.name] = d
print(json.dumps(out, ensure_ascii=False, sort_keys=True, default=str))
"""


def _run(seed: str) -> dict[str, object]:
    import json

    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(CORPORA)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=300,
    )
    return json.loads(done.stdout)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="corpora/ not present")
def test_output_does_not_depend_on_the_hash_seed() -> None:
    first, second = _run("1"), _run("2")
    assert first.keys() == second.keys() and len(first) > 20
    differ = [name for name in first if first[name] != second[name]]
    assert differ == []
