"""The family's plans as a table: title, name, kind of plan, when it last changed, and the next date that matters."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ui.theme import WARNING
from ui.wording import due_label, format_changed, format_day, format_due_day, next_date_text, plan_type_name
from wijkteam.services.dto import PlanOverview

COL_TITLE = 0
COL_FAMILY = 1
COL_TYPE = 2
COL_CHANGED = 3
COL_NEXT = 4  # only in the overview
COLUMN_COUNT = 4

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the way a person expects (dates as dates)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # name and title, folded for searching
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4
DAMAGED_ROLE = Qt.ItemDataRole.UserRole + 5  # the plan cannot be read: save it or remove it, never open it

#: Plans without a next date sort after every plan with one; plans that cannot be read before all others.
_NO_DATE = date.max.toordinal() + 1
_DAMAGED_FIRST = -1

_Index = QModelIndex | QPersistentModelIndex


def search_key(text: str) -> str:
    """Text folded so that "yilmaz" finds "Yılmaz" and "celik" finds "Çelik": no case, no accents."""
    # The Turkish dotless ı and the Polish ł have no accent to strip: they are letters of their own.
    text = text.casefold().replace("ı", "i").replace("ł", "l")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_damaged(plan: Any) -> bool:
    """Whether a row is a plan that cannot be read (``PlanOverview.damaged``); other rows have no such mark."""
    return bool(getattr(plan, "damaged", False))


def damaged_text() -> str:
    """What the family reads about a plan that cannot be read, and the way out."""
    return QCoreApplication.translate(
        "PlanTableModel", "Dit plan kan niet worden geopend, want er staat iets in dat Ons Plan niet kan lezen. U kunt "
        "het nog wel opslaan als planbestand, met alles wat wel te lezen is, en het daarna weghalen.")


def _timestamp(moment: datetime) -> float:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


class PlanTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._now = now  # fixed in tests, so "vandaag" does not depend on the clock

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def plan_at(self, row: int) -> Any:
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
        return self._headers().get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        plan = self._rows[index.row()]
        if role == PLAN_ID_ROLE:
            return plan.id
        if role == DAMAGED_ROLE:
            return is_damaged(plan)
        if role == SEARCH_ROLE:
            return search_key(f"{plan.family_name} {plan.title}")
        if role == SORT_ROLE:
            return self._sort_value(plan, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(plan, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(plan, index.column())
        return None

    # ----------------------------------------------------------- for subclasses

    def _headers(self) -> dict[int, str]:
        return {
            COL_TITLE: self.tr("Plan"),
            COL_FAMILY: self.tr("Naam"),
            COL_TYPE: self.tr("Soort plan"),
            COL_CHANGED: self.tr("Laatst veranderd"),
        }

    def _changed_at(self, plan: Any) -> datetime:
        return plan.updated_at

    def _display(self, plan: Any, column: int) -> str | None:
        return self._text(plan, column)

    def _text(self, plan: Any, column: int) -> str | None:
        if column == COL_TITLE:
            return str(plan.title)
        if column == COL_FAMILY:
            return str(plan.family_name)
        if column == COL_TYPE:
            return plan_type_name(plan.plan_type)
        if column == COL_CHANGED:
            if is_damaged(plan):  # its moments cannot be read: nothing to say about them
                return self.tr("onbekend")
            return format_changed(self._changed_at(plan), self._now)
        return None

    def _sort_value(self, plan: Any, column: int) -> Any:
        if column == COL_CHANGED:
            return 0.0 if is_damaged(plan) else _timestamp(self._changed_at(plan))
        text = self._text(plan, column)
        return search_key(text) if text is not None else None


class OverviewTableModel(PlanTableModel):
    """The start view's list: every column of ``PlanTableModel`` and the next date that matters, with its label.

    A date that has passed says "voorbij" in words and is drawn in the warning colour as well, never colour alone.
    """

    def __init__(self, parent: Any = None, *, now: datetime | None = None, today: date | None = None) -> None:
        super().__init__(parent, now=now)
        self._today = today

    def set_rows(self, rows: list[Any], today: date | None = None) -> None:
        if today is not None:
            self._today = today
        super().set_rows(rows)

    def today(self) -> date:
        return self._today or date.today()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT + 1

    def count_overdue(self) -> int:
        today = self.today()
        return sum(1 for plan in self._rows if isinstance(plan, PlanOverview) and plan.is_overdue(today))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            plan = self._rows[index.row()]
            overdue = isinstance(plan, PlanOverview) and plan.is_overdue(self.today())
            if role == OVERDUE_ROLE:
                return overdue
            if index.column() == COL_NEXT:
                if role == Qt.ItemDataRole.ForegroundRole and (overdue or is_damaged(plan)):
                    return QColor(WARNING)
                if role == Qt.ItemDataRole.ToolTipRole and is_damaged(plan):
                    return damaged_text()
                if role == Qt.ItemDataRole.ToolTipRole and plan.next_date is not None:
                    return f"{format_day(plan.next_date)} – {self._text(plan, COL_NEXT)}"
        return super().data(index, role)

    def _headers(self) -> dict[int, str]:
        headers = super()._headers()
        headers[COL_NEXT] = self.tr("Eerstvolgende datum")
        return headers

    def _text(self, plan: Any, column: int) -> str | None:
        if column == COL_NEXT:
            if is_damaged(plan):
                return self.tr("Kan niet worden geopend")
            if plan.next_date is None or plan.next_kind is None:
                return self.tr("nog geen datum")
            return next_date_text(plan.next_date, plan.next_kind, plan.next_what, self.today())
        return super()._text(plan, column)

    def _display(self, plan: Any, column: int) -> str | None:
        # On screen the date and what it is for get a line each, so neither is cut off in a narrow column.
        if column == COL_NEXT and plan.next_date is not None and plan.next_kind is not None:
            return f"{format_due_day(plan.next_date, self.today())}\n{due_label(plan.next_kind, plan.next_what)}"
        return self._text(plan, column)

    def _sort_value(self, plan: Any, column: int) -> Any:
        if column == COL_NEXT:
            if is_damaged(plan):
                return _DAMAGED_FIRST
            return plan.next_date.toordinal() if plan.next_date is not None else _NO_DATE
        return super()._sort_value(plan, column)


class DeletedTableModel(PlanTableModel):
    """Plans that were removed: the last column says when."""

    def _headers(self) -> dict[int, str]:
        headers = super()._headers()
        headers[COL_CHANGED] = self.tr("Weggehaald")
        return headers

    def _changed_at(self, plan: Any) -> datetime:
        return plan.deleted_at or plan.updated_at
