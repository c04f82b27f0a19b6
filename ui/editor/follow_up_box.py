"""After the agreements: plan B for when things go differently, and the date to look back together.

Both are the family's content: they save as the person at the keyboard, and are only for reading in another role.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from ui.common.autosave import AutoSaver
from ui.common.optional_date import OptionalDateField
from ui.common.session_role import SessionRole
from ui.common.theme import PAPER, set_role
from wijkteam.errors import UserError
from wijkteam.services import Actor, Services

#: A field only for reading sits on the paper colour, so it does not look like a place to type.
READ_ONLY_STYLE = f"QTextEdit {{ background: {PAPER}; }}"


class FollowUpBox(QWidget):
    saving = Signal()
    saved = Signal()
    failed = Signal(str)
    waiting = Signal(str)  # plan B waits for a busy database: the calm sentence

    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_role = session_role
        self._services: Services | None = None
        self._plan_id: int | None = None
        self._loading = False

        self.plan_b_label = QLabel(self.tr("Plan &B: als het anders loopt"))
        set_role(self.plan_b_label, "heading")
        self.plan_b_hint = QLabel(self.tr("Wat doen we als een afspraak niet lukt? Wie bellen we dan?"))
        set_role(self.plan_b_hint, "muted")
        self.plan_b_hint.setWordWrap(True)
        self.plan_b_edit = QTextEdit()
        self.plan_b_edit.setAcceptRichText(False)
        self.plan_b_edit.setTabChangesFocus(True)
        self.plan_b_edit.setMinimumHeight(110)
        self.plan_b_edit.setPlaceholderText(self.tr("Schrijf hier uw plan B."))
        self.plan_b_label.setBuddy(self.plan_b_edit)
        self.plan_b_edit.textChanged.connect(self._on_plan_b_edit_text_changed)
        self.plan_b_edit.installEventFilter(self)

        self.evaluation_label = QLabel(self.tr("Evaluatie"))
        set_role(self.evaluation_label, "heading")
        self.evaluation_field = OptionalDateField(self.tr("Wij kijken samen hoe het gaat &op"))
        self.evaluation_field.changed.connect(self._on_evaluation_field_changed)

        # Who typed is taken when they type: the writer may store it after someone else took the keyboard.
        self.autosaver = AutoSaver(self._save_plan_b, self,
                                   capture=lambda: (self._services, self._session_role.actor))
        self.autosaver.saving.connect(self.saving)
        self.autosaver.saved.connect(self._on_autosaver_saved)
        self.autosaver.failed.connect(self.failed)
        self.autosaver.waiting.connect(self.waiting)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.plan_b_label)
        layout.addWidget(self.plan_b_hint)
        layout.addWidget(self.plan_b_edit)
        layout.addSpacing(8)
        layout.addWidget(self.evaluation_label)
        layout.addWidget(self.evaluation_field)

    # ------------------------------------------------------------------ public

    def set_plan(self, services: Services, plan_id: int) -> None:
        if plan_id != self._plan_id:
            self.autosaver.flush()
            # The field shows another plan's plan B from now on: what still waits keeps its own text.
            self.autosaver.discard()
        self._services = services
        self._plan_id = plan_id

    def show_parts(self, *, plan_b: bool, evaluation: bool) -> None:
        for widget in (self.plan_b_label, self.plan_b_hint, self.plan_b_edit):
            widget.setVisible(plan_b)
        self.evaluation_label.setVisible(evaluation)
        self.evaluation_field.setVisible(evaluation)
        self.setVisible(plan_b or evaluation)

    def reload(self) -> None:
        if self._services is None or self._plan_id is None:
            return
        self.autosaver.save_now()
        try:
            plan = self._services.plans.get_plan(self._plan_id)
        except UserError as error:
            self.failed.emit(str(error))
            return
        # Plan B that still waits for a busy database is newer than what is stored: keep showing that.
        waiting = self.autosaver.waiting_text(self._plan_id)
        plan_b = plan.plan_b if waiting is None else waiting
        self._loading = True
        try:
            if self.plan_b_edit.toPlainText() != plan_b:
                self.plan_b_edit.setPlainText(plan_b)
            self.evaluation_field.set_value(plan.evaluation_date)
        finally:
            self._loading = False

    def flush(self) -> bool:
        """Store plan B now, before going on. False when it could not be stored yet; the status line says why."""
        return self.autosaver.flush()

    def save_soon(self) -> None:
        """Hand plan B to the writer now, without waiting for it."""
        self.autosaver.save_now()

    def set_read_only(self, read_only: bool) -> None:
        self.plan_b_edit.setReadOnly(read_only)
        self.plan_b_edit.setStyleSheet(READ_ONLY_STYLE if read_only else "")
        self.evaluation_field.setEnabled(not read_only)

    def focus_chain(self) -> list[QWidget]:
        return [self.plan_b_edit, self.evaluation_field.check, self.evaluation_field.date_edit]

    # ----------------------------------------------------------------- helpers

    @staticmethod
    def _save_plan_b(plan_id: int, text: str, captured: tuple[Services, Actor]) -> None:
        services, actor = captured  # on the autosave's writer thread: only the services
        services.plans.update_plan(plan_id, actor, plan_b=text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Leaving the field saves at once: the family may close the laptop right after.
        if watched is self.plan_b_edit and event.type() == QEvent.Type.FocusOut:
            self.autosaver.save_now()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------- slots

    def _on_plan_b_edit_text_changed(self) -> None:
        if self._loading or self._plan_id is None or self.plan_b_edit.isReadOnly():
            return
        self.autosaver.schedule(self._plan_id, self.plan_b_edit.toPlainText)

    def _on_autosaver_saved(self, _plan_id: int, _text: str) -> None:
        self.saved.emit()

    def _on_evaluation_field_changed(self) -> None:
        if self._loading or self._services is None or self._plan_id is None:
            return
        try:
            self._services.plans.update_plan(self._plan_id, self._session_role.actor,
                                             evaluation_date=self.evaluation_field.value())
        except UserError as error:
            self.failed.emit(str(error))
            return
        self.saved.emit()

