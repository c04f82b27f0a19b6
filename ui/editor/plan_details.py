"""'Over dit plan': the family changes the plan's own details at any time (its name, title, dates and place).

Only the family: the services refuse anyone else, and the window offers it only to the family. Every change goes into
the plan's history, as every change of the family's words does. The editor shows the new details at once
(``EditorView.show_details``); the list of plans hears of it through ``PlanChanges``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models import PlanType
from ui.common.changes import PlanChanges, What
from ui.common.dialog_parts import on_parent_screen
from ui.common.jeugdwet_dates import JeugdwetDates
from ui.common.optional_date import OptionalDateField
from ui.common.theme import set_role
from wijkteam.errors import UserError
from wijkteam.i18n import LANGUAGES, SOURCE_LANGUAGE
from wijkteam.services import Actor, Services
from wijkteam.services.dto import PlanDoc

#: The details, as the services call them.
TEXT_FIELDS = ("title", "family_name", "meeting_place")
DATE_FIELDS = ("melding_date", "meeting_date", "evaluation_date", "offer_date", "term_date")


class DetailsHost(Protocol):
    """What the dialog needs from the editor that opens it."""

    @property
    def plan_id(self) -> int | None: ...

    @property
    def actor(self) -> Actor: ...

    @property
    def changes(self) -> PlanChanges: ...

    def show_details(self) -> None: ...


class PlanDetailsDialog(QDialog):
    """The details of one plan, filled in as they are; "Bewaren" stores what changed, in one go."""

    def __init__(self, services: Services, plan: PlanDoc, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._plan, self._actor = services, plan, actor
        self.setWindowTitle(self.tr("Over dit plan"))
        self.setModal(True)
        personal = plan.plan_type == PlanType.PERSOONLIJK_PLAN

        heading = QLabel(self.tr("Over dit plan"))
        set_role(heading, "heading")
        intro = QLabel(self.tr("U kunt dit altijd veranderen. Wat u verandert, komt in de geschiedenis van het plan."))
        intro.setWordWrap(True)
        self.title_edit = self._line(plan.title, self.tr("Titel van het plan"))
        name = self.tr("Uw naam") if personal else self.tr("Naam van de familie")
        self.name_edit = self._line(plan.family_name, name)
        self.place_edit = self._line(plan.meeting_place, self.tr("Plaats van het gesprek"))
        self.melding_field = self._date(plan.melding_date, self.tr("Datum van de melding"))
        meeting = self.tr("Datum van het gesprek") if personal else self.tr("Datum van de bijeenkomst")
        self.meeting_field = self._date(plan.meeting_date, meeting)
        self.evaluation_field = self._date(plan.evaluation_date, self.tr("Datum van de evaluatie"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Taal van het plan"))
        self.language_combo.setToolTip(self.tr("In deze taal drukt de PDF zijn eigen woorden af, zoals de koppen."))
        for code, own_name in LANGUAGES.items():
            self.language_combo.addItem(own_name, code)
        if self.language_combo.findData(plan.language) < 0:  # from a plan file, in a language without words here
            self.language_combo.addItem(plan.language, plan.language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(plan.language))
        self.bilingual_check = QCheckBox(self.tr("Zet in de PDF ook de Nederlandse &woorden"))
        self.bilingual_check.setToolTip(self.tr("Dan kan de gemeente de koppen ook lezen. Uw eigen tekst blijft zoals "
                                                "u hem schreef."))
        self.bilingual_check.setChecked(plan.print_bilingual)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_current_index_changed)
        self._on_language_combo_current_index_changed()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)  # wrapped rows were taller than its hint said
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Uw naam:") if personal else self.tr("&Naam van de familie:"), self.name_edit)
        if personal:
            form.addRow(self.tr("&Melding:"), self.melding_field)
        form.addRow(self.tr("&Gesprek:") if personal else self.tr("&Bijeenkomst:"), self.meeting_field)
        form.addRow(self.tr("&Plaats:"), self.place_edit)
        form.addRow(self.tr("&Evaluatie:"), self.evaluation_field)
        form.addRow(self.tr("T&aal van het plan:"), self.language_combo)
        form.addRow("", self.bilingual_check)
        self.melding_field.setVisible(personal)
        # A familiegroepsplan: the offer to make it and the day agreed for it, with the right explained beside them.
        self.jeugdwet = JeugdwetDates()
        self.jeugdwet.set_values(plan.offer_date, plan.term_date)
        self.jeugdwet.setVisible(not personal)

        self.error_label = QLabel()
        set_role(self.error_label, "status-warning")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton = self.buttons.addButton(self.tr("&Bewaren"),
                                                               QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(28, 24, 28, 12)
        inner.setSpacing(12)
        inner.addWidget(heading)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.jeugdwet)
        inner.addWidget(self.error_label)
        # On a small screen, or with large text, the dialog scrolls inside instead of running off the screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addWidget(scroll, 1)
        buttons_row = QVBoxLayout()
        buttons_row.setContentsMargins(28, 0, 28, 0)
        buttons_row.addWidget(self.buttons)
        layout.addLayout(buttons_row)
        self.setMinimumWidth(560)
        # As tall as what it holds, but never taller than the screen: then it scrolls inside.
        width = max(560, content.sizeHint().width())
        content.resize(width, content.sizeHint().height())
        inner.activate()  # rows that wrap (a label above its field) are taller than the first size hint says
        needed = max(inner.sizeHint().height(), content.sizeHint().height())
        wanted = (needed + self.buttons.sizeHint().height() + layout.spacing() + layout.contentsMargins().bottom()
                  + 8)
        screen = on_parent_screen(self)
        self.resize(width, min(wanted, screen.height() - 60))
        self.title_edit.setFocus()

    def changed_fields(self) -> dict[str, Any]:
        """What differs from the plan as it was opened, as the services name it."""
        now: dict[str, Any] = {
            "title": " ".join(self.title_edit.text().split()),
            "family_name": " ".join(self.name_edit.text().split()),
            "meeting_place": " ".join(self.place_edit.text().split()),
            "meeting_date": self.meeting_field.value(),
            "evaluation_date": self.evaluation_field.value(),
            "language": self.language_combo.currentData(),
            "print_bilingual": self.bilingual_check.isChecked() and self.bilingual_check.isEnabled(),
        }
        if self._plan.plan_type == PlanType.PERSOONLIJK_PLAN:
            now["melding_date"] = self.melding_field.value()
        else:
            now.update(offer_date=self.jeugdwet.offer_date(), term_date=self.jeugdwet.term_date())
        return {name: value for name, value in now.items() if value != getattr(self._plan, name)}

    def accept(self) -> None:
        fields = self.changed_fields()
        if fields:
            try:
                self._services.plans.update_plan(self._plan.id, self._actor, **fields)
            except UserError as error:  # one sentence; nothing of it was stored (one transaction)
                self.error_label.setText(str(error))
                self.error_label.show()
                return
        super().accept()

    def _on_language_combo_current_index_changed(self, _index: int = 0) -> None:
        self.bilingual_check.setEnabled(self.language_combo.currentData() != SOURCE_LANGUAGE)

    @staticmethod
    def _line(text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(200)
        edit.setAccessibleName(name)
        return edit

    def _date(self, value: date | None, name: str) -> OptionalDateField:
        field = OptionalDateField(self.tr("Op een vaste datum"))
        field.set_value(value)
        field.check.setAccessibleName(name)
        field.date_edit.setAccessibleName(name)
        return field


def open_plan_details(host: DetailsHost, services: Services, parent: QWidget) -> PlanDetailsDialog | None:
    """Open the dialog for the plan open in ``host``; when it is saved, the editor and the list hear of it."""
    plan_id = host.plan_id
    if plan_id is None or not host.actor.is_family:
        return None
    try:
        plan = services.plans.get_plan(plan_id)
    except UserError:
        return None
    dialog = PlanDetailsDialog(services, plan, host.actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def saved() -> None:
        host.show_details()
        host.changes.announce(plan_id, What.DETAILS, What.PLANS, source=dialog)

    dialog.accepted.connect(saved)
    dialog.open()
    return dialog
