"""The family's goals, in their own words: add, change, reorder and remove."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.dialog_parts import add_save_shortcuts, grow_to_fit, save_then_accept, show_form_error
from ui.common.session_role import SessionRole
from ui.common.theme import set_role
from ui.common.wording import fmt
from ui.people.rows_editor import RowsEditor
from wijkteam.errors import UserError
from wijkteam.services.dto import GoalDoc

COL_GOAL, COL_AGREEMENTS = range(2)
GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class GoalsTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[GoalDoc, int]] = []

    def set_rows(self, goals: list[GoalDoc], agreement_counts: dict[int, int]) -> None:
        self.beginResetModel()
        self._rows = [(goal, agreement_counts.get(goal.id, 0)) for goal in goals]
        self.endResetModel()

    def goal_at(self, row: int) -> GoalDoc:
        return self._rows[row][0]

    def id_at(self, row: int) -> int | None:
        return self._rows[row][0].id if 0 <= row < len(self._rows) else None

    def row_of(self, goal_id: int) -> int:
        return next((i for i, (g, _n) in enumerate(self._rows) if g.id == goal_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Doel"), self.tr("Afspraken"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        goal, count = self._rows[index.row()]
        if role == GOAL_ID_ROLE:
            return goal.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == COL_GOAL:
            return fmt(self.tr("%1. %2"), index.row() + 1, goal.text)
        if count == 0:
            return self.tr("Nog geen afspraken")
        return self.tr("%n afspraken", "", count)


class GoalDialog(QDialog):
    def __init__(self, save: Callable[[str], None], goal: GoalDoc | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Doel aanpassen") if goal else self.tr("Doel toevoegen"))
        label = QLabel(self.tr("&Wat wilt u bereiken?"))
        set_role(label, "question")
        hint = QLabel(self.tr("Schrijf het in uw eigen woorden. Bijvoorbeeld: Jesse gaat elke schooldag naar school."))
        set_role(hint, "muted")
        hint.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(110)
        self.text_edit.setMinimumWidth(540)  # on the field, so the dialog's layout still sets its minimum size
        self.text_edit.setPlainText(goal.text if goal else "")
        label.setBuddy(self.text_edit)
        self.error_label = QLabel()
        set_role(self.error_label, "status-warning")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        keys_hint = QLabel(self.tr("Bewaren met Ctrl+Enter. Enter begint een nieuwe regel."))
        set_role(keys_hint, "muted")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Bewaren"), QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.save_button, "primary")
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        add_save_shortcuts(self, self._on_buttons_accepted)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(label)
        layout.addWidget(hint)
        layout.addWidget(self.text_edit)
        layout.addWidget(keys_hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.text_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if not text:
            self._show_error(self.tr("Schrijf op wat u wilt bereiken."))
            return
        save_then_accept(self, lambda: self._save(text), self._show_error)

    def _show_error(self, message: str) -> None:
        show_form_error(self, self.error_label, message)
        self.text_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)


class GoalsEditor(RowsEditor):
    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(
            GoalsTableModel(),
            self.tr("Doel toe&voegen"),
            self.tr("Er staat nog geen doel in het plan. Voeg het eerste doel toe met de knop hieronder."),
            session_role,
            parent,
        )
        self.goals_model: GoalsTableModel = self.model  # type: ignore[assignment]
        self.dialog: GoalDialog | None = None
        self.heading.setText(self.tr("Onze doelen"))
        self.heading.setVisible(True)
        self.table.setAccessibleName(self.tr("Onze doelen"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_GOAL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_AGREEMENTS, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_AGREEMENTS, 210)

        self.up_button = QPushButton(self.tr("↑ Hoger"))
        self.up_button.setToolTip(self.tr("Zet het gekozen doel een plek hoger (Ctrl+Omhoog)"))
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button = QPushButton(self.tr("↓ Lager"))
        self.down_button.setToolTip(self.tr("Zet het gekozen doel een plek lager (Ctrl+Omlaag)"))
        self.down_button.clicked.connect(self._on_down_button_clicked)
        stretch_at = self.button_row.count() - 1
        self.button_row.insertWidget(stretch_at, self.up_button)
        self.button_row.insertWidget(stretch_at + 1, self.down_button)
        self.setTabOrder(self.remove_button, self.up_button)
        self.setTabOrder(self.up_button, self.down_button)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            action = QAction(self.table)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, s=step: self._move(s))
            self.table.addAction(action)

    def focus_chain(self) -> list[QWidget]:
        return [*super().focus_chain(), self.up_button, self.down_button]

    def _load(self) -> None:
        plan = self.services.plans.get_plan(self.plan_id)
        counts: dict[int, int] = {}
        for agreement in plan.agreements:
            if agreement.goal_id is not None:
                counts[agreement.goal_id] = counts.get(agreement.goal_id, 0) + 1
        self.goals_model.set_rows(list(plan.goals), counts)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        row = self.table.currentIndex().row() if self.current_id() is not None else -1
        if hasattr(self, "up_button"):  # the base class asks before these buttons exist
            self.up_button.setEnabled(not self.read_only and row > 0)
            self.down_button.setEnabled(not self.read_only and 0 <= row < self.model.rowCount() - 1)

    def _open_dialog(self, item_id: int | None) -> None:
        if self.dialog is not None:
            return
        goal = self.goals_model.goal_at(self.goals_model.row_of(item_id)) if item_id is not None else None
        saved: list[int] = []
        actor = self.actor

        def save(text: str) -> None:
            if goal is None:
                saved.append(self.services.agreements.add_goal(self.plan_id, actor, text))
            else:
                self.services.agreements.update_goal(goal.id, actor, text)
                saved.append(goal.id)

        dialog = GoalDialog(save, goal, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._on_dialog_finished(result, saved))
        self.dialog = dialog
        dialog.open()

    def _remove(self, item_id: int) -> None:
        self.services.agreements.remove_goal(item_id, self.actor)

    def _confirm_texts(self, item_id: int) -> tuple[str, str]:
        goal = self.goals_model.goal_at(self.goals_model.row_of(item_id))
        return (
            fmt(self.tr("Wilt u dit doel weghalen? \"%1\""), goal.text),
            self.tr("De afspraken bij dit doel blijven staan, onder \"Zonder doel\"."),
        )

    def _move(self, step: int) -> None:
        item_id = None if self.read_only else self.current_id()
        if item_id is None:
            return
        try:
            self.services.agreements.move_goal(item_id, self.actor, step)
        except UserError as error:
            self.failed.emit(str(error))
            return
        self._saved(item_id)

    def _on_up_button_clicked(self) -> None:
        self._move(-1)

    def _on_down_button_clicked(self) -> None:
        self._move(1)

    def _on_dialog_finished(self, result: int, saved: list[int]) -> None:
        self.dialog = None
        if result == GoalDialog.DialogCode.Accepted and saved:
            self._saved(saved[-1])
        else:
            self._focus_list()
