"""Unit names in the unit finder (fix14k): a school's or university's own number before a bracket,
and a counted people noun after a number that ends a hamlet's name (spec §2.1: numbers inside names
are no figures; §2.3 unit names). Texts written for these tests."""

from __future__ import annotations

import pytest

from reportextract.units import find_units


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# --- 1. a number before a bracket ends a school's name unless the bracket spells it out


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "Đoàn trường Đại học Kỹ thuật Miền Trung 3 (phường An Hòa, tỉnh Gia Lai) tổ chức",
            "trường Đại học Kỹ thuật Miền Trung 3",
        ),
        ("Trường Đại học Sư phạm Tây Bắc 2 (xã Mường Lò) phát động", "trường Đại học Sư phạm Tây Bắc 2"),
        ("Trường Cao đẳng Nghề Đông Sơn 1 tổ chức hội trại", "trường Cao đẳng Nghề Đông Sơn 1"),
        ("Liên đội Trường THPT Lê Hồng Phong 2 (xã Tân Phú) quyên góp", "trường THPT Lê Hồng Phong 2"),
        ("Trường Tiểu học Hoàng Diệu 1 (phường Bắc Sơn) nhận quà", "trường Tiểu học Hoàng Diệu 1"),
    ],
)
def test_number_before_bracket_is_the_schools(text, canonical):
    assert _canon(text)[0] == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # negatives: a count after the name, a bracket that spells the number out, a decimal figure
        ("trao tặng Trường THCS Trần Phú 12 máy tính", "trường THCS Trần Phú"),
        ("trao tặng Trường THCS Trần Phú 2 (hai) bộ máy tính", "trường THCS Trần Phú"),
        ("Trường Đại học Kỹ thuật Miền Trung 3 (ba) lần đạt giải", "trường Đại học Kỹ thuật Miền Trung"),
        ("Trường Đại học Kỹ thuật Miền Trung 2,5 tấn gạo", "trường Đại học Kỹ thuật Miền Trung"),
        ("Trường Đại học Kỹ thuật Miền Trung 15 suất quà", "trường Đại học Kỹ thuật Miền Trung"),
    ],
)
def test_count_after_school_is_no_part_of_its_name(text, canonical):
    assert _canon(text)[0] == canonical


# --- 2. a number followed by a counted people noun is never part of the name before it


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Chi đoàn thôn Đông Hải Nhỏ 18 đoàn viên dọn 2 km đường", "thôn Đông Hải Nhỏ"),
        ("Chi đoàn ấp Tân Quý 30 thanh niên ra quân", "ấp Tân Quý"),
        ("Chi hội xóm Bến Lội 12 hội viên tham gia", "xóm Bến Lội"),
        ("Liên đội thôn Phú Lâm 40 học sinh nhặt rác", "thôn Phú Lâm"),
        ("Chi đoàn bản Nà Cọ 9 cán bộ, chiến sĩ trẻ dựng nhà", "bản Nà Cọ"),
    ],
)
def test_people_count_ends_a_hamlets_name(text, canonical):
    assert _canon(text)[0] == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # negatives: the hamlet's own number before a verb, a bracket, punctuation
        ("Chi đoàn thôn Đông Hải 2 ra quân dọn vệ sinh", "thôn Đông Hải 2"),
        ("Chi đoàn ấp Tân Quý 3 (xã Long Phú) có 25 đoàn viên", "ấp Tân Quý 3"),
        ("Chi đoàn xóm Bến Lội 1, xóm Bến Lội 2 cùng tham gia", "xóm Bến Lội 1"),
    ],
)
def test_hamlet_number_stays_in_its_name(text, canonical):
    assert _canon(text)[0] == canonical


def test_university_number_given_alone_is_read_by_lookup():
    from reportextract.units import lookup

    m = lookup("trường Đại học Kỹ thuật Miền Trung 3")
    assert m is not None and m.canonical == "trường Đại học Kỹ thuật Miền Trung 3"
    # negative: a name without a number keeps reading as before
    m = lookup("trường Đại học Kỹ thuật Miền Trung")
    assert m is not None and m.canonical == "trường Đại học Kỹ thuật Miền Trung"
