"""The way back: plans that were removed from the list, a button to put one back, and one to erase it for good."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.changes import PlanChanges, What, own_changes
from ui.common.dialog_parts import grow_to_fit
from ui.common.messages import open_message
from ui.common.theme import set_role
from ui.common.wording import fmt
from ui.start.plan_table_model import COL_CHANGED, COL_FAMILY, COL_TITLE, COL_TYPE, PLAN_ID_ROLE, DeletedTableModel
from wijkteam.errors import UserError
from wijkteam.services import FAMILY, Actor, Services


class DeletedPlansDialog(QDialog):
    """Lists removed plans, most recently removed first. "Terugzetten" puts the chosen one back in the list."""

    plan_restored = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 actor: Callable[[], Actor] = lambda: FAMILY, changes: PlanChanges | None = None) -> None:
        super().__init__(parent)
        self._actor = actor  # who is at the keyboard: the services refuse anyone but the family
        self._services = services
        self._changes = own_changes(changes, self)
        self.setWindowTitle(self.tr("Weggehaalde plannen"))
        self.setModal(True)
        self.setMinimumSize(760, 440)
        heading = QLabel(self.tr("Weggehaalde plannen"))
        set_role(heading, "heading")
        explain = QLabel(self.tr("Deze plannen heeft u weggehaald. Kies een plan en zet het terug in uw lijst."))
        explain.setWordWrap(True)

        self.model = DeletedTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Weggehaalde plannen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(46)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_FAMILY, COL_TYPE, COL_CHANGED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.moveSection(header.visualIndex(COL_FAMILY), 0)
        self.table.activated.connect(self._on_table_activated)
        self.empty_label = QLabel(self.tr("Er zijn geen weggehaalde plannen."))
        set_role(self.empty_label, "empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton = self.buttons.addButton(
            self.tr("&Terugzetten"), QDialogButtonBox.ButtonRole.ActionRole
        )
        set_role(self.restore_button, "primary")
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.erase_button: QPushButton = self.buttons.addButton(
            self.tr("&Wis definitief…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.erase_dialog: EraseDialog | None = None
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.buttons)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        try:
            plans = self._services.overview.list_deleted()
        except UserError as error:
            plans = []
            self.empty_label.setText(str(error))
        self.model.set_rows(plans)
        self.table.setVisible(bool(plans))
        self.empty_label.setVisible(not plans)
        self.restore_button.setEnabled(bool(plans))
        self.erase_button.setEnabled(bool(plans))
        if plans:
            self.table.selectRow(0)

    # ------------------------------------------------------------------- slots

    def _on_table_activated(self, index: QModelIndex) -> None:
        self._restore_row(index.row())

    def _on_restore_button_clicked(self) -> None:
        self._restore_row(self.table.currentIndex().row())

    def _on_erase_button_clicked(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        plan_id = int(self.model.index(row, COL_TITLE).data(PLAN_ID_ROLE))
        title = str(self.model.index(row, COL_TITLE).data() or "")
        self.erase_dialog = EraseDialog(title, self)
        self.erase_dialog.accepted.connect(lambda: self._erase(plan_id))
        self.erase_dialog.open()

    def _erase(self, plan_id: int) -> None:
        try:
            self._services.erase.erase_plan(plan_id, self._actor())
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        self._changes.announce(plan_id, What.PLANS, source=self)
        copies = self._services.erase.copies_before()
        if copies:
            said = fmt(self.tr("Het plan is definitief gewist. Let op: de %1 oudere kopieën in de map backups "
                               "hebben het plan nog. Dat geldt ook voor reservekopieën die u zelf maakte, "
                               "bijvoorbeeld op een USB-stick."), str(copies))
        else:
            said = self.tr("Het plan is definitief gewist. Let op: reservekopieën die u eerder maakte (bijvoorbeeld "
                           "op een USB-stick) bevatten het plan nog.")
        self.refresh()
        open_message(self, said)

    def _restore_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        plan_id = int(self.model.index(row, COL_TITLE).data(PLAN_ID_ROLE))
        try:
            self._services.plans.restore_plan(plan_id, self._actor())
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        self._changes.announce(plan_id, What.PLANS, source=self)
        self.plan_restored.emit(plan_id)
        self.accept()


#: The word to type before a plan is erased for good: a click alone is too easy for something that cannot be undone.
ERASE_WORD = "WISSEN"


class EraseDialog(QDialog):
    """"Wis definitief": says what it means, and waits for the word WISSEN."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan definitief wissen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        what = QLabel(fmt(self.tr("Wilt u het plan '%1' voor altijd wissen? Alles wat erin staat, gaat weg: de tekst, "
                                  "de afspraken, het advies en de eigen notities. Dit kan niet ongedaan worden."),
                          title))
        what.setWordWrap(True)
        set_role(what, "lead")
        self.word_edit = QLineEdit()
        self.word_edit.setAccessibleName(self.tr("Typ WISSEN"))
        label = QLabel(fmt(self.tr("Typ %1 om het plan te wissen:"), ERASE_WORD))
        label.setBuddy(self.word_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("&Wis definitief"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setEnabled(False)
        self.word_edit.textChanged.connect(self._on_word_edit_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(what)
        layout.addWidget(label)
        layout.addWidget(self.word_edit)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.word_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)  # wrapped sentences count as one line until the width is known

    def _on_word_edit_text_changed(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip().upper() == ERASE_WORD)
