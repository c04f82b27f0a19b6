"""The parts (sections) of a plan: their text and state, and the plan's own shape (rename, skip, move, add, remove).

``PlanService`` takes these methods over (``services.plans.rename_section(...)``); they live here so that the plan
service stays readable. Only the family role changes them, and nothing the family wrote is ever lost here: a part
of the template can be skipped but not removed, and a part of the family's own only while it is empty.
"""

from __future__ import annotations

import re

from sqlmodel import Session, col, func, select

from models import Advice, Agreement, Goal, Participant, Plan, PlanType, Section, utcnow
from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotFoundError
from wijkteam.services.base import Service, clean_text, require_family
from wijkteam.services.dto import Actor, SectionDoc
from wijkteam.templates import load_template

#: Sections the family adds get keys like ``eigen-3``; template keys never look like this.
_CUSTOM_KEY = re.compile(r"eigen-(\d+)")

MSG_SECTION_TITLE_EMPTY = QT_TRANSLATE_NOOP("Errors", "Geef dit deel een naam.")
MSG_MOVE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "Zo ver kan dit deel niet omhoog of omlaag.")
MSG_REMOVE_TEMPLATE = QT_TRANSLATE_NOOP(
    "Errors", "Een deel uit het voorbeeld kunt u niet weghalen, maar u kunt het wel overslaan."
)
MSG_REMOVE_NOT_EMPTY = QT_TRANSLATE_NOOP("Errors", "Dit deel kan pas weg als het leeg is.")
MSG_REMOVE_HAS_ADVICE = QT_TRANSLATE_NOOP(
    "Errors", "Bij dit deel staat advies van een professional, daarom kan het niet weg."
)


class SectionEdits(Service):
    """The section methods of ``PlanService``."""

    def get_section(self, section_id: int) -> SectionDoc:
        with self._session() as session:
            section = self._section(session, section_id)
            plan = self._plan(session, section.plan_id)
            return self._section_doc(plan, section, self._item_counts(session, section.plan_id))

    # --------------------------------------------------------------- text and state

    def set_section_text(self, section_id: int, text: str, actor: Actor) -> None:
        """Called as the family types (debounced). Cheap when nothing changed."""
        require_family(actor)
        text = clean_text(text, what="De tekst")
        with self._session() as session:
            section = self._section(session, section_id)
            if section.text == text:
                return
            plan = self._plan(session, section.plan_id)
            section.text = text
            section.updated_at = utcnow()
            session.add(section)
            self._record(session, plan, actor, "section", section.id, "text", f"Tekst van '{section.title}' aangepast")
            session.commit()

    def set_section_done(self, section_id: int, done: bool, actor: Actor) -> None:
        self._set_section_flag(section_id, "done", done, actor, ("klaar", "nog niet klaar"))

    def _set_section_flag(
        self, section_id: int, field: str, value: bool, actor: Actor, words: tuple[str, str]
    ) -> None:
        """Set ``done`` or ``skipped``; ``words`` say the new state in the history (when set, when cleared)."""
        require_family(actor)
        with self._session() as session:
            section = self._section(session, section_id)
            plan = self._plan(session, section.plan_id)
            if getattr(section, field) == bool(value):
                return
            setattr(section, field, bool(value))
            session.add(section)
            state = words[0] if value else words[1]
            # Its own row each time: with undo a part goes back and forth, and a folded row would keep the old state.
            state_text = f"'{section.title}' {state}"
            self._record(session, plan, actor, "section", section.id, field, state_text, fold=False)
            session.commit()

    # ---------------------------------------------------- the plan's own shape

    def rename_section(self, section_id: int, title: str, actor: Actor) -> None:
        """The family gives a part its own name. One line, never empty."""
        require_family(actor)
        title = self._section_title(title)
        with self._session() as session:
            section = self._section(session, section_id)
            plan = self._plan(session, section.plan_id)
            if section.title == title:
                return
            old = section.title
            section.title = title
            section.updated_at = utcnow()
            session.add(section)
            self._record(session, plan, actor, "section", section.id, "title", f"'{old}' heet nu '{title}'",
                         fold=False)
            session.commit()

    def set_section_skipped(self, section_id: int, skipped: bool, actor: Actor) -> None:
        """A skipped part keeps its text and stays in plan files; only the PDF leaves it out."""
        self._set_section_flag(section_id, "skipped", skipped, actor, ("overgeslagen", "weer gebruikt"))

    def move_section(self, section_id: int, new_position: int, actor: Actor) -> None:
        """Put a part at ``new_position`` (counting from 0); every part of the plan is numbered 0..n-1 again."""
        require_family(actor)
        if isinstance(new_position, bool) or not isinstance(new_position, int):
            raise InvalidInputError(MSG_MOVE_OUT_OF_RANGE)
        with self._session() as session:
            section = self._section(session, section_id)
            plan = self._plan(session, section.plan_id)
            ordered = self._ordered_sections(session, section.plan_id)
            if not 0 <= new_position < len(ordered):
                raise InvalidInputError(MSG_MOVE_OUT_OF_RANGE)
            old_index = ordered.index(section)
            ordered.insert(new_position, ordered.pop(old_index))
            self._renumber(session, ordered)
            if old_index != new_position:
                self._record(session, plan, actor, "section", section.id, "position",
                             f"'{section.title}' verplaatst naar plek {new_position + 1}", fold=False)
            session.commit()

    def add_section(self, plan_id: int, title: str, actor: Actor, *, after_section_id: int | None = None) -> int:
        """A part of the family's own, after ``after_section_id`` or at the end. Returns its id."""
        require_family(actor)
        title = self._section_title(title)
        with self._session() as session:
            plan = self._plan(session, plan_id)
            ordered = self._ordered_sections(session, plan_id)
            index = len(ordered)
            if after_section_id is not None:
                after = next((s for s in ordered if s.id == after_section_id), None)
                if after is None:
                    raise NotFoundError("Dit deel van het plan bestaat niet meer.")
                index = ordered.index(after) + 1
            numbers = [int(m.group(1)) for s in ordered if (m := _CUSTOM_KEY.fullmatch(s.key))]
            section = Section(plan_id=plan_id, key=f"eigen-{max(numbers, default=0) + 1}", title=title,
                              position=index, custom=True)
            session.add(section)
            ordered.insert(index, section)
            self._renumber(session, ordered)
            session.flush()
            assert section.id is not None
            self._record(session, plan, actor, "section", section.id, "", f"Eigen deel '{title}' toegevoegd",
                         fold=False)
            session.commit()
            return section.id

    def remove_section(self, section_id: int, actor: Actor) -> None:
        """Only a part the family added, and only while it is empty: nothing the family wrote is ever lost here."""
        require_family(actor)
        with self._session() as session:
            section = self._section(session, section_id)
            plan = self._plan(session, section.plan_id)
            if not section.custom:
                raise InvalidInputError(MSG_REMOVE_TEMPLATE)
            if section.text.strip():
                raise InvalidInputError(MSG_REMOVE_NOT_EMPTY)
            if session.exec(select(Advice.id).where(Advice.section_id == section_id)).first() is not None:
                raise InvalidInputError(MSG_REMOVE_HAS_ADVICE)
            session.delete(section)
            session.flush()
            self._renumber(session, self._ordered_sections(session, section.plan_id))
            self._record(session, plan, actor, "section", section_id, "", f"Eigen deel '{section.title}' weggehaald",
                         fold=False)
            session.commit()

    # ----------------------------------------------------------------- helpers

    @staticmethod
    def _section_title(title: str) -> str:
        title = clean_text(title, what="De naam van dit deel", single_line=True)
        if not title:
            raise InvalidInputError(MSG_SECTION_TITLE_EMPTY)
        return title

    @staticmethod
    def _ordered_sections(session: Session, plan_id: int) -> list[Section]:
        return list(session.exec(
            select(Section).where(Section.plan_id == plan_id).order_by(col(Section.position), col(Section.id))
        ).all())

    @staticmethod
    def _renumber(session: Session, ordered: list[Section]) -> None:
        for position, section in enumerate(ordered):
            if section.position != position:
                section.position = position
                session.add(section)

    @staticmethod
    def _section(session: Session, section_id: int) -> Section:
        section = session.get(Section, section_id)
        if section is None:
            raise NotFoundError("Dit deel van het plan bestaat niet meer.")
        return section

    @staticmethod
    def _item_counts(session: Session, plan_id: int) -> dict[str, int]:
        """Per kind of part (people, goals, agreements), how many rows the plan holds."""
        def count(table: type[Participant] | type[Goal] | type[Agreement]) -> int:
            return session.exec(select(func.count()).select_from(table).where(table.plan_id == plan_id)).one()

        return {"people": count(Participant), "goals": count(Goal), "agreements": count(Agreement)}

    @staticmethod
    def _section_doc(plan: Plan, section: Section, items: dict[str, int] | None = None) -> SectionDoc:
        assert section.id is not None
        tsec = load_template(PlanType(plan.plan_type)).section(section.key)
        kind = tsec.kind if tsec else "text"
        return SectionDoc(
            id=section.id,
            key=section.key,
            title=section.title,
            position=section.position,
            text=section.text,
            done=section.done,
            skipped=section.skipped,
            custom=section.custom,
            kind=kind,
            question=tsec.question if tsec else "",
            help=tsec.help if tsec else "",
            example=tsec.example if tsec else "",
            wmo=tsec.wmo if tsec else (),
            items=(items or {}).get(kind, 0),
            optional=tsec.optional if tsec else "",
        )
