"""Numbers inside the names of Coast Guard units are no figures (spec §2.1, "numbers inside names");
a count written after the words is still one. Every sentence was written for these tests."""

from __future__ import annotations

from reportextract import extract


def values(text: str) -> list[float]:
    return [f.value for f in extract(text).figures]


def test_the_number_of_a_coast_guard_region_is_part_of_its_name() -> None:
    text = "Đoàn Thanh niên Bộ Tư lệnh Vùng Cảnh sát biển 3 phối hợp tặng 150 suất quà cho ngư dân."
    assert values(text) == [150]


def test_the_number_of_a_coast_guard_squadron_is_part_of_its_name() -> None:
    assert values("Chi đoàn Hải đội 301 trao 25 tủ thuốc cho ngư dân xã đảo.") == [25]


def test_a_count_after_the_coast_guard_words_is_still_a_figure() -> None:
    assert values("Tỉnh đoàn trao tặng lực lượng cảnh sát biển 40 lá cờ Tổ quốc.") == [40]
