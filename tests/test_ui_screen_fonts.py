"""The window shows Chinese, Japanese, Korean, Hebrew and emoji with the fonts shipped for the PDF, not as boxes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication

from ui.common.screen_fonts import add_screen_fonts
from ui.window.main_window import MainWindow

NO_GLYPH = "\ue001"  # private use: no font has it, so Qt draws its empty box


def _drawn(text: str) -> QImage:
    image = QImage(120, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 20))
    painter.setPen(QColor("black"))
    painter.drawText(6, 36, text)
    painter.end()
    return image


def test_the_window_adds_the_shipped_fonts(window: MainWindow) -> None:
    families = set(QFontDatabase.families())
    assert {"Droid Sans Fallback", "Noto Emoji", "Noto Sans Hebrew", "Noto Sans Ethiopic"} <= families
    assert add_screen_fonts() == add_screen_fonts()  # once per process: a second call adds nothing


def test_letters_of_every_script_are_drawn_not_boxed(qapp: QApplication) -> None:
    add_screen_fonts()
    box = _drawn(NO_GLYPH)
    for ch in ("我", "あ", "우", "א", "🎉", "ሰ"):
        drawn = _drawn(ch)
        assert drawn != box, ch
        assert drawn != _drawn(" "), ch  # something was drawn at all
