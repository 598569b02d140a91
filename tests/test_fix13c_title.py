"""fix13c: a section label glued to the headline, printed in capitals or unknown to the site list."""

from reportextract.structure.news import title_text


def test_label_in_capitals_glued_to_a_capitalised_word_is_cut() -> None:
    assert title_text("THỜI SỰQuảng Ngãi: 30 đội hình ra quân dọn vệ sinh") == (
        "Quảng Ngãi: 30 đội hình ra quân dọn vệ sinh"
    )


def test_unknown_label_glued_by_a_lost_line_break_is_cut() -> None:
    assert title_text("Báo Sinh viên mớiBình Định: 12 nhóm nhận giải") == "Bình Định: 12 nhóm nhận giải"
    assert title_text("TIN VẮN ĐỊA PHƯƠNGĐoàn phường tổ chức ngày hội") == "Đoàn phường tổ chức ngày hội"


def test_brands_and_acronyms_are_no_label() -> None:
    for text in (
        "Tuổi trẻ VinFast trao 20 suất quà",
        "Đoàn Thanh niên MobiFone tặng 15 máy tính",
        "Ứng dụng iPhone giúp 300 học sinh",
        "Đoàn TNCSHồ Chí Minh tỉnh ra quân",
        "ĐH Vinh nhận 50 suất học bổng",
        "THỜI SỰ CHÍNH TRỊ trong tuần",
    ):
        assert title_text(text) == text


def test_glued_label_line_is_cut_so_the_headline_has_no_label_in_its_units() -> None:
    from reportextract import extract

    text = (
        "XÃ HỘIQuảng Ngãi: 30 đội hình ra quân dọn vệ sinh bờ biển\n"
        "Chủ Nhật, 06/04/2025 - 09:15\n"
        "Sáng 5/4, Tỉnh đoàn Quảng Ngãi tổ chức ra quân làm sạch bờ biển với 30 đội hình và hơn "
        "1.200 đoàn viên tham gia, thu gom 8 tấn rác.\n"
    )
    report = extract(text, format="txt")
    assert report.metadata.title == "Quảng Ngãi: 30 đội hình ra quân dọn vệ sinh bờ biển"
    assert report.metadata.scope == "Quảng Ngãi"
    assert {f.unit for f in report.figures} == {"Quảng Ngãi"}


def test_headline_with_a_glued_brand_keeps_its_line() -> None:
    from reportextract import extract

    text = (
        "Tuổi trẻ VinFast trao 20 suất quà cho công nhân\n"
        "Chủ Nhật, 06/04/2025 - 09:15\n"
        "Sáng 5/4, Đoàn Thanh niên Công ty VinFast trao 20 suất quà cho công nhân khó khăn.\n"
    )
    assert extract(text, format="txt").metadata.title == "Tuổi trẻ VinFast trao 20 suất quà cho công nhân"
