"""Round 8a, news titles (structure/news.py): a site section label glued to the headline's first
capital ("Tin tứcXuân ...") or a two-part menu section in front of it ("Đội - Thiếu nhi Hơn ...")
is not part of the title; a first line that is the cut tail of another article is not the
headline. Texts written for these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import news, segment

_LEAD = (
    "Sáng 2/6, Hội đồng Đội tỉnh Hòa Bình tổ chức lễ phát động Tháng hành động vì trẻ em với "
    "sự tham gia của 500 đội viên, thiếu nhi và phụ huynh trên địa bàn."
)


def _title(text: str) -> str | None:
    return segment(read(text, format="txt")).report.metadata.title


def test_label_glued_to_the_headline_capital_is_cut() -> None:
    assert news.title_text("Tin tứcMùa hè xanh 2026: 900 công trình") == "Mùa hè xanh 2026: 900 công trình"
    assert news.title_text("An ninh - Trật tựThanh niên Công an ra quân") == "Thanh niên Công an ra quân"


def test_headline_that_opens_with_a_label_word_is_kept() -> None:
    # negative: a space after the label's words; no glued capital
    assert (
        news.title_text("Tuổi trẻ Hòa Bình ra quân 20 công trình")
        == "Tuổi trẻ Hòa Bình ra quân 20 công trình"
    )
    # negative: a capitalised abbreviation inside a word that is not a known label
    assert news.title_text("ĐoànTN ra quân 20 công trình") == "ĐoànTN ra quân 20 công trình"


def test_two_part_menu_section_before_the_headline() -> None:
    text = (
        "Đội - Thiếu nhi Gần 800 phần quà đến với thiếu nhi Hòa Bình\n"
        f"Cập nhật: 03/06/2024 - 09:10\n{_LEAD}\n"
    )
    assert _title(text) == "Gần 800 phần quà đến với thiếu nhi Hòa Bình"


def test_one_word_label_before_a_headline_not_opened_by_its_actors_stays() -> None:
    # negative: "Xã hội" could be a headline's own word before a headline not opened by its actors
    text = f"Xã hội Gần 800 phần quà đến với thiếu nhi Hòa Bình\nCập nhật: 03/06/2024 - 09:10\n{_LEAD}\n"
    assert _title(text) == "Xã hội Gần 800 phần quà đến với thiếu nhi Hòa Bình"


def test_cut_tail_of_another_article_is_not_the_headline() -> None:
    text = (
        "ều bản vùng cao sau đợt mưa lũ vừa qua.\n"
        f"Tuổi trẻ Hòa Bình trao 800 phần quà cho thiếu nhi\n{_LEAD}\n"
    )
    assert _title(text) == "Tuổi trẻ Hòa Bình trao 800 phần quà cho thiếu nhi"


def test_excerpt_cut_inside_its_own_lead_has_no_headline() -> None:
    # negative: the cut first line goes on with a paragraph, not a headline
    text = (
        f"ều bản vùng cao sau đợt mưa lũ vừa qua.\n{_LEAD}\nTỉnh đoàn cũng trao 300 phần quà cho học sinh.\n"
    )
    assert _title(text) is None
