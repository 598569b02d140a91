"""Unit-name rules of fix 12a (spec §2.3), on sentences written for these tests.

- a speaker written as "office + body + person's name" ("Chủ tịch Hội Sinh viên thành phố Lê Văn
  Tâm cho biết", "Bí thư Đoàn Tổng công ty Phạm Quốc Bảo chia sẻ"): the person's name (a family name
  and one to three more capitalised syllables; two syllables only before a speech verb) is no part of
  the body's name. The body is the one named before or the page's own: no unit is read there, or
  the known part of the name before the person's name. Places named after people that the gazetteer
  knows, and names with no office before them, stay places.
"""

from __future__ import annotations

import pytest

from reportextract.units import find_units


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# ------------------------------------------------------------------ office + body + person's name


@pytest.mark.parametrize(
    "text",
    [
        # a city's student association, its chairman's name after the level word
        "Chủ tịch Hội Sinh viên thành phố Lê Văn Tâm cho biết đã có 12 câu lạc bộ.",
        # an organisation's Youth Union named by its noun alone, its secretary's name after it
        "Bí thư Đoàn Tổng công ty Phạm Quốc Bảo chia sẻ, năm nay có 40 sáng kiến.",
        # two syllables: a person before a speech verb
        "Phó Bí thư Đoàn xã Đỗ Hải nhấn mạnh sẽ trồng 500 cây.",
        # a director of an agency, words of the body in lower case between office and level word
        "Giám đốc Trung tâm Hỗ trợ thanh niên tỉnh Vũ Minh Đức cho biết có 30 lớp.",
    ],
)
def test_office_holder_after_the_body_is_no_unit(text: str) -> None:
    assert _canon(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the organisation is named, the holder's name after it is cut off
        (
            "Bí thư Đoàn Thanh niên Công ty Điện lực Sơn Hà Trần Văn Nam cho biết, có 5 tổ.",
            "Công ty Điện lực Sơn Hà",
        ),
        # a known ward named, then the holder's name
        ("Phó Bí thư Thường trực Đoàn phường Lê Lợi Trần Văn An cho biết có 5 đội.", "phường Lê Lợi"),
    ],
)
def test_office_holder_name_is_cut_off_the_body(text: str, unit: str) -> None:
    assert _canon(text) == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # places named after people that the gazetteer knows stay places, even before a speech verb
        ("Bí thư Đoàn phường Trần Hưng Đạo cho biết có 5 đội.", "phường Trần Hưng Đạo"),
        ("Chủ tịch Hội LHTN quận Lê Chân cho biết có 7 mô hình.", "quận Lê Chân"),
        ("Bí thư Đoàn xã Nguyễn Huệ cho biết có 7 mô hình.", "xã Nguyễn Huệ"),
        ("Bí thư Đoàn trường THPT Nguyễn Du cho biết có 9 chi đoàn.", "trường THPT Nguyễn Du"),
        # no office before the body: an unknown name stays a place
        ("Đoàn phường Đỗ Minh Khôi cho biết đã trồng 300 cây.", "phường Đỗ Minh Khôi"),
        # two syllables with no speech verb after them: a place
        ("Bí thư Đoàn xã Lê Hà tổ chức 3 buổi.", "xã Lê Hà"),
        # the city named before the person: the city stays
        ("Chủ tịch Hội Sinh viên thành phố Huế Lê Văn Tâm cho biết có 12 câu lạc bộ.", "Huế"),
    ],
)
def test_office_holder_rule_keeps_places(text: str, unit: str) -> None:
    assert _canon(text)[0] == unit


# ------------------------------------------------------------------ numbers after a name


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a counted noun right after the number: a count, not the hamlet's number
        (
            "Chi đoàn thôn Khe Lim 6 lớp, 150 lượt; Chi đoàn thôn Đồng Mít 3 lớp, 90 lượt.",
            ["thôn Khe Lim", "thôn Đồng Mít"],
        ),
        ("Chi đoàn ấp Tân Hòa 2 suất học bổng.", ["ấp Tân Hòa"]),
    ],
)
def test_count_after_a_hamlet_name_is_no_part_of_it(text: str, units: list[str]) -> None:
    assert _canon(text) == units


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a numbered hamlet or ward keeps its number: a verb, punctuation or a figure follows
        ("Chi đoàn ấp Long Điền 2 tổ chức 3 buổi.", "ấp Long Điền 2"),
        ("Chi đoàn thôn Bình Yên 2, thôn Bình Yên 3 cùng ra quân.", "thôn Bình Yên 2"),
    ],
)
def test_numbered_hamlet_keeps_its_number(text: str, unit: str) -> None:
    assert _canon(text)[0] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a school's number, then a count in the genre's "01" (a footnote marker taken out between)
        ("Hội đồng Đội tặng Liên đội trường Tiểu học Nậm Khao 3 02 tủ sách.", "trường Tiểu học Nậm Khao 3"),
        # a footnote marker glued to the number ends the school's name there
        ("Hội đồng Đội tặng Liên đội trường Tiểu học Nậm Khao 3⁴ 02 tủ sách.", "trường Tiểu học Nậm Khao 3"),
        # negative: a count right after the school's name is no part of it
        ("Hội đồng Đội tặng trường Tiểu học Nậm Khao 15 máy tính.", "trường Tiểu học Nậm Khao"),
        ("Hội đồng Đội tặng trường Tiểu học Nậm Khao 02 tủ sách.", "trường Tiểu học Nậm Khao"),
    ],
)
def test_school_number_before_a_count(text: str, unit: str) -> None:
    assert _canon(text) == [unit]


def test_a_school_name_given_alone_keeps_its_number() -> None:
    from reportextract.units import lookup

    m = lookup("trường Tiểu học Nậm Khao 3")
    assert m is not None and m.canonical == "trường Tiểu học Nậm Khao 3"


# ------------------------------------------------------------------ member companies in a ranking


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a ranking verb and the figure after the name
        (
            "Năm nay có 40 sáng kiến. Công ty Thép Hòa Phong Hải Dương dẫn đầu với 12 sáng kiến.",
            ["Công ty Thép Hòa Phong Hải Dương"],
        ),
        # "Sau đó là" / "tiếp đến" before the name, its figure in brackets
        (
            (
                "Sau đó là Công ty Thép Hòa Phong Quảng Ngãi (8 sáng kiến), "
                "tiếp đến Công ty Cảng Hòa Phong (5 sáng kiến)."
            ),
            ["Công ty Thép Hòa Phong Quảng Ngãi", "Công ty Cảng Hòa Phong"],
        ),
    ],
)
def test_organisation_ranked_with_its_figure_is_a_unit(text: str, units: list[str]) -> None:
    assert _canon(text) == units


@pytest.mark.parametrize(
    "text",
    [
        # a sponsor, no ranking: a partner, not a unit
        "Dịp này Công ty Thép Hòa Phong Hải Dương tài trợ 12 triệu đồng.",
        # a ranking verb without a figure after it
        "Dịp này Công ty Thép Hòa Phong Hải Dương dẫn đầu phong trào thi đua.",
        # a figure after the name but no ranking and no list
        "Đoàn viên làm việc tại Công ty Thép Hòa Phong Hải Dương 3 năm.",
    ],
)
def test_organisation_without_a_ranking_is_no_unit(text: str) -> None:
    assert _canon(text) == []


# ------------------------------------------------------------------ places that only describe


@pytest.mark.parametrize(
    "text",
    [
        # "quê X" (native of X) describes people, it names no unit
        "thắp 900 nén hương trên phần mộ các liệt sĩ quê Nghệ An; tổ chức 2 buổi nói chuyện.",
        # monuments and relics named after a province are things, not units
        "dâng hương tại Thành cổ Quảng Trị, Nghĩa trang liệt sĩ quốc gia Đường 9 và Địa đạo Vịnh Mốc.",
    ],
)
def test_native_place_and_monuments_are_no_units(text: str) -> None:
    assert _canon(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # negative: the same province as a Youth Union body, or after "tại", stays a unit
        ("Tỉnh đoàn Nghệ An tổ chức 2 buổi nói chuyện.", "Nghệ An"),
        ("Đoàn viên về thăm quê hương, tại tỉnh Quảng Trị có 3 buổi.", "Quảng Trị"),
    ],
)
def test_province_outside_those_contexts_stays_a_unit(text: str, unit: str) -> None:
    assert _canon(text) == [unit]
