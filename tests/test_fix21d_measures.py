"""Figure categories of the twenty-first round (spec §2.4): cooperatives, highland villages, lodging
blocks and market areas as places; rest points and water stations as events; belongings and houses
for members; the works of a contest as entries; a compared change of bodies or teams; rooms of
lodging houses; people a ceremony of admission is held for; cases listed after people served.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # cooperatives by their abbreviation are bodies, like "hợp tác xã"
        ("Huyện có 12 HTX do thanh niên làm chủ.", 12, "coverage"),
        ("Xã B đứng đầu với 3 HTX nông nghiệp.", 3, "coverage"),
        # villages of the highlands, like "thôn", "bản"
        ("Đội hình kéo điện về 6 buôn vùng sâu.", 6, "coverage"),
        ("Chi đoàn giúp 2 plei xây nhà văn hóa.", 2, "coverage"),
        # a block of lodging houses, a market area
        ("Đoàn phường rà soát 9 khu nhà trọ công nhân.", 9, "coverage"),
        ("Mô hình thanh toán số đã có mặt ở 7 khu chợ.", 7, "coverage"),
        # ... a lodging house built stays a work
        ("Dự án xây dựng 4 nhà trọ cho công nhân.", 4, "works"),
        # points and stations a unit sets up for an activity are events
        ("Đoàn trường bố trí 15 điểm nghỉ trưa cho phụ huynh.", 15, "events"),
        ("Tình nguyện viên phụ trách 11 trạm tiếp nước dọc đường chạy.", 11, "events"),
        # ... a health station stays a place
        ("Đội khám bệnh phối hợp với 5 trạm y tế xã.", 5, "coverage"),
        # belongings returned are things; a house for a member is a work
        ("Đội hình trao trả 9 tư trang cho du khách.", 9, "items"),
        ('Năm nay Tỉnh đoàn trao 14 "Mái ấm thanh niên" cho đoàn viên khó khăn.', 14, "works"),
    ],
)
def test_lexicon_rows(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a bare "công trình" in a sentence about a contest is an entry or an award
        ("Cuộc thi năm nay nhận 96 công trình của 210 tác giả.", 96, "other"),
        ("Hội đồng giám khảo chọn 25 công trình để trao giải.", 25, "other"),
        ("Trường A có 7 công trình đoạt giải, trường B (4 công trình).", 4, "other"),
        ("Sinh viên gửi 30 công trình nghiên cứu khoa học.", 30, "other"),
        # ... built works stay works, also near a word of a prize
        ("Tỉnh đoàn khánh thành 5 công trình nhân dịp trao giải.", 5, "works"),
        ("Đoàn xã hoàn thành 18 công trình thắp sáng đường quê.", 18, "works"),
    ],
)
def test_contest_entries(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a change of a count of bodies or teams compared with an earlier time is a change
        ("Toàn huyện có 30 HTX, tăng 6 HTX so với năm 2024.", 6, "other"),
        ("Đến nay có 40 tổ hỗ trợ, tăng 9 tổ so với năm trước.", 9, "other"),
        # ... works and amounts keep what they count
        ("Năm nay làm 50 công trình, tăng 7 công trình so với năm trước.", 7, "works"),
        ("Thu được 900 đơn vị máu, tăng khoảng 120 đơn vị so với năm trước.", 120, "items"),
        # ... and without a comparison it is a count
        ("Đoàn xã thành lập thêm 3 HTX thanh niên.", 3, "coverage"),
    ],
)
def test_compared_change(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


def test_rooms_of_lodging_houses() -> None:
    assert one("Các dãy trọ có 260 phòng cho công nhân thuê.", 260).category == "items"
    assert one("Trường có 14 phòng và một hội trường.", 14).category == "other"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # people a ceremony of admission is held for are admitted: participants
        ('Huyện đoàn tổ chức Lễ kết nạp "Lớp đoàn viên mùa xuân" cho 86 thanh niên.', 86, "participants"),
        # ... not past a comma, nor when a verb of giving follows the admission
        ("Sau lễ kết nạp, Huyện đoàn tặng quà cho 40 thanh niên.", 40, "beneficiaries"),
        ("Tại lễ kết nạp Huyện đoàn trao quà cho 40 thanh niên.", 40, "beneficiaries"),
        ("Huyện đoàn tổ chức lớp kỹ năng cho 86 thanh niên.", 86, "beneficiaries"),
    ],
)
def test_admitted_people(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # cases listed right after people served are some of them
        ("Đội y tế sơ cứu cho 120 lượt vận động viên, 3 trường hợp được chuyển viện.", 3, "beneficiaries"),
        # ... with no people served before they stay a count
        ("Đội hình tuần tra 12 buổi, 5 trường hợp vi phạm bị nhắc nhở.", 5, "other"),
    ],
)
def test_cases_after_people_served(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category
