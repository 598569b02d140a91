"""The authored corpus (`corpora/`) is reproducible from its sources and every document has gold.

Sources: ``corpora-src/c*.md``, built by ``corpora-src/build.py`` (see ``corpora-src/README.md``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

import pytest

from reportextract.evaluation.gold import CATEGORIES
from reportextract.evaluation.gold import QUALIFIERS as GOLD_QUALIFIERS

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
GOLD = ROOT / "gold"
DOC_SUFFIXES = {".txt", ".md", ".html", ".docx", ".pdf"}
QUALIFIERS = {None, *GOLD_QUALIFIERS}
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


def _load_build():
    build_py = CORPORA.parent / "corpora-src" / "build.py"
    spec = importlib.util.spec_from_file_location("corpora_build", build_py)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["corpora_build"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _documents() -> list[Path]:
    return sorted(
        p for p in CORPORA.iterdir() if p.is_file() and p.suffix in DOC_SUFFIXES and p.name != "README.md"
    )


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    build = _load_build()
    out = tmp_path_factory.mktemp("corpora")
    gold = tmp_path_factory.mktemp("gold")
    problems = build.build(None, {"txt", "md", "html", "gold", "variants"}, out, gold)
    return out, gold, problems


def test_sources_exist():
    assert len(list((CORPORA.parent / "corpora-src").glob("c*.md"))) >= 1


def test_rebuild_reports_no_gold_problems(rebuilt):
    assert rebuilt[2] == 0


def test_rebuilt_text_files_are_byte_identical(rebuilt):
    out, _, _ = rebuilt
    built = sorted(out.iterdir())
    assert built, "the build produced nothing"
    for path in built:
        committed = CORPORA / path.name
        assert committed.exists(), f"{path.name} is built but not committed"
        assert committed.read_bytes() == path.read_bytes(), f"{path.name} differs from its source build"


def test_rebuilt_gold_is_byte_identical(rebuilt):
    _, gold, _ = rebuilt
    for path in sorted(gold.iterdir()):
        assert (GOLD / path.name).read_bytes() == path.read_bytes(), f"gold/{path.name} is stale"


def test_every_document_has_gold_and_every_gold_a_document():
    stems = {p.stem for p in _documents()}
    golds = {p.stem for p in GOLD.glob("*.json")}
    assert stems - golds == set(), "documents without gold"
    assert golds - stems == set(), "gold without a document"


@pytest.mark.parametrize("path", sorted(GOLD.glob("c*.json")), ids=lambda p: p.stem)
def test_gold_file_follows_the_spec(path: Path):
    g = json.loads(path.read_text(encoding="utf-8"))
    assert g["schema"] == "reportextract.gold/v1"
    assert (CORPORA / g["document"]).exists()
    assert Path(g["document"]).stem == path.stem
    assert set(g["metadata"]) == METADATA_KEYS
    assert g["figures"], "an authored report always has figures"
    for f in g["figures"]:
        assert f["category"] in CATEGORIES
        assert f["qualifier"] in QUALIFIERS
        assert isinstance(f["value"], int | float)
        assert f["unit"]
        assert f["footnote"] is None or f["footnote"] in {n["id"] for n in g["footnotes"]}


def _variants() -> list[tuple[str, str, str]]:
    """(encoding, variant stem, source stem) for every encoded copy a source asks for."""
    build = _load_build()
    out = []
    for path in sorted((CORPORA.parent / "corpora-src").glob("c*.md")):
        src = build.parse_source(path)
        out.extend((enc, stem, src.stem) for enc, stem in build.variants(src))
    return out


@pytest.mark.parametrize(("encoding", "stem", "source"), _variants(), ids=str)
def test_encoded_copy_decodes_to_its_source_text(encoding: str, stem: str, source: str):
    data = (CORPORA / f"{stem}.txt").read_bytes()
    expected = (CORPORA / f"{source}.txt").read_text(encoding="utf-8")
    if encoding in ("tcvn3", "vni"):
        from reportextract.readers.legacy import decode

        text = decode(data, encoding)
        if encoding == "tcvn3" and text.replace("\r\n", "\n") != expected:
            pytest.xfail(
                "TCVN3 has no codes for some toned capitals (an upper-case font shows lower-case "
                "codes), so a two-letter word like 'BÍ' may come back as 'Bí'"
            )
    elif encoding == "cp1258":
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    else:
        text = data.decode("utf-16")
    assert text.replace("\r\n", "\n") == expected
