"""Attribution, round 22 mend b (spec §2.3 units): support to a partner province abroad named "tỉnh
bạn", read within its sentence and not past the giver's own next deed. Every sentence was written for
these tests.
"""

from __future__ import annotations

from reportextract import extract
from reportextract.figures.attribution import Attributor
from reportextract.figures.context import TextContext

_HEAD = (
    "Đối ngoại thanh niên\nTuổi trẻ Nghệ An giao lưu tại tỉnh Xê Kông (Lào)\nThứ Hai, 08/12/2025 - 17:20\n"
)
_PARTNER = "Đoàn Thanh niên tỉnh Xê Kông đón đoàn. "


def _units(body: str) -> dict[float, str | None]:
    report = extract(_HEAD + _PARTNER + body + "\n", format="txt")
    return {f.value: f.unit for f in report.figures}


# ------------------------------------------------------- "hỗ trợ tỉnh bạn …": the partner receives
def test_a_thousands_dot_does_not_end_the_support_to_the_partner() -> None:
    units = _units("Ông Khăm nói tuổi trẻ Nghệ An đã hỗ trợ tỉnh bạn 1.500 suất học bổng và 9 điểm trường.")
    assert units[1500] == "Xê Kông"
    assert units[9] == "Xê Kông"


def test_support_to_the_partner_at_a_sentence_start_is_read() -> None:
    assert _units("Hỗ trợ tỉnh bạn 9 điểm trường là việc Tỉnh đoàn Nghệ An làm từ năm 2018.")[9] == "Xê Kông"


def test_the_givers_own_deed_after_a_comma_is_not_the_partners() -> None:
    # negative: "huy động 200 đoàn viên" is the giver's own deed, not support to the partner
    units = _units("Tỉnh đoàn Nghệ An hỗ trợ tỉnh bạn 9 điểm trường, huy động 200 đoàn viên tham gia.")
    assert units[9] == "Xê Kông"
    assert units[200] == "Nghệ An"


def test_a_list_of_gifts_after_a_comma_stays_the_partners() -> None:
    # negative neighbour: the comma only joins the gifts ("…, 4 phòng học và đỡ đầu 26 học sinh")
    units = _units("Tỉnh đoàn Nghệ An đã giúp tỉnh bạn xây 12 nhà, 4 phòng học và đỡ đầu 26 học sinh.")
    assert [units[12], units[4], units[26]] == ["Xê Kông"] * 3


# ------------------------------------------------------- "cùng N đoàn viên xã bạn": not the commune named
_DISTRICT_HEAD = (
    "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH\nHUYỆN ĐOÀN GIỒNG RIỀNG\nSố: 12-BC/HĐTN\n\nBÁO CÁO\n"
    "Kết quả ra quân tình nguyện năm 2025\n\n"
)
_RALLY = "Ngày 5/3, Đoàn xã Ngọc Chúc ra quân. Huyện đoàn huy động 60 đoàn viên cùng 20 đoàn viên "


def _district_units(body: str) -> dict[float, str | None]:
    report = extract(_DISTRICT_HEAD + body + "\n", format="txt")
    return {f.value: f.unit for f in report.figures}


def test_members_of_a_commune_set_apart_are_not_the_commune_named() -> None:
    for other in ("xã bạn", "xã khác", "xã lân cận", "xã vùng cao"):
        assert _district_units(_RALLY + other + " trồng 300 cây xanh.")[20] != "xã Ngọc Chúc", other


def test_members_of_the_bare_commune_stay_the_commune_named() -> None:
    # negative neighbour: "đoàn viên xã" with a verb after it is the commune named before
    assert _district_units(_RALLY + "xã trồng 300 cây xanh.")[20] == "xã Ngọc Chúc"


# ------------------------------------------------------- members counted before their body, a no-break space
def _unit_of(text: str, number: str) -> str | None:
    at = text.index(number)
    found = Attributor(text, TextContext.build(text)).resolve(at, at + len(number))
    return None if found is None else found.unit


def test_members_before_their_organisation_over_a_no_break_space() -> None:
    text = "Huyện đoàn A huy động 42 đoàn viên\u00a0Bệnh viện Đa khoa Giồng Riềng sơ cứu cho người dân."
    assert _unit_of(text, "42") == "Bệnh viện Đa khoa Giồng Riềng"
    text = "Huyện đoàn A huy động 40 cán bộ,\u00a0đoàn viên\u00a0Đoàn xã Ngọc Chúc dọn vệ sinh."
    assert _unit_of(text, "40") == "xã Ngọc Chúc"


def test_members_over_a_no_break_space_before_a_place_only_where_they_act() -> None:
    # negative: "tham gia tại" puts the place as where they took part, not whose they are
    text = "Huyện đoàn A huy động 25\u00a0đoàn\u00a0viên tham gia tại xã Ngọc Chúc."
    assert _unit_of(text, "25") == "huyện A"
