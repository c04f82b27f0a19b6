"""The table of plans on the start view, and the bar that offers to undo removing one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView

from ui.plan_table_model import COL_CHANGED, COL_FAMILY, COL_NEXT, COL_TITLE, COL_TYPE, PLAN_ID_ROLE
from ui.theme import set_role

SETTINGS_SORT_COLUMN = "start/sort_column"
SETTINGS_SORT_ORDER = "start/sort_order"

#: The next date first: what needs attention comes to the top. Plans with the same date keep newest change first.
DEFAULT_SORT = (COL_NEXT, Qt.SortOrder.AscendingOrder)

ROW_MIN_HEIGHT = 46
NEXT_COLUMN_WIDTH = 330


class PlanTableView(QTableView):
    """Rows of plans, sorted by clicking a header (the choice is remembered). Long text wraps instead of being cut.

    The table is exactly as tall as its rows: the page around it scrolls as one, with no second scroll bar inside.
    """

    def __init__(self, model: QSortFilterProxyModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setAccessibleName(self.tr("Uw plannen"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setMinimumSectionSize(ROW_MIN_HEIGHT)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSortingEnabled(True)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_FAMILY, COL_TYPE, COL_CHANGED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_NEXT, NEXT_COLUMN_WIDTH)
        # The family's name first: it is how a peer supporter with many plans finds one. The next date beside it.
        header.moveSection(header.visualIndex(COL_FAMILY), 0)
        header.moveSection(header.visualIndex(COL_NEXT), 2)
        self._restore_sort()
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        header.sectionResized.connect(self._on_header_section_resized)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.fit_height)

    def plan_id_at(self, row: int) -> int | None:
        if not 0 <= row < self.model().rowCount():
            return None
        return int(self.model().index(row, COL_TITLE).data(PLAN_ID_ROLE))

    def current_plan_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.plan_id_at(index.row())

    def select_row(self, row: int) -> None:
        index = self.model().index(row, COL_TITLE)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(index)

    def fit_height(self) -> None:
        self.resizeRowsToContents()
        rows = self.verticalHeader().length()
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth())

    def _restore_sort(self) -> None:
        settings = QSettings()
        column = settings.value(SETTINGS_SORT_COLUMN, DEFAULT_SORT[0], type=int)
        order = settings.value(SETTINGS_SORT_ORDER, DEFAULT_SORT[1].value, type=int)
        count = self.model().columnCount()
        if not (isinstance(column, int) and isinstance(order, int) and 0 <= column < count and order in (0, 1)):
            column, order = DEFAULT_SORT[0], DEFAULT_SORT[1].value
        self.sortByColumn(column, Qt.SortOrder(order))

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_SORT_COLUMN, column)
        settings.setValue(SETTINGS_SORT_ORDER, order.value)

    def _on_header_section_resized(self, _column: int, _old: int, _new: int) -> None:
        self.fit_height()  # a narrower column wraps into more lines


class UndoBar(QFrame):
    """A calm line after removing a plan: what happened, and the way back."""

    def __init__(self) -> None:
        super().__init__()
        set_role(self, "helpbox")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Ongedaan &maken"))
        self.undo_button.setToolTip(self.tr("Het plan terugzetten (Ctrl+Z)"))
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.setAccessibleName(self.tr("Deze melding sluiten"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
