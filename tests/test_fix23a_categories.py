"""Figure categories of round 23a (spec §2.4): the short forms of people written in capitals ("ĐV",
"TN", "TNTN") counted as the full words are, an executive committee ("BCH", "Ban Chấp hành") standing
for its body in a share, honoured teams and volunteers, and support points. Every sentence was
written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nam Định")


# ------------------------------------------------------- short forms of people
@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # admitted and recommended members take part, like "kết nạp 215 đoàn viên mới"
        ("Năm nay, toàn huyện kết nạp 215 ĐV mới; giới thiệu 37 ĐV ưu tú cho Đảng.", 215, "participants"),
        ("Năm nay, toàn huyện kết nạp 215 ĐV mới; giới thiệu 37 ĐV ưu tú cho Đảng.", 37, "participants"),
        ("Phấn đấu kết nạp ít nhất 500 ĐV mới trong năm.", 500, "participants"),
        # the membership of a body, like "N chi đoàn với N đoàn viên"
        ("Toàn tỉnh có 1.210 chi đoàn với 40.300 ĐV.", 40300, "participants"),
        ("Đội hình tình nguyện với 48 TNTN tham gia dọn vệ sinh.", 48, "participants"),
        ("Xã thành lập 2 tổ TN xung kích với 18 ĐV.", 18, "participants"),
        ("Cử 9 ĐV tham gia sửa đường giao thông nông thôn.", 9, "participants"),
        ("Ngày hội có 120 ĐV, 80 TN công nhân tham gia.", 80, "participants"),
        # the verb decides, as for the full words: young people served by a job fair
        ("Phối hợp giới thiệu việc làm cho 530 TN tại khu công nghiệp.", 530, "beneficiaries"),
    ],
)
def test_short_forms_of_people_count_as_the_full_words(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


def test_the_short_form_keeps_the_team_it_follows():
    assert one("Xã thành lập 2 tổ TN xung kích với 18 ĐV.", 2).category == "teams"


@pytest.mark.parametrize("text", ["Đoàn xã có 35 tn mới.", "Đoàn xã có 35 Tn mới.", "Đoàn xã có 35 đv."])
def test_a_short_form_not_written_in_capitals_is_no_noun_of_people(text: str) -> None:
    assert one(text, 35).category == "other"


# ------------------------------------------------------- an executive committee in a share
@pytest.mark.parametrize(
    "text",
    [
        "100% BCH Đoàn xã, phường tổ chức sinh hoạt chuyên đề.",
        "100% Ban Chấp hành Đoàn cơ sở được kiện toàn trước tháng 9.",
    ],
)
def test_a_share_of_executive_committees_is_a_share_of_bodies(text: str) -> None:
    assert one(text, 100).category == "coverage"


def test_members_of_an_executive_committee_stay_people():
    assert one("Hội nghị bầu 27 ủy viên Ban Chấp hành khóa mới.", 27).category == "participants"
