"""Bad inputs: each raises its own `ReportExtractError` subclass, and the message names the file
and says what to do."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from reportextract.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncodingError,
    EncryptedFileError,
    FileMissingError,
    NoTextLayerError,
    ReportExtractError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from reportextract.readers import read

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "readers"


def _garbage() -> bytes:
    # deterministic bytes across the whole range, with NULs and control characters
    return bytes((i * 73 + 41) % 256 for i in range(4000))


def _zip_without_word(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "không phải tài liệu Word")


# (name, how to make the file, exception, words the message must contain)
CASES = [
    ("khong-co.txt", None, FileMissingError, ["not found"]),
    ("rong.txt", b"", EmptyDocumentError, ["empty"]),
    ("chi-co-khoang-trang.md", b"  \n\n \t\n", EmptyDocumentError, ["empty"]),
    ("rong.docx", b"", EmptyDocumentError, ["empty"]),
    ("bang-tinh.xlsx", b"PK\x03\x04", UnsupportedFormatError, [".xlsx"]),
    ("bao-cao.doc", b"\xd0\xcf\x11\xe0", UnsupportedFormatError, ["re-save it as .docx"]),
    ("bao-cao.xyz", b"abc", UnsupportedFormatError, [".xyz"]),
    (
        "khong-phai-zip.docx",
        "Đây là văn bản thường, không phải tệp Word.".encode(),
        CorruptFileError,
        ["not a zip", "re-save it as .docx"],
    ),
    ("zip-sai.docx", _zip_without_word, CorruptFileError, ["re-save it as .docx"]),
    (
        "doc-doi-ten.docx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        CorruptFileError,
        ["re-save it as .docx"],
    ),
    ("hong.pdf", b"%PDF-1.4\n" + b"rac rac rac\n" * 20, CorruptFileError, ["PDF"]),
    ("rac.txt", _garbage(), (CorruptFileError, EncodingError), ["binary"]),
]


@pytest.mark.parametrize(("name", "content", "exc", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(tmp_path: Path, name: str, content, exc, words: list[str]) -> None:
    path = tmp_path / name
    if callable(content):
        content(path)
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(exc) as info:
        read(path)
    err = info.value
    assert isinstance(err, ReportExtractError)
    message = str(err)
    assert name in message
    for w in words:
        assert w in message, message
    assert err.source == str(path)


@pytest.mark.parametrize(
    ("fixture", "exc", "advice"),
    [("encrypted.pdf", EncryptedFileError, "password"), ("scanned.pdf", NoTextLayerError, "OCR")],
)
def test_pdf_fixtures(fixture: str, exc, advice: str) -> None:
    with pytest.raises(exc) as info:
        read(FIXTURES / fixture)
    assert fixture in str(info.value)
    assert advice in str(info.value)


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "bao-cao.txt"
    folder.mkdir()
    with pytest.raises(UnreadableFileError, match="directory"):
        read(folder)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_no_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "khoa.txt"
    path.write_text("Báo cáo tháng 7.", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(UnreadableFileError, match=r"khoa\.txt"):
            read(path)
    finally:
        path.chmod(0o644)


def test_permission_error_is_mapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same case where tests run as root: opening the file fails with PermissionError."""
    path = tmp_path / "khoa.txt"
    path.write_text("Báo cáo tháng 7.", encoding="utf-8")

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(UnreadableFileError) as info:
        read(path)
    assert "khoa.txt" in str(info.value)
    assert "permission" in str(info.value).lower()


def test_empty_text_and_bytes() -> None:
    with pytest.raises(EmptyDocumentError):
        read("   \n  ")
    with pytest.raises(EmptyDocumentError, match="ten-tep"):
        read(b"", name="ten-tep")


def test_unknown_format_argument() -> None:
    with pytest.raises(UnsupportedFormatError, match="odt"):
        read(b"abc", format="odt")


def test_missing_file_is_also_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read(tmp_path / "khong-co.pdf")


@pytest.mark.parametrize(
    ("data", "advice"),
    [(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".docx"), (b"{\\rtf1\\ansi Bao cao}", ".docx")],
)
def test_bytes_of_formats_without_a_reader(data: bytes, advice: str) -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        read(data, name="tai-lieu-cu")
    assert "tai-lieu-cu" in str(info.value)
    assert advice in str(info.value)


def test_docx_without_text(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "trang-trang.docx"
    docx.Document().save(str(path))
    with pytest.raises(EmptyDocumentError) as info:
        read(path)
    assert "trang-trang.docx" in str(info.value)
