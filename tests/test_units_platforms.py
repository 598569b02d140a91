"""The Navy's DK1 platforms ("Nhà giàn") are army posts: what is handed to them is the army's (spec §2.3)."""

from reportextract import extract
from reportextract.units import find_units


def test_a_platform_is_an_army_post() -> None:
    found = find_units("Đoàn viên đã đến thăm cán bộ, chiến sĩ Nhà giàn DK1/9 trên biển.")
    assert [(m.text, m.canonical, m.level) for m in found] == [("Nhà giàn", "Quân đội nhân dân", "sector")]


def test_gifts_to_a_platform_go_to_the_army_not_the_giver() -> None:
    r = extract(
        "Đoàn Thanh niên Công ty Dầu khí Biển Đông tặng cán bộ, chiến sĩ Nhà giàn DK1/7 "
        "120 lá cờ Tổ quốc và 30 thùng sách."
    )
    assert {(f.value, f.unit) for f in r.figures} == {(120, "Quân đội nhân dân"), (30, "Quân đội nhân dân")}


def test_a_house_is_no_platform() -> None:
    # "nhà" alone, or a house of another kind, names no unit
    assert find_units("Đoàn xã xây 2 nhà giản đơn cho hộ nghèo.") == []
