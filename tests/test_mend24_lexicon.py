"""Review 23 a #8, mended in the twenty-fourth round: a lexicon entry written in capitals ("TN", "ĐV",
"BCH") is a short form only where the words are written in capitals, for every lookup that has the
words as written. Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.figures.lexicon import lookup_head, lookup_noun

figs, one, values = helpers("huyện Bắc Yên")


def test_a_short_form_matches_capitals_only_when_the_words_are_given() -> None:
    assert lookup_head(["tn"], ["tn"]) == (None, 0)
    assert lookup_head(["tn"], ["TN"])[0] is not None
    assert lookup_head(["tn"])[0] is not None  # keyed words only: read as before
    assert lookup_noun(["số", "đv"], ["số", "đv"])[0] is None
    assert lookup_noun(["số", "đv"], ["số", "ĐV"])[0] is not None


def test_lower_case_tn_is_no_partners_members() -> None:
    text = "Huyện đoàn Bắc Yên phối hợp tổ chức ngày hội, có 60 đoàn viên cùng 45 tn xã Tà Xùa tham gia."
    assert one(text, 45).unit == "huyện Bắc Yên"


def test_partners_members_written_out_stay_the_partners() -> None:
    # negative neighbour: the people's noun written out
    text = (
        "Huyện đoàn Bắc Yên phối hợp tổ chức ngày hội, có 60 đoàn viên cùng 45 thanh niên xã Tà Xùa tham gia."
    )
    assert one(text, 45).unit == "xã Tà Xùa"
