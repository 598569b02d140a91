"""fix17o: the army's own schools are parts of the army (spec §2.3: a unit of the armed forces
belongs to its sector, Quân đội nhân dân), also under a dateline naming a province."""

from reportextract.structure.scope import news_scope
from reportextract.units import find_units


def _canon(text: str) -> list[str]:
    return [str(u.canonical) for u in find_units(text)]


def test_officers_school_is_army() -> None:
    text = "Đoàn Thanh niên Trường Sĩ quan Thông tin Duyên Hải tổ chức hội thao."
    assert "Quân đội nhân dân" in _canon(text)
    assert "Quân đội nhân dân" in _canon("Trường Sĩ quan Lục quân 3 ra quân tình nguyện.")
    # an academy keeps its own name (round 8's convention, tests/test_fix8b_units.py)
    assert "Quân đội nhân dân" not in _canon("Đoàn Thanh niên Học viện Hậu cần trao quà cho học sinh.")


def test_army_school_name_does_not_eat_a_count() -> None:
    units = find_units("Trường Sĩ quan Công binh Phía Nam hiến 1.200 đơn vị máu")
    army = [u for u in units if u.canonical == "Quân đội nhân dân"]
    assert army and army[0].text.endswith("Phía Nam")


def test_dateline_province_gives_way_to_army_school() -> None:
    title = "Học viên Trường Sĩ quan Kỹ thuật Tây Bắc trồng 500 cây xanh"
    lead = "LÀO CAI - Ngày 3/3, Đoàn Thanh niên Trường Sĩ quan Kỹ thuật Tây Bắc ra quân tại xã Bản Lầu."
    assert news_scope(title, lead, f"{title}\n{lead}") == "Quân đội nhân dân"


def test_not_the_party_or_police_academies_nor_lower_case() -> None:
    text = "Tỉnh đoàn phối hợp Học viện Chính trị Quốc gia Hồ Chí Minh mở lớp."
    assert "Quân đội nhân dân" not in _canon(text)
    assert "Quân đội nhân dân" not in _canon("Học viện An ninh nhân dân cử giảng viên.")
    assert "Quân đội nhân dân" not in _canon("Ông là một trường sĩ quan về hưu ở xã.")
