"""News pages and bulletins, generalised after the held-out batch 5:

* a related-article link written inside the article ("<strong>Xem thêm:</strong> <a>...</a>", a
  "Tin liên quan:" line over a list of links) is page furniture, not body (spec §2.1);
* the dates under a heading about what comes next ("Hoạt động sắp tới") are planned, not dates
  on which the reported activities took place (spec §3 `event_dates`).

Pages and bulletins written for these tests in the genre of Youth Union news.
"""

from __future__ import annotations

from reportextract import extract
from reportextract.readers import read
from reportextract.structure import segment

_PAGE = """<html><head><title>Tuổi trẻ Sóc Trăng sửa 12 căn nhà nhân ái</title></head><body>
<div class="detail-content">
<h1>Tuổi trẻ Sóc Trăng sửa 12 căn nhà nhân ái</h1>
<p>Trong quý III/2025, các cấp bộ Đoàn tỉnh Sóc Trăng đã sửa chữa 12 căn nhà nhân ái cho hộ nghèo,
tổng kinh phí 540 triệu đồng, với sự tham gia của 380 đoàn viên, thanh niên.</p>
{LINK}
<p>Tỉnh đoàn cũng trao 30 suất quà cho các hộ gia đình chính sách trên địa bàn tỉnh.</p>
</div></body></html>"""


def _body(link: str) -> str:
    return segment(read(_PAGE.replace("{LINK}", link), format="html")).report.body


def test_see_also_link_is_not_body() -> None:
    body = _body('<p><strong>Xem thêm:</strong> <a href="/tin/7-cay-cau.html">Khánh thành 7 cây cầu</a></p>')
    assert "Xem thêm" not in body
    assert "7 cây cầu" not in body
    assert "30 suất quà" in body


def test_see_also_figures_are_not_counted() -> None:
    html = _PAGE.replace(
        "{LINK}",
        '<p><em>Đọc thêm &gt;&gt;</em> <a href="/tin/9-diem-truong.html">Trao quà tại 9 điểm trường</a></p>',
    )
    rep = extract(html.encode("utf-8"), name="tin.html")
    assert 9 not in {f.value for f in rep.figures}
    assert {12, 540_000_000, 380, 30} <= {f.value for f in rep.figures}


def test_labelled_list_of_links_is_not_body() -> None:
    body = _body(
        '<p><strong>Tin liên quan:</strong></p><ul><li><a href="/a.html">Ra quân 15 đội hình</a></li>'
        '<li><a href="/b.html">Hiến 200 đơn vị máu</a></li></ul>'
    )
    assert "15 đội hình" not in body and "200 đơn vị máu" not in body and "Tin liên quan" not in body


def test_sentence_with_a_link_stays() -> None:
    # negative: a sentence that holds a link has other words than the label
    body = _body('<p>Xem thêm kế hoạch của <a href="/kh.html">Tỉnh đoàn</a> để đăng ký 5 đội hình.</p>')
    assert "Xem thêm kế hoạch của Tỉnh đoàn để đăng ký 5 đội hình." in body


def test_unlabelled_list_of_links_stays() -> None:
    # negative: a list of links with no related-link label is the article's own list
    body = _body(
        '<ul><li><a href="/a.html">Xã Mỹ Xuyên: 4 căn nhà</a></li>'
        '<li><a href="/b.html">Xã Kế Sách: 8 căn nhà</a></li></ul>'
    )
    assert "Xã Mỹ Xuyên: 4 căn nhà" in body


_BULLETIN = """**HUYỆN ĐOÀN GIA LÂM**

# BẢN TIN

## Tuổi trẻ Gia Lâm tình nguyện vì cộng đồng

### 1. Kết quả nổi bật

- Ngày 14/6/2025, Huyện đoàn ra quân hè với 320 đoàn viên.

### 2. Hoạt động sắp tới

- Ngày 20/7/2025: Lễ tuyên dương 15 đội hình tiêu biểu.
"""


def test_dates_under_a_coming_activities_heading_are_plans() -> None:
    md = segment(read(_BULLETIN, format="md")).report.metadata
    assert md.date is None  # no issue line: nothing to tell plans from results but the heading
    assert md.event_dates == ["2025-06-14"]


def test_heading_with_toi_that_is_no_plan() -> None:
    # negative: "hướng tới" names what an activity is for, not what comes next
    text = _BULLETIN.replace("Hoạt động sắp tới", "Hoạt động hướng tới Đại hội Đoàn")
    md = segment(read(text, format="md")).report.metadata
    assert md.event_dates == ["2025-06-14", "2025-07-20"]
