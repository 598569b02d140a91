"""Round 25, the second review's mends in numbers (rev25b #10): a quote of blanks only is no speech
(and no crash). Every text was written for these tests."""

from __future__ import annotations

from reportextract.numbers.quantities import _is_speech


def _speech(text: str) -> bool:
    return _is_speech(text, text.index("“"), text.index("”") + 1)


def test_a_quote_of_blanks_only_is_no_speech():
    assert _speech("Chị A nói: “      ” rồi 12 em") is False


def test_a_quote_after_a_verb_of_saying_and_a_colon_is_speech():
    # the neighbour shape: words in the quote, a verb of saying and a colon before it
    assert _speech("Chị A nói: “Năm nay xã có 45 em được nhận quà Tết” rồi cười.") is True
