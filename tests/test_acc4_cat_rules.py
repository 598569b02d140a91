"""Category and instruction rules of the figure stage added after the blind batch n29-n34.

Spec §2.4 (category by the counted noun and the verb), §2.6 (measure), §2.1 (instructions are
not figures). Every sentence was written for these tests; none is taken from a document.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Hà Giang")


# --------------------------------------------------------------------------- counted nouns
NOUN_CASES = [
    # houses counted by their classifier "căn" are works, built or handed over
    ("Tỉnh đoàn hoàn thành 73 căn trong quý III.", 73, "works"),
    ("Huyện Vị Xuyên 31 căn, huyện Bắc Mê 26 căn.", 26, "works"),
    ("Trung ương Đoàn trao tặng huyện Mèo Vạc 12 căn “Mái ấm thanh niên”.", 12, "works"),
    # ... but the longer nouns that begin with "căn" keep their own category
    ("Các đội hình hướng dẫn làm 420 căn cước cho người dân.", 420, "procedures"),
    ("Công an xã trả 35 thẻ căn cước bị thất lạc.", 35, "items"),
    # "tổ chức" after a number is the noun "organisation", never the team word "tổ"
    ("Toàn tỉnh hiện có 56 tổ chức cơ sở Đoàn trực thuộc.", 56, "coverage"),
    ("Có 18 tổ chức, cá nhân ủng hộ chương trình.", 18, "other"),
    ("Các xã duy trì 40 tổ tự quản về môi trường.", 40, "teams"),
    # branches of the Youth Union and the Students' Association are bodies covered
    ("Hội Sinh viên trường có 27 chi hội với 3.100 hội viên.", 27, "coverage"),
    ("Đoàn trường có 7 Liên chi đoàn và 96 chi đoàn.", 7, "coverage"),
    # authors who send works to a contest take part
    ("Cuộc thi nhận 214 bài dự thi của 97 tác giả.", 97, "participants"),
    # a play point organised by the Youth Union is an activity; a bare "điểm" stays a place
    ("Các chi đoàn tổ chức 96 điểm vui chơi cho thiếu nhi.", 96, "events"),
    ("Ngày hội diễn ra tại 12 điểm trên địa bàn tỉnh.", 12, "coverage"),
    # tickets handed out are things given
    ("Chương trình hỗ trợ 80 vé xe cho sinh viên khó khăn.", 80, "items"),
]


@pytest.mark.parametrize(("text", "value", "category"), NOUN_CASES)
def test_category_of_counted_noun(text, value, category):
    assert one(text, value).category == category


def test_a_faculty_branch_is_read_whole_in_the_measure():
    assert one("Đoàn trường có 7 Liên chi đoàn khoa.", 7).measure.startswith("liên chi đoàn")


# --------------------------------------------------------------------------- served and honoured people
PEOPLE_CASES = [
    # people a programme carries home are served, whatever their default role
    ("Chương trình đưa 820 sinh viên, công nhân về quê đón Tết.", 820, "beneficiaries"),
    ("Các đội hình đưa đón 64 sinh viên khuyết tật đến trường.", 64, "beneficiaries"),
    # ... but people sent to take part act
    ("Huyện đoàn đưa 40 đoàn viên tham gia dọn vệ sinh bờ biển.", 40, "participants"),
    # people honoured are `other` (like "tập thể được khen thưởng")
    ("Năm học qua có 45 đoàn viên đạt danh hiệu “Thanh niên tiên tiến”.", 45, "other"),
    ("Có 12 học sinh được Tỉnh đoàn tặng Bằng khen.", 12, "other"),
    ("Đợt này có 9 sinh viên được tuyên dương cấp tỉnh.", 9, "other"),
    # ... but admitted, helped or acting people are not honoured
    ("Có 32 đoàn viên được kết nạp vào Đảng.", 32, "participants"),
    ("Đã có 150 người dân được hỗ trợ cài đặt ứng dụng.", 150, "beneficiaries"),
    ("Có 60 đoàn viên đạt kết quả cao trong hội thi.", 60, "participants"),
]


@pytest.mark.parametrize(("text", "value", "category"), PEOPLE_CASES)
def test_category_of_served_and_honoured_people(text, value, category):
    assert one(text, value).category == category


# --------------------------------------------------------------------------- elliptic repeats
@pytest.mark.parametrize(
    "text",
    [
        "Đợt đầu tiếp nhận 305 đơn vị máu; đợt giữa năm 268 đơn vị; đợt cuối năm 190 đơn vị.",
        "Đợt đầu tiếp nhận 305 đơn vị máu, đợt sau thu được 268 đơn vị, đợt cuối 190 đơn vị",
    ],
)
def test_elliptic_repeat_takes_the_full_noun_of_the_list(text):
    assert [f.category for f in figs(text)] == ["items", "items", "items"]


def test_elliptic_repeat_of_people():
    text = "Đoàn xã hướng dẫn 900 người dân cài đặt ứng dụng, trong đó 610 người đã kích hoạt tài khoản."
    assert one(text, 610).category == "beneficiaries"


@pytest.mark.parametrize(
    "text",
    [
        # no list separator: a second, different count
        "Ngày hội tiếp nhận 305 đơn vị máu tại 14 đơn vị trường học.",
        "Ngày hội tiếp nhận 305 đơn vị máu tại 14 đơn vị.",
        # a preposition before the number: the units that took part
        "Ngày hội tiếp nhận 305 đơn vị máu, phối hợp với 14 đơn vị.",
        # the bare noun does not end its item: a count of its own
        "Ngày hội tiếp nhận 305 đơn vị máu, có 14 đơn vị tham gia tổ chức.",
        # another sentence
        "Ngày hội tiếp nhận 305 đơn vị máu. Có 14 đơn vị tham gia tổ chức.",
    ],
)
def test_no_elliptic_repeat_without_a_list(text):
    assert one(text, 14).category == "coverage"


# --------------------------------------------------------------------------- table row labels
_TABLE = (
    "Kết quả thực hiện các chỉ tiêu:\n"
    "TT\tNội dung\tChỉ tiêu\tKết quả\n"
    "1\tKết nạp đoàn viên mới\t1.200\t845\n"
    "2\tTổ chức lớp tập huấn\t30\t24\n"
    "3\tTổ chức cơ sở Đoàn được kiện toàn\t15\t11\n"
    "4\tĐơn vị máu tiếp nhận\t900\t731\n"
)


@pytest.mark.parametrize(
    ("value", "category", "measure"),
    [
        (1200, "participants", "đoàn viên mới"),
        (845, "participants", "đoàn viên mới"),
        (24, "events", "lớp tập huấn"),
        # a label that starts with its noun stays whole, even when a verb begins it
        (11, "coverage", "tổ chức cơ sở đoàn được kiện toàn"),
        (731, "items", "đơn vị máu tiếp nhận"),
    ],
)
def test_row_label_that_opens_with_a_verb_counts_the_noun_after_it(value, category, measure):
    f = one(_TABLE, value)
    assert (f.category, f.measure) == (category, measure)


# --------------------------------------------------------------------------- instructions
@pytest.mark.parametrize(
    "text",
    [
        "Mỗi Liên chi đoàn thành lập tối thiểu 01 đội hình tình nguyện.",
        "Mỗi chi hội tổ chức ít nhất 02 buổi sinh hoạt chuyên đề.",
        "Thành đoàn tổ chức các chuyến xe miễn phí; mỗi chuyến xe bố trí 03 tình nguyện viên.",
        "Mỗi huyện đoàn chủ động đăng ký tối thiểu 20 căn và bố trí 01 cán bộ theo dõi.",
    ],
)
def test_instructions_are_not_figures(text):
    assert figs(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # done: a result per item
        ("Năm nay, mỗi chuyến xe đã bố trí 03 tình nguyện viên.", 3),
        # an assigning verb with no "mỗi" subject and no modal: a result
        ("Huyện đoàn bố trí 25 tình nguyện viên tại bến xe.", 25),
        # "mỗi" with a time word is not a distributive unit
        ("Mỗi năm, Thành đoàn bố trí 40 tình nguyện viên tại nhà ga.", 40),
        # an amount per item without an assigning verb stays a figure
        ("Trao 50 suất quà, mỗi suất quà trị giá 500.000 đồng.", 500000),
    ],
)
def test_results_with_similar_words_are_figures(text, value):
    assert one(text, value) is not None
