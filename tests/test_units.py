"""The gazetteer of units (reportextract.units): data, find_units, lookup, canonical_unit, province_2025.

Example sentences are our own, written in the genre of Youth Union reports; the field facts (which
province a district lies in, the 2025 merger) come from the gazetteer packages and can be checked in
the National Assembly resolutions on the 2025 reorganisation.
"""

from __future__ import annotations

import ast
import itertools
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from reportextract.textnorm import match_key
from reportextract.units import (
    LEVELS,
    UnitMention,
    canonical_unit,
    find_units,
    gazetteer_info,
    lookup,
    province_2025,
)

UNITS_DIR = Path(__file__).resolve().parents[1] / "src" / "reportextract" / "units"
SHARED = Path(__file__).resolve().parents[1] / "../shared"


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.canonical, m.level) for m in find_units(text)]


# --------------------------------------------------------------------------- data


def test_tables_hold_63_provinces_before_and_34_after_the_merger():
    info = gazetteer_info()
    assert info["has_legacy"] is True
    assert info["provinces"] == 63
    assert info["provinces_2025"] == 34
    assert info["places"] > 9000  # districts and communes of both eras


def test_post_2025_provinces_agree_with_vietnam_provinces_package():
    vp = pytest.importorskip("vietnam_provinces")
    theirs = {p.name.removeprefix("Thành phố ") for p in vp.Province.iter_all()}
    assert len(theirs) == 34
    ours = {province_2025(name) for name in theirs}
    assert ours == theirs


@pytest.mark.parametrize("name", ["aliases.tsv", "bodies.tsv", "nonunits.tsv"])
def test_data_files_have_a_header_naming_sources(name):
    lines = (UNITS_DIR / "data" / name).read_text(encoding="utf-8").splitlines()
    header = [ln for ln in lines if ln.startswith("#")]
    assert header
    assert lines[0].startswith("#")
    assert any("Source" in ln for ln in header)
    for ln in lines:
        if ln and not ln.startswith("#"):
            assert "\t" in ln, f"{name}: a data row without a tab: {ln!r}"


def test_batch_keys_agree_with_single_keys():
    """The table loader normalises names in one batch; it must give the same keys as one by one."""
    from reportextract.units import gazetteer

    names = ["Hoà Bình", "THUỶ  AN", "Bà Rịa – Vũng Tàu", "Ea H’leo", "\u00d0ắk Lắk", "TP. Hồ Chí Minh"]
    assert gazetteer._batch_keys(names) == {n: gazetteer._key(n) for n in names}


def test_every_alias_and_body_resolves_to_itself():
    """Each row of our tables is found whole by lookup (the table and the matcher agree)."""
    for name in ("aliases.tsv", "bodies.tsv"):
        for ln in (UNITS_DIR / "data" / name).read_text(encoding="utf-8").splitlines():
            if not ln or ln.startswith("#"):
                continue
            surface, canonical = ln.split("\t")[:2]
            m = lookup(surface)
            assert m is not None, f"{name}: {surface!r} not found"
            assert m.canonical == canonical, f"{name}: {surface!r} -> {m.canonical!r}"


# --------------------------------------------------------------------------- old -> new provinces

MERGER = [
    # (pre-2025 province, post-2025 province)
    ("Hải Dương", "Hải Phòng"),
    ("Kiên Giang", "An Giang"),
    ("Hà Nội", "Hà Nội"),
    ("Quảng Nam", "Đà Nẵng"),
    ("Quảng Bình", "Quảng Trị"),
    ("Bình Dương", "Hồ Chí Minh"),
    ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
    ("Đắk Nông", "Lâm Đồng"),
    ("Bình Thuận", "Lâm Đồng"),
    ("Phú Yên", "Đắk Lắk"),
    ("Bắc Kạn", "Thái Nguyên"),
    ("Hà Giang", "Tuyên Quang"),
    ("Thái Bình", "Hưng Yên"),
    ("Nam Định", "Ninh Bình"),
    ("Hà Nam", "Ninh Bình"),
    ("Hậu Giang", "Cần Thơ"),
    ("Sóc Trăng", "Cần Thơ"),
    ("Bạc Liêu", "Cà Mau"),
    ("Long An", "Tây Ninh"),
    ("Tiền Giang", "Đồng Tháp"),
    ("Bến Tre", "Vĩnh Long"),
    ("Kon Tum", "Quảng Ngãi"),
    ("Bình Định", "Gia Lai"),
    ("Ninh Thuận", "Khánh Hòa"),
    ("Yên Bái", "Lào Cai"),
    ("Hòa Bình", "Phú Thọ"),
    ("Vĩnh Phúc", "Phú Thọ"),
    ("Bắc Giang", "Bắc Ninh"),
    ("Bình Phước", "Đồng Nai"),
    ("Hà Tĩnh", "Hà Tĩnh"),
    ("Thừa Thiên Huế", "Huế"),
    ("Huế", "Huế"),
    ("Hoà Bình", "Phú Thọ"),  # old tone placement
    ("tỉnh Kiên Giang", "An Giang"),
    ("Tỉnh đoàn Hải Dương", "Hải Phòng"),
    ("huyện Giồng Riềng", "An Giang"),
    ("Giồng Riềng", "An Giang"),  # a unique bare district name
    ("huyện Kim Thành", "Hải Phòng"),
    ("huyện Bạch Thông", "Thái Nguyên"),
    ("xã Tùng Ảnh", "Hà Tĩnh"),
    ("đặc khu Thổ Châu", "An Giang"),
    ("TP.HCM", "Hồ Chí Minh"),
    ("Thủ đô", "Hà Nội"),
    ("quận 10", "Hồ Chí Minh"),  # numbered districts were only in Hồ Chí Minh
]


@pytest.mark.parametrize(("name", "new"), MERGER)
def test_province_2025(name, new):
    assert province_2025(name) == new


@pytest.mark.parametrize(
    "name", ["toàn quốc", "Công an nhân dân", "Tân Thành", "xã Tân Thành", "Atlantis", ""]
)
def test_province_2025_unknown_or_ambiguous_is_none(name):
    assert province_2025(name) is None


def test_district_keeps_its_pre_2025_province():
    m = lookup("huyện Kim Thành")
    assert m is not None
    assert (m.province, m.province_2025) == ("Hải Dương", "Hải Phòng")


# --------------------------------------------------------------------------- find_units

FIND = [
    # (sentence, [(text as written, canonical, level), ...])
    (
        "Tỉnh đoàn Lâm Đồng phối hợp huyện Giồng Riềng tổ chức ra quân.",
        [
            ("Tỉnh đoàn Lâm Đồng", "Lâm Đồng", "province"),
            ("huyện Giồng Riềng", "huyện Giồng Riềng", "district"),
        ],
    ),
    (
        "Đội hình tình nguyện về xã Vĩnh Thạnh và phường Vũng Tàu.",
        [("xã Vĩnh Thạnh", "xã Vĩnh Thạnh", "commune"), ("phường Vũng Tàu", "phường Vũng Tàu", "commune")],
    ),
    ("Tỉnh Lâm Đồng hỗ trợ hơn 200 lượt người dân.", [("Tỉnh Lâm Đồng", "Lâm Đồng", "province")]),
    ("Hưng Yên triển khai 161 đội hình.", [("Hưng Yên", "Hưng Yên", "province")]),
    (
        "Nổi bật có Nghệ An, Đà Nẵng, Cần Thơ.",
        [
            ("Nghệ An", "Nghệ An", "province"),
            ("Đà Nẵng", "Đà Nẵng", "province"),
            ("Cần Thơ", "Cần Thơ", "province"),
        ],
    ),
    ("Thanh niên TP. Hồ Chí Minh ra quân.", [("TP. Hồ Chí Minh", "Hồ Chí Minh", "province")]),
    ("Thành phố Hồ Chí Minh dẫn đầu.", [("Thành phố Hồ Chí Minh", "Hồ Chí Minh", "province")]),
    (
        "Tuổi trẻ TP.HCM và TPHCM, TP HCM.",
        [
            ("TP.HCM", "Hồ Chí Minh", "province"),
            ("TPHCM", "Hồ Chí Minh", "province"),
            ("TP HCM", "Hồ Chí Minh", "province"),
        ],
    ),
    ("Tuổi trẻ Thủ đô trồng 500 cây xanh.", [("Thủ đô", "Hà Nội", "province")]),
    ("Tuổi trẻ thành phố mang tên Bác ra quân.", [("thành phố mang tên Bác", "Hồ Chí Minh", "province")]),
    ("Thừa Thiên Huế và Huế", [("Thừa Thiên Huế", "Thừa Thiên Huế", "province"), ("Huế", "Huế", "province")]),
    (
        "Đăk Lăk, Daklak, Đắk Lắk",
        [
            ("Đăk Lăk", "Đắk Lắk", "province"),
            ("Daklak", "Đắk Lắk", "province"),
            ("Đắk Lắk", "Đắk Lắk", "province"),
        ],
    ),
    (
        "Đăk Nông; Bà Rịa - Vũng Tàu; BR-VT; Bà Rịa-Vũng Tàu",
        [
            ("Đăk Nông", "Đắk Nông", "province"),
            ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "province"),
            ("BR-VT", "Bà Rịa - Vũng Tàu", "province"),
            ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu", "province"),
        ],
    ),
    (
        "Khánh Hoà và Thanh Hoá",
        [("Khánh Hoà", "Khánh Hòa", "province"), ("Thanh Hoá", "Thanh Hóa", "province")],
    ),
    ("tại quận 10 và Quận 1", [("quận 10", "quận 10", "district"), ("Quận 1", "quận 1", "district")]),
    (
        "thị xã Kinh Môn, thị trấn Thứa, ấp Hòa Lộc, ấp 3, thôn Đông",
        [
            ("thị xã Kinh Môn", "thị xã Kinh Môn", "district"),
            ("thị trấn Thứa", "thị trấn Thứa", "commune"),
            ("ấp Hòa Lộc", "ấp Hòa Lộc", "village"),
            ("ấp 3", "ấp 3", "village"),
            ("thôn Đông", "thôn Đông", "village"),
        ],
    ),
    (
        "TP Cần Thơ và TP. Vũng Tàu",
        [
            ("TP Cần Thơ", "Cần Thơ", "province"),
            ("TP. Vũng Tàu", "thành phố Vũng Tàu", "district"),
        ],
    ),
    ("đặc khu Thổ Châu nhận 20 suất quà", [("đặc khu Thổ Châu", "đặc khu Thổ Châu", "commune")]),
    (
        "Trường THCS Bình Sơn quyên góp 300 cuốn sách.",
        [("Trường THCS Bình Sơn", "trường THCS Bình Sơn", "school")],
    ),
    ("Liên đội THCS Bình Sơn", [("Liên đội THCS Bình Sơn", "trường THCS Bình Sơn", "school")]),
    (
        "Cả nước có 575 đội hình; trên toàn quốc",
        [("Cả nước", "toàn quốc", "national"), ("trên toàn quốc", "toàn quốc", "national")],
    ),
    ("TỈNH ĐOÀN KIÊN GIANG", [("TỈNH ĐOÀN KIÊN GIANG", "Kiên Giang", "province")]),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN", [("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN", "toàn quốc", "national")]),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find_units(text, expected):
    assert _found(text) == expected


def test_offsets_point_into_the_text():
    text = "Năm 2023, Huyện đoàn Kim Thành phối hợp Đoàn xã Tùng Ảnh; TP.HCM có 12 đội."
    for m in find_units(text):
        assert text[m.start : m.end] == m.text
        assert m.level in LEVELS
        assert m.source in ("gazetteer", "alias", "body", "ner")


def test_results_are_sorted_and_do_not_overlap():
    text = "Ban Thường vụ Tỉnh đoàn Quảng Nam, Thành đoàn Hà Nội, Trường Đại học Cần Thơ và quận 10."
    ms = find_units(text)
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    assert all(a.end <= b.start for a, b in itertools.pairwise(ms))


def test_decomposed_input_keeps_offsets_into_the_original():
    text = unicodedata.normalize("NFD", "Đoàn viên ở Hưng Yên và huyện Kim Thành")
    ms = find_units(text)
    assert [m.canonical for m in ms] == ["Hưng Yên", "huyện Kim Thành"]
    for m in ms:
        assert text[m.start : m.end] == m.text


def test_eth_written_for_d_with_stroke_is_read_as_d():
    text = "\u00d0oàn xã Tùng Ảnh và \u00d0ắk Lắk"  # "Ð" (U+00D0) from old fonts instead of "Đ"
    ms = find_units(text)
    assert [(m.text, m.canonical) for m in ms] == [
        ("\u00d0oàn xã Tùng Ảnh", "xã Tùng Ảnh"),
        ("\u00d0ắk Lắk", "Đắk Lắk"),
    ]


def test_old_tone_placement_is_matched_and_canonical_is_new_style():
    ms = find_units("xã Hoà Xuân và phường Hòa Xuân")
    assert [m.text for m in ms] == ["xã Hoà Xuân", "phường Hòa Xuân"]
    assert ms[0].canonical == "xã Hòa Xuân"


def test_list_after_plural_level_word():
    ms = find_units("Đội hình về các xã Vũ Muộn, Nguyên Phúc và Tân Tú thuộc huyện Bạch Thông.")
    assert [(m.text, m.canonical) for m in ms] == [
        ("xã Vũ Muộn", "xã Vũ Muộn"),
        ("Nguyên Phúc", "xã Nguyên Phúc"),
        ("Tân Tú", "xã Tân Tú"),
        ("huyện Bạch Thông", "huyện Bạch Thông"),
    ]


def test_unknown_commune_with_level_word_is_still_a_unit():
    (m,) = find_units("xã Hòa Lộc Tây nhận quà")  # not in the gazetteer
    assert (m.canonical, m.level, m.province_2025) == ("xã Hòa Lộc Tây", "commune", None)


# --------------------------------------------------------------------------- Youth Union bodies

BODIES = [
    # (text, canonical, level, is_body)
    ("Ban Thanh niên Công an nhân dân", "Công an nhân dân", "sector", True),
    ("Lực lượng thanh niên Công an Nhân dân", "Công an nhân dân", "sector", True),
    ("thanh niên Công an", "Công an nhân dân", "sector", True),
    ("Ban Thanh niên Quân đội", "Quân đội nhân dân", "sector", True),
    ("Đoàn Khối các cơ quan Trung ương", "Đoàn Khối các cơ quan Trung ương", "sector", True),
    ("Đoàn Khối Doanh nghiệp Trung ương", "Đoàn Khối Doanh nghiệp Trung ương", "sector", True),
    ("Đoàn Khối các cơ quan Đảng Trung ương", "Đoàn Khối các cơ quan Đảng Trung ương", "sector", True),
    ("Tỉnh đoàn Kiên Giang", "Kiên Giang", "province", True),
    ("Thành đoàn Hà Nội", "Hà Nội", "province", True),
    ("Thành đoàn TP. Hồ Chí Minh", "Hồ Chí Minh", "province", True),
    ("Thành đoàn Bắc Giang", "thành phố Bắc Giang", "district", True),  # a provincial city's Union
    ("Huyện đoàn Giồng Riềng", "huyện Giồng Riềng", "district", True),
    ("Quận đoàn 10", "quận 10", "district", True),
    ("Đoàn xã Tùng Ảnh", "xã Tùng Ảnh", "commune", True),
    ("Đoàn phường Vũng Tàu", "phường Vũng Tàu", "commune", True),
    ("Đoàn Thanh niên phường Bến Thành", "phường Bến Thành", "commune", True),
    ("Ban Thường vụ Tỉnh đoàn Kiên Giang", "Kiên Giang", "province", True),
    ("BTV Tỉnh đoàn Quảng Nam", "Quảng Nam", "province", True),
    ("Đoàn TNCS Hồ Chí Minh tỉnh Kiên Giang", "Kiên Giang", "province", True),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Kiên Giang", "Kiên Giang", "province", True),
    ("BCH ĐOÀN TỈNH KIÊN GIANG", "Kiên Giang", "province", True),
    ("HUYỆN ĐOÀN BẠCH THÔNG", "huyện Bạch Thông", "district", True),
    ("Liên đội THCS Bình Sơn", "trường THCS Bình Sơn", "school", True),
    ("Trường THCS Bình Sơn", "trường THCS Bình Sơn", "school", False),
    ("Trung ương Đoàn", "toàn quốc", "national", True),
    ("T.Ư Đoàn", "toàn quốc", "national", True),
    ("TW Đoàn", "toàn quốc", "national", True),
    ("Ban Bí thư Trung ương Đoàn", "toàn quốc", "national", True),
    ("cả nước", "toàn quốc", "national", False),
    ("toàn quốc", "toàn quốc", "national", False),
    ("trên toàn quốc", "toàn quốc", "national", False),
    ("Đại học Quốc gia Hà Nội", "Đại học Quốc gia Hà Nội", "school", True),
    ("ĐHQG Hà Nội", "Đại học Quốc gia Hà Nội", "school", True),
]


@pytest.mark.parametrize(("text", "canonical", "level", "is_body"), BODIES)
def test_youth_union_bodies(text, canonical, level, is_body):
    ms = find_units(f"Năm nay, {text} đã tổ chức 5 hoạt động.")
    assert [(m.text, m.canonical, m.level, m.is_body) for m in ms] == [(text, canonical, level, is_body)]


def test_national_university_is_a_body_in_its_province():
    m = lookup("Đại học Quốc gia Hà Nội")
    assert m is not None
    assert (m.is_body, m.province, m.province_2025) == (True, "Hà Nội", "Hà Nội")


# --------------------------------------------------------------------------- lookup

LOOKUP = [
    ("TP.HCM", "Hồ Chí Minh", "province"),
    ("TP. Hồ Chí Minh", "Hồ Chí Minh", "province"),
    ("tỉnh Kiên Giang", "Kiên Giang", "province"),
    ("Hồ Chí Minh", "Hồ Chí Minh", "province"),  # a name given alone is the city
    ("hà nội", "Hà Nội", "province"),  # lookup does not need capitals
    ("  Lâm Đồng. ", "Lâm Đồng", "province"),
    ("huyện Kim Thành", "huyện Kim Thành", "district"),
    ("Quận 10", "quận 10", "district"),
    ("Ban Thanh niên Công an nhân dân", "Công an nhân dân", "sector"),
    ("Trung ương Đoàn", "toàn quốc", "national"),
    ("trường Đại học Bách khoa", "trường Đại học Bách khoa", "school"),
]


@pytest.mark.parametrize(("name", "canonical", "level"), LOOKUP)
def test_lookup(name, canonical, level):
    m = lookup(name)
    assert isinstance(m, UnitMention)
    assert (m.canonical, m.level) == (canonical, level)
    assert name[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "name", ["Kim Thành", "Bình Sơn", "Tổ 5", "toàn tỉnh", "Hà Nội và Hà Nam", "", "đội hình"]
)
def test_lookup_rejects_what_is_not_one_unit(name):
    assert lookup(name) is None


# --------------------------------------------------------------------------- canonical_unit (eval key)

SAME = [
    ("TP.HCM", "Hồ Chí Minh"),
    ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "hồ chí minh"),
    ("Tỉnh Lâm Đồng", "Lâm Đồng"),
    ("tỉnh Kiên Giang", "Kiên Giang"),
    ("Tỉnh đoàn Kiên Giang", "Kiên Giang"),
    ("huyện Kim Thành", "Kim Thành"),
    ("Huyện đoàn Kim Thành", "huyện Kim Thành"),
    ("xã Tùng Ảnh", "Tùng Ảnh"),
    ("thuý", "thúy"),
    ("Khánh Hoà", "Khánh Hòa"),
    ("Thủ đô", "Hà Nội"),
    ("Thừa Thiên Huế", "Huế"),
    ("Đăk Lăk", "Đắk Lắk"),
    ("BR-VT", "Bà Rịa - Vũng Tàu"),
    ("Trung ương Đoàn", "toàn quốc"),
    ("cả nước", "toàn quốc"),
    ("Ban Thanh niên Công an nhân dân", "Công an nhân dân"),
    ("Trường THCS Bình Sơn", "trường THCS Bình Sơn"),
    ("trường Trung học cơ sở Bình Sơn", "trường THCS Bình Sơn"),
    ("Hà Nội.", "hà nội"),
    ("Quận 10", "quận 10"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_canonical_unit_equivalences(a, b):
    assert canonical_unit(a) == canonical_unit(b)


DIFFERENT = [
    ("quận 10", "quận 1"),
    ("quận 10", "10"),
    ("Hải Dương", "Hải Phòng"),  # merged in 2025, still two units in a 2023 report
    ("Quảng Nam", "Quảng Ngãi"),
    ("huyện Kim Thành", "Hà Nội"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_canonical_unit_keeps_units_apart(a, b):
    assert canonical_unit(a) != canonical_unit(b)


def test_canonical_unit_keeps_the_number_of_a_numbered_district():
    assert canonical_unit("quận 10") == "quận 10"
    assert canonical_unit("Tỉnh Lâm Đồng") == "lâm đồng"


# --------------------------------------------------------------------------- cost and layering


def _my_text_13kb() -> str:
    para = (
        "Năm 2023, Tỉnh đoàn Kiên Giang phối hợp Huyện đoàn Giồng Riềng tổ chức 25 đội hình tình nguyện tại "
        "các xã Vĩnh Thạnh, Thạnh Hưng và Bàn Tân Định; Trường THCS Bình Sơn quyên góp 300 cuốn sách. "
        "Cả nước có hơn 575 đội hình; TP.HCM, Hà Nội, Đà Nẵng dẫn đầu. Ban Thanh niên Công an nhân dân "
        "huy động 1.200 đoàn viên. Đoàn TNCS Hồ Chí Minh phát động phong trào tại quận 10 "
        "và phường Vũng Tàu.\n"
    )
    return para * (13_000 // len(para) + 1)


def test_dense_repeated_text_finds_the_same_units_in_every_copy():
    """A dense 13 KB text (a unit every 40 characters, one paragraph repeated): every copy of the
    paragraph yields the same units as the first, at the same offsets within it — the caches that
    make repeated names cheap must not change what is found. (Its speed, about 0.5 ms/KB, is a
    benchmark figure: `bench/run.py` prints `units_ms_per_kb`; tests check behaviour, not time.)"""
    text = _my_text_13kb()
    para_len = text.index("\n") + 1
    first = [(u.start, u.text) for u in find_units(text[:para_len])]
    assert len(first) >= 10
    found = find_units(text)
    copies = len(text) // para_len
    for k in range(copies):
        lo, hi = k * para_len, (k + 1) * para_len
        got = [(u.start - lo, u.text) for u in found if lo <= u.start < hi]
        assert got == first, k


def test_import_does_no_work_and_loads_no_heavy_module():
    code = (
        "import sys; import reportextract.units as u; from reportextract.units import gazetteer as g;"
        "print(g._tables.cache_info().currsize, 'underthesea' in sys.modules,"
        " 'vietnamadminunits' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "False", "False"]


def test_without_vietnamadminunits_the_2025_units_still_work():
    """vietnam-provinces (declared) alone gives the 34 provinces and their communes, no pre-2025 data."""
    pytest.importorskip("vietnam_provinces")
    code = """
from reportextract.units import gazetteer as g
real = g._package_dir
g._package_dir = lambda name: None if name == "vietnamadminunits" else real(name)
from reportextract.units import find_units, gazetteer_info, province_2025
info = gazetteer_info()
print(info["provinces"], info["has_legacy"])
print("|".join(m.canonical for m in find_units("Hà Nội, TP.HCM, phường Vũng Tàu, Thừa Thiên Huế")))
print(province_2025("Kiên Giang"))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["34 False", "Hà Nội|Hồ Chí Minh|phường Vũng Tàu|Thừa Thiên Huế", "None"]


def test_units_package_imports_nothing_of_ours_but_textnorm_and_numbers():
    # numbers is the bottom layer (it imports nothing of ours): the unit finder shares its breakdown test
    for path in UNITS_DIR.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [
                    node.module + ("." + a.name if node.module == "reportextract" else "") for a in node.names
                ]
            for name in names:
                if name.startswith("reportextract"):
                    ours = name == "reportextract.textnorm" or name.startswith(
                        ("reportextract.units", "reportextract.numbers")
                    )
                    assert ours, (
                        f"{path.name} imports {name}"
                    )


def test_ner_fallback_adds_names_the_gazetteer_lacks():
    pytest.importorskip("underthesea")
    text = "Đoàn viên ở Tây Nguyên và Tỉnh đoàn Gia Lai tham gia 30 đội hình."
    plain = find_units(text)
    assert [m.canonical for m in plain] == ["Gia Lai"]
    with_ner = find_units(text, ner_fallback=True)
    assert [(m.canonical, m.level) for m in with_ner if m.source == "ner"] == [("Tây Nguyên", "body")]
    assert [m.canonical for m in with_ner if m.source != "ner"] == ["Gia Lai"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(with_ner))


# --------------------------------------------------------------------------- real gold (read at test time)


REPO = Path(__file__).resolve().parents[1]
GOLD_SETS = {
    # name: (gold folder, documents folder); "real" is third-party text read at test time only
    "real": (SHARED / "real" / "gold", SHARED / "real" / "docs"),
    "authored": (REPO / "gold", REPO / "corpora"),
}


def _gold_units(which: str) -> list[tuple[str, str]]:
    gold_dir = GOLD_SETS[which][0]
    if not gold_dir.is_dir():
        pytest.skip(f"{gold_dir} not available")
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        units = {f["unit"] for f in gold.get("figures") or [] if f.get("unit")}
        scope = (gold.get("metadata") or {}).get("scope")
        if scope:
            units.add(scope)
        out += [(path.stem, u) for u in sorted(units)]
    return out


@pytest.mark.parametrize("which", sorted(GOLD_SETS))
def test_every_gold_unit_is_readable_and_its_own_canonical_form(which):
    """Each unit written in a gold file is read by lookup, and canonical_unit is stable on it."""
    for doc, unit in _gold_units(which):
        m = lookup(unit)
        assert m is not None, f"{doc}: {unit!r}"
        assert canonical_unit(m.canonical) == canonical_unit(unit), f"{doc}: {unit!r} -> {m.canonical!r}"


@pytest.mark.parametrize("which", sorted(GOLD_SETS))
def test_gold_units_named_in_the_text_are_found(which):
    """Recall of the units that gold attaches to figures or scope, where the text names them."""
    docs = GOLD_SETS[which][1]
    hits = total = 0
    for doc, unit in _gold_units(which):
        path = docs / f"{doc}.txt"
        if not path.exists():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # legacy-encoded copies are the readers' business
        m = lookup(unit)
        if m is None or m.level == "national":
            continue
        if not any(canonical_unit(x.canonical) == canonical_unit(unit) for x in find_units(text)):
            if canonical_unit(unit) in match_key(text):
                total += 1  # named in the text and missed
            continue
        hits += 1
        total += 1
    assert total > 0
    assert hits / total >= 0.9, f"{hits}/{total}"
