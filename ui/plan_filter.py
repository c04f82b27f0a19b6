"""Searching and sorting the plan list, on top of the table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ui.plan_table_model import SEARCH_ROLE, SORT_ROLE, search_key


class PlanFilterProxyModel(QSortFilterProxyModel):
    """Keeps the plans whose name or title holds every word typed, in any order, without minding case or accents.

    Sorting is stable: plans with the same value keep the order of the source (newest change first).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

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

    def search_words(self) -> list[str]:
        return list(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = str(model.index(source_row, 0, source_parent).data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)
