"""A related-article link on one line with its label ("Xem thêm: <title>") is page furniture (spec §2.1)."""

from reportextract import extract

_BEFORE = "Tỉnh đoàn Quảng Ngãi tổ chức 12 điểm phát quà cho bà con vùng lũ.\n"
_AFTER = "\nCác đoàn viên đã quyên góp 300 suất quà."


def test_a_labelled_link_line_is_dropped_with_its_numbers() -> None:
    r = extract(_BEFORE + "Xem thêm: Thành đoàn Cần Thơ chuyển 40 tấn hàng vào miền Trung" + _AFTER)
    assert [f.value for f in r.figures] == [12, 300]
    assert "40 tấn" not in r.body


def test_other_labels_of_the_list_count_too() -> None:
    r = extract(_BEFORE + "Tin liên quan: Hơn 2.000 tình nguyện viên ra quân dọn bùn" + _AFTER)
    assert 2000 not in [f.value for f in r.figures]


def test_a_sentence_after_the_label_stays() -> None:
    # the text after the colon ends as a sentence: not a link title
    line = "Xem thêm: Thành đoàn Cần Thơ chuyển 40 tấn hàng. Đoàn viên góp 30 triệu đồng."
    r = extract(_BEFORE + line + _AFTER)
    assert 40 in [f.value for f in r.figures]


def test_a_sentence_that_starts_like_a_label_stays() -> None:
    r = extract(_BEFORE + "Xem thêm kế hoạch của Tỉnh đoàn: 50 suất học bổng đã được trao" + _AFTER)
    assert 50 in [f.value for f in r.figures]


def test_markdown_needs_a_link_on_the_line() -> None:
    link = "**Xem thêm:** [Thành đoàn Cần Thơ chuyển 40 tấn hàng](https://example.vn/a)"
    linked = extract(_BEFORE + link + _AFTER, format="md")
    plain = extract(_BEFORE + "Xem thêm: Thành đoàn Cần Thơ chuyển 40 tấn hàng" + _AFTER, format="md")
    assert 40 not in [f.value for f in linked.figures]
    assert 40 in [f.value for f in plain.figures]
