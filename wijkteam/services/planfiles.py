"""Plan files: export a plan from the database to a ``.wijkplan`` file, and import one as a new plan.

The format lives in ``wijkteam.formats.wijkplan`` (read and written by ``wijkteam.planfile``); this module only maps
rows to its dictionaries and back. Database IDs never leave: inside a file, items point at each other with
file-local references ("p1", "g2"), numbered in the order the rows are written, so export, import elsewhere and
export again give the same file.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from models import (
    Advice,
    AdviceResponse,
    Agreement,
    AgreementPerson,
    Change,
    ChildHouse,
    Goal,
    Participant,
    Plan,
    PlanVersion,
    PrivateNote,
    ProcessNote,
    ProcessStep,
    Section,
    VersionConsent,
    utcnow,
)
from wijkteam import __version__, planfile
from wijkteam.anonymise import anonymise_plan_file
from wijkteam.drawings import check_drawing
from wijkteam.errors import UserError
from wijkteam.planfile import date_text, datetime_text, make_ref, parse_date, parse_datetime
from wijkteam.services.base import Service
from wijkteam.services.dto import Actor
from wijkteam.services.houses import house_rows
from wijkteam.services.private_notes import MSG_ONLY_FAMILY_TAKES_NOTES, require_family_for_all_notes

log = logging.getLogger(__name__)


def _required_datetime(value: str) -> datetime:
    result = parse_datetime(value)
    assert result is not None  # checked by planfile: this field is never null
    return result


def _required_date(value: str) -> date:
    result = parse_date(value)
    assert result is not None  # checked by planfile: this field is never null
    return result


class PlanFileService(Service):
    # ----------------------------------------------------------------------------------------------------- export

    def export_plan(self, plan_id: int, target: Path | str, *, actor: Actor | None = None, with_private: bool = False,
                    exported_at: datetime | None = None, without_names: bool = False) -> Path:
        """Write the whole plan to ``target``, completely or not at all.

        Private notes the family marks to include now are part of the plan and always go along, also inside the
        snapshots of frozen versions; not a word of the others leaves. ``with_private`` takes every note along, and
        each snapshot as it was frozen: only for the family, so ``actor`` must be the family. A child's house goes
        only when the child shares it; ``with_private`` takes the kept ones along too, into the family's own copy.
        Raises NotAllowedError for another role, NotFoundError for an unknown plan, StorageError when the file cannot
        be written.
        """
        if with_private:
            require_family_for_all_notes(actor, MSG_ONLY_FAMILY_TAKES_NOTES)
        with self._session() as session:
            plan = self._plan(session, plan_id)
            content = self._plan_content(session, plan, with_private=with_private and not without_names)
        content = anonymise_plan_file(content)[0] if without_names else content  # see wijkteam.anonymise
        document = planfile.new_document(content, app_version=__version__, exported_at=exported_at or utcnow())
        planfile.check_export(document)
        return planfile.write_bytes(Path(target), planfile.dump_document(document))

    @staticmethod
    def _plan_content(session: Session, plan: Plan, *, with_private: bool) -> dict[str, Any]:
        plan_id = plan.id

        def rows(table: Any, *order: Any) -> Sequence[Any]:
            return session.exec(select(table).where(table.plan_id == plan_id).order_by(*order)).all()

        people = rows(Participant, col(Participant.position), col(Participant.id))
        sections = rows(Section, col(Section.position), col(Section.id))
        goals = rows(Goal, col(Goal.position), col(Goal.id))
        agreements = rows(Agreement, col(Agreement.position), col(Agreement.id))
        advice = rows(Advice, col(Advice.id))
        steps = rows(ProcessStep, col(ProcessStep.id))
        process_notes = rows(ProcessNote, col(ProcessNote.id))
        versions = rows(PlanVersion, col(PlanVersion.number), col(PlanVersion.id))
        history = rows(Change, col(Change.id))
        all_notes = rows(PrivateNote, col(PrivateNote.id))
        private_notes = [n for n in all_notes if with_private or n.include]
        included_now = note_moments(all_notes)
        houses = house_rows(session, plan_id, kept_too=with_private)
        kept_now = frozenset((name, house.kind) for house, name in house_rows(session, plan_id, kept_too=True)
                             if not house.shared)

        refs: dict[str, dict[int | None, str]] = {}
        for kind, items in (("people", people), ("sections", sections), ("goals", goals),
                            ("agreements", agreements), ("advice", advice), ("process_steps", steps),
                            ("process_notes", process_notes), ("private_notes", private_notes),
                            ("versions", versions)):
            refs[kind] = {item.id: make_ref(kind, number) for number, item in enumerate(items, 1)}
        person_order = {person.id: index for index, person in enumerate(people)}

        who: dict[int, list[int]] = {}
        for link in session.exec(
            select(AgreementPerson).where(col(AgreementPerson.agreement_id).in_([a.id for a in agreements]))
        ).all():
            who.setdefault(link.agreement_id, []).append(link.participant_id)
        responses = {
            response.advice_id: response
            for response in session.exec(
                select(AdviceResponse).where(col(AdviceResponse.advice_id).in_([a.id for a in advice]))
            ).all()
        }
        consents: dict[int, list[VersionConsent]] = {}
        for consent in session.exec(
            select(VersionConsent)
            .where(col(VersionConsent.version_id).in_([v.id for v in versions]))
            .order_by(col(VersionConsent.id))
        ).all():
            consents.setdefault(consent.version_id, []).append(consent)

        def history_ref(change: Change) -> str | None:
            # A row about something deleted, or a private note left out, keeps its summary but loses its pointer.
            kind = planfile.HISTORY_ENTITIES.get(change.entity)
            return refs[kind].get(change.entity_id) if kind else None

        content: dict[str, Any] = {
            "type": plan.plan_type,
            "title": plan.title,
            "family_name": plan.family_name,
            "status": plan.status,
            "language": plan.language,
            "melding_date": date_text(plan.melding_date),
            "meeting_date": date_text(plan.meeting_date),
            "meeting_place": plan.meeting_place,
            "evaluation_date": date_text(plan.evaluation_date),
            "plan_b": plan.plan_b,
            "created_at": datetime_text(plan.created_at),
            "updated_at": datetime_text(plan.updated_at),
            "people": [
                {
                    "ref": refs["people"][p.id],
                    "name": p.name,
                    "role": p.role,
                    "relation": p.relation,
                    "organisation": p.organisation,
                    "contact": p.contact,
                    "sector": p.sector,
                    "closeness": p.closeness,
                    # Stored comma-separated; a list in the file. Empty pieces mean nothing and are left out.
                    "support": [part for part in p.support.split(",") if part.strip()],
                    "consent_named": p.consent_named,
                    "position": p.position,
                }
                for p in people
            ],
            "sections": [
                {
                    "ref": refs["sections"][s.id],
                    "key": s.key,
                    "title": s.title,
                    "position": s.position,
                    "text": s.text,
                    "done": s.done,
                    "skipped": s.skipped,
                    "custom": s.custom,
                    "updated_at": datetime_text(s.updated_at),
                }
                for s in sections
            ],
            "goals": [{"ref": refs["goals"][g.id], "text": g.text, "position": g.position} for g in goals],
            "agreements": [
                {
                    "ref": refs["agreements"][a.id],
                    "goal": refs["goals"].get(a.goal_id) if a.goal_id is not None else None,
                    "what": a.what,
                    "who": [
                        refs["people"][pid]
                        for pid in sorted(who.get(a.id, []), key=lambda pid: person_order.get(pid, 0))
                        if pid in refs["people"]
                    ],
                    "when_text": a.when_text,
                    "due_date": date_text(a.due_date),
                    "how_we_know": a.how_we_know,
                    "checker": a.checker,
                    "status": a.status,
                    "is_safety": a.is_safety,
                    "position": a.position,
                }
                for a in agreements
            ],
            "advice": [
                {
                    "ref": refs["advice"][a.id],
                    "section": refs["sections"].get(a.section_id) if a.section_id is not None else None,
                    "kind": a.kind,
                    "author_name": a.author_name,
                    "organisation": a.organisation,
                    "legal_basis": a.legal_basis,
                    "text": a.text,
                    "given_on": date_text(a.given_on),
                    "created_at": datetime_text(a.created_at),
                    # The family's answer stays an object of its own: their voice, apart from the professional's.
                    "response": _response(responses.get(a.id)),
                }
                for a in advice
            ],
            "process_steps": [
                {
                    "ref": refs["process_steps"][s.id],
                    "key": s.key,
                    "phase": s.phase,
                    "done_at": datetime_text(s.done_at),
                    "done_by": s.done_by,
                }
                for s in steps
            ],
            "process_notes": [
                {
                    "ref": refs["process_notes"][n.id],
                    "phase": n.phase,
                    "author_name": n.author_name,
                    "text": n.text,
                    "created_at": datetime_text(n.created_at),
                }
                for n in process_notes
            ],
            "versions": [
                {
                    "ref": refs["versions"][v.id],
                    "number": v.number,
                    "created_at": datetime_text(v.created_at),
                    "snapshot": v.snapshot if with_private else shared_snapshot(v.snapshot, included_now, kept_now),
                    "consents": [
                        {"person": refs["people"][c.participant_id], "agreed_at": datetime_text(c.agreed_at)}
                        for c in consents.get(v.id, [])
                        if c.participant_id in refs["people"]
                    ],
                }
                for v in versions
            ],
            "history": [
                {
                    "at": datetime_text(c.at),
                    "actor_role": c.actor_role,
                    "actor_name": c.actor_name,
                    "entity": c.entity,
                    "entity_ref": history_ref(c),
                    "field": c.field,
                    "summary": c.summary,
                }
                for c in history
            ],
        }
        # The Jeugdwet dates only when set: a plan without them writes what version 2 wrote, apart from its number.
        for name, value in (("offer_date", plan.offer_date), ("term_date", plan.term_date)):
            if value is not None:
                content[name] = date_text(value)
        if with_private or private_notes:
            content["private_notes"] = [
                {
                    "ref": refs["private_notes"][n.id],
                    "text": n.text,
                    "include": n.include,
                    "created_at": datetime_text(n.created_at),
                    "updated_at": datetime_text(n.updated_at),
                }
                for n in private_notes
            ]
        if houses:
            content["child_houses"] = [
                {
                    "child": refs["people"][house.participant_id],
                    "kind": house.kind,
                    "text": house.text,
                    "drawing": base64.b64encode(house.drawing).decode("ascii") if house.drawing else None,
                    "shared": house.shared,
                }
                for house, _name in houses
                if house.participant_id in refs["people"]
            ]
        return content

    # ----------------------------------------------------------------------------------------------------- import

    def import_plan(self, source: Path | str) -> int:
        """Read a plan file and add it as a new plan with new IDs. Returns the new plan's ID.

        Everything is checked before anything is written; then the whole plan goes in one transaction, so a failure
        leaves the database as it was. Raises PlanFileError (an InvalidInputError) with one Dutch sentence.
        """
        plan_id = self.import_document(planfile.read_document(Path(source)))
        log.info("Plan file imported as plan %s", plan_id)
        return plan_id

    def import_document(self, document: dict[str, Any]) -> int:
        """Add a plan file that ``planfile.read_document`` read and checked; one transaction. Returns the new ID."""
        with self._session() as session:
            plan_id = self._write_plan(session, document["plan"])
            session.commit()
        return plan_id

    def _write_plan(self, session: Session, content: dict[str, Any]) -> int:
        """Add every row of the plan. Rows go in file order, so new IDs keep that order and a new export matches."""
        plan = Plan(
            plan_type=content["type"],
            title=content["title"],
            family_name=content["family_name"],
            status=content["status"],
            language=content["language"],
            melding_date=parse_date(content["melding_date"]),
            offer_date=parse_date(content.get("offer_date")),  # a file of version 1 or 2 has none
            term_date=parse_date(content.get("term_date")),
            meeting_date=parse_date(content["meeting_date"]),
            meeting_place=content["meeting_place"],
            evaluation_date=parse_date(content["evaluation_date"]),
            plan_b=content["plan_b"],
            created_at=_required_datetime(content["created_at"]),
            updated_at=_required_datetime(content["updated_at"]),
        )
        session.add(plan)
        session.flush()
        assert plan.id is not None
        plan_id = plan.id
        ids: dict[str, int] = {}

        def add_all(items: list[dict[str, Any]], make: Any) -> None:
            rows = [make(item) for item in items]
            session.add_all(rows)
            session.flush()
            ids.update({item["ref"]: row.id for item, row in zip(items, rows, strict=True)})

        add_all(content["people"], lambda p: Participant(
            plan_id=plan_id, name=p["name"], role=p["role"], relation=p["relation"], organisation=p["organisation"],
            contact=p["contact"], sector=p["sector"], closeness=p["closeness"], support=",".join(p["support"]),
            consent_named=p["consent_named"], position=p["position"],
        ))
        add_all(content["sections"], lambda s: Section(
            plan_id=plan_id, key=s["key"], title=s["title"], position=s["position"], text=s["text"], done=s["done"],
            skipped=s["skipped"], custom=s["custom"], updated_at=_required_datetime(s["updated_at"]),
        ))
        add_all(content["goals"], lambda g: Goal(plan_id=plan_id, text=g["text"], position=g["position"]))
        add_all(content["agreements"], lambda a: Agreement(
            plan_id=plan_id, goal_id=ids[a["goal"]] if a["goal"] else None, what=a["what"], when_text=a["when_text"],
            due_date=parse_date(a["due_date"]), how_we_know=a["how_we_know"], checker=a["checker"],
            status=a["status"], is_safety=a["is_safety"], position=a["position"],
        ))
        session.add_all(
            AgreementPerson(agreement_id=ids[a["ref"]], participant_id=ids[ref])
            for a in content["agreements"]
            for ref in a["who"]
        )
        add_all(content["advice"], lambda a: Advice(
            plan_id=plan_id, section_id=ids[a["section"]] if a["section"] else None, kind=a["kind"],
            author_name=a["author_name"], organisation=a["organisation"], legal_basis=a["legal_basis"],
            text=a["text"], given_on=_required_date(a["given_on"]), created_at=_required_datetime(a["created_at"]),
        ))
        session.add_all(
            AdviceResponse(advice_id=ids[a["ref"]], answer=a["response"]["answer"], reason=a["response"]["reason"],
                           updated_at=_required_datetime(a["response"]["updated_at"]))
            for a in content["advice"]
            if a["response"] is not None
        )
        add_all(content["process_steps"], lambda s: ProcessStep(
            plan_id=plan_id, key=s["key"], phase=s["phase"], done_at=parse_datetime(s["done_at"]),
            done_by=s["done_by"],
        ))
        add_all(content["process_notes"], lambda n: ProcessNote(
            plan_id=plan_id, phase=n["phase"], author_name=n["author_name"], text=n["text"],
            created_at=_required_datetime(n["created_at"]),
        ))
        add_all(content.get("private_notes", []), lambda n: PrivateNote(
            plan_id=plan_id, text=n["text"], include=n["include"], created_at=_required_datetime(n["created_at"]),
            updated_at=_required_datetime(n["updated_at"]),
        ))
        session.add_all(
            ChildHouse(plan_id=plan_id, participant_id=ids[h["child"]], kind=h["kind"], text=h["text"],
                       drawing=_drawing(h["drawing"]), shared=h["shared"])
            for h in content.get("child_houses", [])
        )
        add_all(content["versions"], lambda v: PlanVersion(
            plan_id=plan_id, number=v["number"], created_at=_required_datetime(v["created_at"]),
            snapshot=v["snapshot"],
        ))
        session.add_all(
            VersionConsent(version_id=ids[v["ref"]], participant_id=ids[c["person"]],
                           agreed_at=_required_datetime(c["agreed_at"]))
            for v in content["versions"]
            for c in v["consents"]
        )
        self._write_history(session, plan_id, content["history"], ids)
        session.flush()
        return plan_id

    @staticmethod
    def _write_history(session: Session, plan_id: int, history: list[dict[str, Any]], ids: dict[str, int]) -> None:
        # The history is copied as it was; the import itself adds no row, so a second export matches the first.
        session.add_all(
            Change(
                plan_id=plan_id,
                at=_required_datetime(c["at"]),
                actor_role=c["actor_role"],
                actor_name=c["actor_name"],
                entity=c["entity"],
                entity_id=plan_id if c["entity"] == "plan" else ids.get(c["entity_ref"] or ""),
                field=c["field"],
                summary=c["summary"],
            )
            for c in history
        )


def note_moments(notes: Sequence[PrivateNote]) -> frozenset[str]:
    """The notes the family includes now, each known by its ``created_at`` as a plan file writes it.

    The moment a note was made is how a note is recognised in a snapshot (as ``plan_diff`` pairs notes): it stays the
    same through every edit, freeze, export and import, while the text may change and database IDs never travel.
    A moment that an excluded note shares with an included one (only a hand-made file can do that) counts as excluded.
    """
    included = {datetime_text(n.created_at) for n in notes if n.include}
    excluded = {datetime_text(n.created_at) for n in notes if not n.include}
    return frozenset(moment for moment in included - excluded if moment is not None)


def shared_snapshot(snapshot: str, included_now: frozenset[str],
                    kept_now: frozenset[tuple[str, str]] = frozenset()) -> str:
    """A frozen version as it may leave the app now: of its private notes only those the family includes now.

    A child's house that the child keeps back now (``kept_now``: the child's name and the kind of house) leaves no
    frozen version either, though it was shared when the version was made.

    The snapshot in the database stays as it was frozen; only the copy in the file is filtered. A snapshot that keeps
    all its notes goes out as the very same text, so export, import elsewhere and export again give the same file.
    A snapshot that cannot be read as a plan cannot be checked for private notes either: it does not go out (an empty
    text, which reads as an unreadable version, as it was).
    """
    try:
        document = planfile.parse_document(snapshot.encode("utf-8"))  # as VersionService reads a snapshot
    except (planfile.PlanFileError, UnicodeEncodeError):
        return ""
    plan = document["plan"]
    notes = plan.get("private_notes", [])
    kept = [note for note in notes if _moment(note["created_at"]) in included_now]
    names = {person["ref"]: person["name"] for person in plan["people"]}
    houses = plan.get("child_houses", [])
    shared = [h for h in houses if h["shared"] and (names.get(h["child"], ""), h["kind"]) not in kept_now]
    if len(kept) == len(notes) and len(shared) == len(houses):
        return snapshot
    plan["private_notes"] = kept
    if "child_houses" in plan:
        plan["child_houses"] = shared
    # Written as VersionService writes a snapshot: compact, every script as itself.
    return json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _moment(value: str) -> str | None:
    # The same moment written with another offset (a file made by hand) is still the same note.
    try:
        return datetime_text(parse_datetime(value))
    except (ValueError, OverflowError):
        return None


def _drawing(text: str | None) -> bytes | None:
    """A drawing from a plan file, held to the same rule as one added in the window; one that fails is left out."""
    if text is None:
        return None
    try:
        data = base64.b64decode(text, validate=True)
        check_drawing(data)
    except (binascii.Error, ValueError, UserError):
        log.info("A drawing in a plan file was left out: not a clean PNG or JPEG")
        return None
    return data


def _response(response: AdviceResponse | None) -> dict[str, Any] | None:
    if response is None:
        return None
    return {"answer": response.answer, "reason": response.reason, "updated_at": datetime_text(response.updated_at)}
