"""Unit attribution, round 15h (spec §2.3): the unit a footnote hangs on, read in the whole body,
and the carry-over of an earlier clause's unit. Every sentence was written for these tests."""

from __future__ import annotations

from reportextract import Figure, extract

_HEAD = """BAN CHẤP HÀNH TỈNH ĐOÀN QUẢNG TRỊ
Số: 31-BC/TĐTN

BÁO CÁO
Kết quả công tác thanh niên năm 2025

"""


def _notes(body: str, notes: str) -> dict[float, Figure]:
    report = extract(_HEAD + body + "\n\n" + notes + "\n", format="txt")
    assert report.metadata.scope == "Quảng Trị"
    return {f.value: f for f in report.figures if f.where == "footnote"}


# ------------------------------------------------ a footnote on a long name that ends in a province
def test_footnote_on_a_long_name_ending_in_the_province_keeps_the_whole_name() -> None:
    # the anchor kept for the marker is a short cut of the name; the body reads the whole name
    figs = _notes(
        "Trong năm, Đoàn Thanh niên Trung tâm Kiểm soát bệnh tật tỉnh Quảng Trị¹ tổ chức 12 buổi "
        "tuyên truyền phòng chống dịch bệnh cho đoàn viên.",
        "¹ Tuyên truyền tại 9 trường học cho 3.150 học sinh.",
    )
    assert figs[9].unit == "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Trị"
    assert figs[3150].unit == "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Trị"


def test_footnote_on_the_province_alone_stays_the_province() -> None:
    # negative: the marker hangs on the province itself
    figs = _notes(
        "Các tỉnh bạn đã hỗ trợ Đoàn xã Hải Lăng, trong đó có tỉnh Nghệ An¹.",
        "¹ Trao 40 suất quà cho học sinh.",
    )
    assert figs[40].unit == "Nghệ An"


# ------------------------------------------------ a footnote on a programme its owner is named after
def test_footnote_on_a_programme_goes_to_the_owner_named_after_the_marker() -> None:
    figs = _notes(
        'Chương trình "Bữa cơm yêu thương"¹ của Đoàn Thanh niên Bệnh viện Đa khoa tỉnh Quảng Trị '
        "phục vụ 2.400 suất cơm cho người bệnh nghèo.",
        "¹ Phối hợp các nhà hảo tâm thực hiện, với 52 buổi trong năm.",
    )
    assert figs[52].unit == "Bệnh viện Đa khoa tỉnh Quảng Trị"


def test_footnote_on_a_programme_without_an_owner_named_after_it_is_the_own_body() -> None:
    # negative: no "của <body>" after the marker, the report's own body keeps it
    figs = _notes(
        'Tỉnh đoàn duy trì chương trình "Bữa cơm yêu thương"¹ tại các bệnh viện.',
        "¹ Phối hợp các nhà hảo tâm thực hiện, với 52 buổi trong năm.",
    )
    assert figs[52].unit == "Quảng Trị"


def _one(text: str, value: float, scope: str = "Thanh Hóa") -> Figure:
    found = [f for f in extract(text, scope=scope).figures if f.value == value]
    assert len(found) == 1, [(f.value, f.unit) for f in extract(text, scope=scope).figures]
    return found[0]


# ------------------------------------------------ a list of schools with their counts
_SCHOOLS = (
    "Tỉnh đoàn Thanh Hóa tổ chức 14 phiên tòa giả định. Trường THPT Hàm Rồng có đông học sinh "
    "dự nhất với 1.150 em, Trường THPT Lê Lợi có 980 em."
)


def test_the_second_school_of_a_list_keeps_its_own_count() -> None:
    assert _one(_SCHOOLS, 1150).unit == "trường THPT Hàm Rồng"
    assert _one(_SCHOOLS, 980).unit == "trường THPT Lê Lợi"


def test_a_school_named_inside_a_phrase_after_a_count_is_no_new_item() -> None:
    # negative: no comma opens a new item, "điểm thi Trường …" only says where
    text = (
        "Tỉnh đoàn Thanh Hóa tổ chức hội thi với 1.200 em dự thi tại điểm thi Trường THPT Lê Lợi "
        "có 300 em."
    )
    assert _one(text, 300).unit == "Thanh Hóa"


# ------------------------------------------------ "Ở cấp Trung ương," opens a national sentence
def test_a_sentence_opened_at_the_national_level_is_national() -> None:
    text = (
        "Thành đoàn Huế ra mắt 12 đội hình tiếp sức. Ở cấp Trung ương, chương trình "
        '"Hành trình đỏ" đã được triển khai tại 57 bệnh viện'
    )
    assert _one(text, 57, "Huế").unit == "toàn quốc"
    assert _one(text, 12, "Huế").unit == "Huế"


def test_a_lower_level_opener_or_an_honours_level_is_not_national() -> None:
    # negative: "Ở cấp tỉnh," and "bằng khen cấp Trung ương" say nothing national of the figure
    text = "Thành đoàn Huế ra mắt 12 đội hình. Ở cấp tỉnh, chương trình đã được triển khai tại 7 bệnh viện."
    assert _one(text, 7, "Huế").unit == "Huế"
    text = "Thành đoàn Huế ra mắt 12 đội hình. Đoàn viên nhận 5 bằng khen cấp Trung ương."
    assert _one(text, 5, "Huế").unit == "Huế"


# ------------------------------------------------ "tại" another school ends the carry-over
def test_an_earlier_school_is_not_carried_to_another_school_after_tai() -> None:
    text = (
        "Chương trình trao tặng 2.000 bộ bàn chải cho các trường. Trường Tiểu học Tân Hòa nhận nhiều "
        "nhất với 300 bộ; tại Trường Tiểu học Lê Lợi, đội khám phát hiện 74 em bị sâu răng."
    )
    assert _one(text, 300, "Hải Phòng").unit == "trường Tiểu học Tân Hòa"
    assert _one(text, 74, "Hải Phòng").unit != "trường Tiểu học Tân Hòa"


def test_a_place_of_another_level_after_tai_keeps_the_earlier_actor() -> None:
    # negative: the commune's Youth Union acts at the school, the school only says where
    text = "Đoàn xã Tân Hòa ra quân chiến dịch với 40 đoàn viên; tại Trường THCS Lê Lợi, 300 em tham gia."
    assert _one(text, 300, "Hải Phòng").unit == "xã Tân Hòa"


# ------------------------------------------------ elliptical clauses after "Tại xã A, …;"
def test_elliptical_clauses_after_a_place_that_only_says_where_keep_the_actor() -> None:
    text = (
        "Tỉnh đoàn Điện Biên ra quân. Tại xã Mường Nhé, các đoàn viên trồng 200 cây, 9 vườn; "
        "xã Sín Thầu 150 cây, 7 vườn."
    )
    assert _one(text, 150, "Điện Biên").unit == "Điện Biên"
    assert _one(text, 7, "Điện Biên").unit == "Điện Biên"


def test_elliptical_clauses_after_an_acting_place_are_that_place_s() -> None:
    # negative: the first clause's commune acts, so the next commune's clause is its own
    text = "Tỉnh đoàn ra quân. Đoàn xã Mường Nhé trồng 200 cây; xã Sín Thầu 150 cây, 7 vườn."
    assert _one(text, 150, "Điện Biên").unit == "xã Sín Thầu"


# ------------------------------------------------ a quote of the page's own officer
_QUOTE = (
    "Tỉnh đoàn Vĩnh Long tổ chức hội thi Rung chuông vàng. Theo anh Trần Văn Khôi, Phó Bí thư {who}, "
    "số học sinh dự thi tăng mạnh. Thành đoàn Cần Thơ cử 12 cán bộ Đội làm trọng tài. "
    '"Năm tới, cuộc thi mở rộng cho học sinh THPT, với khoảng 15.000 em tham gia", anh Khôi nói.'
)


def test_a_quote_of_the_own_body_s_officer_is_not_the_partner_s() -> None:
    assert _one(_QUOTE.format(who="Tỉnh đoàn"), 15000, "Vĩnh Long").unit == "Vĩnh Long"


def test_a_quote_of_a_named_body_s_officer_keeps_the_carry_over() -> None:
    # negative: the speaker was introduced as the partner city's officer
    assert _one(_QUOTE.format(who="Thành đoàn Cần Thơ"), 15000, "Vĩnh Long").unit == "Cần Thơ"
