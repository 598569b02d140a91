"""mend19a: a visited province's own page when the lead's address names the host's commune after
another place ("tại bản X, xã Y, …"): the chained places of the address say where as the first
one does (spec §2.3). Every sentence was written for these tests."""

from __future__ import annotations

from reportextract.structure.scope import news_scope

TITLE = "Thành đoàn Hà Nội hỗ trợ Lai Châu 500 triệu đồng"


def test_a_commune_chained_after_a_village_in_the_lead_address_is_the_hosts() -> None:
    lead = (
        "Chiều 5/12, tại bản Pa Ủ, xã Phong Thổ, đoàn công tác Thành đoàn Hà Nội đã trao quà cho "
        "thanh niên."
    )
    assert news_scope(TITLE, lead, f"{TITLE}\n{lead}") == "Lai Châu"


def test_a_commune_chained_after_a_school_in_the_lead_address_is_the_hosts() -> None:
    lead = (
        "Chiều 5/12, tại Trường Tiểu học Pa Ủ và xã Phong Thổ, đoàn công tác Thành đoàn Hà Nội đã trao "
        "quà cho thanh niên."
    )
    assert news_scope(TITLE, lead, f"{TITLE}\n{lead}") == "Lai Châu"


def test_a_lead_address_that_names_the_host_province_keeps_the_giver() -> None:
    # negative: the giver's page writes the province in the address
    lead = (
        "Chiều 5/12, tại bản Pa Ủ, xã Phong Thổ, tỉnh Lai Châu, đoàn công tác Thành đoàn Hà Nội đã trao "
        "quà cho thanh niên."
    )
    assert news_scope(TITLE, lead, f"{TITLE}\n{lead}") == "Hà Nội"


def test_a_lead_without_an_address_keeps_the_giver() -> None:
    # negative: no place of the host in the lead
    lead = "Chiều 5/12, đoàn công tác Thành đoàn Hà Nội đã trao quà cho thanh niên vùng cao."
    assert news_scope(TITLE, lead, f"{TITLE}\n{lead}") == "Hà Nội"
