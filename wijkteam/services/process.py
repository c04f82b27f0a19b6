"""The process guide: steps ticked off with the family, the peer supporter's notes, and the "maak het concreet" check.

None of this touches the family's content. Who may do what:

* **Ticking a step**: the peer supporter and the family. The process is the family's own as much as the supporter's:
  during eigen tijd the supporter has left the room, and a citizen often makes a persoonlijk plan without one. A tick
  says only that a step happened; it changes no word of the plan, and the history keeps who ticked it. Professionals
  and the network do not tick: the process is not theirs to steer.
* **Notes on the process**: only the peer supporter writes them (their own records); everyone may read them, so
  nothing about the family is kept from the family.
* **The concreet check**: reads the agreements and asks questions. It never changes an agreement.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from models import Agreement, AgreementPerson, Phase, Plan, PlanType, ProcessNote, ProcessStep, Role, utcnow
from wijkteam.agreement_checks import questions_for
from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotAllowedError
from wijkteam.process_steps import step_for, steps_for, suggested_check_in
from wijkteam.services.base import MSG_ONLY_SUPPORTER, Service, clean_text, require_role
from wijkteam.services.dto import (
    Actor,
    AgreementDoc,
    ConcreteCheck,
    ProcessGuideDoc,
    ProcessNoteDoc,
    ProcessStepDoc,
)

MSG_ONLY_SUPPORTER_OR_FAMILY = QT_TRANSLATE_NOOP("Errors", "Alleen de ondersteuner of het gezin kan een stap afvinken.")
MSG_UNKNOWN_STEP = QT_TRANSLATE_NOOP("Errors", "Deze stap hoort niet bij dit plan.")

#: Roles that may tick steps; see the module's docstring for why the family may too.
_TICKING_ROLES = frozenset({Role.ONDERSTEUNER, Role.GEZIN})


class ProcessService(Service):
    # ----------------------------------------------------------------- reading

    def guide(self, plan_id: int) -> ProcessGuideDoc:
        """Steps, notes and the concreet check in one read, for the process guide screen."""
        with self._session() as session:
            plan = self._plan(session, plan_id)
            steps = self._steps(session, plan)
            notes = self._notes(session, plan_id)
            concrete, count = self._concrete(session, plan_id)
        return ProcessGuideDoc(
            plan_id=plan_id,
            plan_type=PlanType(plan.plan_type),
            steps=tuple(steps),
            notes=tuple(notes),
            concrete=tuple(concrete),
            agreement_count=count,
            meeting_date=plan.meeting_date,
            check_in_date=suggested_check_in(plan.meeting_date),
            evaluation_date=plan.evaluation_date,
        )

    def list_steps(self, plan_id: int) -> list[ProcessStepDoc]:
        """The plan's steps in walking order, each with whether and by whom it was ticked."""
        with self._session() as session:
            return self._steps(session, self._plan(session, plan_id))

    def list_notes(self, plan_id: int) -> list[ProcessNoteDoc]:
        with self._session() as session:
            self._plan(session, plan_id)
            return self._notes(session, plan_id)

    def concrete_questions(self, plan_id: int) -> list[ConcreteCheck]:
        """Agreements that still miss wat, wie, wanneer, hoe or wie checkt, as questions to ask the family."""
        with self._session() as session:
            self._plan(session, plan_id)
            return self._concrete(session, plan_id)[0]

    # ------------------------------------------------------------------ writing

    def set_step_done(self, plan_id: int, key: str, done: bool, actor: Actor) -> None:
        """Tick a step, or open it again. Cheap when nothing changes."""
        if actor.role not in _TICKING_ROLES:
            raise NotAllowedError(MSG_ONLY_SUPPORTER_OR_FAMILY)
        with self._session() as session:
            plan = self._plan(session, plan_id)
            definition = step_for(plan.plan_type, key)
            row = session.exec(
                select(ProcessStep).where(ProcessStep.plan_id == plan_id, ProcessStep.key == key)
            ).first()
            if definition is None and row is None:
                raise InvalidInputError(MSG_UNKNOWN_STEP)
            if row is None:
                # Rows are made on the first tick: a plan nobody guides has none.
                assert definition is not None
                row = ProcessStep(plan_id=plan_id, key=key, phase=definition.phase.value)
            if (row.done_at is not None) == bool(done):
                return
            row.done_at = utcnow() if done else None
            row.done_by = (actor.name or actor.role.value) if done else ""
            session.add(row)
            session.flush()
            label = definition.label if definition else key
            summary = f"Stap afgevinkt: {label}" if done else f"Stap weer open: {label}"
            self._record(session, plan, actor, "process_step", row.id, "done", summary, fold=False)
            session.commit()

    def add_note(self, plan_id: int, actor: Actor, text: str, *, phase: Phase | str = "") -> int:
        require_role(actor, Role.ONDERSTEUNER, MSG_ONLY_SUPPORTER)
        text = clean_text(text, what="De notitie").strip()
        if not text:
            raise InvalidInputError("De notitie is leeg.")
        try:
            phase_value = Phase(phase).value if phase else ""
        except ValueError as exc:
            raise InvalidInputError("Deze fase bestaat niet.") from exc
        with self._session() as session:
            plan = self._plan(session, plan_id)
            note = ProcessNote(plan_id=plan_id, phase=phase_value, author_name=actor.name, text=text)
            session.add(note)
            session.flush()
            self._record(session, plan, actor, "process_note", note.id, "", "Procesnotitie gemaakt")
            session.commit()
            assert note.id is not None
            return note.id

    # ----------------------------------------------------------------- helpers

    @staticmethod
    def _steps(session: Session, plan: Plan) -> list[ProcessStepDoc]:
        rows = {
            row.key: row
            for row in session.exec(
                select(ProcessStep).where(ProcessStep.plan_id == plan.id).order_by(col(ProcessStep.id))
            ).all()
        }
        steps: list[ProcessStepDoc] = []
        for definition in steps_for(plan.plan_type):
            row = rows.pop(definition.key, None)
            steps.append(ProcessStepDoc(definition.key, definition.phase, definition.label,
                                        row.done_at if row else None, row.done_by if row else ""))
        # Steps this version does not know (from a newer app's plan file) stay visible at the end of their phase.
        for row in rows.values():
            phase = _phase_or_none(row.phase) or Phase.UITVOEREN
            extra = ProcessStepDoc(row.key, phase, row.key, row.done_at, row.done_by, known=False)
            index = max((i + 1 for i, s in enumerate(steps) if _order(s.phase) <= _order(phase)), default=0)
            steps.insert(index, extra)
        return steps

    @staticmethod
    def _notes(session: Session, plan_id: int) -> list[ProcessNoteDoc]:
        rows = session.exec(
            select(ProcessNote).where(ProcessNote.plan_id == plan_id)
            .order_by(col(ProcessNote.created_at), col(ProcessNote.id))
        ).all()
        return [ProcessNoteDoc(n.id, _phase_or_none(n.phase), n.author_name, n.text, n.created_at)
                for n in rows if n.id is not None]

    @staticmethod
    def _concrete(session: Session, plan_id: int) -> tuple[list[ConcreteCheck], int]:
        agreements = session.exec(
            select(Agreement).where(Agreement.plan_id == plan_id).order_by(col(Agreement.position), col(Agreement.id))
        ).all()
        who: dict[int, list[int]] = {}
        for link in session.exec(
            select(AgreementPerson).where(col(AgreementPerson.agreement_id).in_([a.id for a in agreements]))
        ).all():
            who.setdefault(link.agreement_id, []).append(link.participant_id)
        checks: list[ConcreteCheck] = []
        for number, row in enumerate(agreements, 1):
            assert row.id is not None
            doc = AgreementDoc(id=row.id, what=row.what, who_ids=tuple(who.get(row.id, ())), when_text=row.when_text,
                               due_date=row.due_date, how_we_know=row.how_we_know, checker=row.checker)
            questions = questions_for(doc)
            if questions:
                checks.append(ConcreteCheck(row.id, number, row.what.strip(), tuple(questions)))
        return checks, len(agreements)


def _phase_or_none(value: str) -> Phase | None:
    try:
        return Phase(value) if value else None
    except ValueError:
        return None


def _order(phase: Phase) -> int:
    return list(Phase).index(phase)
