"""Mend 23b (review 22b #4): one rule for a headline that gives the whole's total, then a ranked unit."""

from reportextract.structure.scope import news_scope

_LEAD = "Tối 5/1, tại Cần Thơ, Trung ương Hội Sinh viên Việt Nam tuyên dương 900 sinh viên tiêu biểu."


def test_a_province_ranked_after_a_semicolon_or_by_ve_nhi_is_no_scope() -> None:
    # the two old rules read a different break (",") and different ranks ("xếp thứ N" only)
    for title in (
        "Vinh danh 900 sinh viên tiêu biểu; Cần Thơ đứng đầu với 80 em",
        "Vinh danh 900 sinh viên tiêu biểu, Cần Thơ về nhì với 70 em",
        "Vinh danh 900 sinh viên tiêu biểu - Cần Thơ xếp thứ 3 với 60 em",
    ):
        assert news_scope(title, _LEAD, _LEAD) == "toàn quốc", title


def test_a_province_honoured_or_opening_the_headline_keeps_its_page() -> None:
    # negative: an honour received is no rank; a headline that opens with the province is its page
    assert news_scope("Vinh danh sinh viên tiêu biểu, Cần Thơ được tuyên dương", _LEAD, _LEAD) == "Cần Thơ"
    assert news_scope("Cần Thơ về nhì với 70 sinh viên tiêu biểu", _LEAD, _LEAD) == "Cần Thơ"
