"""Adding or changing one person: who they are, how to reach them, and how close they are to the family."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from models import Role, Sector
from ui.common.dialog_parts import (
    form_label,
    grow_to_fit,
    save_then_accept,
    scrolling_body,
    show_form_error,
    tall_combo,
)
from ui.common.theme import set_role
from ui.people.plan_parts_wording import closeness_names, role_names, sector_names, support_names
from wijkteam.services.dto import ParticipantDoc

#: Roles that usually come from an organisation; only for them the organisation field shows.
ORGANISATION_ROLES = (Role.PROFESSIONAL, Role.ONDERSTEUNER)

#: The group a role usually sits in on the network map, as a first suggestion the family can change.
SECTOR_FOR_ROLE = {
    Role.GEZIN: Sector.GEZIN,
    Role.ONDERSTEUNER: Sector.PROFESSIONALS,
    Role.PROFESSIONAL: Sector.PROFESSIONALS,
}

SaveFields = Callable[[dict[str, Any]], None]


class PersonDialog(QDialog):
    """``save`` gets the fields as the people service takes them; a UserError it raises shows here, nothing lost."""

    def __init__(self, save: SaveFields, person: ParticipantDoc | None = None, *,
                 default_role: Role = Role.NETWERK, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._person = person
        self._sector_chosen = person is not None and bool(person.sector)
        self.setWindowTitle(self.tr("Persoon aanpassen") if person else self.tr("Persoon toevoegen"))

        intro = QLabel(self.tr("Alleen de naam is nodig. De rest kunt u ook later invullen."))
        set_role(intro, "muted")
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        # The width sits on a field, not on the dialog: a minimum on the dialog would stop its layout from
        # keeping every row at least as tall as it needs.
        self.name_edit.setMinimumWidth(420)
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld Ria Bakker"))
        self.relation_edit = QLineEdit()
        self.relation_edit.setPlaceholderText(self.tr("bijvoorbeeld oma of buurvrouw"))
        self.role_combo = tall_combo(QComboBox())
        for role, name in role_names().items():
            self.role_combo.addItem(name, role.value)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setPlaceholderText(self.tr("bijvoorbeeld het wijkteam"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("telefoon, e-mail of adres"))
        self.sector_combo = tall_combo(QComboBox())
        self.sector_combo.addItem(self.tr("Nog niet gekozen"), "")
        for sector, name in sector_names().items():
            self.sector_combo.addItem(name, sector.value)
        self.closeness_combo = tall_combo(QComboBox())
        for level, name in closeness_names().items():
            self.closeness_combo.addItem(name, level)

        support_row = QWidget()
        support_layout = QGridLayout(support_row)
        support_layout.setContentsMargins(0, 0, 0, 0)
        support_layout.setHorizontalSpacing(12)
        support_layout.setVerticalSpacing(2)
        self.support_checks: dict[str, QCheckBox] = {}
        for number, (kind, name) in enumerate(support_names().items()):
            check = QCheckBox(name)
            self.support_checks[kind] = check
            support_layout.addWidget(check, number // 2, number % 2)
        support_layout.setColumnStretch(2, 1)
        # Never squeezed: a tick box cut in half cannot be read. Polished now, so the layout knows their real size.
        support_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        support_row.ensurePolished()
        support_row.setFocusProxy(next(iter(self.support_checks.values())))

        self.consent_check = QCheckBox(self.tr("&Mag met naam in het plan"))
        consent_hint = QLabel(self.tr("Vraag het de persoon zelf. Zonder vinkje staat de naam niet in de PDF."))
        set_role(consent_hint, "muted")
        consent_hint.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setSpacing(12)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (self.tr("&Naam"), self.name_edit),
            (self.tr("&Relatie"), self.relation_edit),
            (self.tr("Ro&l"), self.role_combo),
            (self.tr("&Organisatie"), self.organisation_edit),
            (self.tr("Hoe &bereikbaar"), self.contact_edit),
            (self.tr("&Groep"), self.sector_combo),
            (self.tr("Hoe &dichtbij"), self.closeness_combo),
            (self.tr("Wat voor &steun"), support_row),
        ]
        for text, field in rows:
            self.form.addRow(form_label(text, field, top=field is support_row), field)

        self.error_label = QLabel()
        set_role(self.error_label, "status-warning")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Bewaren"), QDialogButtonBox.ButtonRole.AcceptRole)
        set_role(self.save_button, "primary")
        self.cancel_button = self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout, foot = scrolling_body(self, (28, 24, 28, 20), 12)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.consent_check)
        layout.addWidget(consent_hint)
        foot.addWidget(self.error_label)
        foot.addWidget(self.buttons)

        self._fill(person, default_role)
        self.role_combo.currentIndexChanged.connect(self._on_role_combo_current_index_changed)
        self.sector_combo.activated.connect(self._on_sector_combo_activated)
        self._update_organisation_row()
        self.name_edit.setFocus()

    # ------------------------------------------------------------------ public

    def fields(self) -> dict[str, Any]:
        """What the family filled in, as the people service takes it."""
        role = Role(self.role_combo.currentData())
        known = [kind for kind, check in self.support_checks.items() if check.isChecked()]
        # Support named in the family's own words (from a plan file) has no tick box here: it stays.
        own_words = [s for s in (self._person.support if self._person else ()) if s not in self.support_checks]
        return {
            "name": self.name_edit.text().strip(),
            "relation": self.relation_edit.text().strip(),
            "role": role,
            "organisation": self.organisation_edit.text().strip() if role in ORGANISATION_ROLES else "",
            "contact": self.contact_edit.text().strip(),
            "sector": self.sector_combo.currentData() or "",
            "closeness": int(self.closeness_combo.currentData()),
            "support": tuple(known + own_words),
            "consent_named": self.consent_check.isChecked(),
        }

    def show_error(self, message: str) -> None:
        show_form_error(self, self.error_label, message)

    def preset_place(self, sector: Sector, closeness: int) -> None:
        """A place chosen on the network map: its group and ring, kept when the role changes."""
        self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(sector.value)))
        self.closeness_combo.setCurrentIndex(max(0, self.closeness_combo.findData(closeness)))
        self._sector_chosen = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)

    # ----------------------------------------------------------------- helpers

    def _fill(self, person: ParticipantDoc | None, default_role: Role) -> None:
        role = person.role if person else default_role
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role.value)))
        self.closeness_combo.setCurrentIndex(max(0, self.closeness_combo.findData(person.closeness if person else 2)))
        self.consent_check.setChecked(person.consent_named if person else True)
        if person is None:
            self._suggest_sector(role)
            return
        self.name_edit.setText(person.name)
        self.relation_edit.setText(person.relation)
        self.organisation_edit.setText(person.organisation)
        self.contact_edit.setText(person.contact)
        self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(person.sector)))
        for kind, check in self.support_checks.items():
            check.setChecked(kind in person.support)

    def _suggest_sector(self, role: Role) -> None:
        if self._sector_chosen:
            return
        sector = SECTOR_FOR_ROLE.get(role)
        self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(sector.value if sector else "")))

    def _update_organisation_row(self) -> None:
        self.form.setRowVisible(self.organisation_edit, Role(self.role_combo.currentData()) in ORGANISATION_ROLES)
        if self.isVisible():
            # Fit the row that came or went; before the first show the layout sizes the dialog itself.
            self.adjustSize()

    # ------------------------------------------------------------------- slots

    def _on_role_combo_current_index_changed(self, _index: int) -> None:
        self._suggest_sector(Role(self.role_combo.currentData()))
        self._update_organisation_row()

    def _on_sector_combo_activated(self, _index: int) -> None:
        self._sector_chosen = True  # the family chose: no more suggestions

    def _on_buttons_accepted(self) -> None:
        fields = self.fields()
        if not fields["name"]:
            self.show_error(self.tr("Vul een naam in."))
            self.name_edit.setFocus()
            return
        save_then_accept(self, lambda: self._save(fields), self.show_error)
