"""The family's private notes from their own time (eigen tijd).

Only the family reads or changes them: another role is refused before the database is opened. A note leaves the app
only while the family has ``include`` set: the PDF, the calendar, plan files and the version snapshots inside them
carry no other note. Only the family can take every note along (``PlanFileService.export_plan(with_private=True)``,
``PlanService.get_plan(include_private=True)``); any other role, or no role at all, is refused.
The history says that a note changed, never what it says. New notes are made with ``PlanService.add_private_note``.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from models import PrivateNote, Role, utcnow
from wijkteam.errors import QT_TRANSLATE_NOOP, NotAllowedError, NotFoundError
from wijkteam.services.base import Service, clean_text, require_role
from wijkteam.services.dto import Actor, PrivateNoteDoc

MSG_ONLY_FAMILY_NOTES = QT_TRANSLATE_NOOP("Errors", "Alleen het gezin kan de eigen notities lezen en veranderen.")
MSG_NOTE_GONE = QT_TRANSLATE_NOOP("Errors", "Deze notitie bestaat niet meer.")
MSG_ONLY_FAMILY_TAKES_NOTES = QT_TRANSLATE_NOOP(
    "Errors", "Alleen het gezin kan de eigen notities meenemen in een planbestand."
)


def _require_family(actor: Actor) -> None:
    # Reading is refused too: these notes are the family's private space, not only their content.
    require_role(actor, Role.GEZIN, MSG_ONLY_FAMILY_NOTES)


def require_family_for_all_notes(actor: Actor | None, message: str = MSG_ONLY_FAMILY_NOTES) -> None:
    """Before every private note leaves a service, also those the family did not mark to include.

    No actor is refused as well: a caller that does not say who is at the keyboard never gets the notes.
    """
    if actor is None or actor.role != Role.GEZIN:
        raise NotAllowedError(message)


class PrivateNoteService(Service):
    def list_notes(self, plan_id: int, actor: Actor) -> list[PrivateNoteDoc]:
        """The plan's private notes, oldest first."""
        _require_family(actor)
        with self._session() as session:
            self._plan(session, plan_id)
            rows = session.exec(
                select(PrivateNote).where(PrivateNote.plan_id == plan_id).order_by(col(PrivateNote.id))
            ).all()
            return [_doc(row) for row in rows]

    def update_text(self, note_id: int, text: str, actor: Actor) -> None:
        """Called as the family types (debounced). Cheap when nothing changed."""
        _require_family(actor)
        text = clean_text(text, what="De notitie")
        with self._session() as session:
            note = self._note(session, note_id)
            if note.text == text:
                return
            plan = self._plan(session, note.plan_id)
            note.text = text
            note.updated_at = utcnow()
            session.add(note)
            # Folded while the family keeps typing; the summary stays true however often it runs.
            self._record(session, plan, actor, "private_note", note.id, "text", "Eigen notitie aangepast")
            session.commit()

    def set_include(self, note_id: int, include: bool, actor: Actor) -> None:
        """Whether this note goes into the plan (PDF, and plan files as plan content)."""
        _require_family(actor)
        with self._session() as session:
            note = self._note(session, note_id)
            if note.include == bool(include):
                return
            plan = self._plan(session, note.plan_id)
            note.include = bool(include)
            note.updated_at = utcnow()
            session.add(note)
            summary = "Eigen notitie komt in het plan" if include else "Eigen notitie blijft buiten het plan"
            self._record(session, plan, actor, "private_note", note.id, "include", summary, fold=False)
            session.commit()

    def delete(self, note_id: int, actor: Actor) -> None:
        _require_family(actor)
        with self._session() as session:
            note = self._note(session, note_id)
            plan = self._plan(session, note.plan_id)
            session.delete(note)
            self._record(session, plan, actor, "private_note", note_id, "", "Eigen notitie weggegooid", fold=False)
            session.commit()

    @staticmethod
    def _note(session: Session, note_id: int) -> PrivateNote:
        note = session.get(PrivateNote, note_id)
        if note is None:
            raise NotFoundError(MSG_NOTE_GONE)
        return note


def _doc(row: PrivateNote) -> PrivateNoteDoc:
    assert row.id is not None
    return PrivateNoteDoc(row.id, row.text, row.include, row.created_at, row.updated_at)
