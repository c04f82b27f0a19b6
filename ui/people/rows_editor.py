"""What the lists of people, goals and agreements share: a table that grows with its rows, and add, change, remove.

The table is as tall as its rows, so the open part scrolls as one page instead of a small window inside a window.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.flow_layout import FlowLayout
from ui.common.session_role import SessionRole
from ui.common.theme import set_role
from wijkteam.errors import UserError
from wijkteam.services import Actor, Services

MIN_TABLE_HEIGHT = 80
#: The padding of table cells in the theme (``QTableView::item``).
CELL_PADDING = (10, 6)
#: The width a cell's text does not get: the padding on both sides, and the style's own small text margins.
TEXT_INSET = 2 * CELL_PADDING[0] + 2 * 4 + 2

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(Protocol):
    """The little a ``RowsEditor`` needs from its table model."""

    def id_at(self, row: int) -> int | None: ...

    def row_of(self, item_id: int) -> int: ...


class WrappingItemDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text, so no cell is cut off with "…".

    Qt's own size hint forgets the theme's cell padding and so counts too few lines; this one measures at the width
    that is really left. It only measures: Qt draws. On this PySide every Python call of a Qt method that hands
    back None (no return value, or an empty QVariant) loses a reference to None (PySide 6.12 on Python 3.11), and
    too many crash the app. So this code makes none of those calls, and there is no Python paint: Qt paints often.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 - Qt override
        # Only the text, which every cell has: asking a role a cell has no value for hands back None, and that
        # costs a reference too. The view's font measures bold and italic cells closely enough.
        text = str(index.data())
        metrics = QFontMetrics(option.font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        natural = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), flags, text)
        width = option.rect.width() - TEXT_INSET if option.rect.width() > TEXT_INSET else natural.width() + 1
        wrapped = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
        return QSize(natural.width() + TEXT_INSET, wrapped.height() + 2 * CELL_PADDING[1] + 2)


class FittedTableView(QTableView):
    """A table without its own vertical scroll bar: as tall as its rows, which wrap their text.

    Sideways it scrolls when its columns are wider than the room (large text on a small screen): a column is never
    cut off at the edge of the table.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the buttons; arrows move between rows.
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setItemDelegate(WrappingItemDelegate(self))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # a last line is never swapped for "…"
        self._base_minimum: int | None = None  # Qt's own smallest column, before a heading asks for more

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.fit_rows)

    def fit_rows(self) -> None:
        self._fit_stretched_headings()
        self.resizeRowsToContents()
        header = self.horizontalHeader()
        height = header.height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.model().rowCount())) if self.model() else 0
        if header.length() > self.viewport().width():  # the sideways scroll bar takes a line under the rows
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(max(height, MIN_TABLE_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()  # narrower columns wrap to more lines

    def _fit_stretched_headings(self) -> None:
        """A column that takes the room left is never narrower than its heading: where the other columns take all
        the room (long words at 200% text), the table scrolls sideways instead of cutting "Relatie" to "Re"."""
        header, model = self.horizontalHeader(), self.model()
        if model is None:
            return
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        needed = [header.fontMetrics().horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal)
                                                             or "")) + margin + 16
                  for column in range(header.count())
                  if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch]
        if self._base_minimum is None:
            self._base_minimum = header.minimumSectionSize()
        wanted = max([self._base_minimum, *needed])
        if header.minimumSectionSize() != wanted:
            header.setMinimumSectionSize(wanted)


class RowsEditor(QWidget):
    """A list with "toevoegen", "aanpassen" and "weghalen". Subclasses load the rows and open their dialog.

    Every change goes to the services as the person at the keyboard (``actor``). When that is not the family, the
    list is only for reading: the buttons are off, and Enter or Delete on a row do nothing.
    """

    changed = Signal()  # something was saved: the panel says so
    failed = Signal(str)  # the Dutch sentence of a UserError

    def __init__(self, model: QAbstractItemModel, add_text: str, empty_text: str, session_role: SessionRole,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_role = session_role
        self._read_only = False
        self._services: Services | None = None
        self._plan_id: int | None = None
        self.model = model
        self.confirm_box: QMessageBox | None = None

        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.heading.setVisible(False)
        self.empty_label = QLabel(empty_text)
        set_role(self.empty_label, "empty")
        self.empty_label.setWordWrap(True)
        # Spare room in the page must not stretch the labels into blank bands between text and list.
        for label in (self.heading, self.empty_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.table = FittedTableView()
        self.table.setModel(model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        remove_action = QAction(self.table)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self._on_remove_button_clicked)
        self.table.addAction(remove_action)

        self.add_button = QPushButton(add_text)
        set_role(self.add_button, "primary")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button = QPushButton(self.tr("Aan&passen"))
        self.edit_button.setToolTip(self.tr("Pas de gekozen regel aan (Enter)"))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button = QPushButton(self.tr("&Weghalen"))
        self.remove_button.setToolTip(self.tr("Haal de gekozen regel weg (Delete)"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

        # The buttons continue on a next line in a narrow window (large text), instead of widening it.
        self.button_row = buttons = FlowLayout(spacing=12)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addItem(QSpacerItem(0, 0))  # the last item, so more buttons go before it (``count() - 1``)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addStretch(1)  # spare room goes below the buttons, not between heading, list and buttons
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.remove_button)
        self._update_buttons()

    # ------------------------------------------------------------------ public

    def set_plan(self, services: Services, plan_id: int) -> None:
        self._services = services
        self._plan_id = plan_id

    def reload(self) -> None:
        """Read the rows again from the services, keeping the chosen row where it still exists."""
        chosen = self.current_id()
        try:
            self._load()
        except UserError as error:
            self.failed.emit(str(error))
            return
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if chosen is not None:
            self.select_id(chosen)
        self._update_buttons()

    def focus_chain(self) -> list[QWidget]:
        return [self.table, self.add_button, self.edit_button, self.remove_button]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def actor(self) -> Actor:
        return self._session_role.actor

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self._rows().id_at(index.row()) if index.isValid() else None

    def select_id(self, item_id: int) -> None:
        row = self._rows().row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    # ------------------------------------------------------- for subclasses

    def _load(self) -> None:
        raise NotImplementedError

    def _open_dialog(self, item_id: int | None) -> None:
        raise NotImplementedError

    def _remove(self, item_id: int) -> None:
        raise NotImplementedError

    def _confirm_texts(self, item_id: int) -> tuple[str, str]:
        """The question and the calm explanation below it."""
        raise NotImplementedError

    def _saved(self, item_id: int | None = None) -> None:
        """After a dialog saved: show the stored rows and keep the row the family worked on chosen."""
        self.reload()
        if item_id is not None:
            self.select_id(item_id)
            self._update_buttons()
        self.changed.emit()
        self._focus_list()

    # ----------------------------------------------------------------- helpers

    def _rows(self) -> RowsModel:
        return self.model  # type: ignore[return-value]

    @property
    def services(self) -> Services:
        assert self._services is not None, "set_plan comes first"
        return self._services

    @property
    def plan_id(self) -> int:
        assert self._plan_id is not None, "set_plan comes first"
        return self._plan_id

    def _focus_list(self) -> None:
        target = self.table if self.table.isVisible() else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None and not self._read_only
        self.add_button.setEnabled(not self._read_only)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # ------------------------------------------------------------------- slots

    def _on_table_activated(self, index: QModelIndex) -> None:
        if self._read_only:
            return
        item_id = self._rows().id_at(index.row())
        if item_id is not None:
            self._open_dialog(item_id)

    def _on_table_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _on_add_button_clicked(self) -> None:
        if not self._read_only:
            self._open_dialog(None)

    def _on_edit_button_clicked(self) -> None:
        item_id = None if self._read_only else self.current_id()
        if item_id is not None:
            self._open_dialog(item_id)

    def _on_remove_button_clicked(self) -> None:
        item_id = None if self._read_only else self.current_id()
        if item_id is None:
            return
        question, explanation = self._confirm_texts(item_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Weghalen"), question,
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(explanation)
        yes = box.addButton(self.tr("Ja, weghalen"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("Nee, laten staan"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)  # Enter on a surprise question keeps everything
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._on_confirm_box_clicked(item_id, button is yes))
        box.finished.connect(self._on_confirm_box_finished)
        self.confirm_box = box
        box.open()

    def _on_confirm_box_clicked(self, item_id: int, confirmed: bool) -> None:
        if not confirmed:
            return
        try:
            self._remove(item_id)
        except UserError as error:
            self.failed.emit(str(error))
            self.reload()
            return
        self.reload()
        self.changed.emit()
        self._focus_list()

    def _on_confirm_box_finished(self, _result: int) -> None:
        self.confirm_box = None
