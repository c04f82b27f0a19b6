"""Switching who is at the keyboard: a deliberate choice, with a name, and a line on what that role can do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models import Role
from ui.common.dialog_parts import form_label, grow_to_fit
from ui.common.session_role import KEYBOARD_ROLES, SessionRole, role_can_do
from ui.common.theme import RADIO_STYLE, set_role

#: The longest name the services keep on one line.
MAX_NAME = 200


class RoleDialog(QDialog):
    """Choose Gezin, Ondersteuner or Professional. The peer supporter and a professional always give their name."""

    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_role = session_role
        self.setWindowTitle(self.tr("Wie zit er aan het toetsenbord?"))
        self.setModal(True)
        self.setStyleSheet(RADIO_STYLE)

        heading = QLabel(self.tr("Wie zit er aan het toetsenbord?"))
        set_role(heading, "heading")
        lead = QLabel(self.tr("Kies wie nu het plan gebruikt. Zo weet iedereen later wie wat heeft gedaan."))
        lead.setWordWrap(True)
        set_role(lead, "muted")

        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[Role, QRadioButton] = {}
        texts = {Role.GEZIN: self.tr("&Gezin"), Role.ONDERSTEUNER: self.tr("&Ondersteuner"),
                 Role.PROFESSIONAL: self.tr("&Professional")}
        choices = QVBoxLayout()
        choices.setSpacing(4)
        for number, role in enumerate(KEYBOARD_ROLES):
            button = QRadioButton(texts[role])
            font = button.font()
            font.setPointSize(font.pointSize() + 2)
            button.setFont(font)
            self.role_group.addButton(button, number)
            self.role_buttons[role] = button
            choices.addWidget(button)

        self.can_do_box = QFrame()
        set_role(self.can_do_box, "helpbox")
        self.can_do_label = QLabel()
        self.can_do_label.setWordWrap(True)
        self.can_do_label.setTextFormat(Qt.TextFormat.PlainText)
        box_layout = QVBoxLayout(self.can_do_box)
        box_layout.setContentsMargins(16, 10, 16, 10)
        box_layout.addWidget(self.can_do_label)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setMinimumWidth(440)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(MAX_NAME)
        self.organisation_edit.setPlaceholderText(self.tr("bijvoorbeeld het wijkteam"))
        self.name_hint = QLabel()
        set_role(self.name_hint, "muted")
        self.name_hint.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setSpacing(12)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(form_label(self.tr("Uw &naam"), self.name_edit), self.name_edit)
        self.form.addRow("", self.name_hint)
        self.form.addRow(form_label(self.tr("O&rganisatie"), self.organisation_edit), self.organisation_edit)

        self.buttons = QDialogButtonBox()
        self.switch_button = self.buttons.addButton(self.tr("&Wisselen"), QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.switch_button, "primary")
        self.switch_button.setDefault(True)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(lead)
        layout.addLayout(choices)
        layout.addWidget(self.can_do_box)
        layout.addLayout(self.form)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)

        # The names typed the last time are there again; the role starts as it is now.
        self._names = {role: SessionRole.remembered_name(role) for role in KEYBOARD_ROLES}
        current = session_role.role if session_role.role in KEYBOARD_ROLES else Role.GEZIN
        if session_role.role in KEYBOARD_ROLES and not session_role.is_family:
            self._names[current] = session_role.actor.name
        self.organisation_edit.setText(session_role.organisation or SessionRole.remembered_organisation())
        self._shown_role = current
        self.role_buttons[current].setChecked(True)
        self.name_edit.setText(self._names[current])
        self.role_group.idToggled.connect(self._on_role_group_id_toggled)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.organisation_edit.textChanged.connect(self._on_name_edit_text_changed)
        self._show_role(current)
        self.role_buttons[current].setFocus()

    # ------------------------------------------------------------------ public

    def chosen_role(self) -> Role:
        return KEYBOARD_ROLES[max(self.role_group.checkedId(), 0)]

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def organisation(self) -> str:
        return " ".join(self.organisation_edit.text().split())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)

    # ----------------------------------------------------------------- helpers

    def _show_role(self, role: Role) -> None:
        self.can_do_label.setText(role_can_do(role))
        family = role == Role.GEZIN
        self.name_hint.setText(self.tr("Mag leeg blijven. Dan staat er: Gezin.") if family
                               else self.tr("Vul uw naam in. Wat u doet, staat op uw naam."))
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld Sanne") if family
                                          else self.tr("bijvoorbeeld Marieke Jansen"))
        self.form.setRowVisible(self.organisation_edit, role == Role.PROFESSIONAL)
        self._update_button()
        if self.isVisible():
            grow_to_fit(self)

    def _update_button(self) -> None:
        needs_name = self.chosen_role() != Role.GEZIN
        self.switch_button.setEnabled(bool(self.name()) or not needs_name)

    # ------------------------------------------------------------------- slots

    def _on_role_group_id_toggled(self, number: int, checked: bool) -> None:
        if not checked:
            return
        # Each role keeps the name typed for it, so choosing back and forth loses nothing.
        self._names[self._shown_role] = self.name_edit.text()
        role = KEYBOARD_ROLES[number]
        self._shown_role = role
        self.name_edit.setText(self._names.get(role, ""))
        self._show_role(role)

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self._update_button()

    def _on_buttons_accepted(self) -> None:
        if not self.switch_button.isEnabled():
            self.name_edit.setFocus()
            return
        self._session_role.switch_to(self.chosen_role(), self.name(), self.organisation())
        self.accept()


def ask_role(session_role: SessionRole, parent: QWidget) -> RoleDialog:
    """Open the dialog without blocking; the role changes only when the person presses "Wisselen".

    At most one at a time: asking again while it is open brings that one forward.
    """
    open_dialog = parent.findChild(RoleDialog)
    if open_dialog is not None and open_dialog.isVisible():
        open_dialog.raise_()
        open_dialog.activateWindow()
        return open_dialog
    dialog = RoleDialog(session_role, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
