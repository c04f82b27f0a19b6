"""A picture file (a drawing, or a photo of a drawing on paper) made ready to keep in a child's house.

Read with Qt's image reader, turned upright (a phone's photo says how it was held), scaled down to at most
``drawings.MAX_SIDE`` pixels and painted into a fresh image on white: that image has no text, no EXIF, no place or
time, whatever the file carried. It is saved as PNG, or as JPEG when a photo would make a large PNG. The core checks
the result once more (``wijkteam.drawings.check_drawing``). Every refusal is one Dutch sentence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from wijkteam import drawings
from wijkteam.errors import InvalidInputError
from wijkteam.input_files import read_input_file

#: Above this a PNG is saved as JPEG instead: a photo of paper is far smaller so, and looks the same in print.
PNG_AT_MOST = 700 * 1024
JPEG_QUALITY = 85
#: Qt refuses to decode a picture that would need more memory than this (a "decompression bomb").
ALLOCATION_LIMIT_MB = 256
FILTER_PATTERNS = "*.png *.jpg *.jpeg *.bmp *.gif *.webp"


def read_drawing(path: Path) -> bytes:
    """The drawing at ``path`` as clean PNG or JPEG bytes; raises InvalidInputError with one Dutch sentence."""
    data = read_input_file(Path(path), drawings.MAX_PICKED_BYTES, too_big=drawings.MSG_TOO_BIG,
                           error=InvalidInputError)
    return clean_drawing(data)


def clean_drawing(data: bytes) -> bytes:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    image = reader.read()
    if image.isNull() or image.width() < 1 or image.height() < 1:
        raise InvalidInputError(drawings.MSG_BROKEN)
    if max(image.width(), image.height()) > drawings.MAX_SIDE:
        image = image.scaled(drawings.MAX_SIDE, drawings.MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    clean = QImage(image.width(), image.height(), QImage.Format.Format_RGB32)
    clean.fill(QColor("white"))  # a transparent drawing prints on white paper
    painter = QPainter(clean)
    painter.drawImage(0, 0, image)
    painter.end()
    result = _encode(clean, "PNG")
    if len(result) > PNG_AT_MOST:
        result = _encode(clean, "JPEG")
    drawings.check_drawing(result)
    return result


def _encode(image: QImage, kind: str) -> bytes:
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs ask for bytes, this PySide takes only text.
    if not image.save(buffer, kind, JPEG_QUALITY if kind == "JPEG" else -1):  # type: ignore[call-overload]
        raise InvalidInputError(drawings.MSG_BROKEN)
    buffer.close()
    return bytes(out.data())
