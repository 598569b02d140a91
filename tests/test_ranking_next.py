"""'tiếp đến' / 'kế đến' open the next unit of a ranking; a bare 'đến' still only says where (spec §2.3)."""

from reportextract import extract


def _units(text: str) -> dict[str, str | None]:
    return {f.text: f.unit for f in extract(text).figures}


def test_next_of_a_ranking_is_the_unit_of_its_figures() -> None:
    units = _units(
        "Dẫn đầu là Đoàn Thanh niên Công ty Cơ khí Hòa Bình với 30 sáng kiến, làm lợi 5 tỷ đồng; "
        "tiếp đến Đoàn Thanh niên Nhà máy Gạch Tân Mai 18 sáng kiến (2,5 tỷ đồng)."
    )
    assert units["18"] == "Nhà máy Gạch Tân Mai"
    assert units["2,5 tỷ đồng"] == "Nhà máy Gạch Tân Mai"
    assert units["30"] == "Công ty Cơ khí Hòa Bình"


def test_ke_den_reads_as_tiep_den() -> None:
    units = _units("Xã Tân Lập dẫn đầu với 120 hồ sơ; kế đến xã Tân Hòa 95 hồ sơ.")
    assert units["95"] == "xã Tân Hòa"


def test_a_bare_den_still_only_says_where() -> None:
    units = _units("Tỉnh đoàn Bắc Ninh tổ chức hành trình đến xã Tân Lập với 50 đoàn viên tham gia.")
    assert units["50"] == "Bắc Ninh"
