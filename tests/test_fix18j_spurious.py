"""fix18j: numbers that are no figures (spec §2.1). Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Lào Cai")


def test_format_of_a_mens_game_is_a_name():
    text = "Hội thao có 5 môn thi: bóng đá nam 7 người, kéo co, cầu lông, bóng bàn và chạy việt dã."
    assert 7 not in values(text)
    assert 5 in values(text)


def test_players_of_a_mens_team_still_count():
    # negative: a count of players after "đội bóng đá nam" with a verb is a figure
    assert 18 in values("Đội bóng đá nam của xã có 18 cầu thủ tham gia tập luyện.")


def test_evenings_after_a_duration_cue_are_a_length_of_time():
    text = "Trong 4 buổi tối Đoàn phường tổ chức 9 phiên chợ đêm bán nông sản."
    assert 4 not in values(text)
    assert 9 in values(text)


def test_evenings_held_are_counted():
    # negative: evenings counted as what was held, no duration cue before
    assert 4 in values("Đoàn phường tổ chức 4 buổi tối giao lưu văn nghệ cho công nhân.")


def test_a_floor_for_each_member_is_a_norm():
    text = "Học kỳ này Liên đội phấn đấu thu gom 2 tấn giấy vụn; mỗi đội viên góp tối thiểu 4 kg."
    assert 4 not in values(text)


def test_an_amount_each_member_gave_stays_a_figure():
    # negative: no floor and no modal, a result per member
    assert 4 in values("Liên đội thu được 2 tấn giấy vụn, mỗi đội viên góp trung bình 4 kg.")


def test_a_floor_each_family_received_stays_a_figure():
    # negative: people served who receive a floor amount (a result)
    assert 3_000_000 in values("Mỗi hộ đoàn viên khó khăn được nhận ít nhất 3 triệu đồng tiền mặt.")


def test_evenings_before_punctuation_still_count():
    # negative: "buổi tối" ends its item but no duration cue stands before it (tag "duration??")
    assert 2 in values("Điểm sửa xe phục vụ 500 lượt xe qua 2 buổi tối; điểm chợ phục vụ 300 lượt.")
