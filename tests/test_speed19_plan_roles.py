"""`gazetteer._plan` reads each dispatched pattern's filter and kind from `_pattern_roles` (built
once, by identity) instead of building two dicts keyed by the long patterns at every plan; the
roles and the plans must be those of the dicts it replaces."""

from __future__ import annotations

import re

import pytest

from reportextract.units import gazetteer as g


def _old_plan(t: g._Tables, hit: str, ahead: str, strict: bool) -> g._Plan:
    """`_plan` as it was: the filters and kinds rebuilt as dicts keyed by the patterns."""
    found: g._FixedHit | None = None
    steps: list[g._Step] = []
    places, people, places_filter, people_filter = g._blocker_res()
    filters = {**g._P.filters, places: places_filter, people: people_filter}
    kinds = {g._P.level: g._LEVEL, g._P.body: g._BODY, g._P.school: g._SCHOOL, g._P.higher: g._SCHOOL,
             g._P.org: g._ORG}  # fmt: skip
    for rx in g._any_re()[1].get(g._first_word(hit), ()):
        if rx is t.fixed_re:
            new = g._plan(t, hit, ahead, strict)  # the fixed-name branch is unchanged: compare it below
            found = new[0]
        elif filters[rx].match(ahead):
            steps.append((kinds.get(rx, g._BLOCKER), rx.match))
    return (found, tuple(steps)) if found is not None or steps else g._NOTHING


def test_roles_are_those_of_the_dicts() -> None:
    places, people, places_filter, people_filter = g._blocker_res()
    filters = {**g._P.filters, places: places_filter, people: people_filter}
    kinds = {g._P.level: g._LEVEL, g._P.body: g._BODY, g._P.school: g._SCHOOL, g._P.higher: g._SCHOOL,
             g._P.org: g._ORG}  # fmt: skip
    roles = g._pattern_roles()
    fixed_re = g._tables().fixed_re
    seen = 0
    for rxs in g._any_re()[1].values():
        for rx in rxs:
            if rx is fixed_re:
                assert id(rx) not in roles
                continue
            pattern, flt, kind = roles[id(rx)]
            assert pattern is rx
            assert flt is filters[rx]
            assert kind == kinds.get(rx, g._BLOCKER)
            seen += 1
    assert seen > 0
    assert {k for _, _, k in roles.values()} >= {g._LEVEL, g._BODY, g._SCHOOL, g._ORG, g._BLOCKER}


TEXTS = [
    "Tỉnh đoàn Nghệ An phối hợp với Đoàn xã Hưng Lộc, Trường THPT Lê Hồng Phong và Công ty Điện lực",
    "Huyện đoàn Sông Hinh trao 20 suất quà cho học sinh trường Tiểu học Ea Bar, xã Ea Bar",
    "đồng chí Nguyễn Văn An, Bí thư Thành Đoàn Hà Nội; Bệnh viện Đa khoa tỉnh Hà Tĩnh; phố Hàng Bài",
    "Đoàn Khối các cơ quan tỉnh, Liên đội trường THCS Kim Đồng, Đại học Bách khoa, Hội LHTN Việt Nam",
]


@pytest.mark.parametrize("strict", [True, False])
@pytest.mark.parametrize("text", TEXTS)
def test_plans_equal_the_old_ones(text: str, strict: bool) -> None:
    t = g._tables()
    any_re, _ = g._any_re()
    low = g._lower(text)
    n = 0
    for hit in g._hits(text, low, any_re):
        p, e = hit.span()
        new = g._plan(t, hit.group(), text[p : e + 2], strict)
        old = _old_plan(t, hit.group(), text[p : e + 2], strict)
        assert new[0] == old[0]
        assert [(k, getattr(m, "__self__")) for k, m in new[1]] == [  # noqa: B009
            (k, getattr(m, "__self__")) for k, m in old[1]  # noqa: B009
        ]
        n += 1
    assert n > 0


def test_a_pattern_not_in_the_table_takes_the_old_path() -> None:
    rx = g._P.level
    assert g._pattern_role(rx) == g._pattern_roles()[id(rx)][1:]
    with pytest.raises(KeyError):
        g._pattern_role(re.compile("not dispatched"))
