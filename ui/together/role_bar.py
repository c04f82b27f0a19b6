"""Above the open plan: who is at the keyboard, and the button to switch. Always in sight, so nobody forgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ui.common.session_role import SessionRole
from ui.common.theme import ACCENT_DARK, HELP_BACKGROUND, SURFACE, TEXT, set_role
from ui.common.wording import fmt
from wijkteam.services import Actor

#: The family's own role looks like the rest of the bar; any other role is tinted, so it shows from across the table.
_STYLE = f"""
QFrame#roleBar {{ background: {SURFACE}; border: 1px solid transparent; border-radius: 10px; }}
QFrame#roleBar[guest="true"] {{ background: {HELP_BACKGROUND}; border: 2px solid {ACCENT_DARK}; }}
QLabel#roleName {{ font-weight: bold; color: {TEXT}; }}
"""


class RoleBar(QFrame):
    """``Aan het toetsenbord: Gezin [Wisselen…]``. The button asks; the bar itself never switches."""

    switch_requested = Signal()

    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_role = session_role
        self.setObjectName("roleBar")
        self.setStyleSheet(_STYLE)
        self.caption = QLabel(self.tr("Aan het toetsenbord:"))
        set_role(self.caption, "muted")
        self.name_label = QLabel()
        self.name_label.setObjectName("roleName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.switch_button = QPushButton(self.tr("Wiss&elen…"))
        self.switch_button.setToolTip(self.tr("Kies wie er nu aan het toetsenbord zit (Alt+E)"))
        self.switch_button.clicked.connect(self._on_switch_button_clicked)
        # Never squeezed: who is at the keyboard must always be readable in full.
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self._layout = layout = QHBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.caption)
        layout.addWidget(self.name_label)
        layout.addSpacing(4)
        layout.addWidget(self.switch_button)
        session_role.changed.connect(self._on_session_role_changed)
        self._show()

    def _show(self) -> None:
        text = self._session_role.describe()
        self.name_label.setText(text)
        self.switch_button.setAccessibleDescription(fmt(self.tr("Aan het toetsenbord: %1"), text))
        guest = not self._session_role.is_family
        # The tinted frame needs room inside; the family's plain bar lines up with the button above it.
        self._layout.setContentsMargins(12 if guest else 0, 2, 2, 2)
        if self.property("guest") != guest:
            self.setProperty("guest", guest)
            self.style().unpolish(self)
            self.style().polish(self)

    def _on_session_role_changed(self, _actor: Actor) -> None:
        self._show()

    def _on_switch_button_clicked(self) -> None:
        self.switch_requested.emit()
