"""fix14o: unit names and scope, generalised after the held-out batch 14e (n218-n223). Texts
written for these tests."""

from __future__ import annotations

from reportextract.structure.scope import news_scope
from reportextract.units import find_units


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def test_state_agency_named_by_its_sector_word_is_an_organisation() -> None:
    # "Thuế tỉnh X", "Hải quan X": the Youth Union of a state agency named by its sector's word
    assert "Thuế tỉnh Nghệ An" in _canon("Đoàn Thanh niên Thuế tỉnh Nghệ An ra quân hỗ trợ người nộp thuế.")
    assert "Hải quan Quảng Ninh" in _canon("Đoàn Thanh niên Hải quan Quảng Ninh trao 40 suất quà.")


def test_sector_word_does_not_cut_a_longer_organisation_name() -> None:
    # negative: inside another organisation's name the word ends nothing ("Cục Thuế ...")
    assert "Cục Thuế tỉnh Nghệ An" in _canon("Đoàn Thanh niên Cục Thuế tỉnh Nghệ An trao 40 suất quà.")
    # negative: the lower-case tax word is no organisation
    assert _canon("Hộ kinh doanh nộp thuế điện tử tại nhà.") == []


def test_place_prefix_gives_way_to_an_organisations_youth_union() -> None:
    title = "Nghệ An: Tuổi trẻ ngành Thuế hỗ trợ 900 lượt người nộp thuế"
    lead = "Ngày 8/3, Đoàn Thanh niên Thuế tỉnh Nghệ An tổ chức ngày hội hỗ trợ quyết toán thuế."
    assert news_scope(title, lead, f"{title}\n{lead}") == "Thuế tỉnh Nghệ An"


def test_place_prefix_over_the_provinces_own_body_keeps_the_province() -> None:
    # negative: the province's own Tỉnh đoàn acts, the prefix place stays the scope
    title = "Nghệ An: Tuổi trẻ ra quân hỗ trợ 900 người dân"
    lead = "Ngày 8/3, Tỉnh đoàn Nghệ An tổ chức ngày hội hỗ trợ người dân."
    assert news_scope(title, lead, f"{title}\n{lead}") == "Nghệ An"


def test_navy_and_its_numbered_regions_are_the_army() -> None:
    assert _canon("Vùng 3 Hải quân cử 30 chiến sĩ trẻ hỗ trợ ngư dân.") == ["Quân đội nhân dân"]
    assert _canon("Đoàn Thanh niên Bộ Tư lệnh Vùng 2 Hải quân tặng 50 suất quà.") == ["Quân đội nhân dân"]
    assert _canon("Ngư dân được chở bằng tàu của Hải quân.") == ["Quân đội nhân dân"]


def test_a_bare_numbered_region_is_no_army_unit() -> None:
    # negative: "Vùng 2" without the navy's name is no unit
    assert _canon("Vùng 2 đã trồng 300 cây xanh.") == []
