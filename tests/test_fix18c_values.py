"""fix18c: values, qualifiers and the letterhead issuer on sentences written for these tests
(spec §2.1 figures and names, §2.5 qualifiers, §3 `issuer`)."""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.numbers import find_quantities
from reportextract.structure import header

figs, one, values = helpers("tỉnh Thanh Hóa")


def test_a_floor_on_a_second_share_after_and_is_a_figure() -> None:
    # "và ít nhất 70% …": a second share of its own, not what each of the units has
    fig = one("Năm học tới, Hội đồng Đội tỉnh phấn đấu 100% liên đội tổ chức hội trại và ít nhất 70% "
              "đội viên lớp 8 đạt chuẩn kỹ năng.", 70)
    assert fig.qualifier == "at_least"


def test_a_floor_each_unit_has_stays_no_figure() -> None:
    assert values("Năm nay phấn đấu 100% chi đoàn có ít nhất 1 công trình thanh niên.") == [100]
    assert values("Phấn đấu 100% chi đội có ít nhất 60% đội viên tham gia.") == [100]


def test_bare_numbers_listed_after_a_numbered_name_before_the_verb_are_names() -> None:
    assert values("Các tuyến đường do chi đoàn khu phố 3 và 8 đảm nhận vệ sinh hằng tuần.") == []
    kinds = [(q.text, q.nonfigure) for q in find_quantities("do chi đoàn khu phố 3 và 8 đảm nhận")]
    assert kinds == [("3", "name"), ("8", "name")]


def test_a_count_after_a_numbered_name_and_and_stays_a_figure() -> None:
    assert values("Đoàn phường tặng quà cho khu phố 3 và 8 hộ gia đình chính sách.") == [8]


def test_tren_before_vehicles_the_carried_ride_is_on_board() -> None:
    fig = one("Đoàn trường đưa 640 công nhân về quê ăn Tết trên 14 chuyến xe.", 14)
    assert fig.qualifier is None


def test_tren_before_vehicles_without_carrying_stays_more_than() -> None:
    assert one("Năm nay Đoàn trường tổ chức trên 14 chuyến xe miễn phí.", 14).qualifier == "more_than"
    assert one("Hội đưa trên 300 sinh viên về quê.", 300).qualifier == "more_than"


def test_a_ratio_after_a_capitalised_name_counts_what_follows() -> None:
    text = "Tỷ lệ chi đoàn vững mạnh: Đoàn Thanh niên Bệnh viện Nhi Thanh Hóa 11/13 chi đoàn."
    assert sorted(values(text)) == [11, 13]


def test_a_bare_fraction_after_a_capitalised_name_stays_a_name() -> None:
    assert values("Văn phòng đặt tại đường Bà Triệu 11/13, gần chợ.") == []


def test_a_range_per_item_keeps_its_low_end_whatever_the_noun() -> None:
    text = "Hội hỗ trợ 25 sinh viên khó khăn, mỗi trường hợp từ 3 triệu đến 5 triệu đồng."
    assert one(text, 3_000_000).qualifier == "at_least"
    assert one(text, 5_000_000).qualifier == "at_most"


def test_a_range_each_unit_is_told_to_give_stays_an_instruction() -> None:
    assert values("Mỗi chi hội phải đóng góp từ 3 triệu đến 5 triệu đồng.") == []


def test_the_committee_over_a_wrapped_school_name_is_part_of_the_issuer() -> None:
    cells = ["HỘI SINH VIÊN VIỆT NAM", "TỈNH THANH HÓA", "BCH HỘI SINH VIÊN VIỆT NAM",
             "TRƯỜNG ĐẠI HỌC KỸ THUẬT", "VÀ CÔNG NGHỆ HÀM RỒNG"]
    assert header._org_name(cells).startswith("Ban Chấp hành Hội Sinh viên Việt Nam Trường Đại học")


def test_a_parent_body_over_a_wrapped_committee_is_not_joined() -> None:
    name = header._org_name(["TỈNH ĐOÀN THANH HÓA", "BCH ĐOÀN TRƯỜNG ĐẠI HỌC", "KỸ THUẬT HÀM RỒNG"])
    assert not name.startswith("Tỉnh")
