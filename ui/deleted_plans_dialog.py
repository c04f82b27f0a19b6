"""The way back: plans that were removed from the list, and a button to put one back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import open_message
from ui.plan_table_model import COL_CHANGED, COL_FAMILY, COL_TITLE, COL_TYPE, PLAN_ID_ROLE, DeletedTableModel
from ui.theme import set_role
from wijkteam.errors import UserError
from wijkteam.services import FAMILY, Actor, Services


class DeletedPlansDialog(QDialog):
    """Lists removed plans, most recently removed first. "Terugzetten" puts the chosen one back in the list."""

    plan_restored = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 actor: Callable[[], Actor] = lambda: FAMILY) -> None:
        super().__init__(parent)
        self._actor = actor  # who is at the keyboard: the services refuse anyone but the family
        self._services = services
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
        if plans:
            self.table.selectRow(0)

    # ------------------------------------------------------------------- slots

    def _on_table_activated(self, index: QModelIndex) -> None:
        self._restore_row(index.row())

    def _on_restore_button_clicked(self) -> None:
        self._restore_row(self.table.currentIndex().row())

    def _restore_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        plan_id = int(self.model.index(row, COL_TITLE).data(PLAN_ID_ROLE))
        try:
            self._services.plans.restore_plan(plan_id, self._actor())
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        self.plan_restored.emit(plan_id)
        self.accept()
