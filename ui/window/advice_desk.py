"""'Advies geven op een plan…': a professional reads a family's plan file and writes an advice file, in the window.

The plan file is read into memory only (``wijkteam.advice_desk.ReadingCopy``) and shown in the editor, read-only,
with the professional at the keyboard; advice goes in through the advice panel as in any plan. "Advies bewaren…"
writes the advice file. Closing the window drops the plan; with advice not yet saved, it asks first.

Nothing of the family's plan may stay on the professional's laptop: no settings (no folder, no recent file), no PDF
(the editor's print button is gone here), no log line with its words. The file dialogs are ``ask_plan_path`` and
``ask_advice_path``, and the name is ``ask_name``; tests answer them without real dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import Role
from ui.common.dialog_parts import form_label, grow_to_fit
from ui.common.messages import open_message
from ui.common.pdf_export import default_pdf_name
from ui.common.session_role import SessionRole
from ui.common.settings import settings
from ui.common.theme import set_role
from ui.common.wording import fmt
from ui.editor.editor_view import EditorView
from wijkteam import planfile
from wijkteam.advice_desk import ReadingCopy
from wijkteam.advicefile import SUFFIX
from wijkteam.errors import UserError
from wijkteam.paths import with_suffix

#: The longest name the services keep on one line (as in ``RoleDialog``).
MAX_NAME = 200

AskPath = Callable[[QWidget, Path], Path | None]
AskName = Callable[[QWidget], tuple[str, str] | None]


def ask_plan_path(parent: QWidget, folder: Path) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("AdviceDesk", "Advies geven op een plan"),
        str(folder),
        fmt(QCoreApplication.translate("AdviceDesk", "Planbestand (*%1)"), planfile.SUFFIX),
    )
    return Path(chosen) if chosen else None


def ask_advice_path(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AdviceDesk", "Advies bewaren"),
        str(suggested),
        fmt(QCoreApplication.translate("AdviceDesk", "Adviesbestand (*%1)"), SUFFIX),
    )
    return Path(chosen) if chosen else None


def with_advice_suffix(path: Path) -> Path:
    return with_suffix(path, SUFFIX)


def default_advice_name(title: str) -> str:
    """``Ons gezinsplan - advies.wijkadvies``: the plan's title, safe on every system, and what the file holds."""
    return Path(default_pdf_name(title)).stem + QCoreApplication.translate("AdviceDesk", " - advies") + SUFFIX


class ProfessionalDialog(QDialog):
    """Who gives the advice: a name and an organisation, as in "Wie zit er aan het toetsenbord?"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wie geeft het advies?"))
        heading = QLabel(self.tr("Wie geeft het advies?"))
        set_role(heading, "heading")
        lead = QLabel(self.tr("Uw advies staat altijd op uw naam. Zo weet het gezin van wie het komt."))
        lead.setWordWrap(True)
        set_role(lead, "muted")
        self.name_edit = QLineEdit(SessionRole.remembered_name(Role.PROFESSIONAL))
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setMinimumWidth(440)
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld Marieke Jansen"))
        self.organisation_edit = QLineEdit(SessionRole.remembered_organisation())
        self.organisation_edit.setMaxLength(MAX_NAME)
        self.organisation_edit.setPlaceholderText(self.tr("bijvoorbeeld het wijkteam"))
        form = QFormLayout()
        form.setSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(form_label(self.tr("Uw &naam"), self.name_edit), self.name_edit)
        form.addRow(form_label(self.tr("O&rganisatie"), self.organisation_edit), self.organisation_edit)
        self.buttons = QDialogButtonBox()
        self.go_button = self.buttons.addButton(self.tr("&Verder"), QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.go_button, "primary")
        self.go_button.setDefault(True)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(lead)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self._on_name_edit_text_changed("")

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def organisation(self) -> str:
        return " ".join(self.organisation_edit.text().split())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self.go_button.setEnabled(bool(self.name()))

    def _on_buttons_accepted(self) -> None:
        if self.name():
            self.accept()
        else:
            self.name_edit.setFocus()


def ask_professional(parent: QWidget) -> tuple[str, str] | None:
    dialog = ProfessionalDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name(), dialog.organisation()
    finally:
        dialog.deleteLater()


class AdviceDeskWindow(QWidget):
    """The family's plan, read-only, with the professional at the keyboard; a window of its own."""

    def __init__(self, copy: ReadingCopy, name: str, organisation: str, parent: QWidget | None = None, *,
                 ask_path: AskPath = ask_advice_path) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.copy = copy
        self._ask_path = ask_path
        self._closed = False
        self._shown = False
        self.message_box: QMessageBox | None = None
        self.setWindowTitle(fmt(self.tr("Advies geven op: %1"), copy.title))

        self.session_role = SessionRole(self)
        self.session_role.switch_to(Role.PROFESSIONAL, name, organisation)
        actor = self.session_role.actor
        self._author = fmt(self.tr("%1, %2"), actor.name, organisation) if organisation.strip() else actor.name

        self.note_bar = QFrame()
        set_role(self.note_bar, "hint")
        self.note_label = QLabel(self.tr("Na het sluiten blijft er niets van het plan van het gezin op deze laptop."))
        self.note_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        set_role(self.count_label, "muted")
        self.save_button = QPushButton(self.tr("Advies &bewaren…"))
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button = QPushButton(self.tr("Sl&uiten"))
        self.close_button.clicked.connect(self.close)
        bar = QHBoxLayout(self.note_bar)
        bar.setContentsMargins(16, 10, 16, 10)
        bar.setSpacing(12)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.note_label)
        text.addWidget(self.count_label)
        bar.addLayout(text, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)

        self.editor = EditorView(copy.services, self.session_role)
        # Not here: a PDF would leave the plan on this laptop, and the keyboard is the professional's only.
        self.editor.top_bar.back_button.hide()
        self.editor.top_bar.pdf_button.hide()
        self.editor.pdf_action.setEnabled(False)  # Ctrl+P too
        # Who gives the advice stands in the bar above, where it wraps; the editor's role bar does not, and with a
        # name and an organisation at 200% text it would make the window wider than the screen. It is parked in a
        # hidden holder, as the editor shows and hides it on its own.
        self._parked = QWidget(self)
        self._parked.hide()
        self.editor.top_bar.role_bar.setParent(self._parked)
        self.editor.advice_panel.items_changed.connect(self._show_count)
        self.editor.open_plan(copy.plan_id)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.note_bar)
        layout.addWidget(self.editor, 1)
        self._show_count()

    # ------------------------------------------------------------------ public

    def save(self) -> bool:
        """Ask where, and write the advice file. True when it is written."""
        if not self.copy.given_here():
            self.message_box = open_message(self, self.tr("U hebt nog geen advies gegeven. Kies een deel en klik "
                                                          "op Advies toevoegen."), warning=True)
            return False
        folder = settings.advice_file_folder  # only read: where this plan came from is not kept
        chosen = self._ask_path(self, folder / default_advice_name(self.copy.title))
        if chosen is None:
            return False
        try:
            saved = self.copy.save(with_advice_suffix(chosen))
        except UserError as error:
            self.message_box = open_message(self, str(error), warning=True)
            return False
        self._show_count()
        self.message_box = open_message(self, fmt(self.tr(
            "Uw advies is bewaard in %1. Stuur dit bestand naar het gezin: zij lezen het in bij hun plan."),
            saved.path.name))
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown:
            # The list of parts narrower than in the editor's own window: here the family's text is what is read.
            self._shown = True
            width = self.editor.splitter.width()
            side = self.editor.sidebar.width_in(width)
            self.editor.splitter.setSizes([side, max(1, width - side)])
            self.editor.section_list.setFocus()  # reading comes first; saving is a choice made later

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._closed and self.copy.unsaved:
            answer = self._ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        self._closed = True
        self.copy.close()
        super().closeEvent(event)

    # ------------------------------------------------------ overridable asks

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Advies niet bewaard"),
                          self.tr("Uw advies is nog niet bewaard. Wilt u het eerst bewaren?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Bewaren"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Niet bewaren"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        # Closed some other way than by a button (the window's cross): nothing is lost, the window stays.
        return box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.Cancel

    # ----------------------------------------------------------------- helpers

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _show_count(self) -> None:
        if self._closed:
            return
        given = len(self.copy.given_here())
        if not given:
            state = self.tr("U hebt nog geen advies gegeven.")
        elif self.copy.unsaved:
            state = fmt(self.tr("Uw advies (%1) is nog niet bewaard."), str(given))
        else:
            state = fmt(self.tr("Uw advies (%1) is bewaard."), str(given))
        self.count_label.setText(fmt(self.tr("Op naam van %1. %2"), self._author, state))


class AdviceDeskFlow(QObject):
    """From the menu: ask for the plan file, read it, ask who gives advice, and open the window."""

    def __init__(self, parent: QWidget, *, ask_plan: AskPath = ask_plan_path, ask_name: AskName = ask_professional,
                 ask_advice: AskPath = ask_advice_path) -> None:
        super().__init__(parent)
        self._parent = parent
        self._ask_plan = ask_plan
        self._ask_name = ask_name
        self._ask_advice = ask_advice
        self.window: AdviceDeskWindow | None = None
        self.message_box: QMessageBox | None = None

    def start(self) -> AdviceDeskWindow | None:
        if self.window is not None:
            self.window.raise_()
            self.window.activateWindow()
            return self.window
        path = self._ask_plan(self._parent, settings.advice_file_folder)
        if path is None:
            return None
        try:
            copy = ReadingCopy.open(path)
        except UserError as error:
            self.message_box = open_message(self._parent, str(error), warning=True)
            return None
        named = self._ask_name(self._parent)
        if named is None:
            copy.close()
            return None
        self.window = AdviceDeskWindow(copy, *named, self._parent, ask_path=self._ask_advice)
        self.window.destroyed.connect(self._on_window_destroyed)
        self.window.resize(self._parent.size())
        self.window.show()
        return self.window

    def close_window(self) -> bool:
        """Close the window, asking first about advice not yet saved. True when it is closed (or none was open)."""
        return self.window is None or self.window.close()

    def _on_window_destroyed(self) -> None:
        self.window = None
