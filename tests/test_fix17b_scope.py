"""fix17b: a news page's scope and the headline's short names of the page's own unit. Texts written
for these tests."""

from __future__ import annotations

from reportextract.structure.scope import news_scope, short_name_pattern

_BANK_LEAD = (
    "Ngày 3/11, Đoàn Thanh niên Ngân hàng TMCP Ngoại thương Việt Nam (VCB) Chi nhánh Hà Tĩnh tổ chức "
    "ngày hội thanh toán số tại 3 chợ với 40 đoàn viên."
)


def test_acronym_and_place_in_headline_name_the_bank_branch() -> None:
    title = "VCB Hà Tĩnh mở 500 tài khoản cho tiểu thương"
    assert news_scope(title, _BANK_LEAD, _BANK_LEAD) == (
        "Ngân hàng TMCP Ngoại thương Việt Nam Chi nhánh Hà Tĩnh"
    )
    head = f"{title}\n{_BANK_LEAD}"
    short = short_name_pattern(head, head.index("Hà Tĩnh"), "Hà Tĩnh")
    assert short is not None
    assert short.search("ngân hàng tmcp ngoại thương việt nam chi nhánh hà tĩnh")
    assert not short.search("tỉnh đoàn hà tĩnh")


def test_acronym_not_given_in_brackets_is_no_short_name() -> None:
    # negative: "UBND" is not the bracketed short name of the lead's body: no branch read
    head = "UBND Hà Tĩnh khen 5 tập thể\nNgày 3/11, Tỉnh đoàn Hà Tĩnh tổ chức hội nghị."
    assert short_name_pattern(head, head.index("Hà Tĩnh"), "Hà Tĩnh") is None
