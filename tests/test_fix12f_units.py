"""fix12f: unit names of round 12c (spec §2.3): bare universities, countries named with their state's
form, the Coast Guard as the army sector."""

from reportextract.units.gazetteer import find_units


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def test_bare_university_is_a_school_with_truong() -> None:
    assert _canon("Đại học Hải Đăng: 12 đội hình lên đường") == ["trường Đại học Hải Đăng"]
    assert _canon("Cao đẳng Nghề Sông Mây tổ chức 3 lớp") == ["trường Cao đẳng Nghề Sông Mây"]


def test_academy_and_regional_university_keep_their_name() -> None:
    assert _canon("Học viện Tài chính tổ chức 3 lớp") == ["Học viện Tài chính"]  # no "trường"
    assert _canon("Đại học Huế tổ chức 2 hội thảo") == ["Đại học Huế"]  # a regional university


def test_country_named_with_its_state_form() -> None:
    assert _canon("Hội Sinh viên Việt Nam tại Vương quốc Anh trao 20 suất") == [
        "Hội Sinh viên Việt Nam tại Vương quốc Anh"
    ]
    assert _canon("Hội Thanh niên Việt Nam tại Cộng hòa Liên bang Đức có 9 chi hội") == [
        "Hội Thanh niên Việt Nam tại Cộng hòa Liên bang Đức"
    ]
    # a lower-case word after "tại" is no state form: no association
    assert _canon("Hội Sinh viên Việt Nam tại liên bang xa xôi") == []


def test_coast_guard_region_is_the_army_sector() -> None:
    text = "Sáng 3/4, Đoàn Thanh niên Bộ Tư lệnh Vùng Cảnh sát biển 4 phối hợp Tỉnh đoàn Cà Mau tổ chức"
    found = find_units(text)
    assert [m.canonical for m in found] == ["Quân đội nhân dân", "Cà Mau"]
    assert found[0].text.endswith("Cảnh sát biển 4") and found[0].is_body
    assert _canon("Tuổi trẻ Cảnh sát biển trao 300 lá cờ") == ["Quân đội nhân dân"]
    assert _canon("Hải đội 301 tặng 20 áo phao") == ["Quân đội nhân dân"]


def test_coast_guard_words_not_a_unit_in_lower_case() -> None:
    assert _canon("lực lượng cảnh sát biển tuần tra 3 ngày") == []
