"""'Uw plannen': every plan with its next date, search and sort, and removing a plan with a way back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.changes import PlanChanges, What, own_changes
from ui.common.messages import open_message
from ui.common.theme import set_role
from ui.common.wording import fmt
from ui.start.deleted_plans_dialog import DeletedPlansDialog
from ui.start.plan_filter import PlanFilterProxyModel
from ui.start.plan_table_model import (
    COL_CHANGED,
    COL_FAMILY,
    COL_NEXT,
    COL_TITLE,
    COL_TYPE,
    OverviewTableModel,
    damaged_text,
    is_damaged,
)
from ui.start.plan_table_view import PlanTableView, UndoBar, settle_layouts
from wijkteam.errors import UserError
from wijkteam.services import FAMILY, Actor, Services


class PlanListPanel(QWidget):
    """The list of plans on the start view. Opening and plan files are asked of the start view through signals."""

    open_requested = Signal(int)
    save_requested = Signal(int)
    import_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, *, today: date | None = None,
                 actor: Callable[[], Actor] = lambda: FAMILY, changes: PlanChanges | None = None) -> None:
        super().__init__(parent)
        self._actor = actor  # who is at the keyboard: the services refuse anyone but the family
        self._changes = own_changes(changes, self)  # the start view reads the list again when it hears a change
        self._services = services
        self._fixed_today = today  # fixed in tests and screenshots
        self._undo_plan: tuple[int, str] | None = None  # the plan just removed, for "Ongedaan maken"
        self.delete_box: QMessageBox | None = None  # the open question before removing, if any
        self.deleted_dialog: DeletedPlansDialog | None = None

        heading = QLabel(self.tr("&Uw plannen"))
        set_role(heading, "heading")
        self.deleted_button = QPushButton()
        self.deleted_button.clicked.connect(self._on_deleted_button_clicked)
        self.import_button = QPushButton(self.tr("Plan&bestand openen…"))
        self.import_button.setToolTip(self.tr("Een plan uit een planbestand (.wijkplan) toevoegen (Ctrl+O)"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading, 1)
        heading_row.addWidget(self.deleted_button)
        heading_row.addWidget(self.import_button)

        search_label = QLabel(self.tr("&Zoeken:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam of titel"))
        self.search_edit.setAccessibleName(self.tr("Zoek op naam of titel"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(self.tr("Zoek op naam of titel (Ctrl+F)"))
        search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        order_label = QLabel(self.tr("&Volgorde:"))
        self.order_combo = QComboBox()
        self.order_combo.setAccessibleName(self.tr("Volgorde van de plannen"))
        for text, column in (
            (self.tr("Eerstvolgende datum"), COL_NEXT),
            (self.tr("Laatst veranderd"), COL_CHANGED),
            (self.tr("Naam"), COL_FAMILY),
            (self.tr("Plan"), COL_TITLE),
            (self.tr("Soort plan"), COL_TYPE),
        ):
            self.order_combo.addItem(text, column)
        order_label.setBuddy(self.order_combo)
        self.order_combo.setMinimumHeight(self.search_edit.sizeHint().height())
        self.order_combo.activated.connect(self._on_order_combo_activated)
        tools_row = QHBoxLayout()
        tools_row.setSpacing(10)
        tools_row.addWidget(search_label)
        tools_row.addWidget(self.search_edit, 1)
        tools_row.addSpacing(16)
        tools_row.addWidget(order_label)
        tools_row.addWidget(self.order_combo)

        self.summary_label = QLabel()
        set_role(self.summary_label, "muted")
        self.summary_label.setWordWrap(True)

        self.undo_bar = UndoBar()
        self.undo_button = self.undo_bar.undo_button
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.undo_bar.close_button.clicked.connect(self._on_undo_close_button_clicked)

        self.source_model = OverviewTableModel(self, today=today)
        self.model = PlanFilterProxyModel(self)  # what the table shows: searched and sorted
        self.model.setSourceModel(self.source_model)
        self.table = PlanTableView(self.model)
        self.table.activated.connect(self._on_table_activated)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        heading.setBuddy(self.table)

        self.no_match_label = QLabel()
        set_role(self.no_match_label, "muted")
        self.no_match_label.setWordWrap(True)
        self.empty_label = QLabel()
        set_role(self.empty_label, "empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.delete_button = QPushButton(self.tr("&Weghalen"))
        self.delete_button.setToolTip(self.tr("Dit plan weghalen uit de lijst (Delete). U kunt het terugzetten."))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.save_button = QPushButton(self.tr("Op&slaan als planbestand…"))
        self.save_button.setToolTip(self.tr("Het plan als bestand bewaren, om te delen of als reservekopie"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.open_button = QPushButton(self.tr("&Open dit plan"))
        set_role(self.open_button, "primary")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        buttons_row = QHBoxLayout()
        buttons_row.setSpacing(10)
        buttons_row.addWidget(self.delete_button)
        buttons_row.addWidget(self.save_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.open_button)
        self.open_hint = QLabel(self.tr("Tip: dubbelklik op een plan, of kies het en druk op Enter."))
        set_role(self.open_hint, "muted")
        self.damaged_hint = QLabel(damaged_text())
        self.damaged_hint.setObjectName("damagedHint")
        set_role(self.damaged_hint, "deadline")
        self.damaged_hint.setWordWrap(True)
        self.damaged_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.damaged_hint.hide()

        self.list_box = QWidget()  # everything that only makes sense with at least one plan
        list_layout = QVBoxLayout(self.list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(10)
        list_layout.addLayout(tools_row)
        list_layout.addWidget(self.summary_label)
        list_layout.addWidget(self.table)
        list_layout.addWidget(self.no_match_label)
        list_layout.addLayout(buttons_row)
        list_layout.addWidget(self.open_hint)
        list_layout.addWidget(self.damaged_hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(heading_row)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list_box)
        layout.addStretch(1)

        chain = (self.deleted_button, self.import_button, self.undo_button, self.undo_bar.close_button,
                 self.search_edit, self.order_combo, self.table, self.delete_button, self.save_button, self.open_button)
        for before, after in zip(chain, chain[1:], strict=False):
            self.setTabOrder(before, after)
        self._add_shortcuts()
        self._on_header_sort_indicator_changed(self.table.horizontalHeader().sortIndicatorSection())

    # ------------------------------------------------------------------ public

    def refresh(self, select_plan: int | None = None) -> None:
        """Read the plans again and select ``select_plan``, or keep the selection, or take the first row."""
        keep = select_plan if select_plan is not None else self.current_plan_id()
        today = self._today()
        try:
            plans = self._services.overview.list_overview(today)
            deleted = len(self._services.overview.list_deleted())
        except UserError as error:
            plans, deleted = [], 0
            self.empty_label.setText(str(error))
        else:
            self.empty_label.setText(
                self.tr("U heeft nog geen plan. Kies hierboven wat voor plan u wilt maken.") if not deleted else
                self.tr("Er staat geen plan in uw lijst. Maak hierboven een nieuw plan, of zet een weggehaald plan "
                        "terug.")
            )
        self.source_model.set_rows(plans, today)
        self.empty_label.setVisible(not plans)
        self.list_box.setVisible(bool(plans))
        self.deleted_button.setText(fmt(self.tr("W&eggehaalde plannen (%1)…"), deleted))
        self.deleted_button.setVisible(deleted > 0)
        self._select(keep)
        self.table.fit_height()  # the list is drawn once, fitted, instead of once as it comes and again fitted
        settle_layouts()

    def show_loading(self) -> None:
        """Shown for the moment between the window appearing and the plans being read."""
        self.empty_label.setText(self.tr("Uw plannen worden geopend…"))
        self.empty_label.setVisible(True)
        self.list_box.setVisible(False)
        self.deleted_button.setVisible(False)

    def current_plan_id(self) -> int | None:
        return self.table.current_plan_id()

    def select_plan(self, plan_id: int | None) -> None:
        self._select(plan_id)

    def focus_table(self) -> bool:
        if not self.list_box.isVisibleTo(self) or not self.table.isVisibleTo(self):
            return False
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def ask_delete(self) -> None:
        """Ask before removing the chosen plan. The question opens without blocking; the answer removes it."""
        plan_id = self.current_plan_id()
        if plan_id is None or self.delete_box is not None:
            return
        title = self.source_model.plan_at(self.source_model.row_of(plan_id)).title
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Plan weghalen"),
                          fmt(self.tr("Het plan „%1” weghalen?"), title), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("deleteBox")
        box.setInformativeText(self.tr("Weet u het zeker? U kunt het plan daarna nog terugzetten."))
        yes = box.addButton(self.tr("Ja, &weghalen"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("&Nee, laten staan"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)  # Enter by accident keeps the plan
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes.clicked.connect(lambda: self._delete(plan_id, title))
        box.finished.connect(self._on_delete_box_finished)
        self.delete_box = box
        box.open()

    def undo_delete(self) -> None:
        if self._undo_plan is None:
            return
        plan_id, _title = self._undo_plan
        try:
            self._services.plans.restore_plan(plan_id, self._actor())
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        self._hide_undo()
        self._changes.announce(plan_id, What.PLANS, source=self)
        self.refresh(select_plan=plan_id)
        self.focus_table()

    def show_deleted(self) -> None:
        dialog = DeletedPlansDialog(self._services, self, actor=self._actor, changes=self._changes)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.plan_restored.connect(self._on_deleted_dialog_plan_restored)
        dialog.finished.connect(self._on_deleted_dialog_finished)
        self.deleted_dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- helpers

    def _today(self) -> date:
        return self._fixed_today or date.today()

    def _add_shortcuts(self) -> None:
        def action(keys: str, slot: Callable[[], None], widget: QWidget, context: Qt.ShortcutContext) -> QAction:
            act = QAction(widget)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            widget.addAction(act)
            return act

        children = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.search_action = action("Ctrl+F", self._on_search_action_triggered, self, children)
        self.undo_action = action("Ctrl+Z", self.undo_delete, self, children)
        self.delete_action = action("Delete", self.ask_delete, self.table, Qt.ShortcutContext.WidgetShortcut)

    def _select(self, plan_id: int | None) -> None:
        row = -1
        if plan_id is not None:
            source_row = self.source_model.row_of(plan_id)
            if source_row >= 0:
                row = self.model.mapFromSource(self.source_model.index(source_row, 0)).row()
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.select_row(row)
        self._update_buttons()

    def _update_summary(self, searching: bool = False) -> None:
        total = self.source_model.rowCount()
        late = self.source_model.count_overdue()
        if searching:
            self.summary_label.setText(fmt(self.tr("%1 van de %2 plannen gevonden."), self.model.rowCount(), total))
            return
        text = self.tr("U heeft %n plannen.", "", total)
        if late:
            text += " " + self.tr("Bij %n plannen is een datum voorbij.", "", late)
        broken = sum(1 for row in range(total) if is_damaged(self.source_model.plan_at(row)))
        if broken:
            text += " " + self.tr("%n plannen kunnen niet worden geopend.", "", broken)
        self.summary_label.setText(text)

    def _update_buttons(self) -> None:
        shown = self.model.rowCount()
        searching = bool(self.model.search_words())
        # Nothing found: say so in words, and no empty table or buttons that would do nothing.
        self.no_match_label.setVisible(shown == 0)
        self.no_match_label.setText(
            fmt(self.tr("Geen plan gevonden met „%1”. Probeer een ander woord."), self.search_edit.text().strip())
        )
        self.table.setVisible(shown > 0)
        chosen = self.current_plan_id() is not None
        for button in (self.delete_button, self.save_button, self.open_button):
            button.setVisible(shown > 0)
            button.setEnabled(chosen)
        # A plan that cannot be read is never opened; saving it and removing it stay, and the hint says so.
        damaged = self._chosen_is_damaged()
        self.open_button.setEnabled(chosen and not damaged)
        self.damaged_hint.setVisible(shown > 0 and damaged)
        self.open_hint.setVisible(shown > 0 and not damaged)
        self._update_summary(searching)
        self.summary_label.setVisible(shown > 0)

    def _delete(self, plan_id: int, title: str) -> None:
        # The plan below the removed one takes its place, so the keyboard stays where the family was.
        row = self.table.currentIndex().row()
        neighbour = self.table.plan_id_at(row + 1)
        if neighbour is None:
            neighbour = self.table.plan_id_at(row - 1)
        try:
            self._services.plans.delete_plan(plan_id, self._actor())
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        self._undo_plan = (plan_id, title)
        self._changes.announce(plan_id, What.PLANS, source=self)
        self.undo_bar.show_message(fmt(self.tr("Het plan „%1” is weggehaald."), title))
        self.refresh(select_plan=neighbour)
        if not self.focus_table():
            self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, plan_id: int | None) -> None:
        if plan_id is None:
            return
        if self._is_damaged(plan_id):
            open_message(self, damaged_text(), warning=True)
            return
        self.open_requested.emit(plan_id)

    def _is_damaged(self, plan_id: int) -> bool:
        row = self.source_model.row_of(plan_id)
        return row >= 0 and is_damaged(self.source_model.plan_at(row))

    def _chosen_is_damaged(self) -> bool:
        plan_id = self.current_plan_id()
        return plan_id is not None and self._is_damaged(plan_id)

    def _hide_undo(self) -> None:
        self._undo_plan = None
        self.undo_bar.hide()

    # ------------------------------------------------------------------- slots

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._select(self.current_plan_id())
        settle_layouts()  # the window is drawn once per key, with everything in its new place

    def _on_search_action_triggered(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_order_combo_activated(self, index: int) -> None:
        column = int(self.order_combo.itemData(index))
        # Dates of change read best newest first; everything else from the top (soonest date, A to Z).
        order = Qt.SortOrder.DescendingOrder if column == COL_CHANGED else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)

    def _on_header_sort_indicator_changed(self, column: int, _order: Qt.SortOrder | None = None) -> None:
        combo_index = self.order_combo.findData(column)
        if combo_index >= 0:
            self.order_combo.setCurrentIndex(combo_index)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self._open(self.table.plan_id_at(index.row()))

    def _on_open_button_clicked(self) -> None:
        self._open(self.current_plan_id())

    def _on_save_button_clicked(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is not None:
            self.save_requested.emit(plan_id)

    def _on_delete_button_clicked(self) -> None:
        self.ask_delete()

    def _on_delete_box_finished(self, _result: int) -> None:
        self.delete_box = None

    def _on_undo_button_clicked(self) -> None:
        self.undo_delete()

    def _on_undo_close_button_clicked(self) -> None:
        self._hide_undo()
        self.focus_table()

    def _on_import_button_clicked(self) -> None:
        self.import_requested.emit()

    def _on_table_selection_changed(self) -> None:
        self._update_buttons()

    def _on_deleted_button_clicked(self) -> None:
        self.show_deleted()

    def _on_deleted_dialog_plan_restored(self, plan_id: int) -> None:
        if self._undo_plan is not None and self._undo_plan[0] == plan_id:
            self._hide_undo()
        self.select_plan(plan_id)  # the list was read again when the start view heard the dialog's change

    def _on_deleted_dialog_finished(self, _result: int) -> None:
        self.deleted_dialog = None
        self.focus_table()
