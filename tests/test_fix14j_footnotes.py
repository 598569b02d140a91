"""Footnotes that give shares to the page's own body (fix 14j), on texts written for these tests.

Spec §2.3: a figure's unit is the body whose figure it is. A footnote takes its anchor's unit only
for the figures whose own text names none. Two rules refine that:

* a footnote hung on a partner that names the partner again, in a later clause, as the giver of its
  own share leaves the figures before that clause (no unit of their own) to the page's own body;
* an amount per item ("mỗi căn trị giá …") in a footnote that counts no things of its own before it
  is the amount of each of the items the anchor's sentence counts, and goes with their unit (the
  recipient's, when they were given).
"""

from __future__ import annotations

from reportextract import Figure, extract

_HEAD = """BAN CHẤP HÀNH TỈNH ĐOÀN QUẢNG TRỊ
Số: 12-BC/TĐTN

BÁO CÁO
Kết quả công tác thanh niên tình nguyện năm 2025

"""


def _figures(body: str, notes: str) -> dict[float, Figure]:
    report = extract(_HEAD + body + "\n\n" + notes + "\n", format="txt")
    assert report.metadata.scope == "Quảng Trị"
    return {f.value: f for f in report.figures if f.where == "footnote"}


_LIGHT_BODY = "Năm 2025, Tỉnh đoàn phối hợp Đoàn xã Hải Phú¹ làm mới 2 km đường điện chiếu sáng ven biển."


def test_partner_named_later_leaves_the_other_shares_to_the_own_body() -> None:
    figs = _figures(
        _LIGHT_BODY,
        "¹ Lắp 60 cột đèn, Chi đoàn cơ quan góp 35 triệu đồng; "
        "Đoàn xã Hải Phú góp 150 ngày công và 12 triệu đồng.",
    )
    assert figs[60].unit == "Quảng Trị"
    assert figs[35_000_000].unit == "Quảng Trị"
    assert figs[150].unit == "xã Hải Phú"
    assert figs[12_000_000].unit == "xã Hải Phú"


def test_partner_named_after_a_full_stop_too() -> None:
    figs = _figures(
        _LIGHT_BODY,
        "¹ Tỉnh đoàn lắp 48 cột đèn. Đoàn xã Hải Phú góp 90 ngày công.",
    )
    assert figs[48].unit == "Quảng Trị"
    assert figs[90].unit == "xã Hải Phú"


def test_partner_not_named_again_keeps_the_anchor() -> None:
    # negative: nothing in the footnote says whose share is whose, the anchor's unit stands
    figs = _figures(_LIGHT_BODY, "¹ Lắp 60 cột đèn, tổng kinh phí 35 triệu đồng.")
    assert figs[60].unit == "xã Hải Phú"
    assert figs[35_000_000].unit == "xã Hải Phú"


def test_partner_named_in_the_same_clause_keeps_the_anchor() -> None:
    # negative: no clause boundary between the figure and the partner's name
    figs = _figures(_LIGHT_BODY, "¹ Với 60 cột đèn, Đoàn xã Hải Phú góp 150 ngày công.")
    assert figs[60].unit == "xã Hải Phú"
    assert figs[150].unit == "xã Hải Phú"


_GIFT_BODY = (
    "Huyện đoàn Gio Linh² trao 5 căn nhà tình nghĩa cho hộ nghèo xã Cam Hiếu; "
    "Đoàn xã Triệu Phong tổ chức 3 lớp học bơi."
)


def test_per_item_amount_goes_to_the_recipient_of_the_anchor_items() -> None:
    figs = _figures(
        _GIFT_BODY, "² Huyện đoàn Gio Linh huy động 45 đoàn viên tham gia; mỗi căn trị giá 60 triệu đồng."
    )
    assert figs[45].unit == "huyện Gio Linh"
    assert figs[60_000_000].unit == "xã Cam Hiếu"


def test_per_item_amount_of_things_the_footnote_counts_stays() -> None:
    # negative: the footnote counts its own houses, the amount of each is theirs
    figs = _figures(
        _GIFT_BODY, "² Huyện đoàn Gio Linh trao 2 căn cho hộ nghèo xã Gio Mai, mỗi căn 60 triệu đồng."
    )
    assert figs[60_000_000].unit == figs[2].unit
    assert figs[60_000_000].unit != "xã Cam Hiếu"


def test_rate_over_time_is_no_per_item_amount() -> None:
    # negative: "mỗi năm" is a rate, not the value of each thing counted in the anchor's sentence
    figs = _figures(_GIFT_BODY, "² Huyện đoàn Gio Linh huy động 45 đoàn viên; mỗi năm góp 60 triệu đồng.")
    assert figs[60_000_000].unit != "xã Cam Hiếu"
