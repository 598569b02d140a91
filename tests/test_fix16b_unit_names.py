"""Unit names and scope, generalised after the held-out batch 16 (spec §2.3): a body whose name holds a
place is the body, the police or Border Guard named before a place is its sector, a numbered "khối
phố" is a unit by its name. Texts written for these tests."""

from __future__ import annotations

from reportextract.units.gazetteer import find_units


def _units(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def test_academy_name_ending_with_a_compound() -> None:
    assert _units("Đội Học viện Ngoại giao đạt 31 điểm.") == ["Học viện Ngoại giao"]
    assert _units("Trường Đại học Ngoại thương cử 12 bạn.") == ["trường Đại học Ngoại thương"]


def test_numbered_khoi_pho_is_a_unit() -> None:
    assert _units("Chi đoàn khối phố 5 trồng 60 cây xanh.") == ["khối phố 5"]
    # negative: "Đoàn Khối" is the Union of a sector's agencies, not a residential group
    assert "khối phố 5" not in _units("Đoàn Khối các cơ quan tỉnh Quảng Bình có 5 chi đoàn.")


def test_police_before_a_place_acts_as_its_sector() -> None:
    assert _units("Công an Đà Nẵng tặng 40 mũ bảo hiểm cho học sinh.") == ["Công an nhân dân"]
    found = _units("Hè này, Đoàn xã mở lớp; Công an xã Tân Phú tổ chức 2 buổi tập huấn.")
    assert found[-1] == "Công an nhân dân"
    assert _units("Biên phòng Quảng Trị trao 15 suất quà.") == ["Quân đội nhân dân"]
    # negative: the police named after a word of partnership is a partner; the place stays where
    assert _units("Đoàn xã phối hợp với Công an xã Tân Phú tổ chức 2 buổi tập huấn.")[-1] == "xã Tân Phú"
