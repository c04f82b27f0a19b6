"""The first screen: a warm welcome, the choice between the two kinds of plan, and the family's own plans.

The list shows every plan's last change and next date, so it reads the plans again whenever another screen announces
a change (``ui.common.changes``): at once while it shows, else when it shows again.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models import PlanType
from ui.common.changes import PlanChange, PlanChanges, What, own_changes
from ui.common.messages import open_message
from ui.common.screen_language import current_language
from ui.common.theme import set_role
from ui.common.wording import fmt, template_text
from ui.start.new_plan_dialogs import NewFamilyPlanDialog, NewPersonalPlanDialog
from ui.start.plan_file_dialogs import PlanFileFlow
from ui.start.plan_list_panel import PlanListPanel
from wijkteam.errors import UserError
from wijkteam.services import FAMILY, Actor, Services
from wijkteam.templates import load_template

CONTENT_MAX_WIDTH = 1100
#: What the list shows something of (every change moves "laatst veranderd"). Not the private notes: the family saves
#: them as they type in eigen tijd, with the list behind it, and reading 500 plans again each second would stall.
LIST_SHOWS = tuple(what for what in What if what != What.PRIVATE_NOTES)


class ChoiceCard(QFrame):
    """A large button to start a plan, the plain-words explanation under it, and more on request."""

    def __init__(self, button_text: str, name: str, intro: str, more: str, parent: QWidget | None = None) -> None:
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
        # Without a mnemonic: both cards have this button, and one key cannot open two things.
        self.more_button = QPushButton(self.tr("Meer uitleg  ▾"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(fmt(self.tr("Meer uitleg over: %1"), name))
        self.more_button.toggled.connect(self._on_more_button_toggled)
        self.more_label = QLabel(more)
        self.more_label.setWordWrap(True)
        self.more_label.setTextFormat(Qt.TextFormat.RichText)
        self.more_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.more_label.hide()
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(self.button)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.more_label)
        layout.addStretch(1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_compact(self, compact: bool) -> None:
        """Only the button, once there are plans: the list of plans is what a family comes back for."""
        self.intro_label.setVisible(not compact)
        self.more_button.setVisible(not compact)
        self.more_label.setVisible(not compact and self.more_button.isChecked())
        self._layout.setContentsMargins(*((12, 12, 12, 12) if compact else (20, 20, 20, 16)))

    def _on_more_button_toggled(self, shown: bool) -> None:
        self.more_label.setVisible(shown)
        self.more_button.setText(self.tr("Minder uitleg  ▴") if shown else self.tr("Meer uitleg  ▾"))


def _paragraphs(parts: list[tuple[str, str]]) -> str:
    """Our own texts as short paragraphs with a bold lead-in. Only app texts come here, never a family's words."""
    return "".join(f"<p><b>{html.escape(head)}</b><br>{html.escape(body)}</p>" for head, body in parts)


class StartView(QWidget):
    plan_opened = Signal(int)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        plan_files: PlanFileFlow | None = None,
        today: date | None = None,
        load_plans: bool = True,
        actor: Callable[[], Actor] = lambda: FAMILY,
        changes: PlanChanges | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor  # who is at the keyboard: the services refuse anyone but the family
        self.changes = own_changes(changes, self)
        self.changes.changed.connect(self._on_changes_changed)
        self._stale = False  # a change was heard while the list did not show
        self.new_plan_dialog: QDialog | None = None  # the open question before a new plan, if any
        self.plan_files = plan_files or PlanFileFlow(services, self, actor=actor, changes=self.changes)
        self.plan_files.plan_imported.connect(self._on_plan_files_plan_imported)

        title = QLabel(self.tr("Ons Plan"))
        set_role(title, "title")
        lead = QLabel(self.tr("Hier schrijft u uw eigen plan. U bepaalt wat erin staat."))
        set_role(lead, "lead")
        lead.setWordWrap(True)

        family = load_template(PlanType.FAMILIEGROEPSPLAN)
        personal = load_template(PlanType.PERSOONLIJK_PLAN)
        self.family_card = ChoiceCard(self.tr("+  Nieuw &familiegroepsplan"), template_text(family.name),
                                      template_text(family.intro), self._family_more())
        self.personal_card = ChoiceCard(self.tr("+  Nieuw &persoonlijk plan"), template_text(personal.name),
                                        template_text(personal.intro), self._personal_more())
        self.family_button = self.family_card.button
        self.personal_button = self.personal_card.button
        self.family_button.clicked.connect(self._on_family_button_clicked)
        self.personal_button.clicked.connect(self._on_personal_button_clicked)
        self.cards = QWidget()
        cards = QHBoxLayout(self.cards)
        cards.setContentsMargins(0, 0, 0, 0)
        cards.setSpacing(20)
        cards.addWidget(self.family_card, 1)
        cards.addWidget(self.personal_card, 1)

        self.plans = PlanListPanel(services, today=today, actor=actor, changes=self.changes)
        self.plans.open_requested.connect(self._on_plans_open_requested)
        self.plans.save_requested.connect(self._on_plans_save_requested)
        self.plans.import_requested.connect(self._on_plans_import_requested)
        # The parts tests and the window reach for most.
        self.table = self.plans.table
        self.model = self.plans.model
        self.empty_label = self.plans.empty_label
        self.open_button = self.plans.open_button
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

        page = QVBoxLayout()
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(12)
        page.addWidget(title)
        page.addWidget(lead)
        page.addSpacing(16)
        page.addWidget(self.cards)
        page.addSpacing(24)
        page.addWidget(self.plans, 1)
        page.addStretch(0)  # under the compact cards once there are plans, so they stay close to the list
        self._page = page
        self._lead = lead
        source = self.plans.source_model
        for signal in (source.modelReset, source.rowsInserted, source.rowsRemoved):
            signal.connect(self._arrange)
        column_widget = QWidget()
        column_widget.setLayout(page)
        column_widget.setMaximumWidth(CONTENT_MAX_WIDTH)

        self._content = QWidget()
        self._content.setObjectName("scrollContent")
        centre = QHBoxLayout(self._content)
        centre.setContentsMargins(40, 32, 40, 32)
        centre.addStretch(0)
        centre.addWidget(column_widget, 1)
        centre.addStretch(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._content)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self.setTabOrder(self.family_button, self.family_card.more_button)
        self.setTabOrder(self.family_card.more_button, self.personal_button)
        self.setTabOrder(self.personal_button, self.personal_card.more_button)
        self.setTabOrder(self.personal_card.more_button, self.plans.deleted_button)
        if load_plans:
            self.refresh()
        else:  # the start-up reads them once the window shows
            self.plans.show_loading()

    # ------------------------------------------------------------------ public

    def refresh(self, select_plan: int | None = None) -> None:
        """Read the plans again and select ``select_plan`` (or keep the choice, or take the first)."""
        self._stale = False
        self.plans.refresh(select_plan)

    def current_plan_id(self) -> int | None:
        return self.plans.current_plan_id()

    def focus_first(self) -> None:
        """The list of plans once there are plans, as it comes first; else the first of the two new plans."""
        if self.plans.source_model.rowCount() and self.plans.focus_table():
            return
        self.family_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_plans(self) -> None:
        """After closing a plan, the keyboard is back on that plan in the list."""
        if not self.plans.focus_table():
            self.focus_first()

    def ask_new_plan(self, plan_type: PlanType) -> None:
        if plan_type == PlanType.PERSOONLIJK_PLAN:
            self._on_personal_button_clicked()
        else:
            self._on_family_button_clicked()

    # ----------------------------------------------------------------- texts

    def _family_more(self) -> str:
        return _paragraphs([
            (self.tr("Wat is het?"),
             self.tr("Een plan van uw familie, voor uw kind of kinderen. U maakt het samen met familie, vrienden en "
                     "buren. Samen schrijft u op wat er moet gebeuren en wie wat doet.")),
            (self.tr("Een recht, geen plicht"),
             self.tr("U mag een familiegroepsplan maken. Het hoeft niet. Dit staat in de Jeugdwet.")),
            (self.tr("Wie biedt het aan?"),
             self.tr("Krijgt uw kind jeugdhulp? Of is er jeugdbescherming (een gecertificeerde instelling, GI) bij "
                     "uw gezin? Dan moeten zij u eerst de kans geven om zelf een plan te maken.")),
            (self.tr("U kiest de vorm"),
             self.tr("Er is geen verplicht formulier. De vragen hier helpen u op weg. U mag delen overslaan, een "
                     "andere naam geven of zelf delen toevoegen.")),
            (self.tr("Wat gebeurt ermee?"),
             self.tr("Professionals mogen advies geven. U beslist zelf wat u ermee doet. Is er een "
                     "ondertoezichtstelling? Dan kan de jeugdbeschermer voorwaarden stellen voor de veiligheid. "
                     "Uw plan moet aan die voorwaarden voldoen.")),
        ])

    def _personal_more(self) -> str:
        return _paragraphs([
            (self.tr("Wat is het?"),
             self.tr("U schrijft op hoe het met u gaat en wat u zelf kunt. U schrijft ook wie u helpt en welke "
                     "hulp volgens u past. Dit staat in de Wmo, de wet voor hulp en zorg van de gemeente.")),
            (self.tr("Een recht, geen plicht"),
             self.tr("U mag een persoonlijk plan maken. Het hoeft niet.")),
            (self.tr("Binnen 7 dagen"),
             self.tr("Eerst meldt u zich bij de gemeente voor hulp. Dat heet een melding. Daarna heeft u 7 dagen om "
                     "uw plan te geven. Is het later klaar? U mag het dan nog steeds geven.")),
            (self.tr("Wat gebeurt ermee?"),
             self.tr("De gemeente gebruikt uw plan in haar onderzoek. Dat onderzoek duurt hoogstens 6 weken. "
                     "Daarna vraagt u de hulp aan. De gemeente beslist binnen 2 weken na die aanvraag. Uw plan "
                     "telt mee, maar de gemeente beslist.")),
        ])

    # ------------------------------------------------------------------- slots

    def _on_family_button_clicked(self) -> None:
        dialog = NewFamilyPlanDialog(self)
        dialog.accepted.connect(lambda: self._create_plan(PlanType.FAMILIEGROEPSPLAN, family_name=dialog.family_name(),
                                                          dates=(dialog.offer_date(), dialog.term_date())))
        self._open_dialog(dialog)

    def _on_personal_button_clicked(self) -> None:
        dialog = NewPersonalPlanDialog(self)
        dialog.accepted.connect(lambda: self._create_plan(PlanType.PERSOONLIJK_PLAN, family_name=dialog.citizen_name(),
                                                          melding=dialog.melding_date()))
        self._open_dialog(dialog)

    def _on_plans_open_requested(self, plan_id: int) -> None:
        self.plan_opened.emit(plan_id)

    def _on_plans_save_requested(self, plan_id: int) -> None:
        self.plan_files.save_plan(plan_id)

    def _on_plans_import_requested(self) -> None:
        self.plan_files.open_file()

    def _on_plan_files_plan_imported(self, plan_id: int) -> None:
        if not self.isVisible():
            return  # the family went on while the file was read: the new plan waits in the list
        self.plans.select_plan(plan_id)  # in the list already: it was read again when the import was announced
        self.plan_opened.emit(plan_id)

    def _on_changes_changed(self, change: PlanChange) -> None:
        if change.made_by(self) or change.made_by(self.plans) or not change.touches(*LIST_SHOWS):
            return  # shown already by the part of this screen that made it, or nothing the list shows
        if self.isVisible():
            self.refresh()  # keeps the plan that is chosen
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The table is as tall as its rows and the page scrolls: keep the row the arrows move to in sight. Only while
        # the table has the keyboard: a search moves the current row too, and the page must not scroll away from the
        # search box while the family types in it.
        if not current.isValid() or not self.table.isVisible() or not self.table.hasFocus():
            return
        rect = self.table.visualRect(current)
        centre = self.table.viewport().mapTo(self._content, rect.center())
        self.scroll_area.ensureVisible(centre.x(), centre.y(), 0, rect.height() // 2 + 24)

    def _arrange(self) -> None:
        """With plans, the list comes first and the two cards shrink to their buttons under it; without, the cards
        explain the two kinds of plan first."""
        has_plans = self.plans.source_model.rowCount() > 0
        page = self._page
        if (page.indexOf(self.cards) > page.indexOf(self.plans)) == has_plans:
            return
        page.removeWidget(self.cards)
        page.insertWidget(page.indexOf(self.plans) + (1 if has_plans else -1), self.cards)
        self._lead.setVisible(not has_plans)
        page.setStretchFactor(self.plans, 0 if has_plans else 1)
        page.setStretch(page.count() - 1, 1 if has_plans else 0)
        for card in (self.family_card, self.personal_card):
            card.set_compact(has_plans)
        # Tab follows what the eye sees: the list first once it comes first.
        if has_plans:
            self.setTabOrder(self.plans.open_button, self.family_button)
        else:
            self.setTabOrder(self.personal_card.more_button, self.plans.deleted_button)
        self.setTabOrder(self.family_button, self.family_card.more_button)
        self.setTabOrder(self.family_card.more_button, self.personal_button)
        self.setTabOrder(self.personal_button, self.personal_card.more_button)

    def _on_new_plan_dialog_finished(self, _result: int) -> None:
        self.new_plan_dialog = None

    # ----------------------------------------------------------------- helpers

    def _open_dialog(self, dialog: QDialog) -> None:
        # open(), not exec(): the screen keeps running, and the answer arrives through accepted.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_new_plan_dialog_finished)
        self.new_plan_dialog = dialog
        dialog.open()

    def _create_plan(self, plan_type: PlanType, *, family_name: str = "", melding: date | None = None,
                     dates: tuple[date | None, date | None] = (None, None)) -> None:
        """``dates``: for a familiegroepsplan, the day of the offer and the day agreed for the plan."""
        try:
            # The PDF's own words start in the language of the screens; "Over dit plan" changes it at any time.
            plan_id = self._services.plans.create_plan(plan_type, self._actor(), family_name=family_name,
                                                       melding_date=melding, offer_date=dates[0], term_date=dates[1],
                                                       language=current_language())
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        self.changes.announce(plan_id, What.PLANS, source=self)
        self.refresh(select_plan=plan_id)
        self.plan_opened.emit(plan_id)
