"""Unit names in the unit finder (fix15b): a bank's branch named after it (maybe after its short name
in brackets), state agencies and public bodies of a province, schools whose names end in a number or
hold a second school type. Texts written for these tests."""

from __future__ import annotations

import pytest

from reportextract.units import find_units


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# --- 1. a branch named after its organisation, maybe after the short name in brackets


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "Đoàn Thanh niên Ngân hàng Đầu tư và Phát triển Nông thôn (Bidv) Chi nhánh tỉnh Cà Mau phối hợp",
            "Ngân hàng Đầu tư và Phát triển Nông thôn Chi nhánh tỉnh Cà Mau",
        ),
        (
            "Đoàn Thanh niên Ngân hàng Chính sách xã hội Chi nhánh tỉnh Lai Châu trao 4 suất",
            "Ngân hàng Chính sách xã hội Chi nhánh tỉnh Lai Châu",
        ),
        (  # the short name in brackets ends the name when no branch follows
            "Đoàn Thanh niên Ngân hàng Phát triển Nông thôn (ABC) tặng 5 suất quà",
            "Ngân hàng Phát triển Nông thôn",
        ),
    ],
)
def test_branch_after_bracketed_short_name(text, canonical):
    assert _canon(text)[0] == canonical


def test_bracket_with_a_figure_is_no_short_name():
    # "(12 đồng chí)" is the body's figure, not its short name
    assert (
        _canon("Đoàn Thanh niên Công ty Điện lực Sơn La (12 đồng chí) tham gia")[0]
        == "Công ty Điện lực Sơn La"
    )


# --- 2. an organisation named in short reads as the full name the same text gives it with its place


def test_short_name_takes_the_one_full_name_of_the_text():
    text = (
        "Đoàn Thanh niên Sở Tư pháp tổ chức 3 buổi. Đoàn Thanh niên Sở Tư pháp tỉnh Lào Cai có 40 đoàn viên."
    )
    assert _canon(text) == ["Sở Tư pháp tỉnh Lào Cai", "Sở Tư pháp tỉnh Lào Cai"]


def test_short_name_with_two_full_names_stays():
    text = (
        "Đoàn Thanh niên Sở Tư pháp tổ chức 3 buổi; Đoàn Thanh niên Sở Tư pháp tỉnh Lào Cai và "
        "Đoàn Thanh niên Sở Tư pháp tỉnh Yên Bái góp 5 suất."
    )
    assert _canon(text)[0] == "Sở Tư pháp"


def test_longer_name_without_a_place_is_no_full_name():
    # the longer name goes on with no place's level word: not read as the same body's full name
    text = "Đoàn Thanh niên Sở Tư pháp tổ chức 3 buổi; Đoàn Thanh niên Sở Tư pháp Hành chính góp 5 suất."
    assert _canon(text)[0] == "Sở Tư pháp"


# --- 3. a province's department bears its ministry's full name, commas and all


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Chi đoàn Sở Lao động, Thương binh và Xã hội trao 5 suất", "Sở Lao động - Thương binh và Xã hội"),
        (
            "Đoàn Thanh niên Sở Văn hóa - Thể thao và Du lịch góp 3 tiết mục",
            "Sở Văn hóa, Thể thao và Du lịch",
        ),
        (
            "Đoàn Thanh niên Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu góp 3 tiết mục",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
        ),
    ],
)
def test_department_by_its_ministry_name(text, canonical):
    assert _canon(text)[0] == canonical


def test_department_not_of_a_ministry_name_ends_at_comma():
    # two departments in a list: the comma between them ends the first name
    assert _canon("Đoàn Thanh niên Sở Nội vụ, Đoàn Thanh niên Sở Y tế góp 3 tiết mục") == [
        "Sở Nội vụ",
        "Sở Y tế",
    ]


# --- 4. state agencies of a province (orgunit rows of nonunits.tsv), numbered by their area


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "Đoàn Thanh niên Viện kiểm sát nhân dân tỉnh Lai Châu phối hợp",
            "Viện kiểm sát nhân dân tỉnh Lai Châu",
        ),
        ("Chi đoàn Tòa án nhân dân tỉnh Sơn La tặng 3 suất", "Tòa án nhân dân tỉnh Sơn La"),
        ("Chi đoàn Viện kiểm sát nhân dân khu vực 4 tự tổ chức 2 phiên", "Viện kiểm sát nhân dân khu vực 4"),
        ("Đoàn Thanh niên Trung tâm Y tế khu vực Mường Tè tặng", "Trung tâm Y tế khu vực Mường Tè"),
    ],
)
def test_state_agency_of_a_province(text, canonical):
    assert _canon(text)[0] == canonical


def test_area_number_that_counts_is_no_part_of_the_name():
    # "khu vực 12 người": the number counts people, the name ends before "khu vực"
    assert _canon("Đoàn Thanh niên Chi cục Thuế khu vực 12 người tham gia")[0] == "Chi cục Thuế"


def test_bare_level_word_takes_the_full_name_of_the_text():
    text = (
        "Đoàn Thanh niên Tòa án nhân dân tỉnh Sơn La tổ chức 5 phiên. "
        "Anh A, Bí thư Đoàn Thanh niên Tòa án nhân dân tỉnh, cho biết 80% học sinh"
    )
    assert _canon(text) == ["Tòa án nhân dân tỉnh Sơn La", "Tòa án nhân dân tỉnh Sơn La"]


# --- 5. schools: a number that ends the name, a boarding school's levels, the student association


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Trường THPT Yên Định 2 có 640 em dự thi", "trường THPT Yên Định 2"),
        ("gồm Trường THCS Kim Đồng 3, Trường THCS B", "trường THCS Kim Đồng 3"),
        (
            "bàn giao cho Trường PTDTBT Tiểu học và THCS Nà Hẩu. Công trình",
            "trường PTDTBT Tiểu học và THCS Nà Hẩu",
        ),
        ("Trường PTDTNT THCS và THPT Si Ma Cai có 300 em", "trường PTDTNT THCS và THPT Si Ma Cai"),
    ],
)
def test_school_names(text, canonical):
    assert _canon(text)[0] == canonical


def test_number_counting_after_school_is_no_part_of_the_name():
    assert _canon("tặng Trường THCS Kim Đồng 12 bộ bàn ghế")[0] == "trường THCS Kim Đồng"


def test_student_association_of_a_school_is_its_body():
    m = find_units("Hội Sinh viên Trường Đại học Hùng Vương góp 900 bộ sách")[0]
    assert (m.canonical, m.is_body) == ("trường Đại học Hùng Vương", True)
    m = find_units("sinh viên Trường Đại học Hùng Vương góp 900 bộ sách")[0]
    assert not m.is_body


def test_event_verbs_end_a_university_name():
    # "tổng kết", "khai mạc" … are what the unit does, not words of its name
    text = "Hội Sinh viên Trường Đại học Hồng Đức tổng kết Chiến dịch Mùa hè xanh"
    assert _canon(text) == ["trường Đại học Hồng Đức"]


def test_adverb_before_the_predicate_ends_the_name():
    assert (
        _canon("Đoàn Thanh niên Công ty Điện lực Lào Cai cũng cử 2 đội hình")[0] == "Công ty Điện lực Lào Cai"
    )
    assert _canon("Đoàn Thanh niên Sở Tư pháp vừa trao 3 suất")[0] == "Sở Tư pháp"
    # negative: a lower-case word of the name itself stays ("Điện lực", "Đào tạo")
    assert _canon("Đoàn Thanh niên Sở Giáo dục và Đào tạo trao 3 suất")[0] == "Sở Giáo dục và Đào tạo"


# --- 6. a group's or corporation's noun alone refers back to the one the text named


def test_group_noun_alone_refers_back():
    text = (
        "Đoàn Thanh niên Tập đoàn Dệt may Phương Nam tặng 20 suất. "
        "Toàn Tập đoàn hiện có 9.000 đoàn viên; tuổi trẻ Tập đoàn đã trồng 4.000 cây."
    )
    assert _canon(text) == ["Tập đoàn Dệt may Phương Nam"] * 3


def test_group_noun_before_a_name_or_with_two_groups_stays():
    # negative: "Tập đoàn Hòa Bình" is another group, named by itself (no Youth Union: no unit)
    text = "Đoàn Thanh niên Tập đoàn Dệt may Phương Nam tặng 20 suất. Tập đoàn Hòa Bình góp 5 suất."
    assert _canon(text) == ["Tập đoàn Dệt may Phương Nam"]
    # negative: two groups named, the noun alone is ambiguous
    text = (
        "Đoàn Thanh niên Tập đoàn Dệt may Phương Nam và Đoàn Thanh niên Tập đoàn Hòa Bình góp 20 suất. "
        "Toàn Tập đoàn có 9.000 đoàn viên."
    )
    assert len(_canon(text)) == 2
