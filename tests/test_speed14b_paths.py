"""The cheap first tests of the fourteenth speed round skip only what the slow path would not find."""

import random

from reportextract.numbers import dates


def test_date_starts_drop_only_spots_whose_pattern_fails():
    """``_starts`` leaves out a "ngày" not followed by a day and a space, and a "," opener whose
    list of days cannot go on: at every such place the opener's pattern finds nothing."""
    patterns = dates._patterns()
    rnd = random.Random(14)
    alphabet = ["ngày ", "Ngày  ", "NGÀY\u00a0", "1", "12", "3", " tháng ", " ", ", ", ",", " và ", " VÀ ",
                " v", "/", "/3", ".", "-", "\n", "a", "٣", "\u00a0", "12, 13", " và 14/3", " , 14/3", "\t,"]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 12)))
        kept = {(s, e) for s, e, _ in dates._starts(text)}
        for s, e in dates.digit_runs(text):
            if e - s <= 2 and text[e : e + 1] == "," and (s, e) not in kept:
                m = patterns[","].match(text, s)
                assert m is None or m.end() == m.start(), (text, s)
        for s, e, word in dates._date_words(text):
            if word == "ngày" and (s, e) not in kept:
                m = patterns["ngày"].match(text, s)
                assert m is None or m.end() == m.start(), (text, s)


def test_a_word_keys_to_one_starting_with_a_digit_exactly_when_it_starts_with_one():
    """``measure._full_mention_before`` keys only the words after a number, told by the raw word."""
    from reportextract.figures.lexicon import WORD, key

    rnd = random.Random(15)
    alphabet = ["1", "0", "٣", "²", "a", "Đ", "ệ", "\u0301", "\u0323", "İ", "ǅ", "ß", "e\u0301", "oa", "ỏa",
                "x"]
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 8)))
        for m in WORD.finditer(text):
            assert key(m.group())[:1].isdigit() == m.group()[:1].isdigit(), m.group()
