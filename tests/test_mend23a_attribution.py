"""Review 22c: attribution mends of the twenty-third round (#4 a quoted source's reach over the country
is read right after its provinces only; #5 an opening "Cùng ngày," does not keep the second counted
group from its rule; #10 "CA" as a police force's abbreviation is a whole word; #12 the "lần lượt"
lists take a no-break space)."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


def test_a_comparison_with_the_country_further_on_is_no_reach() -> None:
    text = (
        "Theo Ban Tổ chức, giải đấu diễn ra tại 3 tỉnh, thành phố phía Bắc với 500 vận động viên, "
        "đông nhất so với cả nước."
    )
    assert one(text, 500).unit == "Nghệ An"


def test_provinces_standing_for_the_country_stay_national() -> None:
    # negative neighbour: "cả nước" right after the provinces ("trên cả nước", "đại diện cả nước")
    for reach in ("trên cả nước", "đại diện cả nước", "khắp toàn quốc"):
        text = f"Theo Ban Tổ chức, giải đấu diễn ra tại 8 tỉnh, thành phố {reach} với 500 vận động viên."
        assert one(text, 500).unit == "toàn quốc", reach


def test_an_opening_cung_ngay_leaves_the_second_counted_group_its_rule() -> None:
    text = (
        "Cùng ngày, công trình do 50 đoàn viên xã Vĩnh Gia và 30 thanh niên xã Bình Giang thi công, "
        "tổng kinh phí 400 triệu đồng."
    )
    assert one(text, 400_000_000, "An Giang").unit == "An Giang"
    assert one(text.replace("Cùng ngày, công", "Công"), 400_000_000, "An Giang").unit == "An Giang"


def test_a_partner_joined_by_cung_keeps_only_its_count() -> None:
    # negative neighbour: the "cùng" shape itself still reads the partner, after "Cùng ngày," too
    text = "Cùng ngày, Đoàn xã Vĩnh Gia cùng 30 thanh niên xã Bình Giang trồng 400 cây xanh."
    assert one(text, 400, "An Giang").unit == "xã Vĩnh Gia"
    assert one(text, 30, "An Giang").unit == "xã Bình Giang"


def test_ca_inside_a_longer_word_is_no_police() -> None:
    text = "Đoàn phường ra quân. {}CA phường Hồng Gai trồng 150 cây."
    assert one(text.format("TP"), 150, "Quảng Ninh").unit == "phường Hồng Gai"
    assert one(text.format("Đội TP"), 150, "Quảng Ninh").unit == "phường Hồng Gai"
    # negative neighbour: "CA" as a word of its own is the police's abbreviation
    assert one(text.format(""), 150, "Quảng Ninh").unit == "Công an nhân dân"
    assert one(text.format("Đội "), 150, "Quảng Ninh").unit == "Công an nhân dân"


def test_respective_lists_take_a_no_break_space() -> None:
    # the line reader turns a no-break space into a space before the attributor reads a report, so the
    # patterns are asked directly (as for text handed to them otherwise)
    from reportextract.figures.attribution import _RESPECTIVE_NUMBERS, _RESPECTIVE_UNIT_GAP

    nbsp = "\u00a0"
    m = _RESPECTIVE_NUMBERS.match(f" 3.100{nbsp}và{nbsp}2.700 cây")
    assert m is not None and m.group() == f" 3.100{nbsp}và{nbsp}2.700 cây"
    m = _RESPECTIVE_NUMBERS.match(f" 1.120 kg,{nbsp}980 kg và 860 kg.")
    assert m is not None and m.group() == f" 1.120 kg,{nbsp}980 kg và 860 kg"
    assert _RESPECTIVE_UNIT_GAP.fullmatch(f",{nbsp}") is not None
    assert _RESPECTIVE_UNIT_GAP.fullmatch(f"{nbsp}và{nbsp}") is not None
    # negative neighbours: one number is no list, and a word other than "và" is no gap
    assert _RESPECTIVE_NUMBERS.match(f" 3.100{nbsp}cây.") is None
    assert _RESPECTIVE_UNIT_GAP.fullmatch(f"{nbsp}với{nbsp}") is None


WARD_LEAD = "Hội đồng Đội phường Hồng Bàng tổng kết phong trào. "
QUOTE = '"Chi đội 8B thu gom được 150 kg, nhiều nhất trường", '


def test_a_speakers_tag_runs_past_an_abbreviations_dot() -> None:
    # review 22b #10: the tag of the speaker is read to its sentence's end, not to the first "."
    for speaker in ("thầy ThS. Lê Văn An", "thầy Lê V. An, Tổng phụ trách Đội"):
        text = WARD_LEAD + QUOTE + speaker + " Trường THCS Lý Tự Trọng, cho biết."
        assert one(text, 150, "phường Hồng Bàng").unit == "trường THCS Lý Tự Trọng", speaker


def test_a_school_in_the_sentence_after_the_tag_is_not_the_speakers() -> None:
    # negative neighbour: the tag ends with its sentence; the school named after it is no speaker's
    text = WARD_LEAD + QUOTE + "thầy Lê Văn An cho biết. Trường THCS Lý Tự Trọng có 30 lớp."
    assert one(text, 150, "phường Hồng Bàng").unit == "phường Hồng Bàng"
