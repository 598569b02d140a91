"""Numbers that are or are not figures, for fix 16i (spec §2.1: numbers in names, phone numbers;
spec §2.4: the counted noun), on sentences written for these tests."""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.figures.measure import _end_at_glued_stop
from reportextract.numbers import find_quantities

figs, one, values = helpers("Đoàn phường Tân Phú")


def _tags(text: str) -> dict[str, str | None]:
    return {q.text: q.nonfigure for q in find_quantities(text)}


# -- "công nghiệp N": the version of an industrial revolution, unless a counted noun follows --------


def test_a_count_after_a_school_name_ending_in_cong_nghiep_is_a_figure() -> None:
    text = "Quầy tại cổng trường Cao đẳng Công nghiệp 25 ổ, quầy tại chợ Bến Thành 40 ổ."
    assert _tags(text)["25"] is None
    assert one(text, 25).measure == "ổ"


def test_the_industrial_revolution_version_stays_a_name() -> None:
    assert _tags("Hội thảo về công nghiệp 4.0 thu hút đoàn viên.")["4.0"] == "name"
    assert _tags("Thanh niên trong kỷ nguyên công nghiệp 4 đang đổi mới.")["4"] == "name"
    assert _tags("Diễn đàn về cách mạng công nghiệp 4.0 cho thanh niên.")["4.0"] == "name"


# -- a sentence glued to the figure before it ("30 ổ.Mỗi") --------------------------------------------


def test_a_glued_next_sentence_does_not_hide_the_counted_noun() -> None:
    fig = one("Đoàn phường Tân Phú đã phát 60 ổ.Mỗi ổ bánh mì giá 12.000 đồng.", 60)
    assert fig.measure == "ổ"
    assert fig.category == "items"


def test_an_abbreviation_before_a_dot_is_not_a_sentence_end() -> None:
    fig = one("Đoàn phường Tân Phú trao 45 suất quà.Ngày mai đoàn trao tiếp.", 45)
    assert fig.measure == "suất quà"
    # "TP." has no vowel: an abbreviation glued to the name it shortens, not a sentence's end
    text = "12 suất TP.Hồ Chí Minh"
    words = [("tp.hồ", 8, 13)]
    _end_at_glued_stop(text, words, 10)
    assert words == [("tp.hồ", 8, 13)]
    text = "12 suất bánh.Mỗi suất"
    words = [("bánh.mỗi", 8, 16)]
    _end_at_glued_stop(text, words, 12)
    assert words == [("bánh", 8, 12)]


# -- phone numbers with a short area code after "số" --------------------------------------------------


def test_a_phone_number_with_a_two_digit_area_code_after_so_is_a_code() -> None:
    text = "Người dân liên hệ qua số 024 3811 4567 hoặc số 028 3922 7788 để được hỗ trợ."
    assert not {3811, 4567, 3922, 7788} & set(values(text))
    assert set(_tags(text).values()) == {"code"}


def test_mobile_numbers_stay_codes() -> None:
    text = "Gọi số 0987 654 321 hoặc 0987.654.321 khi cần."
    assert set(_tags(text).values()) == {"code"}
    assert values(text) == []


def test_a_count_after_so_and_a_numbered_name_still_count() -> None:
    assert _tags("Xã có số 2.400 hộ dân tham gia.")["2.400"] is None
    assert _tags("Thôn số 03 có 52 hộ được hỗ trợ.") == {"03": "name", "52": None}
