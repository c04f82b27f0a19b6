"""The family's plan: create, read, and change its content. Only the family role changes the family's words.

The parts of the plan (their text, state and the plan's own shape) are in ``services/sections.py``.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from models import (
    Advice,
    AdviceAnswer,
    AdviceKind,
    AdviceResponse,
    Agreement,
    AgreementPerson,
    Goal,
    Participant,
    Plan,
    PlanType,
    PrivateNote,
    Section,
    utcnow,
)
from wijkteam import i18n
from wijkteam.dates import check_optional_date
from wijkteam.errors import DamagedPlanError, InvalidInputError, NotFoundError
from wijkteam.services import damaged
from wijkteam.services.base import clean_text, parse_enum, require_family
from wijkteam.services.dto import (
    FAMILY,
    Actor,
    AdviceDoc,
    AgreementDoc,
    GoalDoc,
    PlanDoc,
    PlanSummary,
)
from wijkteam.services.houses import house_doc, house_rows
from wijkteam.services.people import participant_doc
from wijkteam.services.private_notes import require_family_for_all_notes
from wijkteam.services.sections import SectionEdits
from wijkteam.templates import load_template

log = logging.getLogger(__name__)

#: Plan fields the family may set through ``update_plan``, with how to check each.
_PLAN_TEXT_FIELDS = {"title": "De titel", "family_name": "De naam", "meeting_place": "De plaats", "plan_b": "Plan B"}
_PLAN_DATE_FIELDS = {"melding_date", "meeting_date", "evaluation_date", "offer_date", "term_date"}
MSG_UNKNOWN_LANGUAGE = i18n.QT_TRANSLATE_NOOP("Errors", "Deze taal kent Ons Plan niet.")
MSG_BILINGUAL = i18n.QT_TRANSLATE_NOOP("Errors", "Kies of de PDF ook Nederlands krijgt: ja of nee.")
MSG_TERM_BEFORE_OFFER = i18n.QT_TRANSLATE_NOOP(
    "Errors", "De afgesproken datum kan niet voor de datum van het aanbod liggen.")


def _check_term(offer_date: date | None, term_date: date | None) -> None:
    if offer_date is not None and term_date is not None and term_date < offer_date:
        raise InvalidInputError(MSG_TERM_BEFORE_OFFER)


class PlanService(SectionEdits):
    """The plan as a whole: list, read, create, change its fields, answer advice, private notes, remove and restore.
    The methods about its parts come from ``SectionEdits`` (``services/sections.py``)."""

    # ----------------------------------------------------------------- reading

    def list_plans(self) -> list[PlanSummary]:
        """The plans in the list, by number. A plan that cannot be read is left out: see ``overview.damaged_plans``."""
        with self._session() as session:
            broken = damaged.damaged_plan_ids(session.connection())
            plans = session.exec(
                select(Plan).where(col(Plan.deleted_at).is_(None), col(Plan.id).not_in(broken)).order_by(col(Plan.id))
            ).all()
            return [self._summary(p) for p in plans]

    def get_plan(self, plan_id: int, *, include_private: bool = False, actor: Actor | None = None) -> PlanDoc:
        """The whole plan. Private notes appear only if the family marked them to include.

        ``include_private`` adds the others too, for the family only: ``actor`` must be the family, or it is refused.
        """
        if include_private:
            require_family_for_all_notes(actor)
        with self._session() as session:
            try:
                plan = self._plan(session, plan_id)
                if damaged.is_damaged(session, plan_id):
                    raise DamagedPlanError(damaged.MSG_DAMAGED)
                return self._document(session, plan, include_private=include_private)
            except damaged.DATA_ERRORS as exc:  # a stored value the checks of ``damaged`` did not foresee
                log.warning("Plan %s cannot be read (%s)", plan_id, type(exc).__name__)
                raise DamagedPlanError(damaged.MSG_DAMAGED) from None

    # ------------------------------------------------------------ family edits

    def create_plan(
        self,
        plan_type: PlanType | str,
        actor: Actor = FAMILY,
        *,
        title: str | None = None,
        family_name: str = "",
        melding_date: date | None = None,
        offer_date: date | None = None,
        term_date: date | None = None,
        language: str = i18n.SOURCE_LANGUAGE,
    ) -> int:
        """A new plan from its template. ``language``: the words its PDF prints around the family's text.

        ``offer_date`` and ``term_date`` (Jeugdwet art. 4.1.2) are for a familiegroepsplan: when the family was offered
        the chance to make it, and the day agreed for it. Both may stay open."""
        require_family(actor)
        kind = parse_enum(PlanType, plan_type, "Het soort plan")
        if language not in i18n.LANGUAGES:
            raise InvalidInputError(MSG_UNKNOWN_LANGUAGE)
        template = load_template(kind)
        title = clean_text(title if title is not None else template.default_title, what="De titel", single_line=True)
        family_name = clean_text(family_name, what="De naam", single_line=True)
        melding_date = check_optional_date(melding_date)
        offer_date, term_date = check_optional_date(offer_date), check_optional_date(term_date)
        _check_term(offer_date, term_date)
        with self._session() as session:
            plan = Plan(plan_type=kind.value, title=title, family_name=family_name, melding_date=melding_date,
                        offer_date=offer_date, term_date=term_date, language=language)
            session.add(plan)
            session.flush()
            assert plan.id is not None
            for position, tsec in enumerate(template.sections):
                session.add(Section(plan_id=plan.id, key=tsec.key, title=tsec.title, position=position))
            self._record(session, plan, actor, "plan", plan.id, "", f"Plan '{title}' gemaakt")
            session.commit()
            return plan.id

    def update_plan(self, plan_id: int, actor: Actor, **fields: Any) -> None:
        require_family(actor)
        values: dict[str, Any] = {}
        for name, value in fields.items():
            if name in _PLAN_TEXT_FIELDS:
                values[name] = clean_text(value, what=_PLAN_TEXT_FIELDS[name], single_line=name != "plan_b")
            elif name in _PLAN_DATE_FIELDS:
                values[name] = check_optional_date(value)
            elif name == "print_bilingual":
                if not isinstance(value, bool):
                    raise InvalidInputError(MSG_BILINGUAL)
                values[name] = value
            elif name == "language":
                if value not in i18n.LANGUAGES:
                    raise InvalidInputError(MSG_UNKNOWN_LANGUAGE)
                values[name] = value
            else:
                raise InvalidInputError(f"Dit onderdeel van het plan bestaat niet: {name}.")
        with self._session() as session:
            plan = self._plan(session, plan_id)
            for name, value in values.items():
                if getattr(plan, name) != value:
                    setattr(plan, name, value)
                    self._record(session, plan, actor, "plan", plan.id, name, f"'{name}' aangepast")
            _check_term(plan.offer_date, plan.term_date)  # as it would be stored; refused, nothing is
            session.commit()

    def respond_to_advice(self, advice_id: int, actor: Actor, answer: AdviceAnswer | str, reason: str = "") -> None:
        """The family's answer to advice. The advice text itself stays as the professional wrote it."""
        require_family(actor)
        answer_value = parse_enum(AdviceAnswer, answer, "Het antwoord")
        reason = clean_text(reason, what="De reden")
        with self._session() as session:
            advice = session.get(Advice, advice_id)
            if advice is None:
                raise NotFoundError("Dit advies bestaat niet.")
            plan = self._plan(session, advice.plan_id)
            response = session.exec(select(AdviceResponse).where(AdviceResponse.advice_id == advice_id)).first()
            if response is None:
                response = AdviceResponse(advice_id=advice_id)
            response.answer = answer_value.value
            response.reason = reason
            response.updated_at = utcnow()
            session.add(response)
            self._record(session, plan, actor, "advice_response", advice_id, "answer", "Antwoord op advies gegeven")
            session.commit()

    def add_private_note(self, plan_id: int, actor: Actor, text: str, *, include: bool = False) -> int:
        require_family(actor)
        text = clean_text(text, what="De notitie")
        with self._session() as session:
            plan = self._plan(session, plan_id)
            note = PrivateNote(plan_id=plan_id, text=text, include=include)
            session.add(note)
            session.flush()
            # The history says that a note exists, never what it says.
            self._record(session, plan, actor, "private_note", note.id, "", "Eigen notitie gemaakt")
            session.commit()
            assert note.id is not None
            return note.id

    def delete_plan(self, plan_id: int, actor: Actor) -> None:
        """Moves the plan out of sight; ``restore_plan`` brings it back. A plan that cannot be read can go too."""
        require_family(actor)
        with self._session() as session:
            try:
                plan = self._plan(session, plan_id)
                plan.deleted_at = utcnow()
                self._record(session, plan, actor, "plan", plan.id, "deleted", "Plan verwijderd")
                session.commit()
            except damaged.DATA_ERRORS:
                self._set_deleted_unread(session, plan_id, actor, deleted=True)

    def restore_plan(self, plan_id: int, actor: Actor) -> None:
        require_family(actor)
        with self._session() as session:
            try:
                plan = session.get(Plan, plan_id)
                if plan is None:
                    raise NotFoundError(f"Er is geen plan met nummer {plan_id}.")
                plan.deleted_at = None
                self._record(session, plan, actor, "plan", plan.id, "deleted", "Plan teruggezet")
                session.commit()
            except damaged.DATA_ERRORS:
                self._set_deleted_unread(session, plan_id, actor, deleted=False)

    @staticmethod
    def _set_deleted_unread(session: Session, plan_id: int, actor: Actor, *, deleted: bool) -> None:
        """A stored value of the plan or its history cannot be read: set the mark without reading any of it."""
        session.rollback()
        session.expunge_all()
        damaged.set_deleted(session, plan_id, actor, deleted=deleted)
        session.commit()

    def purge_plan(self, plan_id: int) -> None:
        """Remove a plan and everything in it for good. Only for undoing a half-made demo or import."""
        with self._session() as session:
            plan = session.get(Plan, plan_id)
            if plan is not None:
                session.delete(plan)
                session.commit()

    # ----------------------------------------------------------------- helpers

    @staticmethod
    def _summary(plan: Plan) -> PlanSummary:
        assert plan.id is not None
        return PlanSummary(
            id=plan.id,
            plan_type=PlanType(plan.plan_type),
            title=plan.title,
            family_name=plan.family_name,
            status=plan.status,
            created_at=plan.created_at,
            updated_at=plan.updated_at,
            melding_date=plan.melding_date,
            evaluation_date=plan.evaluation_date,
            term_date=plan.term_date,
        )

    def _document(self, session: Session, plan: Plan, *, include_private: bool) -> PlanDoc:
        assert plan.id is not None
        sections = session.exec(
            select(Section).where(Section.plan_id == plan.id).order_by(col(Section.position), col(Section.id))
        ).all()
        people = session.exec(
            select(Participant)
            .where(Participant.plan_id == plan.id)
            .order_by(col(Participant.position), col(Participant.id))
        ).all()
        names = {p.id: p.name for p in people}
        goals = session.exec(
            select(Goal).where(Goal.plan_id == plan.id).order_by(col(Goal.position), col(Goal.id))
        ).all()
        agreements = session.exec(
            select(Agreement).where(Agreement.plan_id == plan.id).order_by(col(Agreement.position), col(Agreement.id))
        ).all()
        links = session.exec(
            select(AgreementPerson).where(col(AgreementPerson.agreement_id).in_([a.id for a in agreements]))
        ).all()
        order = {p.id: i for i, p in enumerate(people)}
        who: dict[int, list[int]] = {}
        for link in links:
            who.setdefault(link.agreement_id, []).append(link.participant_id)
        advice_rows = session.exec(
            select(Advice).where(Advice.plan_id == plan.id).order_by(col(Advice.given_on), col(Advice.id))
        ).all()
        responses = {
            r.advice_id: r
            for r in session.exec(
                select(AdviceResponse).where(col(AdviceResponse.advice_id).in_([a.id for a in advice_rows]))
            ).all()
        }
        titles = {s.id: s.title for s in sections}
        notes = session.exec(
            select(PrivateNote).where(PrivateNote.plan_id == plan.id).order_by(col(PrivateNote.id))
        ).all()

        def agreement_doc(a: Agreement) -> AgreementDoc:
            assert a.id is not None
            ids = tuple(sorted(who.get(a.id, []), key=lambda pid: order.get(pid, 0)))
            return AgreementDoc(
                id=a.id,
                what=a.what,
                goal_id=a.goal_id,
                who=tuple(names[pid] for pid in ids if pid in names),
                who_ids=ids,
                when_text=a.when_text,
                due_date=a.due_date,
                how_we_know=a.how_we_know,
                checker=a.checker,
                status=a.status,
                is_safety=a.is_safety,
                position=a.position,
            )

        def advice_doc(a: Advice) -> AdviceDoc:
            assert a.id is not None
            response = responses.get(a.id)
            return AdviceDoc(
                id=a.id,
                kind=AdviceKind(a.kind),
                author_name=a.author_name,
                organisation=a.organisation,
                text=a.text,
                given_on=a.given_on,
                legal_basis=a.legal_basis,
                section_id=a.section_id,
                section_title=titles.get(a.section_id, "") if a.section_id else "",
                answer=AdviceAnswer(response.answer) if response else AdviceAnswer.OPEN,
                reason=response.reason if response else "",
            )

        return PlanDoc(
            id=plan.id,
            plan_type=PlanType(plan.plan_type),
            title=plan.title,
            family_name=plan.family_name,
            status=plan.status,
            created_at=plan.created_at,
            updated_at=plan.updated_at,
            melding_date=plan.melding_date,
            offer_date=plan.offer_date,
            term_date=plan.term_date,
            meeting_date=plan.meeting_date,
            meeting_place=plan.meeting_place,
            evaluation_date=plan.evaluation_date,
            plan_b=plan.plan_b,
            language=plan.language,
            print_bilingual=plan.print_bilingual,
            sections=tuple(self._section_doc(plan, s, {"people": len(people), "goals": len(goals),
                                                       "agreements": len(agreements)}) for s in sections),
            participants=tuple(participant_doc(p) for p in people if p.id is not None),
            goals=tuple(GoalDoc(id=g.id, text=g.text, position=g.position) for g in goals if g.id is not None),
            agreements=tuple(agreement_doc(a) for a in agreements),
            advice=tuple(advice_doc(a) for a in advice_rows),
            included_private_notes=tuple(n.text for n in notes if n.include or include_private),
            # Never a house the child keeps back, whoever asks: it is not the family's to hand over.
            child_houses=tuple(house_doc(house, name) for house, name in house_rows(session, plan.id)),
        )
