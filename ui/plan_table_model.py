"""The family's plans as a table: title, name, kind of plan and when it last changed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.wording import format_changed, plan_type_name
from wijkteam.services.dto import PlanSummary

COL_TITLE = 0
COL_FAMILY = 1
COL_TYPE = 2
COL_CHANGED = 3
COLUMN_COUNT = 4

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class PlanTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanSummary] = []
        self._now = now  # fixed in tests, so "vandaag" does not depend on the clock

    def set_rows(self, rows: list[PlanSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def plan_at(self, row: int) -> PlanSummary:
        return self._rows[row]

    def row_of(self, plan_id: int) -> int:
        return next((i for i, plan in enumerate(self._rows) if plan.id == plan_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_TITLE: self.tr("Plan"),
            COL_FAMILY: self.tr("Naam"),
            COL_TYPE: self.tr("Soort plan"),
            COL_CHANGED: self.tr("Laatst veranderd"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        plan = self._rows[index.row()]
        if role == PLAN_ID_ROLE:
            return plan.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == COL_TITLE:
                return plan.title
            if column == COL_FAMILY:
                return plan.family_name
            if column == COL_TYPE:
                return plan_type_name(plan.plan_type)
            if column == COL_CHANGED:
                return format_changed(plan.updated_at, self._now)
        return None
