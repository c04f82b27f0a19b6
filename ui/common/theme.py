"""The look of Ons Plan: calm colours, large text, and a focus ring that is always easy to see."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 13
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"]

PAPER = "#F7F4EE"
SURFACE = "#FFFFFF"
TEXT = "#1E2A32"
MUTED = "#44525B"
BORDER = "#D9D2C6"
ACCENT = "#2E6A57"
ACCENT_DARK = "#22513F"
FOCUS = "#1D4ED8"
SELECTION = "#DCEAF7"
HELP_BACKGROUND = "#EEF4F1"
WARNING = "#9A3412"
DONE = "#2E6A57"

# Every focusable control keeps the same outer size with and without focus (padding makes up for the thicker border),
# so nothing jumps when a person tabs through the screen.
STYLE_SHEET = f"""
QMainWindow, QDialog, QScrollArea, QScrollArea > QWidget > QWidget#scrollContent {{ background: {PAPER}; }}
QLabel {{ color: {TEXT}; }}
QLabel[role="title"] {{ font-size: 26pt; font-weight: bold; }}
QLabel[role="lead"] {{ font-size: 15pt; color: {MUTED}; }}
QLabel[role="heading"] {{ font-size: 17pt; font-weight: bold; }}
QLabel[role="plan-title"] {{ font-size: 17pt; font-weight: bold; }}
QLabel[role="section-title"] {{ font-size: 21pt; font-weight: bold; }}
QLabel[role="question"] {{ font-size: 15pt; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="help-heading"] {{ font-weight: bold; color: {ACCENT_DARK}; }}
QLabel[role="deadline"] {{ color: {TEXT}; background: #FFF4DB; border: 1px solid #EBD3A0; border-radius: 8px;
    padding: 6px 12px; }}
QLabel[role="status"] {{ color: {MUTED}; }}
QLabel[role="status-warning"] {{ color: {WARNING}; font-weight: bold; }}
QLabel[role="empty"] {{ color: {MUTED}; font-size: 14pt; background: {SURFACE}; border: 2px dashed {BORDER};
    border-radius: 12px; padding: 28px; }}

QFrame[role="card"] {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 14px; }}
QFrame[role="topbar"] {{ background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER}; }}
QFrame[role="helpbox"] {{ background: {HELP_BACKGROUND}; border: 1px solid #CFE0D8; border-radius: 10px; }}

QPushButton, QToolButton {{ background: {SURFACE}; color: {TEXT}; border: 2px solid #B9B0A3; border-radius: 8px;
    padding: 8px 16px; min-height: 24px; }}
QPushButton:hover, QToolButton:hover {{ background: #F1ECE4; }}
QPushButton:pressed, QToolButton:pressed {{ background: #E6DFD3; }}
QPushButton:checked {{ background: {HELP_BACKGROUND}; border-color: {ACCENT}; color: {ACCENT_DARK}; }}
QPushButton:focus, QToolButton:focus {{ border: 3px solid {FOCUS}; padding: 7px 15px; }}
QPushButton:disabled {{ color: #80878C; background: #F2F0EC; border-color: #DDD6CB; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: bold; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; border-color: {ACCENT_DARK}; }}
QPushButton[role="primary"]:focus {{ border: 3px solid {FOCUS}; }}
QPushButton[role="primary"]:disabled {{ color: #80878C; background: #F2F0EC; border-color: #DDD6CB; }}
QPushButton[role="choice"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-size: 16pt;
    font-weight: bold; padding: 14px 20px; text-align: left; }}
QPushButton[role="choice"]:hover {{ background: {ACCENT_DARK}; border-color: {ACCENT_DARK}; }}
QPushButton[role="choice"]:focus {{ border: 3px solid {FOCUS}; padding: 13px 19px; }}

QTextEdit, QPlainTextEdit, QLineEdit {{ background: {SURFACE}; color: {TEXT}; border: 2px solid #B9B0A3;
    border-radius: 8px; padding: 6px; selection-background-color: #B9D4F0; selection-color: {TEXT}; }}
QTextEdit:focus, QPlainTextEdit:focus, QLineEdit:focus {{ border: 2px solid {FOCUS}; }}
QLineEdit {{ min-height: 28px; }}
/* The date field keeps Fusion's own drawing: a styled frame loses its calendar arrow. */
QDateEdit {{ min-height: 36px; }}
QDateEdit:disabled {{ color: #80878C; }}

QCheckBox {{ color: {TEXT}; spacing: 10px; padding: 6px 8px; border: 2px solid transparent; border-radius: 8px; }}
QCheckBox:focus {{ border: 2px solid {FOCUS}; }}
QCheckBox::indicator {{ width: 22px; height: 22px; }}

QListView, QTableView {{ background: {SURFACE}; color: {TEXT}; border: 2px solid {BORDER}; border-radius: 10px;
    selection-background-color: {SELECTION}; selection-color: {TEXT}; outline: 0; }}
QListView:focus, QTableView:focus {{ border: 2px solid {FOCUS}; }}
QTableView::item {{ padding: 6px 10px; border-bottom: 1px solid #EFEAE2; }}
/* The calendar of a date field is a table too, of narrow cells: without this its padding cut "ma" and "wo" to "…". */
QCalendarWidget QTableView::item {{ padding: 0px; border: none; }}
QHeaderView::section {{ background: #F1ECE4; color: {TEXT}; font-weight: bold; padding: 8px 10px; border: none;
    border-bottom: 1px solid {BORDER}; }}
QSplitter::handle {{ background: {PAPER}; }}
QProgressDialog QLabel {{ font-size: 14pt; }}
QMessageBox QLabel#qt_msgbox_label, QMessageBox QLabel#qt_msgbox_informativelabel {{ min-width: 440px; }}
QMessageBox QLabel#qt_msgbox_label {{ font-size: 14pt; }}
"""

#: Round choices as large as the app's tick boxes, with the same clear focus ring.
RADIO_STYLE = f"""
QRadioButton {{ color: {TEXT}; spacing: 10px; padding: 5px 8px; border: 2px solid transparent; border-radius: 8px; }}
QRadioButton:focus {{ border: 2px solid {FOCUS}; }}
QRadioButton::indicator {{ width: 22px; height: 22px; }}
"""


def base_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(BASE_POINT_SIZE)
    return font


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setFont(base_font())
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#FAF8F4"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    # Fusion draws the focus frame of unstyled fields in the highlight colour: make it the strong focus blue.
    palette.setColor(QPalette.ColorRole.Highlight, QColor(FOCUS))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a look from the style sheet. Re-polishes, because Qt reads dynamic properties only on polish."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
