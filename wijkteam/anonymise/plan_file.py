"""A plan file's content without names: still a normal plan file, but nobody in it is named.

The history goes (it names who changed what), and so do private notes and children's drawings. Frozen versions stay,
each snapshot made nameless with the same words as the plan itself; a snapshot that cannot be read does not go out.
Like the ``PlanDoc`` walk, every text of the content is made nameless, also one a later version of the format adds.
"""

from __future__ import annotations

import json
import re
from typing import Any

from models import Role
from wijkteam import planfile
from wijkteam.anonymise.anonymiser import Anonymiser, AnonymousReport, clip
from wijkteam.anonymise.names import Person, fold, is_generic, tidy
from wijkteam.limits import MAX_LINE, MAX_TEXT

#: Keys whose values are codes, references or times, never words a person wrote.
CODES = frozenset({"ref", "key", "type", "status", "language", "kind", "phase", "role", "sector", "support", "entity",
                   "field", "goal", "section", "who", "child", "person", "answer", "drawing", "format", "version",
                   "app_version"})
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]*)?$")


def anonymise_plan_file(content: dict[str, Any]) -> tuple[dict[str, Any], AnonymousReport]:
    """``content`` (a plan file's ``plan``) without names, and what was replaced. ``content`` itself is not changed."""
    snapshots = [_snapshot_plan(v.get("snapshot", "")) for v in content.get("versions", [])]
    people = _people([content, *(s for s in snapshots if s is not None)])
    anonymiser = Anonymiser(people, family_name=content.get("family_name", ""), plan_type=content.get("type", ""),
                            language=content.get("language", "nl"))
    plan = _plan(content, anonymiser)
    plan["versions"] = [
        {**_walk(version, anonymiser, skip={"snapshot"}),
         "snapshot": "" if snapshot is None else _dump(version["snapshot"], _plan(snapshot, anonymiser))}
        for version, snapshot in zip(content.get("versions", []), snapshots, strict=True)
    ]
    return plan, anonymiser.report()


def _people(plans: list[dict[str, Any]]) -> list[Person]:
    """Everyone named anywhere: the plan's people first (their order gives the numbers), then those of old versions,
    then authors of advice or notes who are nobody of the plan."""
    people: list[Person] = []
    known: set[str] = set()

    def add(name: str, role: str, relation: str = "") -> None:
        key = fold(tidy(name))
        if not is_generic(name) and key not in known:
            known.add(key)
            people.append(Person(name, role, relation))

    for plan in plans:
        for person in plan.get("people", []):
            add(person.get("name", ""), person.get("role", ""), person.get("relation", ""))
    for plan in plans:
        for advice in plan.get("advice", []):
            add(advice.get("author_name", ""), Role.PROFESSIONAL)
        for note in plan.get("process_notes", []):
            add(note.get("author_name", ""), Role.ONDERSTEUNER)
        for step in plan.get("process_steps", []):
            add(step.get("done_by", ""), "")
    return people


def _plan(content: dict[str, Any], anonymiser: Anonymiser) -> dict[str, Any]:
    names = {fold(tidy(p.name)): index for index, p in enumerate(anonymiser.names.people)}
    skip = {"people", "family_name", "title", "history", "private_notes", "versions", "child_houses", "advice",
            "process_notes", "process_steps"}
    plan = _walk(content, anonymiser, skip=skip)
    plan["family_name"] = anonymiser.family_word if content.get("family_name", "").strip() else ""
    plan["title"] = anonymiser.title(content.get("title", ""))
    people = []
    for person in content.get("people", []):
        index = names[fold(tidy(person["name"]))]
        anonymiser.dropped(person.get("contact", ""))
        people.append({**person, "name": anonymiser.label(index), "relation": anonymiser.relation_rest(index),
                       "organisation": anonymiser.text(person.get("organisation", "")), "contact": ""})
    plan["people"] = people
    plan["history"] = []  # who changed what, by name
    plan.pop("private_notes", None)  # never, even when the family marked them to include
    if "versions" in content:
        plan["versions"] = []
    if "child_houses" in content:
        plan["child_houses"] = [{**_walk(h, anonymiser), "drawing": None} for h in content["child_houses"]]
    plan["advice"] = [{**_walk(a, anonymiser), "author_name": anonymiser.person(a.get("author_name", ""))}
                      for a in content.get("advice", [])]
    plan["process_notes"] = [{**_walk(n, anonymiser), "author_name": anonymiser.person(n.get("author_name", ""))}
                             for n in content.get("process_notes", [])]
    plan["process_steps"] = [{**step, "done_by": anonymiser.person(step.get("done_by", ""))}
                             for step in content.get("process_steps", [])]
    return {key: plan[key] for key in [*content, *(k for k in plan if k not in content)] if key in plan}


def _walk(value: Any, anonymiser: Anonymiser, skip: set[str] | frozenset[str] = frozenset()) -> Any:
    if isinstance(value, str):
        if _MOMENT.match(value):
            return value
        # Still within the file's limits: a line of a few short names may grow when each becomes a longer word.
        return clip(anonymiser.text(value), MAX_LINE if len(value) <= MAX_LINE and "\n" not in value else MAX_TEXT)
    if isinstance(value, dict):
        return {key: item if key in CODES or key in skip else _walk(item, anonymiser) for key, item in value.items()}
    if isinstance(value, list):
        return [_walk(item, anonymiser) for item in value]
    return value


def _snapshot_plan(snapshot: str) -> dict[str, Any] | None:
    try:
        plan: dict[str, Any] = planfile.parse_document(snapshot.encode("utf-8"))["plan"]
    except (planfile.PlanFileError, UnicodeEncodeError):
        return None
    return plan


def _dump(snapshot: str, plan: dict[str, Any]) -> str:
    document = planfile.parse_document(snapshot.encode("utf-8"))
    document["plan"] = plan
    # Written as VersionService writes a snapshot: compact, every script as itself.
    return json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
