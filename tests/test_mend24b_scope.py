"""Review 24 a, #1: the sentences of a per-province list (`structure.scope._listed_provinces`)."""

from __future__ import annotations

from reportextract.structure.scope import news_scope

_LEAD = "Chiến dịch tình nguyện hè năm nay thu hút đông đảo đoàn viên tham gia."
_LIST = (
    "Trong đó, TP. Hồ Chí Minh huy động 9.200 tình nguyện viên, Hà Nội 7.800 tình nguyện viên; "
    "Đà Nẵng bố trí 500 tình nguyện viên."
)


def _scope(body: str) -> str | None:
    return news_scope(None, _LEAD, _LEAD + "\n" + body)


def test_the_dot_of_tp_does_not_end_the_sentence_of_a_list():
    # "TP." is an abbreviation: the three provinces are items of one list, the page is national
    assert _scope("Kết quả, nhiều địa phương huy động lực lượng lớn. " + _LIST) == "toàn quốc"
    assert _scope("Kết quả, nhiều địa phương huy động lực lượng lớn. " + _LIST.replace("TP.", "Tp.")) == (
        "toàn quốc"
    )


def test_a_list_in_a_long_sentence_is_one_list():
    # more than 400 characters before the last item: still one sentence
    long = _LIST.replace("Trong đó,", "Trong đó, " + "với sự phối hợp của nhiều lực lượng, " * 12 + "thì")
    assert len(long) > 500
    assert _scope(long) == "toàn quốc"


def test_a_province_in_a_sentence_of_its_own_is_no_item():
    # the neighbour shape: a real sentence end (a full word before the dot) splits the list
    body = (
        "Kết quả, TP. Hồ Chí Minh huy động 9.200 tình nguyện viên cho toàn thành phố. "
        "Hà Nội cũng tham gia. Đà Nẵng bố trí 500 tình nguyện viên."
    )
    assert _scope(body) == "Hồ Chí Minh"
