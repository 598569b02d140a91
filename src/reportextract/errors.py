"""One root exception, one subclass per kind of failure.

Library code raises these; only the CLI turns them into a message and an exit code. Every
message names the input, the problem and what to do next.
"""

from __future__ import annotations


class ReportExtractError(Exception):
    """Root of every error this library raises on purpose."""

    #: a short machine-readable kind, used in batch error records
    kind = "error"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __str__(self) -> str:
        msg = super().__str__()
        if self.source and self.source not in msg:
            return f"{self.source}: {msg}"
        return msg


class InputError(ReportExtractError):
    """The input cannot be read as a report."""

    kind = "input"


class FileMissingError(InputError, FileNotFoundError):
    kind = "missing"


class UnreadableFileError(InputError):
    """The file exists but cannot be opened (permissions, a directory, an I/O error)."""

    kind = "unreadable"


class EmptyDocumentError(InputError):
    """The file holds no text."""

    kind = "empty"


class UnsupportedFormatError(InputError, ValueError):
    """No reader handles this extension or content."""

    kind = "unsupported"


class CorruptFileError(InputError):
    """The file claims a format but its content is broken (a .docx that is not a zip, garbage in a .txt)."""

    kind = "corrupt"


class EncodingError(CorruptFileError):
    """The bytes of a text file decode to no known Vietnamese encoding."""

    kind = "encoding"


class EncryptedFileError(InputError):
    kind = "encrypted"


class NoTextLayerError(InputError):
    """A PDF whose pages are images (a scan): there is no text to extract."""

    kind = "no_text_layer"


class GoldFileError(ReportExtractError, ValueError):
    """A gold file does not follow the gold format (spec §5)."""

    kind = "gold"


class ConfigurationError(ReportExtractError, ValueError):
    """An argument or setting is invalid."""

    kind = "config"
