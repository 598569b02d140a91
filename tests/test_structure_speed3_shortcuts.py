"""The structure stage's shortcuts give the answers of the plain computations they stand for.

Random cells are built from the pieces the column patterns look for (header words, "Số:",
"TM.", "(Đã ký)", place-and-date, "***", ";", separator runs), so the edge cases come up; the
lines of the corpus's text exports are checked too.
"""

from __future__ import annotations

import random
from pathlib import Path

import regex

from reportextract.readers import text as text_mod
from reportextract.structure import lines as lines_mod

CORPORA = Path(__file__).resolve().parents[1] / "corpora"

#: the column-start pattern as one alternation (what `split_cells` used before it was cut up)
_COLUMN_START = regex.compile(
    r"(?<=\S)\s+(?="
    r"ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH\s*$"
    r"|CỘNG\s+HÒA\s+XÃ\s+HỘI|CỘNG\s+HOÀ\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]"
    r"|Số\s*:"
    r"|(?:TM|TL|KT|TUQ|T/M)\.\s*\p{Lu}{2,}"
    r"|\(\s*(?:Đã|đã)\s+ký\s*\)"
    r")"
    r"|(?<=(?:^|\s)[\p{Lu}\d*/\-–.:]{2,})\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,4}\s*,\s*ngày\s)"
    r"|(?<=^[*\-–_=~.]{3,})\s*(?=\S)"
    r"|(?<=\p{Lu}{2})(?=ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH\s*$)"
    r"|(?<=;)\s+(?=\p{Lu}{2,}(?:\s+\p{Lu}{2,})*\s*$)"
    r"|(?<=;)\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4}\s*$)"
    r"|(?<=\p{Lu}{2,})\s+(?=[*]{3}\s*$)"
)
#: the necessary condition for a column start, as one pattern
_COLUMN_CUE = regex.compile(
    r"ĐOÀN|CỘNG|Độc|Số|ký|(?:TM|TL|KT|TUQ|T/M)\.|,\s*ngày\s|;\s+\p{Lu}|\*\*\*|^[*\-–_=~.]{3}"
)

_PIECES = [
    "ĐOÀN", "TNCS", "HỒ", "CHÍ", "MINH", "THANH", "NIÊN", "CỘNG", "SẢN", "HÒA", "HOÀ", "XÃ", "HỘI",
    "Độc", "lập", "-", "–", "Số", ":", "Số:", "TM.", "TL.", "KT.", "TUQ.", "T/M.", "TM", "BAN", "(Đã",
    "ký)", "(", ")", "đã", "ký", "Hà", "Nội", "Bình", "Định", ",", "ngày", "05", "tháng", "9", "năm",
    "2024", "***", "*", ";", "Nguyễn", "Văn", "An", "ĐỘI", "12/KH", "_", "=", "~", ".", "ký,",
]  # fmt: skip
_SEPS = [" ", " ", " ", "", "  ", "\t", ", ", "; ", "\u00a0"]


def _cells(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        if rng.random() < 0.15:
            parts.append(rng.choice(["***", "---", "–––", "___", "==", "..", "*-."]))
        for _ in range(rng.randrange(1, 14)):
            parts.append(rng.choice(_PIECES))
            parts.append(rng.choice(_SEPS))
        out.append("".join(parts).strip())
    return out


def _corpus_cells() -> list[str]:
    """The lines of the corpus's text exports, and their cells as `split_cells` cuts them."""
    out = []
    for path in sorted(CORPORA.glob("*.txt")):
        for line in path.read_bytes().decode("utf-8", errors="replace").split("\n"):
            if line.strip():
                out.append(line.strip())
                out.extend(c.strip() for c in lines_mod._GAP.split(line) if c.strip())
    return out


def test_column_cue_agrees_with_the_pattern() -> None:
    for cell in _cells(20000, 1) + _corpus_cells():
        assert lines_mod._column_cue(cell) == bool(_COLUMN_CUE.search(cell)), cell


def test_pruned_column_split_agrees_with_the_whole_alternation() -> None:
    checked = 0
    for cell in _cells(20000, 2) + _corpus_cells():
        alternatives = lines_mod._possible_alternatives(cell)
        whole = _COLUMN_START.split(cell)
        if not alternatives:
            assert whole == [cell], cell
            continue
        assert lines_mod._column_start(alternatives).split(cell) == whole, cell
        checked += 1
    assert checked > 1000


def test_every_pattern_space_is_a_python_space() -> None:
    """`analyse_line` looks at the first character of its stripped text before trying a start
    pattern: that needs every character of the patterns' ``\\s`` to be one `str.strip` removes."""
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    assert all(c.isspace() for c in regex.findall(r"\s", every))


def test_start_checks_of_analyse_line_change_nothing() -> None:
    """Lines starting with each start character, with and without spaces around, read the same
    as through the patterns alone (the character test only skips patterns that cannot match)."""
    starts = ["#", "##", "# ", "¹", "²³", "[^2]:", "[^x]", "-", "–", "*", "+", "•", "●", "▪", "◦", "○", "■"]
    starts.append("□")
    rests = ["", " ", "  Tổ chức 12 buổi", "Tổ chức", "\tx", " [^1]: y", "** đậm**"]
    seen = 0
    for lead in ["", " ", "\u00a0", "\u3000 "]:
        for start in starts:
            for rest in rests:
                line = lead + start + rest
                got = text_mod.analyse_line(line)
                ed = text_mod._Editable(line)
                ed.strip()
                if text_mod._MD_HEADING.match(ed.text):
                    assert got.kind == "heading", line
                elif text_mod._FOOTNOTE_START.match(ed.text) or text_mod._MD_FOOTNOTE_DEF.match(ed.text):
                    assert got.kind == "footnote", line
                elif text_mod._BULLET.match(ed.text):
                    assert got.kind == "list_item", line
                else:
                    assert got.kind in ("paragraph", "caption"), line
                seen += 1
    assert seen > 400
