"""News titles (metadata.title), generalised after the held-out n55, n59, n60, n66 and n69: a
site section label glued or run into a headline alone on its line is cut off; a line of section
labels and a short kicker over the headline are not the title. Texts written for these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import segment

_LEAD = "Sáng 6/3, Tỉnh đoàn tổ chức lễ ra quân với 500 đoàn viên tham gia tại 12 xã."


def _title(page: str) -> str | None:
    return segment(read(page, format="txt")).report.metadata.title


def test_label_before_a_headline_opening_with_its_actors_is_cut() -> None:
    page = f"Đoàn - Hội Thanh niên miền Tây ra quân 200 công trình\n06/03/2026 08:10\n{_LEAD}"
    assert _title(page) == "Thanh niên miền Tây ra quân 200 công trình"
    page2 = f"Năng lượng Tuổi trẻ Điện lực: 300 sáng kiến được áp dụng\n{_LEAD}"
    assert _title(page2) == "Tuổi trẻ Điện lực: 300 sáng kiến được áp dụng"


def test_label_glued_to_the_headlines_quote_is_cut() -> None:
    page = f"Tình nguyện“Tiếp sức mùa thi” 2026 hỗ trợ 8.000 thí sinh\n{_LEAD}"
    assert _title(page) == "“Tiếp sức mùa thi” 2026 hỗ trợ 8.000 thí sinh"


def test_label_that_is_the_headlines_own_words_is_kept() -> None:
    # negatives: "Tuổi trẻ" is the headline's actor; "Phong trào" takes a name after it; "Xã hội"
    # before a place name (not an actor phrase) is no label cut off a headline alone on its line
    for head in (
        "Tuổi trẻ Đồng Tháp ra quân 200 công trình",
        "Phong trào Thanh niên tình nguyện lan tỏa ở 12 xã",
        "Xã hội Việt Nam ghi nhận 300 mô hình",
    ):
        assert _title(f"{head}\n{_LEAD}") == head


def test_line_of_section_labels_is_not_the_title() -> None:
    page = f"Thời sự | Đoàn - Hội - Đội\n\nHơn 300 công trình thanh niên được khánh thành\n\n{_LEAD}"
    assert _title(page) == "Hơn 300 công trình thanh niên được khánh thành"


def test_short_kicker_over_the_headline_is_not_the_title() -> None:
    page = f"Xuân yêu thương\nTuổi trẻ huyện vùng cao trao 800 suất quà Tết\n{_LEAD}"
    assert _title(page) == "Tuổi trẻ huyện vùng cao trao 800 suất quà Tết"


def test_short_headline_over_its_lead_is_kept() -> None:
    # negative: a short headline right above the lead is the headline
    page = f"Xuân yêu thương ở bản Mông\n{_LEAD}"
    assert _title(page) == "Xuân yêu thương ở bản Mông"
