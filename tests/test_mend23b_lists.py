"""Mend 23b (review 22b #5): the two word lists of event names, kept in step.

units/data/nonunits.tsv kind ``contest`` (a lower-case noun that opens a contest's name a few words
before "toàn quốc", `closes_contest_name`) and figures/data/cues.tsv kind ``national_name`` (a noun
right before "toàn quốc", `Attributor._names_national_event`, `_says_national`) are read by different
tests and are not one list: merging them would widen both. A word added to one list is to be weighed
for the other; this test names the words they share and each one's own, so that a change is seen."""

from reportextract.figures.lexicon import cue_set, key
from reportextract.units import closes_contest_name
from reportextract.units import gazetteer as gz

_SHARED = {"liên hoan", "hội thi", "giải"}


def _contest() -> set[str]:
    return {key(w) for w in gz._tables().words.get("contest", ())}


def test_the_event_lists_share_the_documented_words() -> None:
    names = set(cue_set("national_name"))
    assert _contest() & names == _SHARED
    assert _contest() - names == {"cuộc thi", "giải thưởng", "hội diễn", "hội thao"}
    own = {"đại hội", "đại hội đoàn", "đại hội đại biểu", "hội nghị", "hội trại", "diễn đàn"}
    assert names - _contest() == own


def test_a_shared_noun_closes_a_contest_name_and_a_congress_does_not() -> None:
    text = "đoạt giải Nhì hội thi Tin học Robot toàn quốc"
    assert closes_contest_name(text, text.index("toàn quốc"))
    # negative: "đại hội" is a name's noun only right before "toàn quốc" (national_name), no contest
    text = "dự đại hội Đoàn các cấp Hà Nội toàn quốc"
    assert not closes_contest_name(text, text.index("toàn quốc"))
