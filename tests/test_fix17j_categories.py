"""Categories, round 17j (spec §2.4): counted nouns the lexicon did not know (with their genre
neighbours), and the measure rules for awardees, death counts, pupils tutored and list items.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.figures.lexicon import key, lookup_noun

figs, one, values = helpers("tỉnh Yên Bái")


def noun(phrase: str) -> tuple[str | None, str | None]:
    """The lexicon entry a phrase after a number starts with: its noun and category."""
    m, _skipped, _n = lookup_noun(key(phrase).split())
    return (m.noun, m.category) if m else (None, None)


# ------------------------------------------------------------------------- lexicon
def test_tanks_bumps_bulbs_wallets_and_bare_mon_are_items():
    text = (
        "Chi đoàn thôn Khe Mạ nhận 60 bồn nước inox, lắp 12 gờ giảm tốc và 25 bóng chiếu sáng; "
        "quầy đồ cũ nhận 930 món, trả lại 3 ví cho người đánh rơi."
    )
    for v in (60, 12, 25, 930, 3):
        assert one(text, v).category == "items", v


def test_camera_equipment_is_items_but_a_bare_station_stays_coverage():
    text = "Đồn lắp 14 đầu ghi hình, 3 màn hình giám sát và 2 trạm phát sóng di động."
    for v in (14, 3, 2):
        assert one(text, v).category == "items", v
    # negative: a bare "trạm" (a station reached) keeps its row
    assert noun("trạm y tế xã") == ("trạm y tế", "coverage")
    assert noun("trạm") == ("trạm", "coverage")


def test_border_gates_are_places_and_drivers_are_people_served():
    assert noun("cửa khẩu phụ") == ("cửa khẩu", "coverage")
    assert noun("lái xe tải") == ("lái xe", "beneficiaries")
    assert noun("tài xế công nghệ") == ("tài xế", "beneficiaries")
    # negative: a built water tank is still works, the bare "môn" (a subject) still other
    assert noun("bể nước sạch")[1] == "works"
    assert noun("môn thi") == ("môn", "other")
