"""Rules of fix 16k on sentences written for these tests: what each one got as money is a result
(spec §2.1), cases served are people served (spec §2.4)."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Tân Phú")


def test_a_floor_of_money_each_one_got_is_a_result() -> None:
    fig = one("Mỗi câu lạc bộ được hỗ trợ tối thiểu 5 triệu đồng kinh phí sinh hoạt.", 5_000_000)
    assert (fig.qualifier, fig.category) == ("at_least", "money")
    fig = one("Mỗi gia đình được trao tặng ít nhất 2 triệu đồng tiền mặt.", 2_000_000)
    assert fig.qualifier == "at_least"


def test_money_each_one_may_get_or_will_get_stays_a_rule() -> None:
    assert values("Mỗi hộ được vay tối đa 70 triệu đồng trong 3 năm.") == []
    assert values("Mỗi chi đoàn sẽ được hỗ trợ tối thiểu 5 triệu đồng.") == []
    assert values("Xã đoàn đề nghị mỗi chi đoàn được hỗ trợ tối thiểu 5 triệu đồng.") == []
    assert values("Mỗi chi đoàn được giao tối thiểu 2 công trình.") == []


def test_cases_served_are_beneficiaries() -> None:
    assert one("Các y sĩ trẻ tư vấn điều trị cho 23 trường hợp.", 23).category == "beneficiaries"
    assert one("Tổ xung kích đã giúp đỡ 16 trường hợp gặp nạn trên đường.", 16).category == "beneficiaries"


def test_cases_counted_stay_other() -> None:
    assert one("Tổ tuần tra ngăn chặn 19 trường hợp vượt đèn đỏ.", 19).category == "other"
    assert one("Lực lượng chức năng phát hiện 8 trường hợp vi phạm.", 8).category == "other"


def test_bronze_after_gold_and_silver_medals_is_items() -> None:
    text = "Đoàn xã Tân Phú xếp thứ Ba toàn đoàn (5 vàng, 2 bạc, 6 đồng)."
    assert one(text, 6).category == "items"
    assert one(text, 5).category == "items"


def test_dong_with_no_medal_before_is_no_medal() -> None:
    assert one("Đoàn xã Tân Phú quyên góp được 3 triệu đồng.", 3_000_000).category == "money"


def test_note_hung_on_a_figure_breaks_it_down_without_trong_do() -> None:
    text = (
        "Đoàn xã Tân Phú tổ chức 3 đợt hiến máu, tiếp nhận 760 đơn vị máu².\n\n"
        "² Trạm y tế xã 410 đơn vị, Trường THCS Tân Phú 350 đơn vị."
    )
    for value in (410, 350):
        assert one(text, value).category == "items", value


def test_note_hung_elsewhere_or_counting_bodies_keeps_its_nouns() -> None:
    # the marker ends the sentence's name, not a figure's noun: the note's bodies stay bodies
    text = (
        "Đoàn xã Tân Phú tiếp nhận 760 đơn vị máu tại ngày hội Chủ nhật Đỏ².\n\n"
        "² Khu vực trung tâm 12 đơn vị, khu vực ven sông 9 đơn vị."
    )
    for value in (12, 9):
        assert one(text, value).category == "coverage", value
    text = "Đoàn xã Tân Phú tiếp nhận 760 đơn vị máu².\n\n² Ngày hội có 14 đơn vị tham gia phối hợp."
    assert one(text, 14).category == "coverage"


def test_learners_of_classes_are_beneficiaries() -> None:
    text = "Xã đoàn Tân Phú mở 24 lớp tin học với 1.300 lượt người học."
    assert one(text, 1300).category == "beneficiaries"
    # "người" alone, acting, stays participants
    assert one("Ngày hội có 300 người tham gia chạy bộ.", 300).category == "participants"


def test_level_of_a_named_count_takes_its_noun() -> None:
    text = "Năm nay số câu lạc bộ của xã Tân Phú tăng từ 7 lên 11."
    assert one(text, 7).category == "teams"
    assert one(text, 11).category == "teams"
    assert one("Xã đoàn Tân Phú phấn đấu nâng số lớp học kỹ năng lên 25.", 25).category == "events"


def test_a_bare_level_with_no_named_count_stays_as_it_was() -> None:
    assert one("Lượt truy cập tăng lên 40 so với tháng trước.", 40).category == "other"
    # a change of the count (not a level) stays a change
    assert one("Số câu lạc bộ tăng 4 câu lạc bộ so với năm trước.", 4).category == "other"
