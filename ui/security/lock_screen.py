"""The plans on lock: one field for the passphrase (or the recovery code), and nothing of any plan.

The same view opens the plans at the start and after the window locked itself. It only asks; the ``VaultController``
checks the passphrase off the screen's thread and answers with ``show_error`` or ``start_wait``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.common.theme import set_role
from ui.common.wording import fmt

COLUMN_WIDTH = 720


def centred_column(content: QWidget, width: int = COLUMN_WIDTH) -> QScrollArea:
    """A calm column in the middle of the window that scrolls when the text is large, never cut off."""
    content.setMaximumWidth(width)
    holder = QWidget()
    holder.setObjectName("scrollContent")
    row = QHBoxLayout(holder)
    row.setContentsMargins(24, 24, 24, 24)
    row.addStretch(1)
    row.addWidget(content, 100)
    row.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(holder)
    return area


def fit_to_screen(widget: QWidget, chars: int, lines: int) -> None:
    """A size in characters and lines of the widget's own font, so large text gets a larger dialog, never one larger
    than the screen (the content scrolls inside instead)."""
    metrics = widget.fontMetrics()
    width, height = chars * metrics.averageCharWidth(), lines * metrics.lineSpacing()
    parent = widget.parentWidget()
    if parent is not None and widget.isWindow():
        widget.setScreen(parent.screen())  # see ``ui.common.dialog_parts.on_parent_screen``
        widget.move(parent.screen().availableGeometry().topLeft())
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    widget.resize(width, height)


class SecretField(QWidget):
    """A passphrase field with a label and a tick box to see what one types (easier for people who read slowly)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(label.replace("&", ""))
        self.edit.setMaxLength(1024)
        self.label.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def set_visible_text(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)


class UnlockView(QWidget):
    """At the start: "Welkom terug". After a lock: "Ons Plan is op slot". The same field takes the recovery code."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wait_left = 0
        self.title_label = QLabel(self.tr("Welkom terug"))
        set_role(self.title_label, "title")
        self.title_label.setWordWrap(True)
        self.lead_label = QLabel(self.tr("Uw plannen zijn op slot. Typ uw wachtwoord om ze te openen."))
        set_role(self.lead_label, "lead")
        self.lead_label.setWordWrap(True)
        self.field = SecretField(self.tr("&Wachtwoord"))
        self.field.edit.returnPressed.connect(self._on_open_button_clicked)
        self.field.edit.textEdited.connect(self._on_field_text_edited)
        self.show_check = QCheckBox(self.tr("&Laat zien wat ik typ"))
        self.show_check.toggled.connect(self.field.set_visible_text)
        self.open_button = QPushButton(self.tr("&Openen"))
        set_role(self.open_button, "primary")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.forgot_button = QPushButton(self.tr("Wachtwoord &vergeten?"))
        self.forgot_button.setCheckable(True)
        self.forgot_button.toggled.connect(self._on_forgot_button_toggled)
        self.forgot_label = QLabel(self.tr(
            "Typ dan uw herstelcode in het vak hierboven. Die staat op het papier dat u bewaarde toen u het "
            "wachtwoord koos. Streepjes en kleine letters mogen. Daarna kunt u een nieuw wachtwoord kiezen in het "
            "menu Plan, onder Beveiliging."))
        self.forgot_label.setWordWrap(True)
        set_role(self.forgot_label, "muted")
        self.forgot_label.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        set_role(self.status_label, "status")

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.forgot_button)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(14)
        column.addStretch(1)
        column.addWidget(self.title_label)
        column.addWidget(self.lead_label)
        column.addSpacing(8)
        column.addWidget(self.field)
        column.addWidget(self.show_check)
        column.addLayout(buttons)
        column.addWidget(self.forgot_label)
        column.addWidget(self.status_label)
        column.addStretch(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(centred_column(content))

        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)
        self.wait_timer.timeout.connect(self._on_wait_timer_timeout)

    # ------------------------------------------------------------------ public

    def prepare(self, *, locked: bool) -> None:
        """Empty the field and say why it is asked: the start of the app, or a window that locked itself."""
        if locked:
            self.title_label.setText(self.tr("Ons Plan is op slot"))
            self.lead_label.setText(self.tr("Niemand kan nu uw plannen zien. Typ uw wachtwoord om verder te gaan."))
        else:
            self.title_label.setText(self.tr("Welkom terug"))
            self.lead_label.setText(self.tr("Uw plannen zijn op slot. Typ uw wachtwoord om ze te openen."))
        self.field.clear()
        self.show_check.setChecked(False)
        self.forgot_button.setChecked(False)
        self.set_busy(False)
        if not self.wait_timer.isActive():
            self.show_status("")
        self.focus_field()

    def focus_field(self) -> None:
        self.field.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_busy(self, busy: bool) -> None:
        self.field.edit.setEnabled(not busy)
        self.open_button.setEnabled(not busy and not self.wait_timer.isActive())
        if busy:
            self.show_status(self.tr("Even geduld: uw plannen worden geopend…"))

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.show_status(message, warning=True)
        self.field.edit.selectAll()
        self.focus_field()

    def start_wait(self, seconds: int) -> None:
        """After a few wrong tries: the button waits, and says how long, second by second."""
        self.set_busy(False)
        self._wait_left = seconds
        self.open_button.setEnabled(False)
        self.wait_timer.start()
        self._show_wait()
        self.focus_field()

    def show_status(self, text: str, *, warning: bool = False) -> None:
        self.status_label.setText(f"⚠ {text}" if warning and text else text)
        set_role(self.status_label, "status-warning" if warning else "status")

    # ------------------------------------------------------------------- slots

    def _show_wait(self) -> None:
        self.show_status(fmt(self.tr("U heeft een paar keer een verkeerd wachtwoord getypt. Probeer het over %1 "
                                     "seconden opnieuw."), str(self._wait_left)), warning=True)

    def _on_wait_timer_timeout(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._show_wait()
            return
        self.wait_timer.stop()
        self.open_button.setEnabled(True)
        self.show_status(self.tr("U kunt het nu opnieuw proberen."))

    def _on_field_text_edited(self, _text: str) -> None:
        if not self.wait_timer.isActive() and self.status_label.property("role") == "status-warning":
            self.show_status("")

    def _on_forgot_button_toggled(self, shown: bool) -> None:
        self.forgot_label.setVisible(shown)
        self.field.label.setText(self.tr("&Wachtwoord of herstelcode") if shown else self.tr("&Wachtwoord"))
        self.field.edit.setAccessibleName(self.field.label.text().replace("&", ""))
        self.focus_field()

    def _on_open_button_clicked(self) -> None:
        if not self.open_button.isEnabled():
            return
        secret = self.field.text()
        if not secret:
            self.show_error(self.tr("Typ eerst uw wachtwoord."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(secret)


class ButtonRow(QWidget):
    """Buttons side by side while they fit, one under the other when the text is large or the window narrow."""

    def __init__(self, *buttons: QWidget, stretch_after: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._buttons = list(buttons)
        for index, button in enumerate(buttons):
            self._layout.addWidget(button)
            if stretch_after is not None and index == stretch_after:
                self._layout.addStretch(1)
        if stretch_after is None:
            self._layout.addStretch(1)

    def _row_width(self) -> int:
        spacing = self._layout.spacing() if self._layout.spacing() >= 0 else 6
        return sum(b.sizeHint().width() for b in self._buttons if not b.isHidden()) + spacing * len(self._buttons)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        widest = max((b.minimumSizeHint().width() for b in self._buttons if not b.isHidden()), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        wanted = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self._row_width()
                  else QBoxLayout.Direction.TopToBottom)
        if self._layout.direction() != wanted:
            self._layout.setDirection(wanted)
            alignment = Qt.AlignmentFlag.AlignLeft if wanted == QBoxLayout.Direction.TopToBottom else \
                Qt.AlignmentFlag(0)
            for button in self._buttons:
                self._layout.setAlignment(button, alignment)
            self.updateGeometry()
        super().resizeEvent(event)
