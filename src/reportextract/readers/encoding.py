"""Detect the encoding of a text file and decode it to Unicode NFC.

Order of tests (cheap first; a UTF-8 file costs one strict decode and one regex search):

1. a byte-order mark: UTF-8 (``utf-8-sig``), UTF-16 LE/BE, UTF-32;
2. NUL bytes: UTF-16 without BOM when every other byte is NUL, else binary (`CorruptFileError`);
3. strict UTF-8 (``utf-8``); a UTF-8 text that holds legacy glyph codes ("§oµn", "Vieät"),
   as left by a Windows-1252 re-save of a TCVN3/VNI file, is converted (encoding ``tcvn3``/``vni``);
4. control characters everywhere: binary (`CorruptFileError`);
5. TCVN3 or VNI-Windows by `legacy.detect` (scored against Windows-1258);
6. Windows-1258 (``cp1258``; decomposed tone marks composed to NFC) when it reads as Vietnamese;
7. charset-normalizer's best guess; nothing plausible: `EncodingError`.
"""

from __future__ import annotations

import unicodedata

from reportextract.errors import CorruptFileError, EncodingError
from reportextract.readers import legacy

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


def _binary_share(data: bytes) -> float:
    sample = data[:4096]
    if not sample:
        return 0.0
    return sum(b in _CONTROL for b in sample) / len(sample)


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> tuple[str, str, list[str]]:
    """Decode the bytes of a text file: ``(text NFC, encoding name, warnings)``.

    Encoding names: ``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-16-le``, ``utf-16-be``,
    ``utf-32``, ``cp1258``, ``tcvn3``, ``vni``, or what charset-normalizer reports.
    Raises `CorruptFileError` for binary content and `EncodingError` when no encoding reads
    as text.
    """
    warnings: list[str] = []
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data.decode(name), name, warnings)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"starts with a {name} byte-order mark but is not valid {name} ({exc.reason} at byte "
                    f"{exc.start}); re-save it as UTF-8",
                    source=source,
                ) from exc
    if b"\x00" in data[:4096]:
        head = data[:4096]
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
            enc = "utf-16-le"
        elif even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
            enc = "utf-16-be"
        else:
            enc = None
        if enc:
            try:
                return _finish(data.decode(enc), enc, warnings)
            except UnicodeDecodeError:
                pass
        raise CorruptFileError(
            "holds binary data (NUL bytes), not text; open it in the program that made it and export "
            "it as .txt (UTF-8), .docx or .pdf",
            source=source,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        enc = legacy.detect_text(text)
        if enc:
            warnings.append(f"text held {enc} glyph codes in a Unicode file; converted")
            return _finish(legacy.decode_text(text, enc), enc, warnings)
        return _finish(text, "utf-8", warnings)
    if _binary_share(data) > 0.05:
        raise CorruptFileError(
            "looks like binary data, not text; export it from the program that made it as .txt (UTF-8), "
            ".docx or .pdf",
            source=source,
        )
    enc = legacy.detect(data)
    if enc:
        return _finish(legacy.decode(data, enc), enc, warnings)
    cp = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    if legacy.plausibility(cp) >= 0.6:
        return _finish(cp, "cp1258", warnings)
    try:
        from charset_normalizer import from_bytes  # noqa: PLC0415 (lazy: no work at import)

        best = from_bytes(data[:65536]).best()
    except Exception:  # pragma: no cover - charset-normalizer failing is not the user's problem
        best = None
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = None
        # Vietnamese-looking, or at least clean text in another language (a foreign annex)
        if text is not None and (legacy.plausibility(text) >= 0.5 or best.chaos <= 0.1):
            warnings.append(f"encoding guessed as {best.encoding}; check the text")
            return _finish(text, best.encoding, warnings)
    raise EncodingError(
        "is not in any encoding this library knows for Vietnamese text (UTF-8, UTF-16, Windows-1258, "
        "TCVN3, VNI); open it in a Vietnamese converter (e.g. Unikey) and save it as UTF-8",
        source=source,
    )


def _finish(text: str, enc: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text, enc, warnings
