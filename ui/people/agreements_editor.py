"""The agreements, grouped per goal, with at a glance what is still open: wie, wanneer, hoe, wie checkt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QMenu, QPushButton, QWidget

from models import AgreementStatus
from ui.common.session_role import SessionRole
from ui.common.theme import HELP_BACKGROUND, TEXT, WARNING
from ui.common.wording import fmt
from ui.people.agreement_dialog import AgreementDialog
from ui.people.plan_parts_wording import (
    MISSING_SYMBOL,
    SAFETY_SYMBOL,
    is_overdue,
    missing_text,
    status_names,
    status_text,
    when_text,
)
from ui.people.rows_editor import RowsEditor
from wijkteam.agreement_checks import Part, missing_parts, questions_for
from wijkteam.errors import UserError
from wijkteam.services.dto import AgreementDoc, GoalDoc, ParticipantDoc

COL_WHAT, COL_WHO, COL_WHEN, COL_STATUS = range(4)
AGREEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2  # the open parts, as ``agreement_checks.Part`` values
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    heading: str = ""  # a goal's heading row when set
    goal_id: int | None = None
    agreement: AgreementDoc | None = None


class AgreementsTableModel(QAbstractTableModel):
    """One heading row per goal, its agreements below it, and "Zonder doel" last."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._today = today  # fixed in tests; else the day the rows were read

    def set_rows(self, goals: list[GoalDoc], agreements: list[AgreementDoc], today: date | None = None) -> None:
        self.beginResetModel()
        if today is not None:
            self._today = today
        self._rows = []
        known = {goal.id for goal in goals}
        for number, goal in enumerate(goals, 1):
            own = [a for a in agreements if a.goal_id == goal.id]
            heading = fmt(QCoreApplication.translate("PlanParts", "Doel %1: %2"), number, " ".join(goal.text.split()))
            if not own:
                heading = fmt(QCoreApplication.translate("PlanParts", "%1 (nog geen afspraken)"), heading)
            self._rows.append(_Row(heading=heading, goal_id=goal.id))
            self._rows += [_Row(goal_id=goal.id, agreement=a) for a in own]
        loose = [a for a in agreements if a.goal_id not in known]
        if loose and goals:
            self._rows.append(_Row(heading=QCoreApplication.translate("PlanParts", "Zonder doel")))
        self._rows += [_Row(agreement=a) for a in loose]
        self.endResetModel()

    def is_heading(self, row: int) -> bool:
        return self._rows[row].agreement is None

    def agreement_at(self, row: int) -> AgreementDoc:
        agreement = self._rows[row].agreement
        assert agreement is not None
        return agreement

    def goal_id_at(self, row: int) -> int | None:
        return self._rows[row].goal_id if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> int | None:
        if not 0 <= row < len(self._rows):
            return None
        agreement = self._rows[row].agreement
        return agreement.id if agreement else None

    def row_of(self, agreement_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.agreement and r.agreement.id == agreement_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("PlanParts", "Afspraak"),
            QCoreApplication.translate("PlanParts", "Wie"),
            QCoreApplication.translate("PlanParts", "Wanneer"),
            QCoreApplication.translate("PlanParts", "Stand"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and self.is_heading(index.row()):
            # Not selectable and not enabled: the arrow keys step over the headings.
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if row.agreement is None:
            return self._heading_data(row, index.column(), role)
        agreement, column = row.agreement, index.column()
        if role == AGREEMENT_ID_ROLE:
            return agreement.id
        if role == MISSING_ROLE:
            return missing_parts(agreement)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHAT:
            questions = questions_for(agreement)
            return "\n".join(questions) if questions else None
        # Who and when are the two things a family checks first: an empty one says so where it would stand.
        open_here = (column == COL_WHO and Part.WHO in missing_parts(agreement)) or (
            column == COL_WHEN and Part.WHEN in missing_parts(agreement))
        if role == Qt.ItemDataRole.ForegroundRole and (
                open_here or (column == COL_WHEN and is_overdue(agreement, self._today))):
            return QBrush(QColor(WARNING))
        if open_here and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if open_here:
            return fmt(QCoreApplication.translate("PlanParts", "%1 nog invullen"), MISSING_SYMBOL)
        if column == COL_WHAT:
            lines = (
                [fmt("%1 %2", SAFETY_SYMBOL, QCoreApplication.translate("PlanParts", "Veiligheidsafspraak"))]
                if agreement.is_safety
                else []
            )
            lines.append(agreement.what)
            missing = missing_text(agreement)
            if missing:
                lines.append(missing)
            return "\n".join(lines)
        if column == COL_WHO:
            return ", ".join(agreement.who)
        if column == COL_WHEN:
            return when_text(agreement, self._today)
        return status_text(agreement.status)

    @staticmethod
    def _heading_data(row: _Row, column: int, role: int) -> Any:
        if role == HEADING_ROLE:
            return True
        if role == Qt.ItemDataRole.DisplayRole:
            return row.heading if column == COL_WHAT else ""  # text in every cell: see ``WrappingItemDelegate``
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(HELP_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(TEXT))  # a disabled row would otherwise be drawn grey and faint
        return None


class AgreementsEditor(RowsEditor):
    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(
            AgreementsTableModel(),
            self.tr("Afspraak toe&voegen"),
            self.tr("Er staat nog geen afspraak in het plan. Voeg de eerste afspraak toe met de knop hieronder."),
            session_role,
            parent,
        )
        self.agreements_model: AgreementsTableModel = self.model  # type: ignore[assignment]
        self.dialog: AgreementDialog | None = None
        self._goals: list[GoalDoc] = []
        self._people: list[ParticipantDoc] = []
        self.heading.setText(self.tr("Onze afspraken"))
        self.heading.setVisible(True)
        self.table.setAccessibleName(self.tr("Onze afspraken"))
        self.model.modelReset.connect(self._on_model_model_reset)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_WHO, 160), (COL_WHEN, 175)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)

        self.status_button = QPushButton(self.tr("&Stand"))
        self.status_button.setToolTip(self.tr("Hoe staat het met de gekozen afspraak?"))
        self.status_menu = QMenu(self.status_button)
        for status, name in status_names().items():
            action = self.status_menu.addAction(status_text(status.value))
            action.setData(status.value)
            action.setToolTip(name)
        self.status_menu.triggered.connect(self._on_status_menu_triggered)
        self.status_button.setMenu(self.status_menu)
        self.button_row.insertWidget(self.button_row.count() - 1, self.status_button)
        self.setTabOrder(self.remove_button, self.status_button)
        self._update_buttons()

    def focus_chain(self) -> list[QWidget]:
        return [*super().focus_chain(), self.status_button]

    def _load(self) -> None:
        plan = self.services.plans.get_plan(self.plan_id)
        self._goals = list(plan.goals)
        self._people = list(plan.participants)
        self.agreements_model.set_rows(self._goals, list(plan.agreements))

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "status_button"):  # the base class asks before this button exists
            self.status_button.setEnabled(not self.read_only and self.current_id() is not None)

    def _open_dialog(self, item_id: int | None) -> None:
        if self.dialog is not None:
            return
        model = self.agreements_model
        agreement = model.agreement_at(model.row_of(item_id)) if item_id is not None else None
        # A new agreement goes with the goal the family is looking at.
        default_goal = model.goal_id_at(self.table.currentIndex().row()) if item_id is None else None
        saved: list[int] = []
        actor = self.actor

        def save(fields: dict[str, Any]) -> None:
            if agreement is None:
                saved.append(self.services.agreements.add_agreement(
                    self.plan_id, actor, fields.pop("what"), **fields))
            else:
                self.services.agreements.update_agreement(agreement.id, actor, **fields)
                saved.append(agreement.id)

        dialog = AgreementDialog(save, agreement, self._goals, self._people, default_goal_id=default_goal,
                                 parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._on_dialog_finished(result, saved))
        self.dialog = dialog
        dialog.open()

    def _remove(self, item_id: int) -> None:
        self.services.agreements.remove_agreement(item_id, self.actor)

    def _confirm_texts(self, item_id: int) -> tuple[str, str]:
        agreement = self.agreements_model.agreement_at(self.agreements_model.row_of(item_id))
        what = " ".join(agreement.what.split())
        return (fmt(self.tr("Wilt u deze afspraak weghalen? \"%1\""), what),
                self.tr("Als het anders liep dan gepland, kunt u de stand ook op \"Anders gelopen\" zetten."))

    # ------------------------------------------------------------------- slots

    def _on_model_model_reset(self) -> None:
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.agreements_model.is_heading(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        self.table.fit_rows()  # the spans change how tall the heading rows need to be

    def _on_status_menu_triggered(self, action: Any) -> None:
        item_id = None if self.read_only else self.current_id()
        if item_id is None:
            return
        try:
            self.services.agreements.set_agreement_status(item_id, self.actor, AgreementStatus(action.data()))
        except UserError as error:
            self.failed.emit(str(error))
            return
        self._saved(item_id)

    def _on_dialog_finished(self, result: int, saved: list[int]) -> None:
        self.dialog = None
        if result == AgreementDialog.DialogCode.Accepted and saved:
            self._saved(saved[-1])
        else:
            self._focus_list()
