"""The table of plans on the start view, and the bar that offers to undo removing one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
)
from shiboken6 import isValid

from ui.common.settings import settings
from ui.common.theme import set_role
from ui.start.plan_filter import PlanFilterProxyModel
from ui.start.plan_table_model import (
    COL_CHANGED,
    COL_FAMILY,
    COL_NEXT,
    COL_TITLE,
    COL_TYPE,
    PLAN_ID_ROLE,
    PlanTableModel,
)
from ui.start.row_heights import RowHeights

#: The next date first: what needs attention comes to the top. Plans with the same date keep newest change first.
DEFAULT_SORT = (COL_NEXT, Qt.SortOrder.AscendingOrder)

ROW_MIN_HEIGHT = 46
NEXT_COLUMN_WIDTH = 330
#: In a narrow window (large text) the next date gives way, down to its heading, so the plan's title keeps room.
TITLE_COLUMN_MIN_WIDTH = 150
FITTED_COLUMNS = (COL_FAMILY, COL_TYPE, COL_CHANGED)
#: Levels of widgets from the table up to the window's scroll area: the table, the list, the panel, the page, the area.
LAYOUT_DEPTH = 6


def settle_layouts() -> None:
    """Lay out now what waits to be laid out. A change in size climbs one level of widgets per turn of the event loop,
    and a turn may draw the window in between: without this, one key drew the start view twice, half-way and done."""
    for _ in range(LAYOUT_DEPTH):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class PlanTableView(QTableView):
    """Rows of plans, sorted by clicking a header (the choice is remembered). Long text wraps instead of being cut.

    The table is exactly as tall as its rows: the page around it scrolls as one, with no second scroll bar inside.
    """

    def __init__(self, model: PlanFilterProxyModel) -> None:
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
        for column in FITTED_COLUMNS:  # as wide as their widest text in any plan, also while searching
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_NEXT, NEXT_COLUMN_WIDTH)
        # The family's name first: it is how a peer supporter with many plans finds one. The next date beside it.
        header.moveSection(header.visualIndex(COL_FAMILY), 0)
        header.moveSection(header.visualIndex(COL_NEXT), 2)
        # Row heights by row of the table model: a search only hides and shows rows, and a sort only moves them, so
        # neither measures anything. A search sends a signal per run of hidden rows (about 130 for one letter at 500
        # plans): the rows are fitted once after all of them, never once per signal (that froze the window for 13 s).
        self._heights: dict[int, int] = {}
        self._row_heights = RowHeights(self)
        self._columns_fitted = False
        self.fits = 0  # how often the rows were fitted; a test holds a key typed to one
        self.rows_measured = 0  # and to measuring no row: a search hides and shows rows whose height is known
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_height)
        self._restore_sort()
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        header.sectionResized.connect(self._on_header_section_resized)
        model.modelReset.connect(self._on_model_model_reset)
        model.search_changed.connect(self._on_model_search_changed)
        for signal in (model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._fit_timer.start)

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

    def fit_height(self, *, grow_only: bool = False) -> None:
        """Give every row the height of its text and the table the height of its rows (what waits is done now).

        ``grow_only`` while someone searches: the table keeps its height when fewer rows are found, so nothing under
        it moves and only the table is drawn again for a key (moving the cards below drew the whole page)."""
        source = self._plans()
        if source is None:  # the list is being taken down (the window closes): nothing left to fit
            self._fit_timer.stop()
            return
        self.fits += 1
        if not self._columns_fitted:
            self._fit_columns(source)
        model = self.model()
        assert isinstance(model, PlanFilterProxyModel)
        rows = self.verticalHeader()
        if len(self._heights) < model.rowCount():
            # Rows to measure: first let the page decide on its scroll bar at about this height, for the scroll bar
            # takes from the width the text wraps at, and measuring at the width before would be in vain.
            self._set_height()
            settle_layouts()
        self._fit_timer.stop()
        lowest, highest = rows.minimumSectionSize(), rows.maximumSectionSize()
        resized = False
        # Quietly: each resized row would tell the table, which then draws its rows again a turn later, after the
        # window was drawn already (twice a paint for one key). The table hears it once, below, before the paint.
        rows.blockSignals(True)
        try:
            for row, source_row in enumerate(model.source_rows()):
                key = source.row_key(source_row)
                height = self._heights.get(key)
                if height is None:
                    self.rows_measured += 1
                    height = self._row_heights.height(row, source.texts(source_row))
                    height = self._heights[key] = min(max(height, lowest), highest)
                if rows.sectionSize(row) != height:
                    rows.resizeSection(row, height)
                    resized = True
        finally:
            rows.blockSignals(False)
        if resized:
            self.updateGeometries()
            self.viewport().update()
        self._set_height(grow_only=grow_only)

    def _set_height(self, *, grow_only: bool = False) -> None:
        height = self.horizontalHeader().sizeHint().height() + self.verticalHeader().length() + 2 * self.frameWidth()
        if not grow_only or height > self.height():
            self.setFixedHeight(height)

    def _plans(self) -> PlanTableModel | None:
        """The table model under the filter; None once Qt has deleted it while this view still waits to fit."""
        model = self.model()
        source = model.sourceModel() if isinstance(model, PlanFilterProxyModel) and isValid(model) else None
        return source if isinstance(source, PlanTableModel) and isValid(source) else None

    def _fit_columns(self, source: PlanTableModel) -> None:
        """The name, kind and date-of-change columns as wide as their widest text among all plans, found or not."""
        self._columns_fitted = True
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate = self.itemDelegate()
        for column in FITTED_COLUMNS:
            # One font for the whole column: the text that runs widest makes the widest cell.
            widest: tuple[int, str] | None = None
            for text in {str(source.texts(row)[column] or "") for row in range(source.rowCount())}:
                advance = metrics.horizontalAdvance(text)
                if widest is None or advance > widest[0]:
                    widest = (advance, text)
            cell = 0
            if widest is not None:
                cell = delegate.sizeHint(option, source.index(source.row_with_text(column, widest[1]), column)).width()
            cell += 1 if self.showGrid() else 0
            width = max(cell, header.sectionSizeHint(column), header.minimumSectionSize())
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self._fit_next_column()

    def _restore_sort(self) -> None:
        column, order = settings.plan_sort or DEFAULT_SORT
        if column >= self.model().columnCount():
            column, order = DEFAULT_SORT
        self.sortByColumn(column, order)

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        settings.set_plan_sort(column, order)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_sizes()

    def _forget_sizes(self) -> None:
        self._heights.clear()
        self._row_heights.forget()
        self._columns_fitted = False
        self._fit_timer.start()

    def _on_model_search_changed(self) -> None:
        # At once, not after the next paint: the window is drawn once per key, with the rows already fitted.
        self.fit_height(grow_only=True)
        self.executeDelayedItemsLayout()

    def _on_model_model_reset(self) -> None:
        # Other plans, other texts; a cell with the same text at the same width keeps its height.
        self._heights.clear()
        self._columns_fitted = False
        self._fit_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_next_column()

    def _fit_next_column(self) -> None:
        """Every column inside the table: the stretching title keeps its room, the next date gives way first."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(column) for column in FITTED_COLUMNS)
        room = self.viewport().width() - others - TITLE_COLUMN_MIN_WIDTH
        heading = str(self.model().headerData(COL_NEXT, Qt.Orientation.Horizontal) or "")
        # The heading whole, with the arrow of the order beside it and the style's padding.
        smallest = header.fontMetrics().horizontalAdvance(heading) + 40
        width = max(smallest, min(NEXT_COLUMN_WIDTH, room))
        if header.sectionSize(COL_NEXT) != width:
            header.resizeSection(COL_NEXT, width)

    def _on_header_section_resized(self, _column: int, old: int, new: int) -> None:
        if old != new:  # a narrower column wraps into more lines
            self._heights.clear()
            self._row_heights.forget()
            self._fit_timer.start()


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
