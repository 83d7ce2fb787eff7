"""Bytes to text: the encodings French text files come in, and what is not text at all.

UTF-8 (with or without BOM) is expected; UTF-16 and UTF-32 are read when a BOM says so
(Windows editors save "Unicode" that way). A file that is not UTF-8 as a whole is decoded
line by line: a line that is UTF-8 stays UTF-8, another one is Windows-1252 (Latin-1 for
the five bytes cp1252 leaves undefined), so a file pasted together from two tools keeps
both halves right, and the warning says which. A PDF, an image or an archive is refused
by its signature, never decoded as Windows-1252.
"""

from __future__ import annotations

import codecs

from extract.diagnostics import W, warning
from extract.readers.document import ErrorType

# A text file has no NUL byte and few control characters other than layout ones.
_LAYOUT_CONTROLS = {9, 10, 12, 13}
_MAX_CONTROL_RATIO = 0.01

#: BOMs, longest first: UTF-32-LE's begins with UTF-16-LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: File signatures of the binary formats people pass by mistake, and what to call them.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"%!PS", "a PostScript document"),
    (b"{\\rtf", "an RTF document"),
)


class NotTextError(ValueError):
    """The bytes are not a text document."""

    error_type = ErrorType.BINARY.value


def binary_kind(raw: bytes) -> str | None:
    """What binary format `raw` starts like, if any.

    >>> binary_kind(b"%PDF-1.7 ..."), binary_kind(b"Le texte")
    ('a PDF document', None)
    """
    head = raw[:8]
    return next((kind for magic, kind in _SIGNATURES if head.startswith(magic)), None)


def decode_bytes(raw: bytes) -> tuple[str, list[str]]:
    """Decode an input's bytes; return the text and any warning about the encoding.

    >>> decode_bytes("café".encode("utf-8"))
    ('café', [])
    >>> decode_bytes("\\ufeffcafé".encode("utf-8"))
    ('café', [])
    >>> decode_bytes("\\ufeffcafé".encode("utf-16-le"))
    ('café', [])
    >>> decode_bytes("café".encode("cp1252"))
    ('café', ['W001: input is not UTF-8; decoded as cp1252'])
    >>> decode_bytes("déjà\\n".encode("utf-8") + "été".encode("cp1252"))
    ('déjà\\nété', ['W001: input is not UTF-8; decoded as UTF-8, with 1 line(s) in cp1252'])
    """
    kind = binary_kind(raw)
    if kind:
        raise NotTextError(f"{kind}, not text: convert it to text (or HTML) first")
    text, warnings = _decode_with_bom(raw) or _decode_unmarked(raw)
    controls = sum(1 for ch in text if ord(ch) < 32 and ord(ch) not in _LAYOUT_CONTROLS)
    if text and controls / len(text) > _MAX_CONTROL_RATIO:
        raise NotTextError("not a text file (binary control characters)")
    return text, warnings


def _decode_with_bom(raw: bytes) -> tuple[str, list[str]] | None:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding), []
            except UnicodeDecodeError as exc:
                raise NotTextError(f"not valid {encoding.upper()} after its BOM: {exc.reason}") from None
    return None


def _decode_unmarked(raw: bytes) -> tuple[str, list[str]]:
    if b"\x00" in raw:
        raise NotTextError("not a text file (contains NUL bytes)")
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    lines = raw.split(b"\n")
    decoded = [_decode_line(line) for line in lines]
    legacy = sum(1 for _, is_utf8 in decoded if not is_utf8)
    pairs = zip(decoded, lines, strict=True)
    utf8_non_ascii = sum(1 for (_, is_utf8), line in pairs if is_utf8 and not line.isascii())
    text = "\n".join(part for part, _ in decoded)
    if utf8_non_ascii:
        described = f"UTF-8, with {legacy} line(s) in cp1252"
    else:
        described = "cp1252"
    return text, [warning(W.NOT_UTF8, encoding=described)]


def decode_line(line: bytes) -> str:
    """One line's text: UTF-8, else Windows-1252 (a JSONL line read from a stream).

    >>> decode_line("été".encode("cp1252")), decode_line("été".encode("utf-8"))
    ('été', 'été')
    """
    return _decode_line(line.removeprefix(codecs.BOM_UTF8))[0]


def _decode_line(line: bytes) -> tuple[str, bool]:
    """A line's text, and whether it was UTF-8."""
    try:
        return line.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    try:
        return line.decode("cp1252"), False
    except UnicodeDecodeError:
        return line.decode("latin-1"), False
