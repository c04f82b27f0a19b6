"""Adding or changing one agreement: wat, bij welk doel, wie, wanneer, hoe weten we dat het lukt, wie checkt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models import AgreementStatus
from ui.common.dialog_parts import (
    add_save_shortcuts,
    form_label,
    grow_to_fit,
    lines_height,
    save_then_accept,
    scrolling_body,
    show_form_error,
    tall_combo,
)
from ui.common.optional_date import OptionalDateField
from ui.common.theme import set_role
from ui.people.plan_parts_wording import missing_text, status_text
from wijkteam.services.dto import AgreementDoc, GoalDoc, ParticipantDoc

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL_LABEL_LENGTH = 70

SaveFields = Callable[[dict[str, Any]], None]


class AgreementDialog(QDialog):
    """``save`` gets the fields as the agreement service takes them; a UserError it raises shows here."""

    def __init__(
        self,
        save: SaveFields,
        agreement: AgreementDoc | None,
        goals: Sequence[GoalDoc],
        people: Sequence[ParticipantDoc],
        *,
        default_goal_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Afspraak aanpassen") if agreement else self.tr("Afspraak toevoegen"))

        intro = QLabel(self.tr("Maak het concreet: wie doet wat, en wanneer? Niet alles hoeft meteen."))
        set_role(intro, "muted")
        intro.setWordWrap(True)
        self.what_edit = QPlainTextEdit()
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setPlaceholderText(self.tr("bijvoorbeeld: Oma brengt Jesse op maandag naar school."))
        self.what_edit.setFixedHeight(lines_height(self.what_edit))
        self.what_edit.setMinimumWidth(560)  # on the field, so the dialog's layout still sets its minimum size
        self.goal_combo = tall_combo(QComboBox())
        self.goal_combo.addItem(self.tr("Zonder doel"), None)
        for number, goal in enumerate(goals, 1):
            text = " ".join(goal.text.split())
            if len(text) > GOAL_LABEL_LENGTH:
                text = text[: GOAL_LABEL_LENGTH - 1].rstrip() + "…"
            self.goal_combo.addItem(f"{number}. {text}", goal.id)
        self.who_list = QListWidget()
        # Item views ignore the theme's large tick boxes: give these the same size and some air.
        self.who_list.setStyleSheet("QListView::item { padding: 4px 6px; } "
                                    "QListView::indicator { width: 22px; height: 22px; }")
        self.who_list.setAccessibleName(self.tr("Wie doet het"))
        for person in people:
            label = f"{person.name} ({person.relation})" if person.relation.strip() else person.name
            item = QListWidgetItem(label)
            item.setData(PERSON_ID_ROLE, person.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.who_list.addItem(item)
        self.who_list.ensurePolished()
        rows = min(max(len(people), 2), 4)
        row_height = self.who_list.sizeHintForRow(0) if people else 0
        self.who_list.setFixedHeight(rows * row_height + 2 * self.who_list.frameWidth() + 4 if people else 60)
        self.who_empty = QLabel(self.tr("Er staat nog niemand in het plan. Voeg eerst mensen toe bij een deel over "
                                        "mensen of het netwerk."))
        set_role(self.who_empty, "muted")
        self.who_empty.setWordWrap(True)
        self.when_edit = QLineEdit()
        self.when_edit.setPlaceholderText(self.tr("bijvoorbeeld: elke woensdag, of voor de zomer"))
        self.date_field = OptionalDateField(self.tr("Op een vaste d&atum"))
        self.how_edit = QLineEdit()
        self.how_edit.setPlaceholderText(self.tr("bijvoorbeeld: Jesse staat om half negen op het plein"))
        self.checker_combo = tall_combo(QComboBox())
        self.checker_combo.setEditable(True)
        self.checker_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.checker_combo.addItem("")
        for person in people:
            self.checker_combo.addItem(person.name)
        line = self.checker_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("kies iemand, of schrijf een naam"))
        self.status_combo = tall_combo(QComboBox())
        for status in AgreementStatus:
            self.status_combo.addItem(status_text(status.value), status.value)
        self.safety_check = QCheckBox(self.tr("Dit is een &veiligheidsafspraak"))

        form = QFormLayout()
        form.setSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        who_box = QWidget()
        who_layout = QVBoxLayout(who_box)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(self.who_list)
        who_layout.addWidget(self.who_empty)
        self.who_list.setVisible(bool(people))
        self.who_empty.setVisible(not people)
        who_box.setFocusProxy(self.who_list)
        for text, field in (
            (self.tr("&Wat gaat er gebeuren?"), self.what_edit),
            (self.tr("Bij welk d&oel?"), self.goal_combo),
            (self.tr("Wi&e doet het?"), who_box),
            (self.tr("Wa&nneer?"), self.when_edit),
            ("", self.date_field),
            (self.tr("&Hoe weten we dat het lukt?"), self.how_edit),
            (self.tr("Wie &checkt of het gelukt is?"), self.checker_combo),
            (self.tr("&Stand"), self.status_combo),
            ("", self.safety_check),
        ):
            form.addRow(form_label(text, field, top=field in (self.what_edit, who_box)), field)

        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        set_role(self.missing_label, "muted")
        self.error_label = QLabel()
        set_role(self.error_label, "status-warning")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Bewaren"), QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Bewaren met Ctrl+Enter, of met Enter in een veld van één regel."))
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        add_save_shortcuts(self, self._on_buttons_accepted)

        layout, foot = scrolling_body(self, (28, 20, 28, 16), 10)
        layout.addWidget(intro)
        layout.addLayout(form)
        foot.addWidget(self.error_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.missing_label, 1)
        bottom.addWidget(self.buttons)
        foot.addLayout(bottom)

        self._fill(agreement, default_goal_id)
        self.what_edit.textChanged.connect(self._on_any_field_changed)
        self.who_list.itemChanged.connect(self._on_any_field_changed)
        self.when_edit.textChanged.connect(self._on_any_field_changed)
        self.date_field.changed.connect(self._on_any_field_changed)
        self.how_edit.textChanged.connect(self._on_any_field_changed)
        self.checker_combo.editTextChanged.connect(self._on_any_field_changed)
        self._on_any_field_changed()
        self.what_edit.setFocus()

    # ------------------------------------------------------------------ public

    def fields(self) -> dict[str, Any]:
        """What the family filled in, as the agreement service takes it."""
        who = []
        for row in range(self.who_list.count()):
            item = self.who_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                who.append(int(item.data(PERSON_ID_ROLE)))
        return {
            "what": self.what_edit.toPlainText().strip(),
            "goal_id": self.goal_combo.currentData(),
            "who_ids": tuple(who),
            "when_text": self.when_edit.text().strip(),
            "due_date": self.date_field.value(),
            "how_we_know": self.how_edit.text().strip(),
            "checker": self.checker_combo.currentText().strip(),
            "status": str(self.status_combo.currentData()),
            "is_safety": self.safety_check.isChecked(),
        }

    def check_person(self, person_id: int, checked: bool = True) -> None:
        for row in range(self.who_list.count()):
            item = self.who_list.item(row)
            if item.data(PERSON_ID_ROLE) == person_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def show_error(self, message: str) -> None:
        show_form_error(self, self.error_label, message)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)

    # ----------------------------------------------------------------- helpers

    def _fill(self, agreement: AgreementDoc | None, default_goal_id: int | None) -> None:
        goal_id = agreement.goal_id if agreement else default_goal_id
        self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(goal_id)))
        if agreement is None:
            return
        self.what_edit.setPlainText(agreement.what)
        for person_id in agreement.who_ids:
            self.check_person(person_id)
        self.when_edit.setText(agreement.when_text)
        self.date_field.set_value(agreement.due_date)
        self.how_edit.setText(agreement.how_we_know)
        self.checker_combo.setCurrentText(agreement.checker)
        index = self.status_combo.findData(agreement.status)
        if index < 0:  # a status from a newer plan file: show it rather than change it silently
            self.status_combo.addItem(status_text(agreement.status), agreement.status)
            index = self.status_combo.count() - 1
        self.status_combo.setCurrentIndex(index)
        self.safety_check.setChecked(agreement.is_safety)

    def _draft(self) -> AgreementDoc:
        fields = self.fields()
        return AgreementDoc(
            id=0, what=fields["what"], who_ids=fields["who_ids"], when_text=fields["when_text"],
            due_date=fields["due_date"], how_we_know=fields["how_we_know"], checker=fields["checker"],
        )

    # ------------------------------------------------------------------- slots

    def _on_any_field_changed(self, *_args: object) -> None:
        missing = missing_text(self._draft())
        self.missing_label.setText(missing or self.tr("✓ Alles is ingevuld."))

    def _on_buttons_accepted(self) -> None:
        fields = self.fields()
        if not fields["what"]:
            self.show_error(self.tr("Schrijf op wat er gaat gebeuren."))
            self.what_edit.setFocus()
            return
        save_then_accept(self, lambda: self._save(fields), self.show_error)
