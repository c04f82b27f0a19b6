"""The peer supporter's own records of the process. They never touch the family's content."""

from __future__ import annotations

from models import Phase, ProcessNote, Role
from wijkteam.errors import InvalidInputError
from wijkteam.services.base import MSG_ONLY_SUPPORTER, Service, clean_text, require_role
from wijkteam.services.dto import Actor


class ProcessService(Service):
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
