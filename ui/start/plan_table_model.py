"""The family's plans as a table: title, name, kind of plan, when it last changed, and the next date that matters."""

from __future__ import annotations

import time
import unicodedata
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ui.common.theme import WARNING
from ui.common.wording import due_label, format_changed, format_day, format_due_day, next_date_text, plan_type_name
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
        "PlanTableModel", "Dit plan kan niet open. Er staat iets in dat Ons Plan niet kan lezen. U kunt het wel "
        "opslaan als planbestand, met alles wat te lezen is. Daarna kunt u het weghalen.")


def _next_midnight() -> float:
    tomorrow = datetime.now().astimezone().date() + timedelta(days=1)
    return datetime.combine(tomorrow, datetime.min.time()).astimezone().timestamp()


def _order_key(value: Any) -> tuple[int, Any]:
    """How Qt orders sort values: numbers as numbers, text by its UTF-16 code units, and no value after any value."""
    if value is None:
        return (1, 0)
    if isinstance(value, str):
        return (0, value.encode("utf-16-be"))
    return (0, value)


def _timestamp(moment: datetime) -> float:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


class PlanTableModel(QAbstractTableModel):
    """Plans as rows. ``sort`` orders the rows here, in Python, once per choice of column; the proxy above only filters.

    A proxy that sorts compares rows through ``data``, one call into Python per side of every comparison: thousands
    for one refresh of 500 plans, and again for every key typed in the search box.
    """

    def __init__(self, parent: Any = None, *, now: datetime | None = None) -> None:
        super().__init__(parent)
        self._given: list[Any] = []  # the rows in the order they were given (newest change first)
        self._rows: list[Any] = []  # the rows in the order shown
        self._keys: list[int] = []  # per row shown, its place in ``_given``: what the memory below is keyed by
        self._sort_column = -1  # -1: the order given
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._now = now  # fixed in tests, so "vandaag" does not depend on the clock
        # Every answer of ``data`` is kept until the rows change: sorting, searching, sizing and painting ask the same
        # cells again and again, and working out the Dutch texts each time made a list of 500 plans slow.
        self._memo: dict[tuple[int, int, int], Any] = {}
        self._memo_until = _next_midnight()  # "vandaag" and "gisteren" move on at midnight
        #: Counts every new order of the rows (new rows, another sort): what a filter remembers per row is stale then.
        self.generation = 0

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._forget()
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Stable, as Qt's own: rows with the same value keep the order given. A value of None sorts last."""
        self.layoutAboutToBeChanged.emit()
        before = self._keys
        persistent = self.persistentIndexList()
        self._sort_column, self._sort_order = column, order
        self._arrange()
        row_of_key = {key: row for row, key in enumerate(self._keys)}
        self.changePersistentIndexList(
            persistent, [self.index(row_of_key[before[index.row()]], index.column()) for index in persistent])
        self.layoutChanged.emit()

    def plan_at(self, row: int) -> Any:
        return self._rows[row]

    def row_key(self, row: int) -> int:
        """What stays the same for a row while the rows are sorted again (until ``set_rows``)."""
        return self._keys[row]

    def row_with_text(self, column: int, text: str) -> int:
        """The first row whose cell in ``column`` shows ``text`` (-1 if none)."""
        return next((row for row in range(len(self._rows)) if (self.texts(row)[column] or "") == text), -1)

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
        return self._remembered(self._keys[index.row()], index.column(), role)

    def search_text(self, row: int) -> str:
        """Name and title of the plan in ``row``, folded for searching (``SEARCH_ROLE``), without a model index."""
        return str(self._remembered(self._keys[row], 0, SEARCH_ROLE))

    def matching_rows(self, words: list[str]) -> list[bool]:
        """Per row, whether its name and title hold every word (folded as ``search_key`` folds them)."""
        texts = [self.search_text(row) for row in range(len(self._rows))]
        return [all(word in text for word in words) for text in texts]

    def texts(self, row: int) -> list[str | None]:
        """What each cell of ``row`` shows (``DisplayRole``), without a model index."""
        key = self._keys[row]
        return [self._remembered(key, column, Qt.ItemDataRole.DisplayRole) for column in range(self.columnCount())]

    def _remembered(self, key: int, column: int, role: int) -> Any:
        if time.time() >= self._memo_until:
            self._forget()
        memo_key = (key, column, role)
        try:
            return self._memo[memo_key]
        except KeyError:
            value = self._memo[memo_key] = self._value(self._given[key], column, role)
            return value

    def _arrange(self) -> None:
        keys = list(range(len(self._given)))
        if self._sort_column >= 0:
            column = self._sort_column
            keys.sort(key=lambda key: _order_key(self._remembered(key, column, SORT_ROLE)),
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._keys = keys
        self._rows = [self._given[key] for key in keys]
        self.generation += 1

    def _forget(self) -> None:
        self._memo.clear()
        self._memo_until = _next_midnight()

    # ----------------------------------------------------------- for subclasses

    def _value(self, plan: Any, column: int, role: int) -> Any:
        if role == PLAN_ID_ROLE:
            return plan.id
        if role == DAMAGED_ROLE:
            return is_damaged(plan)
        if role == SEARCH_ROLE:
            return search_key(f"{plan.family_name} {plan.title}")
        if role == SORT_ROLE:
            return self._sort_value(plan, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(plan, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(plan, column)
        return None

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

    def _value(self, plan: Any, column: int, role: int) -> Any:
        overdue = isinstance(plan, PlanOverview) and plan.is_overdue(self.today())
        if role == OVERDUE_ROLE:
            return overdue
        if column == COL_NEXT:
            if role == Qt.ItemDataRole.ForegroundRole and (overdue or is_damaged(plan)):
                return QColor(WARNING)
            if role == Qt.ItemDataRole.ToolTipRole and is_damaged(plan):
                return damaged_text()
            if role == Qt.ItemDataRole.ToolTipRole and plan.next_date is not None:
                return f"{format_day(plan.next_date)} – {self._text(plan, COL_NEXT)}"
        return super()._value(plan, column, role)

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
