"""One part of the plan, open for writing: its title, the question, help on request, and the family's own text.

Under the text, some parts hold a structured list: the people, the goals, the agreements, and plan B with the
evaluation date. They save through the services at once; the family's text keeps its own autosave.

When someone else than the family is at the keyboard, all of it is only for reading, and a calm line says so.
A part that professionals gave advice about says that too, and leads to the advice.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QHideEvent, QResizeEvent, QTextDocument, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from models import PlanType, Role
from ui.common.dialog_parts import lines_height
from ui.common.flow_layout import FlowLayout
from ui.common.session_role import SessionRole
from ui.common.theme import BASE_POINT_SIZE, set_role
from ui.common.wording import fmt, template_text
from ui.common.wrap_row import WrapRow
from ui.editor.follow_up_box import READ_ONLY_STYLE, FollowUpBox
from ui.people.agreements_editor import AgreementsEditor
from ui.people.child_houses_panel import CHILDREN_PART, ChildHousesPanel
from ui.people.goals_editor import GoalsEditor
from ui.people.network_map_panel import NetworkMapPanel, connect_people
from ui.people.people_editor import PeopleEditor
from ui.people.rows_editor import RowsEditor
from wijkteam.errors import UserError
from wijkteam.services import Services
from wijkteam.services.dto import SectionDoc

TEXT_POINT_SIZE = BASE_POINT_SIZE + 2
#: A tick box that cannot be used is greyed, as buttons are; the app's palette would draw it as usable.
DISABLED_CHECK_STYLE = "QCheckBox:disabled { color: #80878C; }"
#: Above a list the family's own text needs less room; the list below it is the main thing there. In lines of text.
TEXT_LINES_ABOVE_LIST = (6, 12)
#: Lines the text field always shows: fewer, and a family loses sight of what they just typed.
MIN_TEXT_LINES = 6
#: From this width the status ("✓ Bewaard") sits in the row of "klaar" and the buttons; narrower, on its own line.
STATUS_BESIDE_WIDTH = 760
PEOPLE_KINDS = ("people", "network")


def follow_up_parts(section: SectionDoc, sections: Sequence[SectionDoc]) -> tuple[bool, bool]:
    """Whether ``section`` shows the plan-B field and the evaluation date: each on one part of the plan only.

    The evaluation date goes with the part about evaluation, else with the agreements, else with the goals. Plan B
    shows only when the plan has no part of its own for it: there the family's text is plan B, and a second field
    would ask them to write it twice.
    """
    shown = [s for s in sections if not s.skipped]

    def home(*tests: tuple[str, str]) -> int | None:
        for attribute, value in tests:
            found = next((s.id for s in shown if getattr(s, attribute) == value), None)
            if found is not None:
                return found
        return None

    evaluation_home = home(("key", "evaluatie"), ("kind", "agreements"), ("kind", "goals"))
    plan_b_home = None if any(s.key == "plan_b" for s in shown) else home(("kind", "agreements"))
    return section.id == plan_b_home, section.id == evaluation_home


def text_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSize(TEXT_POINT_SIZE)
    return font


class FamilyTextEdit(QTextEdit):
    """Plain text only, each paragraph in its own direction.

    A QTextEdit rather than a QPlainTextEdit: the plain-text layout keeps every paragraph left-aligned, so an Arabic
    paragraph would start on the wrong side. This one aligns Arabic to the right and Dutch to the left, per paragraph.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted text arrives without fonts and colours
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)


class HelpBox(QFrame):
    """Help and an example, in a calm box that only shows when asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "helpbox")
        self.help_heading = QLabel(self.tr("Hulp"))
        set_role(self.help_heading, "help-heading")
        self.help_label = QLabel()
        self.example_heading = QLabel(self.tr("Voorbeeld"))
        set_role(self.example_heading, "help-heading")
        self.example_label = QLabel()
        italic = QFont(self.example_label.font())
        italic.setItalic(True)
        self.example_label.setFont(italic)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        for label in (self.help_label, self.example_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.help_heading)
        layout.addWidget(self.help_label)
        layout.addSpacing(8)
        layout.addWidget(self.example_heading)
        layout.addWidget(self.example_label)

    def show_section(self, section: SectionDoc) -> None:
        self.help_label.setText(template_text(section.help))
        self.example_label.setText(template_text(section.example))
        for widget, text in ((self.help_heading, section.help), (self.help_label, section.help),
                             (self.example_heading, section.example), (self.example_label, section.example)):
            widget.setVisible(bool(text))


class SectionPanel(QWidget):
    done_toggled = Signal(bool)
    previous_requested = Signal()
    next_requested = Signal()
    advice_requested = Signal()  # show the advice about the open part
    add_advice_requested = Signal()  # a professional gives advice about the open part

    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position_label = QLabel()
        set_role(self.position_label, "muted")
        self.title_label = QLabel()
        set_role(self.title_label, "section-title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label = QLabel()
        set_role(self.question_label, "question")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)

        self.help_button = QPushButton(self.tr("&Hulp en voorbeeld"))
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(self.tr("Toon of verberg hulp en een voorbeeld (F1)"))
        self.help_button.toggled.connect(self._on_help_button_toggled)
        self.help_box = HelpBox()
        self.help_box.setVisible(False)
        self.advice_button = QPushButton()
        self.advice_button.setToolTip(self.tr("Lees wat professionals over dit deel zeggen"))
        self.advice_button.clicked.connect(self._on_advice_button_clicked)
        self.advice_button.setVisible(False)
        self.add_advice_button = QPushButton(self.tr("+ Advies bij dit deel…"))
        self.add_advice_button.setToolTip(self.tr("Geef informatie of advies over dit deel, op uw naam"))
        self.add_advice_button.clicked.connect(self._on_add_advice_button_clicked)
        self.add_advice_button.setVisible(False)
        self.read_only_box = QFrame()
        set_role(self.read_only_box, "helpbox")
        self.read_only_label = QLabel()
        self.read_only_label.setWordWrap(True)
        box_layout = QVBoxLayout(self.read_only_box)
        box_layout.setContentsMargins(16, 8, 16, 8)
        box_layout.addWidget(self.read_only_label)
        self.read_only_box.setVisible(False)

        self.text_edit = FamilyTextEdit()
        self.text_edit.setFont(text_font(self.font()))
        self.text_edit.setPlaceholderText(self.tr("Schrijf hier in uw eigen woorden."))
        # Tab moves on to the next control; families rarely need a tab character, but always need the keyboard.
        self.text_edit.setTabChangesFocus(True)
        # In lines of its own font: with large text the field grows with it. Measured once; the font stays.
        self._text_heights = (lines_height(self.text_edit, MIN_TEXT_LINES),
                              *(lines_height(self.text_edit, lines) for lines in TEXT_LINES_ABOVE_LIST))
        self.text_edit.setMinimumHeight(self._text_heights[0])
        self.text_edit.textChanged.connect(self._on_text_edit_text_changed)

        self.people_editor = PeopleEditor(session_role)
        self.goals_editor = GoalsEditor(session_role)
        self.agreements_editor = AgreementsEditor(session_role)
        self.follow_up = FollowUpBox(session_role)
        # "Ons netwerk" shows its people on the network map too, above the list.
        self.network_map = NetworkMapPanel(session_role)
        self.network_map.setVisible(False)
        connect_people(self.network_map, self.people_editor)
        self.network_map.changed.connect(self._on_part_changed)
        self.network_map.failed.connect(self._on_part_failed)
        self.network_map.said.connect(self.set_status)
        # "Wat de kinderen zeggen" holds each child's three houses under the family's text.
        self.child_houses = ChildHousesPanel(session_role)
        self.child_houses.setVisible(False)
        self.child_houses.changed.connect(self._on_part_changed)
        self.child_houses.failed.connect(self._on_part_failed)
        self.child_houses.said.connect(self.set_status)
        self._parts: list[RowsEditor] = [
            self.people_editor, self.goals_editor, self.agreements_editor]
        for part in self._parts:
            part.setVisible(False)
            part.changed.connect(self._on_part_changed)
            part.failed.connect(self._on_part_failed)
        self.follow_up.setVisible(False)
        self.follow_up.saving.connect(self._on_follow_up_saving)
        self.follow_up.saved.connect(self._on_part_changed)
        self.follow_up.failed.connect(self._on_part_failed)
        self.follow_up.waiting.connect(self._on_follow_up_waiting)
        self._bound: tuple[Services, int] | None = None
        self._has_list = False

        self.done_check = QCheckBox(self.tr("Dit deel is &klaar"))
        self.done_check.setStyleSheet(DISABLED_CHECK_STYLE)
        self.done_check.toggled.connect(self._on_done_check_toggled)
        self.status_label = QLabel()
        set_role(self.status_label, "status")
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.previous_button = QPushButton(self.tr("← Vorig deel"))
        self.previous_button.setToolTip(self.tr("Vorig deel (Ctrl+PgUp)"))
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button = QPushButton(self.tr("Volgend deel →"))
        self.next_button.setToolTip(self.tr("Volgend deel (Ctrl+PgDown)"))
        self.next_button.clicked.connect(self._on_next_button_clicked)

        # The buttons go on to a next line where their words are longer than the part is wide (English at 200%).
        help_row = FlowLayout(spacing=12)
        help_row.addWidget(self.help_button)
        help_row.addWidget(self.advice_button)
        help_row.addWidget(self.add_advice_button)
        self.help_row = help_row  # a calm note may stand beside the buttons (``ui.editor.part_notes``)
        # The buttons go on a line of their own where the words are longer than the part is wide (Polish at 200%).
        bottom = WrapRow(spacing=12)
        bottom.add_start(self.done_check)
        bottom.add_end(self.previous_button)
        bottom.add_end(self.next_button)
        self._bottom = bottom
        # Where the family is, beside the title: in a line of its own above it, it cost a laptop's height.
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.position_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        # Tight, so a part of text alone shows whole with "Volgend deel" on a 1280x720 laptop.
        layout.setContentsMargins(28, 12, 28, 8)
        layout.setSpacing(6)
        layout.addLayout(title_row)
        layout.addWidget(self.question_label)
        layout.addLayout(help_row)
        layout.addWidget(self.help_box)
        layout.addWidget(self.read_only_box)
        self.notes_slot = QVBoxLayout()  # above the text: the safety conditions (``ui.editor.part_notes``)
        layout.addLayout(self.notes_slot)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.network_map)
        layout.addWidget(self.child_houses, 1)
        for part in self._parts:
            layout.addSpacing(6)
            layout.addWidget(part)
        layout.addWidget(self.follow_up)
        self._filler_index = layout.count()
        layout.addStretch(0)  # takes the spare room under a list, so the list stays close to the text
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)
        self._layout = layout

        # Tab goes through the text, then the list under it, then "klaar" and the way on; hidden lists are skipped.
        chain: list[QWidget] = [self.help_button, self.advice_button, self.add_advice_button, self.text_edit,
                                *self.network_map.focus_chain(), *self.child_houses.focus_chain()]
        for part in self._parts:
            chain += part.focus_chain()
        chain += self.follow_up.focus_chain()
        chain += [self.done_check, self.previous_button, self.next_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def bind_plan(self, services: Services, plan_id: int) -> None:
        """The plan whose people, goals and agreements the lists show. The editor calls this when it opens a plan."""
        if self._bound is not None and self._bound[1] != plan_id:
            self.follow_up.flush()
        self._bound = (services, plan_id)

    def show_section(self, section: SectionDoc, document: QTextDocument, row: int, count: int) -> None:
        self.follow_up.save_soon()  # plan B is saved as another part opens, like the family's text
        self.position_label.setText(fmt(self.tr("Deel %1 van %2"), row + 1, count))
        self.title_label.setText(template_text(section.title))
        self.question_label.setText(template_text(section.question))
        self.question_label.setVisible(bool(section.question))
        self.help_box.show_section(section)
        self.help_button.setEnabled(bool(section.help or section.example))
        self.help_box.setVisible(self.help_button.isChecked() and self.help_button.isEnabled())
        self.text_edit.setDocument(document)
        self.text_edit.setAccessibleName(fmt(self.tr("Uw tekst bij: %1"), template_text(section.title)))
        self.text_edit.setAccessibleDescription(template_text(section.question))
        self.done_check.blockSignals(True)
        self.done_check.setChecked(section.done)
        self.done_check.blockSignals(False)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < count - 1)
        self._show_parts(section)

    def flush(self) -> bool:
        """Save plan B now if it waits. The family's text has its own saver in the editor."""
        plan_b = self.follow_up.flush()
        return self.child_houses.flush() and plan_b

    def set_undo_stack(self, stack: QUndoStack) -> None:
        self.network_map.set_undo_stack(stack)
        self.child_houses.set_undo_stack(stack)

    def set_read_only(self, read_only: bool, note: str = "") -> None:
        """Everything of the family only for reading, with ``note`` saying why; or open for writing again."""
        self.text_edit.setReadOnly(read_only)
        self.text_edit.setStyleSheet(READ_ONLY_STYLE if read_only else "")
        # Read-only, the field keeps its cursor, so a person can still move through the text with the keyboard.
        if read_only:
            self.text_edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                   | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text_edit.setPlaceholderText(self.tr("Het gezin heeft hier nog niets geschreven.") if read_only
                                          else self.tr("Schrijf hier in uw eigen woorden."))
        self.done_check.setEnabled(not read_only)
        for part in self._parts:
            part.set_read_only(read_only)
        self.network_map.set_read_only(read_only)
        self.child_houses.set_read_only(read_only)
        self.follow_up.set_read_only(read_only)
        self.read_only_label.setText(note)
        self.read_only_box.setVisible(read_only)

    def show_advice(self, count: int, *, can_add: bool) -> None:
        """A note when professionals gave advice about the open part; for a professional, a way to add some."""
        text = (self.tr("Er is advies bij dit deel →") if count == 1
                else fmt(self.tr("Er is advies bij dit deel (%1) →"), count))
        self.advice_button.setText(text)
        self.advice_button.setVisible(count > 0)
        self.add_advice_button.setVisible(can_add)

    def set_done(self, done: bool) -> None:
        self.done_check.blockSignals(True)
        self.done_check.setChecked(done)
        self.done_check.blockSignals(False)

    def set_status(self, text: str, *, warning: bool = False) -> None:
        role = "status-warning" if warning else "status"
        if text == self.status_label.text() and role == self.status_label.property("role"):
            return  # the same line again (a save every second while typing): restyling it costs a frame
        self.status_label.setText(text)
        set_role(self.status_label, role)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # Beside the buttons, the status costs no line of a laptop's height; a narrow part keeps its buttons whole.
        beside = event.size().width() >= STATUS_BESIDE_WIDTH
        if beside != (self._bottom.indexOf(self.status_label) >= 0):
            (self._layout if beside else self._bottom).removeWidget(self.status_label)
            if beside:
                self._bottom.add_start(self.status_label, fill=True)  # on one line, it takes only the room left
            else:
                self._layout.insertWidget(self._layout.indexOf(self._bottom), self.status_label)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.follow_up.save_soon()  # going back to the list of plans, or closing the window
        super().hideEvent(event)

    def toggle_help(self) -> None:
        if self.help_button.isEnabled():
            self.help_button.toggle()

    # ----------------------------------------------------------------- helpers

    def _show_parts(self, section: SectionDoc) -> None:
        source = self._bound
        kind = section.kind
        shown: RowsEditor | None = None
        if source is not None:
            shown = {"goals": self.goals_editor, "agreements": self.agreements_editor}.get(kind)
            if kind in PEOPLE_KINDS:
                shown = self.people_editor
                self.people_editor.default_role = Role.GEZIN if kind == "people" else Role.NETWERK
        plan_b = evaluation = False
        if source is not None and (shown is not None or section.key == "evaluatie"):
            services, plan_id = source
            try:
                plan = services.plans.get_plan(plan_id)
            except UserError as error:
                self.set_status(f"⚠ {error}", warning=True)
            else:
                plan_b, evaluation = follow_up_parts(section, plan.sections)
                self.network_map.set_plan(services, plan_id, plan.family_name or plan.title)
                self._name_lists(plan.plan_type)
        for part in self._parts:
            part.setVisible(part is shown)
        if shown is not None and source is not None:
            shown.set_plan(*source)
            shown.reload()
        self.network_map.setVisible(source is not None and kind == "network")
        if self.network_map.isVisibleTo(self):
            self.network_map.reload()
        self.follow_up.show_parts(plan_b=plan_b, evaluation=evaluation)
        if source is not None and (plan_b or evaluation):
            self.follow_up.set_plan(*source)
            self.follow_up.reload()
        houses = source is not None and section.key == CHILDREN_PART
        if houses and source is not None:
            self.child_houses.set_plan(*source)
        self.child_houses.setVisible(houses)
        if houses:
            self.child_houses.reload()
        self._has_list = shown is not None or plan_b or evaluation or houses
        self._layout.setStretchFactor(self.text_edit, 0 if self._has_list else 1)
        self._layout.setStretch(self._filler_index, 1 if self._has_list and not houses else 0)
        self._fit_text_height()

    def _name_lists(self, plan_type: PlanType) -> None:
        # A persoonlijk plan speaks as "ik", a familiegroepsplan as "wij".
        personal = plan_type == PlanType.PERSOONLIJK_PLAN
        for editor, heading in (
            (self.goals_editor, self.tr("Mijn doelen") if personal else self.tr("Onze doelen")),
            (self.agreements_editor, self.tr("Mijn afspraken") if personal else self.tr("Onze afspraken")),
        ):
            editor.heading.setText(heading)
            editor.table.setAccessibleName(heading)

    def _fit_text_height(self) -> None:
        """Above a list the text field grows with the family's text, within limits; alone it takes all the room."""
        if not self._has_list:
            self.text_edit.setMinimumHeight(self._text_heights[0])
            self.text_edit.setMaximumHeight(16_777_215)
            return
        _alone, low, high = self._text_heights
        # Runs on every key: only reads, and sets the height only when it changes (see ``WrappingItemDelegate``
        # about the cost of Qt calls without a return value on this PySide).
        wanted = int(self.text_edit.document().size().height()) + 2 * self.text_edit.frameWidth() + 24
        height = min(max(wanted, low), high)
        if (self.text_edit.minimumHeight(), self.text_edit.maximumHeight()) != (height, height):
            self.text_edit.setFixedHeight(height)

    # ------------------------------------------------------------------- slots

    def _on_text_edit_text_changed(self) -> None:
        if self._has_list:
            self._fit_text_height()

    def _on_part_changed(self) -> None:
        self.set_status(self.tr("✓ Bewaard"))

    def _on_part_failed(self, message: str) -> None:
        self.set_status(f"⚠ {message}", warning=True)

    def _on_follow_up_saving(self) -> None:
        self.set_status(self.tr("Bezig met bewaren…"))

    def _on_follow_up_waiting(self, sentence: str) -> None:
        self.set_status(sentence)  # calm, not a warning: plan B is kept and saved later

    def _on_advice_button_clicked(self) -> None:
        self.advice_requested.emit()

    def _on_add_advice_button_clicked(self) -> None:
        self.add_advice_requested.emit()

    def _on_help_button_toggled(self, shown: bool) -> None:
        self.help_box.setVisible(shown)

    def _on_done_check_toggled(self, checked: bool) -> None:
        self.done_toggled.emit(checked)

    def _on_previous_button_clicked(self) -> None:
        self.previous_requested.emit()

    def _on_next_button_clicked(self) -> None:
        self.next_requested.emit()
