"""Searching the plan list, on top of the table model (which sorts itself: see ``PlanTableModel.sort``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal

from ui.start.plan_table_model import SEARCH_ROLE, PlanTableModel, search_key


class PlanFilterProxyModel(QSortFilterProxyModel):
    """Keeps the plans whose name or title holds every word typed, in any order, without minding case or accents.

    Sorting is stable: plans with the same value keep the order of the source (newest change first). The table
    model does it (``sort`` is handed down): this proxy keeps the rows in the model's order, so a key typed in the
    search box only hides and shows rows, and no row is compared with another.
    """

    #: After the rows that match the new search are shown: once per change, however many row signals it sent.
    search_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def set_search(self, text: str) -> None:
        words = search_key(text).split()
        if words != self._words:
            # Qt 6.9 brought begin/endFilterChange and later deprecated the older call; both stay supported here.
            if hasattr(self, "beginFilterChange"):
                self.beginFilterChange()
                self._words = words
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                self._words = words
                self.invalidateRowsFilter()
            self.search_changed.emit()

    def search_words(self) -> list[str]:
        return list(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if isinstance(model, PlanTableModel):  # straight from the model's memory: this runs for every plan per key
            haystack = model.search_text(source_row)
        else:
            haystack = str(model.index(source_row, 0, source_parent).data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)
