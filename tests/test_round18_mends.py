"""Mends of the eighteenth round's review: cheap first tests made true to their patterns."""

from __future__ import annotations

from reportextract.structure.scope import news_scope
from reportextract.units.gazetteer import find_units

_TITLE = "Sinh viên góp hơn 900 đơn vị máu"


def _scope(lead: str) -> str | None:
    return news_scope(_TITLE, lead, f"{_TITLE}\n{lead}")


# scope._source_tagged: a newsroom's tag glued to its dash ("(QNO)-") only says where, as "(QNO) -" does
def test_source_tag_glued_to_its_dash_only_says_where() -> None:
    assert _scope("(TN Bắc Ninh)- Trong tháng 11, Đoàn phường Hoàn Kiếm tổ chức lễ.") == "phường Hoàn Kiếm"
    assert _scope("(Bắc Ninh)-Trong tháng 11, Đoàn phường Hoàn Kiếm tổ chức lễ.") == "phường Hoàn Kiếm"


def test_a_hyphen_after_no_tag_is_no_source_tag() -> None:
    # near-miss: a hyphen, but after no bracketed tag and no dateline in capitals; the place stays the scope
    assert _scope("Tỉnh đoàn Bắc Ninh-Trong tháng 11, Đoàn phường Hoàn Kiếm tổ chức ngày hội.") == "Bắc Ninh"
    assert _scope("(TN Bắc Ninh) Trong tháng 11, Đoàn phường Hoàn Kiếm tổ chức ngày hội.") == "Bắc Ninh"


# scope._own_portal: the pre-test admits "(Cổng tin …)", which _PORTAL_TAG allows, as "(Cổng thông tin …)"
_NATIONAL_TITLE = "Tháng Ba biên giới: tuổi trẻ cả nước ra quân hơn 5.000 công trình"


def _portal_scope(lead: str) -> str | None:
    return news_scope(_NATIONAL_TITLE, lead, f"{_NATIONAL_TITLE}\n{lead}")


def test_a_units_news_page_named_cong_tin_is_its_own_portal() -> None:
    lead = "(Cổng tin điện tử phường Tân An) - Theo Trung ương Đoàn, cả nước đã làm 5.120 công trình."
    assert _portal_scope(lead) == "phường Tân An"


def test_cong_tin_outside_a_bracketed_tag_is_no_portal() -> None:
    # near-miss: the same words opening the lead with no bracket are no source tag
    lead = "Cổng tin điện tử phường Tân An - Theo Trung ương Đoàn, cả nước đã làm 5.120 công trình."
    assert _portal_scope(lead) == "toàn quốc"


# gazetteer._with_own_association: the pre-test admits a no-break space around "Hội", as the patterns do
def _units(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in find_units(text)]


def test_own_association_written_with_no_break_spaces() -> None:
    text = "Ủy ban\u00a0Hội LHTN Việt Nam tỉnh Quảng Ninh có 3 lớp. Ủy ban\u00a0Hội tỉnh trao 5 suất quà."
    assert ("Ủy ban\u00a0Hội tỉnh", "Quảng Ninh") in _units(text)
    text = "Ủy ban Hội\u00a0LHTN Việt Nam tỉnh Quảng Ninh có 3 lớp. Ủy ban Hội\u00a0tỉnh trao 5 suất quà."
    assert ("Ủy ban Hội\u00a0tỉnh", "Quảng Ninh") in _units(text)


def test_own_association_after_another_space_is_not_read() -> None:
    # near-miss: an en space is no space the pattern allows; only the named province is found
    text = "Ủy ban\u00a0Hội LHTN Việt Nam tỉnh Quảng Ninh có 3 lớp. Ủy ban\u00a0Hội\u2002tỉnh trao 5 suất."
    assert _units(text) == [("tỉnh Quảng Ninh", "Quảng Ninh")]


# ------------------------------------------------ review 18d: the colon-list gate is true to its pattern
def test_a_breakdown_by_commune_after_a_spaced_colon_names_each_commune():
    for lead in ("theo xã :", "theo\u00a0xã:", "theo xã\u00a0 :"):
        text = f"Số lượt {lead} Quan Hóa 64 lượt, Mường Lát 31 lượt và Trung Lý 12 lượt."
        assert [m.canonical for m in find_units(text)] == ["xã Quan Hóa", "xã Mường Lát", "xã Trung Lý"], lead


def test_the_colon_list_gate_reads_every_colon():
    from reportextract.units.gazetteer import _colon_after_level

    assert _colon_after_level("ghi chú: số ca theo phường  : a 1")
    assert _colon_after_level("theo xã:")
    assert not _colon_after_level("theo xã, phường. ghi chú: 1")
    assert not _colon_after_level(":")
