"""Figure categories and measure phrases of the tenth round (spec §2.1, §2.4, §2.6): people nouns
of the lexicon, the verb after counted people, a copula before the noun, rates of acting, nouns
shared by a run of ratios, and a labour amount that only starts with a word of time.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# --- nouns of the measure lexicon (spec §2.4) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category", "measure"),
    [
        # recruits are served when gifts go to them ("cho", "được tặng")
        ("Đoàn xã trao 45 phần quà cho 45 tân binh.", 45, "beneficiaries", "tân binh"),
        ("Tại thị trấn, 70 tân binh được Đoàn thị trấn tặng quà.", 70, "beneficiaries", "tân binh"),
        # ... and take part when they act
        ("Sáng nay, 210 tân binh tham gia lễ giao nhận quân.", 210, "participants", "tân binh"),
        ("Các tổ hướng dẫn thanh toán số cho khoảng 350 tiểu thương.", 350, "beneficiaries", "tiểu thương"),
        ("Liên đội tổ chức 3 hội trại truyền thống trong mùa hè.", 3, "events", "hội trại truyền thống"),
    ],
)
def test_round10_nouns(text, value, category, measure):
    f = [f for f in figs(text) if f.value == value][-1]
    assert (f.category, f.measure) == (category, measure)


def test_a_gift_count_stays_items():
    # negative: the gifts before the recruits are still items
    found = figs("Đoàn xã trao 45 phần quà cho 45 tân binh.")
    assert [f.category for f in found] == ["items", "beneficiaries"]


# --- the verb after counted people decides (spec §2.4) -----------------------------------------


def test_a_tense_word_before_the_verb_of_acting():
    assert one("Năm nay có 240 học sinh đã tham gia lớp tìm hiểu về Đoàn.", 240).category == "participants"
    assert one("Dự kiến 90 học sinh sẽ tham gia hội thi.", 90).category == "participants"
    # negative: a tense word before a verb of being served keeps them served
    assert one("Năm nay có 240 học sinh đã được tặng học bổng.", 240).category == "beneficiaries"


def test_learners_who_pass_took_part():
    assert one("Sau khóa học, 198 em đạt yêu cầu.", 198).category == "participants"
    # negative: learners of a class with no verb of theirs are served
    assert one("Đoàn trường mở lớp bồi dưỡng cho 198 em.", 198).category == "beneficiaries"


# --- a copula before the counted noun (spec §2.4, §2.6) ---------------------------------------


def test_a_copula_before_a_noun_of_people():
    f = one("Câu lạc bộ có 54 thành viên, trong đó 31 là đoàn viên.", 31)
    assert (f.category, f.measure) == ("participants", "đoàn viên")


def test_a_copula_after_a_percentage_stays_a_share():
    # negative: "N% là <people>" is a share (other), not a count of those people
    f = one("Chi hội có 900 hội viên, trong đó 64,5% là công nhân.", 64.5)
    assert f.category == "other"


def test_a_copula_before_no_noun_of_people():
    # negative: "là" before a noun the lexicon does not hold people for is left as it was
    f = one("Trong đợt này, 12 là con số cao nhất từ trước đến nay.", 12)
    assert f.measure != "con số"


# --- ratios that share one noun (spec §2.1, §2.6) -------------------------------------------------


def test_two_ratios_share_the_noun_after_them():
    found = figs("Hai chi đoàn có tỷ lệ kết nạp cao nhất, lần lượt 27/31 và 22/25 học sinh.")
    assert [(f.value, f.measure, f.category) for f in found] == [
        (27, "học sinh", "participants"),
        (31, "học sinh", "participants"),
        (22, "học sinh", "participants"),
        (25, "học sinh", "participants"),
    ]


def test_the_denominator_reads_the_verb_before_the_ratio():
    found = figs("Chi đoàn kết nạp 17/19 học sinh của lớp.")
    assert [f.category for f in found] == ["participants", "participants"]


def test_a_rate_of_another_kind_does_not_make_participants():
    # negative: "tỷ lệ" followed by no verb of acting leaves the noun's role
    found = figs("Tỷ lệ hộ nghèo giảm mạnh, lần lượt 27/31 và 22/25 học sinh nhận học bổng.")
    assert {f.category for f in found} == {"beneficiaries"}


def test_a_ratio_before_a_new_count_keeps_its_own_noun():
    # negative: the shared noun is not read past a number that has its own noun
    found = figs("Đạt 18/20 chi đoàn và 5 công trình thanh niên.")
    assert [(f.value, f.measure) for f in found][:2] == [(18, "chi đoàn"), (20, "chi đoàn")]


# --- labour-days are an amount of work, not a length of time (spec §2.1) ------------------------


def test_labour_days_are_counted():
    f = one("Chiến dịch huy động khoảng 24.600 ngày công lao động.", 24600)
    assert (f.category, f.qualifier, f.measure) == ("other", "about", "ngày công lao động")


def test_days_stay_a_length_of_time():
    # negative: a bare number of days is a length of time, no figure
    assert values("Chiến dịch kéo dài 45 ngày ở các xã vùng cao.") == []


# --- "vượt" before a ratio is the verb "exceed" (spec §2.5) -------------------------------------


def test_exceeding_a_share_of_targets_is_exact():
    found = figs("Đợt ra quân đạt và vượt 9/11 chỉ tiêu được giao.")
    assert [(f.value, f.qualifier) for f in found] == [(9, None), (11, None)]


def test_exceeding_by_an_amount_stays_more_than():
    # negative: "vượt" before a plain number (no ratio) is still an "over" word
    assert one("Số đoàn viên kết nạp mới vượt 18% chỉ tiêu năm.", 18).qualifier == "more_than"
    # negative: another "over" word before a ratio keeps its qualifier
    assert one("Có hơn 7/9 chi đoàn tham gia.", 7).qualifier == "more_than"
