"""The figure stage's shortcuts give the answers of the plain computations they stand for.

Random texts are built from the words the shortcuts care about (cue words, words with old- and
new-style tone marks, sentence punctuation and runs of white space), so the edge cases come up.
"""

from __future__ import annotations

import random

import pytest
import regex

from _random_text import random_texts
from reportextract.figures.checks import _SENT, _Breaks, _sentence_end
from reportextract.figures.context import _SENT_END, TextContext, contains_phrase
from reportextract.figures.lexicon import cue_probes, cue_set, is_probe, key
from reportextract.textnorm import normalize

_WORDS = [
    "mỗi", "từng", "xã", "phân", "công", "thành", "lập", "cử", "bố", "trí", "toàn", "tòan", "quốc",
    "QUỐC", "cả", "nước", "Nước", "khắp", "trên", "hoà", "hòa", "thuý", "đội", "hình", "12", "1.947",
]  # fmt: skip
_SEPS = [" ", " ", " ", ", ", ". ", ".\n", "\n\n", ".  \n", "! ", "; ", ": ", " - "]


def _texts(n: int, seed: int) -> list[str]:
    return random_texts(_WORDS, _SEPS, n, seed, max_parts=40)


@pytest.mark.parametrize("kinds", [("national",), ("each", "assign")])
def test_cue_pre_test_never_rules_out_a_phrase_that_is_there(kinds: tuple[str, ...]) -> None:
    probes = cue_probes(*kinds)
    assert probes is not None
    phrases = frozenset().union(*(cue_set(k) for k in kinds))
    ruled_out = 0
    for text in _texts(400, seed=len(kinds)):
        ctx = TextContext.build(text)
        for start in range(0, len(text), 7):
            end = min(len(text), start + 60)
            words = [key(w) for w in text[start:end].split()]
            if not ctx.may_contain(probes, start, end):
                ruled_out += 1
                assert not contains_phrase(words, phrases), (text, start, end)
    assert ruled_out > 100  # the pre-test does rule windows out


def _next_sentence_end(text: str, pos: int) -> int:
    """What `_Breaks.next_end` stands for: two searches from `pos`."""
    end = _sentence_end(text, pos)
    m = _SENT.search(text, min(len(text), end + 1))
    nxt = m.start() if m else len(text)
    return min(nxt, end + 400)


def test_sentence_breaks_found_once_agree_with_a_search_from_each_offset() -> None:
    for text in [*_texts(300, seed=7), "", ".", "a.  \n\nb", "x!\n"]:
        breaks = _Breaks(text)
        for pos in range(len(text) + 1):
            assert breaks.end(pos) == _sentence_end(text, pos), (text, pos)
            assert breaks.next_end(pos) == _next_sentence_end(text, pos), (text, pos)


# the sentence-end pattern as first written: a look-behind for the stop, tried at every character
_SENT_END_LOOKBEHIND = regex.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\p{Lu}\d“\"‘(–-])")
_STOPS = [".", "!", "?", "…", '"', "”", "’", ")", " ", "\n", "  ", "A", "a", "1", "“", "‘", "(", "–", "-"]


def test_sentence_ends_match_the_look_behind_pattern() -> None:
    rng = random.Random(11)
    texts = [*_texts(200, seed=5)]
    texts += ["".join(rng.choice(_STOPS) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    for text in texts:
        expected = [(m.start(), m.end()) for m in _SENT_END_LOOKBEHIND.finditer(text)]
        assert [(m.start() + 1, m.end()) for m in _SENT_END.finditer(text)] == expected, text


_PHRASE_WORDS = [
    "đội", "hình", "tình", "nguyện", "viên", "đoàn", "viên", "thanh", "niên", "và", "công", "trình",
    "phần", "việc", "suất", "quà", "lượt", "tổng", "số", "các", "tham", "gia", "tại", "xã", "mới",
    "12", "1.947", "triệu", "đồng", "Hội", "viên", "nhà", "nhân", "ái", "cây", "xanh", "ngày", "công",
]  # fmt: skip
_PHRASE_SEPS = [" ", " ", " ", " ", ", ", " - ", " / ", " và ", ". ", "\n", "; "]


def test_measure_phrase_read_in_two_steps_equals_one_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """`measure_after` reads the first words for the lexicon lookup and the rest only when the
    phrase goes on; reading all of them at once (`_LOOKUP_WORDS` = `_PHRASE_WORDS`) gives the same
    phrase, also for long runs of coordinated nouns."""
    from reportextract.figures import measure

    texts = random_texts(_PHRASE_WORDS, _PHRASE_SEPS, 300, seed=11, max_parts=30)
    cases = [(t, pos) for t in texts for pos in range(0, len(t), 7)]
    cases += [
        ("12 công trình, phần việc, công trình thanh niên, phần việc, công trình và phần việc mới", 2),
        ("12 đoàn viên, thanh niên, hội viên, đoàn viên và thanh niên tình nguyện mới tại xã", 2),
    ]
    two_steps = [measure.measure_after(t, pos, len(t)) for t, pos in cases]
    first_step = measure._LOOKUP_WORDS
    monkeypatch.setattr(measure, "_LOOKUP_WORDS", measure._PHRASE_WORDS)
    one_step = [measure.measure_after(t, pos, len(t)) for t, pos in cases]
    assert two_steps == one_step
    assert sum(len(p.text.split()) > first_step for p in one_step) > 0  # long phrases came up


def test_the_lookup_words_cover_leading_words_and_the_longest_entry() -> None:
    from reportextract.figures import lexicon, measure

    longest_leading = max(k for _, k in lexicon._LEADING_BY_LENGTH)
    assert longest_leading + lexicon.max_measure_words() <= measure._LOOKUP_WORDS


_GIVE_WORDS = [
    "chuyển", "CHUYỂN", "giao", "tặng", "trao", "gửi", "hỗ", "trợ", "bàn", "tài", "mang", "hoà", "hòa",
    "thuỷ", "thủy", "xã", "quà", "12", "triệu", "đồng",
]  # fmt: skip


def test_give_and_send_pre_test_is_active_and_never_rules_out_a_phrase_that_is_there() -> None:
    # "chuyển" keeps its spelling under tone normalisation, so it is a probe word: the pre-test of
    # the gift rules is not None (before, any word with "uy" in it switched the pre-test off)
    probes = cue_probes("give", "send")
    assert probes is not None
    phrases = frozenset().union(*(cue_set(k) for k in ("give", "send")))
    ruled_out = 0
    for text in random_texts(_GIVE_WORDS, _SEPS, 300, 11, max_parts=30):
        ctx = TextContext.build(text)
        for start in range(0, len(text), 5):
            end = min(len(text), start + 40)
            words = [key(w) for w in text[start:end].split()]
            if not ctx.may_contain(probes, start, end):
                ruled_out += 1
                assert not contains_phrase(words, phrases), (text, start, end)
    assert ruled_out > 100


@pytest.mark.parametrize(
    ("word", "probe"),
    [("chuyển", True), ("hoàn", True), ("tuyên", True), ("tặng", True),
     ("hòa", False), ("hoà", False), ("khỏe", False), ("thủy", False), ("xóa", False), ("quý", False),
     ("chuyển giao", True), ("hòa giải", False)],
)  # fmt: skip
def test_a_probe_word_is_one_tone_normalisation_cannot_respell(word: str, probe: bool) -> None:
    assert is_probe(word) is probe
    if probe:  # the old- and new-style spellings of it are one and the same
        assert normalize(word) == word and normalize(word.upper()) == word.upper()
