"""Read a file into a :class:`TextDocument`. One reader per format, chosen by suffix and content.

Readers for HTML, PDF and DOCX live in their own modules and register here; plain text is
decoded with encoding detection so cp1252/latin-1 minutes never turn into mojibake.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from graphgov.errors import DocumentError, UnsupportedFormatError
from graphgov.ingest.document import TextDocument
from graphgov.model.vocab import DocFormat

Reader = Callable[[Path, bytes], str]

#: suffix -> format. Unknown suffixes are sniffed from content.
SUFFIX_FORMATS: dict[str, DocFormat] = {
    ".txt": DocFormat.TEXT,
    ".text": DocFormat.TEXT,
    ".md": DocFormat.TEXT,
    ".htm": DocFormat.HTML,
    ".html": DocFormat.HTML,
    ".xhtml": DocFormat.HTML,
    ".pdf": DocFormat.PDF,
    ".docx": DocFormat.DOCX,
}

SUPPORTED_SUFFIXES = tuple(SUFFIX_FORMATS)


def sniff_format(path: Path, data: bytes) -> DocFormat:
    """The document's format from its suffix, else from its first bytes."""
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is not None:
        return fmt
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return DocFormat.PDF
    if head.startswith(b"pk\x03\x04"):
        return DocFormat.DOCX
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return DocFormat.HTML
    if b"\x00" in data[:4096]:
        raise UnsupportedFormatError(path, "binary file of unknown format (expected txt, html, pdf or docx)")
    return DocFormat.TEXT


def decode_text(path: Path, data: bytes) -> str:
    """Bytes to str: UTF-8 (with or without BOM) first, else the detected legacy encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    # Council documents from Windows tools are cp1252; charset-normalizer sometimes reports
    # latin-1, which maps 0x80-0x9f to control characters instead of quotes and dashes.
    if encoding.replace("_", "-").lower() in {"latin-1", "iso8859-1", "iso-8859-1", "ascii"}:
        encoding = "cp1252"
    return data.decode(encoding, errors="replace")


def _read_text(path: Path, data: bytes) -> str:
    return decode_text(path, data)


def _reader_for(fmt: DocFormat) -> Reader:
    if fmt is DocFormat.TEXT:
        return _read_text
    if fmt is DocFormat.HTML:
        from graphgov.ingest.html import read_html

        return read_html
    if fmt is DocFormat.PDF:
        from graphgov.ingest.pdf import read_pdf

        return read_pdf
    if fmt is DocFormat.DOCX:
        from graphgov.ingest.docx import read_docx

        return read_docx
    raise UnsupportedFormatError("?", f"no reader for {fmt}")


def read_document(path: str | Path) -> TextDocument:
    """Read one file of minutes. Raises :class:`DocumentError` naming the file on failure."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise DocumentError(p, "no such file") from None
    except IsADirectoryError:
        raise DocumentError(p, "is a folder, not a document") from None
    except OSError as exc:
        raise DocumentError(p, f"cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise DocumentError(p, "file is empty")
    fmt = sniff_format(p, data)
    text = _reader_for(fmt)(p, data)
    return TextDocument(path=str(p), sha256=hashlib.sha256(data).hexdigest(), format=fmt, text=text)
