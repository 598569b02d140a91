"""Mends made when the sixteenth round's fixes were merged: rules of two engineers that met."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("phường Tân An")


# a numbered "khối phố" became a unit name (fix16b); a gift whose verb already names the page's own
# body as its recipient must then not move to the "khối phố" that only says where it was built
def test_a_gift_to_the_bare_own_body_keeps_it_over_the_venue_after_the_figure():
    text = (
        "Thành đoàn Cần Thơ trao tặng Đoàn phường 01 sân chơi cho thiếu nhi trị giá 90 triệu đồng "
        "tại khối phố Tân Lợi."
    )
    assert one(text, 1).unit == "phường Tân An"


def test_a_gift_without_a_named_recipient_still_goes_to_the_place_it_is_for():
    text = "Thành đoàn Cần Thơ trao tặng 01 sân chơi cho thiếu nhi khối phố Tân Lợi."
    assert one(text, 1).unit == "khối phố Tân Lợi"


# c46 (16b): "KT. BÍ THƯ / PHÓ BÍ THƯ" with no body line above it named the signing body "Bí Thư",
# which hid the issuer that the closing sentence names
_CLOSING = (
    "ĐẢNG ỦY CÔNG TY ĐIỆN LỰC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
    "ĐOÀN THANH NIÊN CÔNG TY\n***\nSố: 12-BC/ĐTN\tAn Bình, ngày 10 tháng 12 năm 2025\n\nBÁO CÁO\n\n"
    "Kết quả công tác Đoàn năm 2025\n\nBan Chấp hành Đoàn Thanh niên Công ty Điện lực An Bình báo cáo "
    "như sau: năm 2025, đoàn viên tham gia 12 công trình.\n\n"
    "Trên đây là báo cáo kết quả công tác Đoàn năm 2025 của Ban Chấp hành Đoàn Thanh niên Công ty "
    "Điện lực An Bình.\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n\n"
)


def test_a_signature_for_a_head_named_by_a_title_alone_names_no_signing_body():
    from reportextract import extract

    meta = extract(_CLOSING + "KT. BÍ THƯ\nPHÓ BÍ THƯ\n\nNguyễn Thị Lan\n").metadata
    assert meta.issuer is not None and "Bí" not in meta.issuer and "Điện lực An Bình" in meta.issuer
    assert meta.signer is not None and meta.signer.title == "Phó Bí thư"


def test_a_signature_under_a_body_line_keeps_that_body():
    from reportextract import extract

    meta = extract(_CLOSING + "TM. BAN CHẤP HÀNH\nKT. BÍ THƯ\nPHÓ BÍ THƯ\n\nNguyễn Thị Lan\n").metadata
    assert meta.signer is not None and meta.signer.title == "Phó Bí thư"
    assert meta.issuer is not None and meta.issuer.startswith("Ban Chấp hành")


# fix16h's `labels_own_body`, wired into the figure stage: a headline's "Place:" label over a page
# whose own unit is a body named with that place (n218, n261), also under a site label on its own line
def _tax_page(label: str, who: str) -> str:
    return (
        label + "Nghệ An: Đoàn viên hỗ trợ hơn 4.500 hộ kinh doanh tự kê khai thuế\n\n08:10 | 14/01/2026\n\n"
        f"Từ đầu tháng 1, {who} ra quân hướng dẫn hộ kinh doanh cài đặt ứng dụng. "
        "Kết quả, các tổ đã hỗ trợ hơn 4.500 hộ kinh doanh."
    )


def test_a_headline_place_label_over_a_body_named_with_it_gives_the_body():
    from reportextract import extract

    for label in ("Tài chính - Thuế\n\n", ""):
        report = extract(_tax_page(label, "Đoàn Thanh niên Thuế tỉnh Nghệ An"))
        assert report.metadata.scope == "Thuế tỉnh Nghệ An"
        assert [f.unit for f in report.figures] == ["Thuế tỉnh Nghệ An", "Thuế tỉnh Nghệ An"], label


def test_a_headline_place_label_over_a_unit_not_named_with_it_stays_the_place():
    from reportextract import extract

    report = extract(_tax_page("Tài chính - Thuế\n\n", "Đoàn xã Diễn Kim"))
    assert report.metadata.scope == "xã Diễn Kim"
    assert report.figures[0].unit == "Nghệ An"


# fix16j made a health institution that opens its sentence and acts a unit; an older test (round 4)
# holds that "Bệnh viện Đa khoa tặng Bình Định …" names no hospital: a kind alone is no name
def test_a_hospital_named_by_its_kind_alone_is_no_unit():
    from reportextract.units.gazetteer import find_units

    assert [m.canonical for m in find_units("Bệnh viện Đa khoa tặng Bình Định 300 suất quà")] == ["Bình Định"]
    assert [m.canonical for m in find_units("Bệnh viện Nhi Trung ương cử 5 bác sĩ trẻ")] == [
        "Bệnh viện Nhi Trung ương"
    ]
