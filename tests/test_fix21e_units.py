"""Round 21e: units lookup reads a neighbour's provinces, a commune's health station, a numbered workshop."""

from reportextract.units import canonical_unit, find_units, lookup


def test_bare_neighbour_province_is_read_with_a_stable_canonical_name():
    m = lookup("Xiêm Riệp")
    assert m is not None and m.level == "province" and m.canonical == "Siem Reap"
    assert canonical_unit("Siem Reap") == canonical_unit("tỉnh Xiêm Riệp")
    assert canonical_unit("Xa-vẳn-na-khẹt") == canonical_unit("Savannakhet")


def test_unknown_foreign_looking_name_is_not_a_unit():
    assert lookup("Sok Vannak") is None


def test_known_neighbour_province_is_found_with_its_country_next_to_it():
    text = "Đoàn Thanh niên tỉnh Hủa Phăn (Lào) cử 40 đoàn viên sang giao lưu."
    assert any(canonical_unit(u.canonical) == canonical_unit("Houaphanh") for u in find_units(text))


def test_vietnamese_province_keeps_its_own_reading():
    m = lookup("tỉnh Sơn La")
    assert m is not None and m.canonical == "Sơn La"


def test_commune_health_station_reads_as_its_commune():
    m = lookup("Trạm Y tế xã Mường Lát")
    assert m is not None and m.level == "commune"
    assert canonical_unit("Trạm Y tế xã Mường Lát") == canonical_unit("xã Mường Lát")


def test_district_health_centre_is_not_read_as_a_commune():
    m = lookup("Trạm Y tế huyện Mường Lát")
    assert m is None or m.level != "commune"


def test_numbered_workshop_is_a_unit_of_its_own():
    m = lookup("Phân xưởng dệt 2")
    assert m is not None and m.canonical == "Phân xưởng dệt 2"
    assert canonical_unit("Phân xưởng dệt 2") != canonical_unit("Phân xưởng dệt 4")


def test_workshop_without_a_number_is_not_a_unit():
    assert lookup("Xưởng may") is None
