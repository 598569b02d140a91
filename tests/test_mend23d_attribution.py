"""Review 23 b: attribution mends of the twenty-third round (#3 the value of each gift after a longer
list of its contents; #15 the police body test asserts its unit). Every sentence was written for these
tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("huyện Bắc Yên")


def test_value_of_each_gift_after_a_long_list_of_contents_goes_with_the_gift() -> None:
    for contents in ("áo ấm, chăn bông, sách vở", "áo ấm, chăn bông, sách vở và bút"):
        text = (
            "Huyện đoàn trao 40 suất quà cho học sinh trường Tiểu học Tà Xùa, mỗi suất gồm "
            f"{contents} trị giá 350.000 đồng."
        )
        assert one(text, 350_000).unit == "trường Tiểu học Tà Xùa", contents


def test_a_long_value_over_a_period_stays_the_givers() -> None:
    # negative neighbour: "mỗi tháng" is a rate over time, however long the contents
    text = (
        "Huyện đoàn trao 40 suất quà cho học sinh trường Tiểu học Tà Xùa, mỗi tháng có áo ấm, chăn bông, "
        "sách vở trị giá 350.000 đồng."
    )
    assert one(text, 350_000).unit == "huyện Bắc Yên"
