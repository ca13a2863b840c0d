"""Read a file into a :class:`TextDocument`. One reader per format, chosen by content and suffix.

Readers for HTML, PDF and DOCX live in their own modules (``html``, ``pdf``, ``word``); plain
text is decoded with encoding detection so cp1252/latin-1 minutes never turn into mojibake.
Every failure is a :class:`DocumentError` whose one-line message names the file.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Callable
from pathlib import Path

from graphgov.errors import DocumentError, GraphgovError, UnsupportedFormatError
from graphgov.ingest.document import TextDocument
from graphgov.model.vocab import DocFormat

Reader = Callable[[Path, bytes], str]

#: suffix -> format, used when the content itself does not say.
SUFFIX_FORMATS: dict[str, DocFormat] = {
    ".txt": DocFormat.TEXT,
    ".text": DocFormat.TEXT,
    ".md": DocFormat.TEXT,
    ".htm": DocFormat.HTML,
    ".html": DocFormat.HTML,
    ".xhtml": DocFormat.HTML,
    ".aspx": DocFormat.HTML,  # ModernGov pages saved from the browser keep their .aspx name
    ".pdf": DocFormat.PDF,
    ".docx": DocFormat.DOCX,
}

SUPPORTED_SUFFIXES = tuple(SUFFIX_FORMATS)

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Formats we recognise only to refuse them with a useful message.
_REFUSED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "old Word/Excel binary format (.doc/.xls): save it as .docx or PDF"),
    (b"{\\rtf", "RTF document: save it as .docx, PDF or text"),
    (b"\x89PNG", "PNG image, not a document"),
    (b"\xff\xd8\xff", "JPEG image, not a document"),
    (b"GIF8", "GIF image, not a document"),
    (b"\x1f\x8b", "gzip archive: unpack it first"),
)

#: Bytes of a large text file used to detect a legacy encoding (detection is not linear-cheap).
_DETECT_SAMPLE = 1 << 20


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` declares, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for UTF-16 text saved without a BOM: ASCII letters leave a
    zero byte in every other position, which no single-byte text or binary format does."""
    head = data[:4096]
    half = len(head) // 2
    if half < 8:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.6 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def sniff_format(path: Path, data: bytes) -> DocFormat:
    """The document's format from its first bytes, else from its suffix, else text."""
    head = data[:1024]
    if bom_encoding(head) is None:
        for magic, problem in _REFUSED_MAGIC:
            if head.startswith(magic):
                raise UnsupportedFormatError(path, problem)
    probe = head.lstrip().lower()
    if probe.startswith(b"%pdf") or b"%PDF-" in head:
        return DocFormat.PDF
    if probe.startswith(b"pk\x03\x04"):
        return DocFormat.DOCX
    if _looks_like_html(_ascii_probe(head)):
        return DocFormat.HTML
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt in (DocFormat.PDF, DocFormat.DOCX):
        kind = "a PDF" if fmt is DocFormat.PDF else "a DOCX (zip) file"
        raise DocumentError(path, f"not {kind}, although it is named {path.suffix}")
    if fmt is not None:
        return fmt
    if bom_encoding(head) is None and utf16_without_bom(data) is None and b"\x00" in data[:4096]:
        raise UnsupportedFormatError(
            path, "binary file of unknown format (expected txt, html, pdf or docx)"
        )
    return DocFormat.TEXT


def _ascii_probe(head: bytes) -> bytes:
    """The first bytes lower-cased, with UTF-16/32 text folded to ASCII for tag sniffing."""
    enc = bom_encoding(head)
    if enc and enc != "utf-8":
        head = head.decode(enc, errors="ignore").encode("ascii", errors="ignore")
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()


def _looks_like_html(probe: bytes) -> bool:
    if probe.startswith((b"<!doctype html", b"<html")):
        return True
    # XHTML declarations and comments may come first; tags must still be near the top.
    return probe.startswith((b"<?xml", b"<!--", b"<!doctype")) and (
        b"<html" in probe or b"<body" in probe
    )


def decode_text(path: Path, data: bytes) -> str:
    """Bytes to str: BOM, then UTF-8, else the detected legacy encoding (cp1252 by default).

    Newlines are normalised to ``\\n`` so line numbers match what an editor shows.
    """
    text = _decode(data)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> str:
    enc = bom_encoding(data) or utf16_without_bom(data)
    if enc is not None:
        return data.decode(enc, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(detect_legacy_encoding(data), errors="replace")


def detect_legacy_encoding(data: bytes) -> str:
    """The encoding of bytes that are not UTF-8: cp1252 whenever they are valid cp1252.

    Minutes that are not UTF-8 come from Windows tools in English-speaking councils, so
    cp1252 (a superset of latin-1's printable characters, plus curly quotes and dashes) is
    right far more often than a detector guessing from a few accented letters, which reads
    "£250" as "Ł250" (cp1250). Detection decides only for bytes cp1252 cannot decode.
    """
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Detection cost grows with input size; the first megabyte decides for the whole file.
    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    encoding = best.encoding if best is not None else "cp1252"
    # Council documents from Windows tools are cp1252; charset-normalizer sometimes reports
    # latin-1, which maps 0x80-0x9f to control characters instead of quotes and dashes.
    # cp1252 is a superset of latin-1's printable range, so it is the safe choice for both.
    if encoding.replace("_", "-").lower() in {
        "latin-1", "iso8859-1", "iso-8859-1", "ascii", "utf-8", "iso8859-15", "iso-8859-15",
    }:
        encoding = "cp1252"
    return encoding


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
        from graphgov.ingest.word import read_docx

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
    try:
        text = _reader_for(fmt)(p, data)
    except GraphgovError:
        raise
    except Exception as exc:  # noqa: BLE001 - a third-party parser failed on a broken file
        # Libraries raise anything on malformed input; the user needs one line naming the file.
        detail = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise DocumentError(p, f"cannot read as {fmt} ({detail})") from exc
    if not text.strip():
        raise DocumentError(p, f"no text found in this {fmt} file")
    return TextDocument(path=str(p), sha256=hashlib.sha256(data).hexdigest(), format=fmt, text=text)
