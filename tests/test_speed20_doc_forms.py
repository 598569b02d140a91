"""The short forms of a document's units are worked out once per document (`_Document.forms`): the
short names a text's lists get must be what chaining the text's own mentions before the document's
gave (the text's own mention of a unit first)."""

from __future__ import annotations

import itertools
from dataclasses import replace

from reportextract.units import gazetteer as g

BODY = (
    "Đoàn Khối các cơ quan Đảng Trung ương, xã Hiệp An và trường THPT Lê Lợi cùng tham gia. "
    "Kết quả: Hiệp An 3 mô hình, Đoàn Khối 14 đội hình; THPT Lê Lợi 215 đơn vị."
)
NOTES = (
    "Gồm: Đoàn Khối 1.430 đơn vị; Hiệp An 12 công trình; Quân đội 9.650 đơn vị.",
    "Trong đó: Hiệp An 4 mô hình, Tân Hà 2 mô hình và Đoàn Khối 7 lần.",
)


def _old(text: str, found: list[g.UnitMention], others: list[g.UnitMention]) -> list[g.UnitMention]:
    """The reading before the per-document cache: `_short_forms` of the text's mentions chained with
    the document's, rebuilt at each call."""
    items = [
        m
        for m in g._SHORT_NAME_RE.finditer(text)
        if not any(x.start < m.end("name") and m.start("name") < x.end for x in found)
        and (
            g._in_list(text, m.start("name"), m.end("name"))
            or g._last_item_after_and(text, m.start("name"))
        )
    ]
    if not items:
        return found
    forms = g._short_forms(itertools.chain(found, others))
    out = list(found)
    for m in items:
        units = forms.get(g._key(m.group("name")))
        if units is None or len(units) != 1:
            continue
        u = next(iter(units.values()))
        a, b = m.span("name")
        out.append(replace(u, start=a, end=b, text=text[a:b]))
    out.sort(key=lambda x: x.start)
    return out


def test_each_text_of_a_document_reads_its_short_names_as_before() -> None:
    texts = (BODY, *NOTES)
    with g.document_texts(*texts):
        named = [m for t in texts for m in g._named_in(t, None)]
        for t in texts:
            got = g.find_units(t)
            want = _old(t, g._named_in(t, None), named)
            assert [(m.start, m.end, m.canonical, m.level) for m in got] == [
                (m.start, m.end, m.canonical, m.level) for m in want
            ]
    # a short name was read somewhere, so the comparison is not vacuous
    with g.document_texts(*texts):
        assert any(m.text == "Hiệp An" and m.canonical == "xã Hiệp An" for m in g.find_units(NOTES[0]))


def test_outside_a_document_only_the_texts_own_names_count() -> None:
    got = g.find_units(NOTES[0])
    want = _old(NOTES[0], g._named_in(NOTES[0], None), [])
    assert [(m.start, m.canonical) for m in got] == [(m.start, m.canonical) for m in want]
