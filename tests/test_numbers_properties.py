"""Property tests for the number parser (hypothesis): format a number the Vietnamese way and
read it back; and no input, however odd, crashes the scanners or yields an inexact span."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from reportextract.numbers import find_dates, find_doc_numbers, find_quantities, parse_number

QUALIFIERS = {
    "hơn": "more_than", "trên": "more_than", "gần": "nearly", "khoảng": "about", "xấp xỉ": "about",
    "ít nhất": "at_least", "tối thiểu": "at_least", "tối đa": "at_most", "không quá": "at_most",
}
SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9, "vạn": 10**4}


def vn_int(n: int) -> str:
    """12345678 -> '12.345.678' (dot groups thousands)."""
    return f"{n:,}".replace(",", ".")


def vn_decimal(d: Decimal) -> str:
    """Decimal('1234.5') -> '1.234,5' (dot thousands, comma decimal)."""
    ip = int(abs(d))
    frac = str(d).split(".")[1] if "." in str(d) else ""
    return vn_int(ip) + ("," + frac if frac else "")


_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _group_words(n: int, leading: bool) -> list[str]:
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    out: list[str] = []
    if h or not leading:
        out += [_UNITS[h], "trăm"]
    if t == 0:
        if u:
            out += (["linh"] if out else []) + [_UNITS[u]]
    elif t == 1:
        out += ["mười"] + ([] if u == 0 else ["lăm" if u == 5 else _UNITS[u]])
    else:
        out += [_UNITS[t], "mươi"]
        if u:
            out.append({1: "mốt", 4: "tư", 5: "lăm"}.get(u, _UNITS[u]))
    return out


def vn_words(n: int) -> str:
    """Vietnamese words for 1 <= n < 10**12 ("một trăm linh năm", "hai mươi mốt")."""
    groups = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    words: list[str] = []
    names = ["", "nghìn", "triệu", "tỷ"]
    top = len(groups) - 1
    for i in range(top, -1, -1):
        g = groups[i]
        if g == 0:
            continue
        words += _group_words(g, leading=(i == top))
        if names[i]:
            words.append(names[i])
    return " ".join(words)


@given(st.integers(min_value=0, max_value=10**15))
def test_dot_grouped_integers_read_back(n: int) -> None:
    assert parse_number(vn_int(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_comma_decimals_read_back(ip: int, frac: int) -> None:
    d = Decimal(f"{ip}.{frac:02d}")
    assert parse_number(vn_decimal(d)) == d


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=999))
def test_three_decimals_before_a_scale_word_are_decimals(ip: int, frac: int) -> None:
    text = f"{ip},{frac:03d} tỷ đồng"
    assert parse_number(text) == Decimal(f"{ip}.{frac:03d}") * 10**9


@given(
    st.sampled_from(sorted(QUALIFIERS)),
    st.integers(min_value=1, max_value=10**6),
    st.one_of(st.none(), st.integers(min_value=1, max_value=9)),
    st.sampled_from(sorted(SCALES)),
    st.booleans(),
)
def test_qualified_scaled_amounts(qual: str, n: int, tenth: int | None, scale: str, money: bool) -> None:
    number = Decimal(n) if tenth is None else Decimal(f"{n}.{tenth}")
    text = f"Đã vận động {qual} {vn_decimal(number)} {scale}{' đồng' if money else ''} cho các em."
    found = [q for q in find_quantities(text) if q.nonfigure is None]
    assert len(found) == 1
    q = found[0]
    assert q.value == number * SCALES[scale]
    assert q.qualifier == QUALIFIERS[qual]
    assert q.kind == ("money" if money else "number")
    assert q.scale == scale
    assert text[q.start : q.end] == q.text
    assert q.qualifier_span is not None
    assert text[q.qualifier_span[0] : q.qualifier_span[1]] == qual


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_spelled_numbers_read_back(n: int) -> None:
    assert parse_number(vn_words(n)) == n


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_ranges_give_two_ends(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    text = f"Mỗi xã có {vn_int(lo)}-{vn_int(hi)} đoàn viên."
    found = [q for q in find_quantities(text) if q.nonfigure is None]
    if lo == hi:
        assert all(q.range_role is None for q in found)
        return
    assert [(q.value, q.range_role) for q in found] == [(lo, "low"), (hi, "high")]


PIECES = [
    *"0123456789.,/-–%:; \n()“”\"*",
    "đồng", "tỷ", "triệu", "nghìn", "hơn ", "ngày ", "tháng ", "năm ", "KH", "/TW", "mười", "lăm", "hai",
    "m²", "km", "h", "rưỡi", " trong ", "Covid", "lớp ", "người", "từ ", " đến ",
]
ODD = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=300)
@given(ODD)
def test_odd_input_never_crashes_and_spans_are_exact(text: str) -> None:
    qs = find_quantities(text)
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    for q in qs:
        assert text[q.start : q.end] == q.text
        assert q.start <= q.number_span[0] < q.number_span[1] <= q.end
        if q.qualifier_span is not None:
            assert q.qualifier_span[1] <= q.start
    for d in find_dates(text, year=2024):
        assert text[d.start : d.end] == d.text
    for doc in find_doc_numbers(text):
        assert text[doc.start : doc.end] == doc.text
    parse_number(text)


def test_degenerate_inputs() -> None:
    assert find_quantities("") == []
    assert find_quantities("...,,,;;--//") == []
    assert parse_number("") is None
    assert parse_number("   ") is None
    assert find_dates("") == []
    assert find_doc_numbers("") == []
    long_run = "9" * 10_000
    (q,) = find_quantities(f"mã {long_run} hết")
    assert q.nonfigure == "code"
    assert q.text == long_run
    grouped = ".".join(["123"] * 2000)
    assert find_quantities(grouped)[0].nonfigure == "code"
