"""Round 8a, HTML reader: the page's <h1> is the headline before og:title; a tools/share bar
line of page actions and counters is page furniture (spec §2.1)."""

from reportextract.readers.html import read_html


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


_ARTICLE = (
    "<p>Đoàn trường thành lập 14 đội hình với 320 sinh viên tham gia hỗ trợ người dân trong đợt cao điểm"
    " của chiến dịch năm nay trên địa bàn các phường.</p>"
)


def test_h1_before_og_title() -> None:
    html = _page(
        '<meta property="og:title" content="Gần 400 sinh viên ra quân hỗ trợ người dân">'
        "<title>T - Site</title>",
        f"<article><h1>Sinh viên trường X ra quân 14 đội hình tình nguyện</h1>{_ARTICLE}</article>",
    )
    doc = read_html(html, source="t.html")
    assert doc.title == "Sinh viên trường X ra quân 14 đội hình tình nguyện"
    texts = [b.text for b in doc.blocks]
    assert not any("Gần 400" in t for t in texts)  # nothing of <head> becomes text


def test_logo_h1_is_not_the_headline() -> None:
    html = _page(
        '<meta property="og:title" content="Sinh viên trường X ra quân 14 đội hình">',
        f'<header><h1 class="logo">Tuổi trẻ Thành phố Mới</h1></header><article>{_ARTICLE}</article>',
    )
    assert read_html(html, source="t.html").title == "Sinh viên trường X ra quân 14 đội hình"


def test_og_title_without_h1_still_used() -> None:
    html = _page('<meta property="og:title" content="Ra quân 14 đội hình">', f"<article>{_ARTICLE}</article>")
    assert read_html(html, source="t.html").title == "Ra quân 14 đội hình"


def test_share_counter_line_is_furniture() -> None:
    html = _page(
        "",
        f"<article><h1>Sinh viên trường X ra quân 14 đội hình</h1>{_ARTICLE}"
        '<div class="bar"><a href="#">In bài</a> | <a href="#">Gửi email</a> | Chia sẻ Facebook (37)</div>'
        "<p>Bình luận (5) · Thích 12</p></article>",
    )
    texts = " ".join(b.text for b in read_html(html, source="t.html").blocks)
    assert "37" not in texts and "Thích" not in texts


def test_sentence_starting_with_an_action_word_stays() -> None:
    html = _page(
        "",
        f"<article><h1>Sinh viên trường X ra quân 14 đội hình</h1>{_ARTICLE}"
        "<p>Chia sẻ tại buổi lễ, anh B cho biết 12 đội đã hoàn thành.</p>"
        '<div class="note">In 300 tờ rơi cho đoàn viên</div></article>',
    )
    texts = " ".join(b.text for b in read_html(html, source="t.html").blocks)
    assert "Chia sẻ tại buổi lễ" in texts and "In 300 tờ rơi" in texts


def test_date_stamp_between_headline_and_article_is_read() -> None:
    html = _page(
        "",
        "<main><h1>Sinh viên trường X ra quân 14 đội hình</h1>"
        '<p class="time">Thứ Hai, 03/11/2025, 08:05 GMT+7</p>'
        f'<div class="detail">{_ARTICLE}{_ARTICLE}</div></main>',
    )
    texts = [b.text for b in read_html(html, source="t.html").blocks]
    assert "Thứ Hai, 03/11/2025, 08:05 GMT+7" in texts


def test_line_without_a_date_after_headline_is_not_taken() -> None:
    # negative: a sapo-like line between the headline and the article, with no full date
    html = _page(
        "",
        "<main><h1>Sinh viên trường X ra quân 14 đội hình</h1>"
        '<p class="kicker">Chuyên mục Tình nguyện</p>'
        f'<div class="detail">{_ARTICLE}{_ARTICLE}</div></main>',
    )
    texts = [b.text for b in read_html(html, source="t.html").blocks]
    assert "Chuyên mục Tình nguyện" not in texts
