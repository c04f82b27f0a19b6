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
        # Per source row whether it matches, worked out in one go per search and per order of the rows: Qt asks
        # ``filterAcceptsRow`` once per plan for every key, and each question is a call into Python.
        self._accepted: list[bool] | None = None
        self._accepted_for = -1  # the model's ``generation`` the list belongs to
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
                self._words, self._accepted = words, None
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                self._words, self._accepted = words, None
                self.invalidateRowsFilter()
            self.search_changed.emit()

    def search_words(self) -> list[str]:
        return list(self._words)

    def source_rows(self) -> list[int]:
        """The source rows shown, in the order shown (this proxy only filters): no ``mapToSource`` per row."""
        model = self.sourceModel()
        if not isinstance(model, PlanTableModel):
            return [self.mapToSource(self.index(row, 0)).row() for row in range(self.rowCount())]
        if not self._words:
            return list(range(model.rowCount()))
        return [row for row, accepted in enumerate(self._accepted_rows(model)) if accepted]

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if isinstance(model, PlanTableModel):
            accepted = self._accepted_rows(model)
            return 0 <= source_row < len(accepted) and accepted[source_row]
        haystack = str(model.index(source_row, 0, source_parent).data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)

    def _accepted_rows(self, model: PlanTableModel) -> list[bool]:
        if self._accepted is None or self._accepted_for != model.generation or len(self._accepted) != model.rowCount():
            self._accepted = model.matching_rows(self._words)
            self._accepted_for = model.generation
        return self._accepted
