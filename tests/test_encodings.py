"""Encodings: legacy TCVN3/VNI tables (round trip, detection), Unicode and Windows-1258 decoding.

Samples are sentences written for these tests in the genre of Youth Union reports; legacy
bytes are produced from them with our own tables (`legacy.encode`).
"""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from reportextract.errors import CorruptFileError, EncodingError
from reportextract.readers import legacy, read
from reportextract.readers.encoding import decode_bytes

SAMPLES = [
    "Tỉnh đoàn tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè với 1.250 đoàn viên tham gia.",
    "Các cơ sở Đoàn đã xây dựng 14 công trình thanh niên, trị giá hơn 2,35 tỷ đồng; sửa chữa 9 nhà nhân ái.",
    "Đội hình tình nguyện hỗ trợ người dân thực hiện thủ tục hành chính, dịch vụ công trực tuyến ở xã.",
    "Quyết tâm giữ gìn bản sắc, nghiêng về khuyến khích thanh niên khởi nghiệp; ủy ban, thuở ấy, phượng vĩ.",
    "Trường THPT Nguyễn Trãi trao 120 suất quà; Ban Thường vụ Huyện đoàn Vĩnh Linh ghi nhận, biểu dương.",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    "BAN CHẤP HÀNH ĐOÀN TỈNH QUẢNG TRỊ\nSố: 12-BC/TĐTN",
]


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes as Vietnamese Windows wrote them: letters with ^, breve, horn
    precomposed, tone marks as separate combining characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


def _all_letters() -> str:
    base = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
    out = [unicodedata.normalize("NFC", b + t) for b in base for t in tones]
    return "".join(out) + "đ"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("text", SAMPLES)
def test_legacy_round_trip(text: str, encoding: str) -> None:
    data = legacy.encode(text, encoding)
    assert not data.isascii()
    assert legacy.decode(data, encoding) == text


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_letter_round_trips(encoding: str) -> None:
    letters = _all_letters()
    words = " ".join(letters)
    assert legacy.decode(legacy.encode(words, encoding), encoding) == words
    if encoding == "vni":  # VNI has capitals with tone marks
        up = words.upper()
        assert legacy.decode(legacy.encode(up, "vni"), "vni") == up


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("text", SAMPLES[:5])
def test_legacy_detection(text: str, encoding: str) -> None:
    assert legacy.detect(legacy.encode(text, encoding)) == encoding


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ("Tỉnh đoàn tổ chức lễ ra quân".encode(), "UTF-8"),
        (b"Plain ASCII text, 2024", "ASCII"),
        (cp1258("Tỉnh đoàn tổ chức lễ ra quân hè"), "Windows-1258"),
    ],
)
def test_detect_says_none_for_other_encodings(data: bytes, why: str) -> None:
    assert legacy.detect(data) is None, why


@pytest.mark.parametrize(
    ("glyphs", "encoding", "expected"),
    [
        # well-known mis-rendered strings: what legacy text looks like in a Unicode font
        ("§oµn", "tcvn3", "Đoàn"),
        ("ViÖt Nam", "tcvn3", "Việt Nam"),
        ("Hå ChÝ Minh", "tcvn3", "Hồ Chí Minh"),
        ("Vieät Nam", "vni", "Việt Nam"),
        ("Ngöôøi", "vni", "Người"),
        ("tænh", "vni", "tỉnh"),
    ],
)
def test_decode_text_of_known_glyph_strings(glyphs: str, encoding: str, expected: str) -> None:
    assert legacy.decode_text(glyphs, encoding) == expected
    assert legacy.detect_text(glyphs * 3) in (encoding, None)  # too short to be sure, never the other one


def test_tcvn3_capitals_restored_only_in_all_capital_words() -> None:
    text = "CỘNG HÒA XÃ HỘI\nĐoàn TNCS Hồ Chí Minh\nHỒ CHÍ MINH\nSố: 12-BC"
    assert legacy.decode(legacy.encode(text, "tcvn3"), "tcvn3") == text
    # TCVN3 has no code for a capital with a tone mark: a lone capital comes back in lower case
    assert legacy.decode(legacy.encode("Ấp Hòa Lộc", "tcvn3"), "tcvn3") == "ấp Hòa Lộc"


def test_encode_strict_raises_on_unmappable() -> None:
    with pytest.raises(UnicodeEncodeError):
        legacy.encode("Tỉnh đoàn 中文", "tcvn3", errors="strict")
    assert legacy.encode("Tỉnh 中", "vni").endswith(b"?")


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_tables_are_consistent(name: str) -> None:
    """Data-file integrity: a header naming sources, NFC keys, and no two letters with one code."""
    raw = resources.files("reportextract.readers").joinpath(f"data/{name}.tsv").read_text("utf-8")
    header = [ln for ln in raw.splitlines() if ln.startswith("#")]
    assert any("Sources" in ln for ln in header)
    table = legacy._load(name)
    assert all(unicodedata.is_normalized("NFC", ch) for ch in table)
    assert len(set(table.values())) == len(table)
    assert set(_all_letters()) - set("aeiouy") <= set(table)
    assert len(table) == (134 if name == "vni" else 74)


@pytest.mark.parametrize(
    ("word", "ok"),
    [
        ("nghiêng", True),
        ("khuyến", True),
        ("người", True),
        ("quý", True),
        ("gì", True),
        ("đoàn", True),
        ("aự", False),
        ("µn", False),
        ("vieät", False),
        ("hoòa", False),
        ("xyz", False),
    ],
)
def test_is_syllable(word: str, ok: bool) -> None:
    assert legacy.is_syllable(word) is ok


# --------------------------------------------------------------------------- decoding whole files

TEXT = "\n\n".join(SAMPLES[:5])


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (cp1258(TEXT), "cp1258"),
        (legacy.encode(TEXT, "tcvn3"), "tcvn3"),
        (legacy.encode(TEXT, "vni"), "vni"),
        # a legacy file once opened as Windows-1252 and saved as UTF-8: glyph codes in Unicode
        (legacy.encode(TEXT, "tcvn3").decode("cp1252", errors="replace").encode("utf-8"), "tcvn3"),
        (legacy.encode(TEXT, "vni").decode("cp1252", errors="replace").encode("utf-8"), "vni"),
    ],
)
def test_decode_bytes(data: bytes, encoding: str) -> None:
    text, enc, _ = decode_bytes(data, source="x.txt")
    assert enc == encoding
    assert unicodedata.is_normalized("NFC", text)
    assert text.replace("\r\n", "\n").lstrip("\ufeff") == TEXT


def test_windows_1258_decomposed_tones_become_nfc() -> None:
    data = cp1258("Huyện đoàn Hòa Vang hỗ trợ 30 hộ")
    assert b"\xf2" in data  # the dot below of "ệ", "ộ" as a combining mark
    doc = read(data, format="txt")
    assert doc.encoding == "cp1258"
    assert doc.text == "Huyện đoàn Hòa Vang hỗ trợ 30 hộ"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_read_sets_encoding_for_legacy_files(tmp_path, encoding: str) -> None:
    path = tmp_path / f"bao-cao-{encoding}.txt"
    path.write_bytes(legacy.encode(TEXT, encoding))
    doc = read(path)
    assert doc.encoding == encoding
    assert doc.blocks[0].text == SAMPLES[0]


def test_binary_garbage_is_rejected() -> None:
    garbage = bytes(range(256)) * 20
    with pytest.raises((CorruptFileError, EncodingError)):
        decode_bytes(garbage, source="rac.txt")


def test_utf8_report_of_13kb_decodes_to_itself_without_warnings() -> None:
    """The common case (a clean UTF-8 report) takes the direct path: the text back unchanged and no
    warning. (Decoding time is part of the benchmark's `read` stage, not a test.)"""
    data = (TEXT + "\n\n").encode() * 30  # ~13 KB
    text, encoding, warnings = decode_bytes(data)
    assert text == data.decode("utf-8")
    assert encoding == "utf-8"
    assert warnings == []


def test_clean_text_in_another_single_byte_encoding_is_read_with_a_warning() -> None:
    data = ("Le comité a reçu 1.250 dossiers et a déjà répondu à la majorité des élèves. " * 5).encode(
        "cp1252"
    )
    text, enc, warnings = decode_bytes(data, source="annexe.txt")
    # which Latin code page is a guess (charset-normalizer's); the text is read, not rejected
    assert "Le comit" in text
    assert "1.250 dossiers" in text
    assert enc not in ("tcvn3", "vni", "utf-8")
    assert any("guessed" in w for w in warnings)


def test_str_holding_legacy_glyphs_is_converted() -> None:
    glyphs = legacy.encode(TEXT, "tcvn3").decode("cp1252")
    doc = read(glyphs)
    assert doc.encoding == "tcvn3"
    assert doc.blocks[0].text == SAMPLES[0]
