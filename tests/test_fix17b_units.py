"""fix17b: unit names of organisations' Youth Unions. Texts written for these tests."""

from __future__ import annotations

from reportextract.units import find_units


def _names(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def test_postal_branch_of_a_province_is_its_own_unit() -> None:
    assert _names("Sáng 9/4, Đoàn cơ sở Bưu chính tỉnh Hà Giang cử 9 đoàn viên lên bản.") == [
        "Bưu chính tỉnh Hà Giang"
    ]
    assert _names("Đoàn Thanh niên Viễn thông Điện Biên lắp 12 điểm wifi.") == ["Viễn thông Điện Biên"]


def test_postal_word_inside_a_corporation_name_or_alone() -> None:
    # negative: inside a corporation's name the word does not open another name; without a Youth
    # Union's words before it the place stays a place
    assert _names("Đoàn Thanh niên Tổng công ty Bưu chính Miền Núi tặng 30 suất quà.") == [
        "Tổng công ty Bưu chính Miền Núi"
    ]
    assert _names("Sản lượng bưu chính tỉnh Hà Giang tăng 8%.") == ["Hà Giang"]


def test_member_school_named_with_its_university_after_a_comma() -> None:
    found = find_units("Sinh viên Trường Đại học Kinh tế, Đại học Đà Nẵng dựng 3 cầu dân sinh.")
    assert [m.canonical for m in found] == ["trường Đại học Kinh tế"]
    assert found[0].text == "Trường Đại học Kinh tế, Đại học Đà Nẵng"


def test_university_in_a_list_of_schools_stays_a_unit() -> None:
    # negative: "Đại học Huế" goes on a list of units, it is one of them
    text = "các trường Đại học Nông Lâm, Đại học Huế và Đại học Vinh cử 90 sinh viên"
    assert _names(text) == ["trường Đại học Nông Lâm", "Đại học Huế", "trường Đại học Vinh"]


def test_whole_central_khoi_is_its_doan_khoi() -> None:
    assert _names("Toàn Khối Doanh nghiệp Trung ương có 410 công trình thanh niên.") == [
        "Đoàn Khối Doanh nghiệp Trung ương"
    ]
    assert _names("Đoàn Khối Doanh nghiệp Trung ương phát động thi đua.") == [
        "Đoàn Khối Doanh nghiệp Trung ương"
    ]


def test_khoi_inside_an_award_name_is_no_unit() -> None:
    # negative: the bare "Khối …" in an award's name names no unit
    assert _names("đạt giải Ba Giải thưởng Kỹ sư trẻ Khối Doanh nghiệp Trung ương lần thứ 2") == []


def test_member_company_youth_union_doan_bo_phan() -> None:
    assert _names("Đoàn bộ phận Công ty Cơ khí Sông Mã Thanh Hóa cử 20 đoàn viên.") == [
        "Công ty Cơ khí Sông Mã Thanh Hóa"
    ]
    assert _names("Chi đoàn Công ty TNHH Nhựa Tân Phú góp 12 triệu đồng.") == ["Công ty TNHH Nhựa Tân Phú"]


def test_doan_bo_phan_without_a_name_is_no_unit() -> None:
    # negative: the words alone name no organisation
    assert _names("Mỗi Đoàn bộ phận đăng ký ít nhất 2 công trình thanh niên.") == []


def test_doan_cong_ty_refers_back_to_the_company() -> None:
    text = (
        "Đoàn Thanh niên Công ty Cấp nước Hòa Bình lắp 40 vòi nước. "
        "Tổng công ty Nước sạch Tây Bắc hỗ trợ Đoàn Công ty 25 triệu đồng; vật tư do Công ty góp."
    )
    found = find_units(text)
    assert [m.canonical for m in found].count("Công ty Cấp nước Hòa Bình") == 3
    assert any(m.text == "Đoàn Công ty" for m in found)


def test_doan_cong_ty_without_a_company_named_before() -> None:
    # negative: no company named by its Youth Union: the bare noun refers to none; a name after
    # the noun is another company
    assert _names("Tỉnh đoàn Hòa Bình hỗ trợ Đoàn Công ty 25 triệu đồng.") == ["Hòa Bình"]
    text = "Đoàn Thanh niên Công ty Cấp nước Hòa Bình lắp 40 vòi. Công ty Sông Đà góp 5 triệu đồng."
    assert _names(text) == ["Công ty Cấp nước Hòa Bình"]


def test_own_association_committee_by_its_level_word() -> None:
    text = (
        "Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh Cà Mau báo cáo như sau. "
        "Hội LHTN phường A hỗ trợ Ủy ban Hội tỉnh 20 triệu đồng."
    )
    found = find_units(text)
    assert [(m.text, m.canonical) for m in found][-1] == ("Ủy ban Hội tỉnh", "Cà Mau")


def test_association_committee_of_two_provinces_is_left_alone() -> None:
    # negative: two provinces' committees named in full: the bare one names neither
    text = (
        "Ủy ban Hội LHTN tỉnh Cà Mau và Ủy ban Hội LHTN tỉnh Sơn La ký kết. "
        "Ủy ban Hội tỉnh trao 20 suất quà."
    )
    assert _names(text) == ["Cà Mau", "Sơn La"]
