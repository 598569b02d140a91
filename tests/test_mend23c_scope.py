"""Mend 23c (review 23a #10): a bare "nhất" that opens a word of its own ("nhất trí") is no rank."""

from reportextract.structure.scope import news_scope

_LEAD = "Tối 5/1, tại Cần Thơ, Trung ương Hội Sinh viên Việt Nam tuyên dương 900 sinh viên tiêu biểu."


def test_nhat_tri_after_a_province_is_no_rank() -> None:
    title = "Vinh danh 900 sinh viên tiêu biểu, Cần Thơ nhất trí đăng cai năm sau"
    assert news_scope(title, _LEAD, _LEAD) == "Cần Thơ"


def test_a_bare_nhat_toan_doan_is_still_a_rank() -> None:
    # negative neighbour: "nhất toàn đoàn" ranks the province, so the page is the whole
    title = "Vinh danh 900 sinh viên tiêu biểu, Cần Thơ nhất toàn đoàn với 80 em"
    assert news_scope(title, _LEAD, _LEAD) == "toàn quốc"
