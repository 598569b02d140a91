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
