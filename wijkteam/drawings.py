"""A child's drawing as the app keeps it: a PNG or JPEG of at most a few MB that says nothing about where it came from.

The window reads a picture with Qt's image reader and paints it into a fresh image before saving it as PNG (or JPEG
for a large photo): that drops every bit of metadata, such as a camera's EXIF with place and time, or a PNG's text.
This module is the core's guard behind it, without Qt: it reads only the structure of the file (its chunks or
segments), refuses anything that could carry metadata, and so also stops a hand-made plan file from bringing it in.
"""

from __future__ import annotations

import struct

from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError

#: A drawing as stored: after scaling and re-encoding a photo of a drawing on paper is far below this.
MAX_DRAWING_BYTES = 3 * 1024 * 1024
#: A picture someone picks may be bigger (a phone's photo); it is scaled down before it is stored.
MAX_PICKED_BYTES = 20 * 1024 * 1024
#: The longest side of a stored drawing, in pixels: sharp on paper at the size it is printed.
MAX_SIDE = 1600

PNG = "image/png"
JPEG = "image/jpeg"

MSG_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "Dit plaatje is groter dan 20 MB en wordt niet gebruikt.")
MSG_TOO_BIG_TO_KEEP = QT_TRANSLATE_NOOP("Errors", "Deze tekening is te groot om te bewaren.")
MSG_BROKEN = QT_TRANSLATE_NOOP("Errors", "Dit bestand is geen plaatje dat Ons Plan kan lezen.")
MSG_NOT_CLEAN = QT_TRANSLATE_NOOP("Errors", "Ons Plan kan deze tekening zo niet bewaren: voeg het plaatje opnieuw toe.")

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Only what draws the picture. Text, time, EXIF and colour profiles (which carry a name) are refused.
_PNG_CHUNKS = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"pHYs", b"sBIT", b"bKGD"}
# JPEG markers before the image data that only describe how to decode it. APP1..APP15 (EXIF, XMP, ...) and COM are
# refused; APP0 only as the plain JFIF header.
_JPEG_SOF = {0xC0, 0xC1, 0xC2}
_JPEG_TABLES = {0xC4, 0xDB, 0xDD} | _JPEG_SOF


def check_drawing(data: bytes) -> str:
    """The type (``PNG`` or ``JPEG``) of a drawing fit to keep; raises InvalidInputError with one Dutch sentence."""
    if not isinstance(data, bytes | bytearray):
        raise InvalidInputError(MSG_BROKEN)
    if len(data) > MAX_DRAWING_BYTES:
        raise InvalidInputError(MSG_TOO_BIG_TO_KEEP)
    if data.startswith(_PNG_SIGNATURE):
        _check_png(bytes(data))
        return PNG
    if data.startswith(b"\xff\xd8"):
        _check_jpeg(bytes(data))
        return JPEG
    raise InvalidInputError(MSG_BROKEN)


def size_of(data: bytes) -> tuple[int, int]:
    """Width and height in pixels of a drawing that passed ``check_drawing``."""
    if data.startswith(_PNG_SIGNATURE):
        return struct.unpack(">II", data[16:24])
    return _jpeg_size(data)


def _check_png(data: bytes) -> None:
    at = len(_PNG_SIGNATURE)
    first = True
    while True:
        if at + 8 > len(data):
            raise InvalidInputError(MSG_BROKEN)
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        end = at + 12 + length
        if end > len(data) or (first and kind != b"IHDR"):
            raise InvalidInputError(MSG_BROKEN)
        if kind not in _PNG_CHUNKS:
            raise InvalidInputError(MSG_NOT_CLEAN)
        if first:
            width, height = struct.unpack(">II", data[at + 8:at + 16])
            _check_side(width, height)
        first = False
        at = end
        if kind == b"IEND":
            return


def _segments(data: bytes) -> list[tuple[int, bytes]]:
    """The JPEG's marker segments up to and with the start of the first scan (SOS)."""
    out: list[tuple[int, bytes]] = []
    at = 2
    while True:
        if at + 4 > len(data) or data[at] != 0xFF:
            raise InvalidInputError(MSG_BROKEN)
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        (length,) = struct.unpack(">H", data[at + 2:at + 4])
        if length < 2 or at + 2 + length > len(data):
            raise InvalidInputError(MSG_BROKEN)
        out.append((marker, data[at + 4:at + 2 + length]))
        if marker == 0xDA:  # SOS: the image data follows
            return out
        at += 2 + length


def _check_jpeg(data: bytes) -> None:
    sized = False
    for marker, body in _segments(data):
        if marker == 0xDA:
            break
        if marker == 0xE0 and body.startswith(b"JFIF\x00"):
            continue
        if marker not in _JPEG_TABLES:
            raise InvalidInputError(MSG_NOT_CLEAN)
        if marker in _JPEG_SOF:
            if len(body) < 5:
                raise InvalidInputError(MSG_BROKEN)
            height, width = struct.unpack(">HH", body[1:5])
            _check_side(width, height)
            sized = True
    if not sized or not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
        raise InvalidInputError(MSG_BROKEN)
    # A marker after the first scan (a progressive JPEG has several): in the image data 0xFF is followed only by 0x00
    # (stuffing), a restart marker or another 0xFF, so any other pair is a marker, and APPn or COM is refused there too.
    header = sum(4 + len(body) for _marker, body in _segments(data))
    at = data.find(b"\xff", 2 + header)
    while at != -1 and at + 1 < len(data):
        following = data[at + 1]
        if 0xE0 <= following <= 0xEF or following == 0xFE:
            raise InvalidInputError(MSG_NOT_CLEAN)
        at = data.find(b"\xff", at + 1)


def _jpeg_size(data: bytes) -> tuple[int, int]:
    for marker, body in _segments(data):
        if marker in _JPEG_SOF:
            height, width = struct.unpack(">HH", body[1:5])
            return width, height
    raise InvalidInputError(MSG_BROKEN)


def _check_side(width: int, height: int) -> None:
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        raise InvalidInputError(MSG_NOT_CLEAN)
