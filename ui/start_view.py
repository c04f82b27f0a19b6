"""The first screen: a warm welcome, the choice between the two kinds of plan, and the family's own plans."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import PlanType
from ui.messages import open_message
from ui.new_plan_dialogs import NewFamilyPlanDialog, NewPersonalPlanDialog
from ui.plan_table_model import COL_CHANGED, COL_FAMILY, COL_TITLE, COL_TYPE, PLAN_ID_ROLE, PlanTableModel
from ui.theme import set_role
from wijkteam.errors import UserError
from wijkteam.services import FAMILY, Services
from wijkteam.templates import load_template

CONTENT_MAX_WIDTH = 1100


class ChoiceCard(QFrame):
    """A large button to start a plan, with the plain-words explanation of that kind of plan under it."""

    def __init__(self, button_text: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.button = QPushButton(button_text)
        set_role(self.button, "choice")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.button.setAccessibleDescription(intro)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(14)
        layout.addWidget(self.button)
        layout.addWidget(self.intro_label, 1)


class StartView(QWidget):
    plan_opened = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.new_plan_dialog: QDialog | None = None  # the open question before a new plan, if any

        title = QLabel(self.tr("Ons Plan"))
        set_role(title, "title")
        lead = QLabel(self.tr("Hier schrijft u uw eigen plan. U bepaalt wat erin staat."))
        set_role(lead, "lead")
        lead.setWordWrap(True)

        family = load_template(PlanType.FAMILIEGROEPSPLAN)
        personal = load_template(PlanType.PERSOONLIJK_PLAN)
        self.family_card = ChoiceCard(self.tr("+  Nieuw &familiegroepsplan"), family.intro)
        self.personal_card = ChoiceCard(self.tr("+  Nieuw &persoonlijk plan"), personal.intro)
        self.family_button = self.family_card.button
        self.personal_button = self.personal_card.button
        self.family_button.clicked.connect(self._on_family_button_clicked)
        self.personal_button.clicked.connect(self._on_personal_button_clicked)
        cards = QHBoxLayout()
        cards.setSpacing(20)
        cards.addWidget(self.family_card, 1)
        cards.addWidget(self.personal_card, 1)

        plans_heading = QLabel(self.tr("&Uw plannen"))
        set_role(plans_heading, "heading")
        self.model = PlanTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Uw plannen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(46)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_FAMILY, COL_TYPE, COL_CHANGED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(200)
        self.table.activated.connect(self._on_table_activated)
        plans_heading.setBuddy(self.table)

        self.open_button = QPushButton(self.tr("&Open dit plan"))
        set_role(self.open_button, "primary")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.open_hint = QLabel(self.tr("Tip: dubbelklik op een plan, of kies het en druk op Enter."))
        set_role(self.open_hint, "muted")
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_hint, 1)
        open_row.addWidget(self.open_button)

        self.empty_label = QLabel()
        set_role(self.empty_label, "empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Holds the empty state and the free space under it, so the cards above keep their natural height.
        self.empty_box = QWidget()
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)

        page = QVBoxLayout()
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(12)
        page.addWidget(title)
        page.addWidget(lead)
        page.addSpacing(16)
        page.addLayout(cards)
        page.addSpacing(24)
        page.addWidget(plans_heading)
        page.addWidget(self.empty_box, 1)
        page.addWidget(self.table, 1)
        page.addLayout(open_row)
        column_widget = QWidget()
        column_widget.setLayout(page)
        column_widget.setMaximumWidth(CONTENT_MAX_WIDTH)

        content = QWidget()
        content.setObjectName("scrollContent")
        centre = QHBoxLayout(content)
        centre.setContentsMargins(40, 32, 40, 32)
        centre.addStretch(0)
        centre.addWidget(column_widget, 1)
        centre.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.setTabOrder(self.family_button, self.personal_button)
        self.setTabOrder(self.personal_button, self.table)
        self.setTabOrder(self.table, self.open_button)
        self.refresh()

    # ------------------------------------------------------------------ public

    def refresh(self, select_plan: int | None = None) -> None:
        """Read the plans again, newest change first, and select ``select_plan`` (or the newest)."""
        try:
            plans = sorted(self._services.plans.list_plans(), key=lambda p: p.updated_at, reverse=True)
        except UserError as error:
            plans = []
            self.empty_label.setText(str(error))
        else:
            self.empty_label.setText(self.tr("U heeft nog geen plan. Kies hierboven wat voor plan u wilt maken."))
        self.model.set_rows(plans)
        has_plans = bool(plans)
        self.empty_box.setVisible(not has_plans)
        for widget in (self.table, self.open_button, self.open_hint):
            widget.setVisible(has_plans)
        if has_plans:
            row = self.model.row_of(select_plan) if select_plan is not None else -1
            self.table.selectRow(max(row, 0))

    def focus_first(self) -> None:
        self.family_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_plans(self) -> None:
        """After closing a plan, the keyboard is back on that plan in the list."""
        if self.table.isVisibleTo(self):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_first()

    # ------------------------------------------------------------------- slots

    def _on_family_button_clicked(self) -> None:
        dialog = NewFamilyPlanDialog(self)
        dialog.accepted.connect(lambda: self._create_plan(PlanType.FAMILIEGROEPSPLAN, family_name=dialog.family_name()))
        self._open_dialog(dialog)

    def _on_personal_button_clicked(self) -> None:
        dialog = NewPersonalPlanDialog(self)
        dialog.accepted.connect(lambda: self._create_plan(PlanType.PERSOONLIJK_PLAN, melding=dialog.melding_date()))
        self._open_dialog(dialog)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self._open_row(index.row())

    def _on_open_button_clicked(self) -> None:
        self._open_row(self.table.currentIndex().row())

    # ----------------------------------------------------------------- helpers

    def _open_dialog(self, dialog: QDialog) -> None:
        # open(), not exec(): the screen keeps running, and the answer arrives through accepted.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_new_plan_dialog_finished)
        self.new_plan_dialog = dialog
        dialog.open()

    def _on_new_plan_dialog_finished(self, _result: int) -> None:
        self.new_plan_dialog = None

    def _create_plan(self, plan_type: PlanType, *, family_name: str = "", melding: date | None = None) -> None:
        try:
            plan_id = self._services.plans.create_plan(plan_type, FAMILY, family_name=family_name, melding_date=melding)
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        self.refresh()
        self.plan_opened.emit(plan_id)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.plan_opened.emit(int(self.model.index(row, COL_TITLE).data(PLAN_ID_ROLE)))
