"""Unit attribution, round 14e (spec §2.3): former-province areas, places inside a body's name, a
person's bracketed home commune.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Tuyên Quang")


# ------------------------------------------------- "24 xã, phường khu vực tỉnh A cũ"
def test_a_count_of_the_former_provinces_area_after_the_noun_is_that_provinces():
    text = "Dự lễ có đoàn đại biểu của 31 xã, phường khu vực tỉnh Hà Giang cũ."
    assert one(text, 31).unit == "Hà Giang"


def test_a_current_province_after_khu_vuc_without_cu_only_says_where():
    text = "Tỉnh đoàn trao 30 suất quà khu vực tỉnh Hà Giang."
    assert one(text, 30).unit == "Tuyên Quang"


def test_a_former_area_after_o_only_says_where():
    text = "Năm 2026, Đoàn trường dự kiến mở rộng mô hình cho 25 hợp tác xã ở khu vực tỉnh Hà Giang cũ."
    assert one(text, 25, scope="trường Đại học Tân Trào").unit == "trường Đại học Tân Trào"


# ------------------------------------------------- "Anh A (xã B) …" vs "Anh A (30 tuổi, xã B) …"
def test_a_persons_bracketed_commune_alone_only_says_where_the_person_lives():
    text = (
        "Hội nghị giới thiệu 20 mô hình kinh tế của thanh niên. "
        "Anh Ma Văn Sáng (xã Lâm Bình) chia sẻ mô hình "
        "nuôi 40 con dê, thu nhập khoảng 200 triệu đồng/năm."
    )
    assert one(text, 40).unit == "Tuyên Quang"
    assert one(text, 200_000_000).unit == "Tuyên Quang"


def test_a_persons_profile_with_age_and_commune_only_says_where_the_person_lives():
    # round 25d: as the bracket with the commune alone (n214/n358 convention; first the n87/n171 reading)
    text = "Anh Ma Văn Sáng (29 tuổi, xã Lâm Bình) vay 80 triệu đồng để nuôi 40 con dê."
    assert one(text, 80_000_000).unit == "Tuyên Quang"


def test_a_former_area_the_actor_went_to_only_says_where():
    text = "Đội hình thanh niên của bệnh viện đã đến 3 xã khu vực tỉnh Hà Giang cũ, khám cho 500 người dân."
    hospital = "Bệnh viện Đa khoa tỉnh Tuyên Quang"
    assert one(text, 3, scope=hospital).unit == hospital
