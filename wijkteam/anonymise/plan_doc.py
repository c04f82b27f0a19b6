"""A ``PlanDoc`` without names, for the PDF: every text field of every part goes through the same ``Anonymiser``.

The walk is generic on purpose: a text field added to the plan later is made nameless too, without a change here.
Only fields that hold codes (a key, a kind, a language) or the template's own words stay as they are.
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any, TypeVar

from models import Role
from wijkteam.anonymise.anonymiser import Anonymiser, AnonymousReport
from wijkteam.anonymise.names import Person, fold, is_generic, tidy
from wijkteam.services.dto import (
    AdviceDoc,
    AgreementDoc,
    ChildHouseDoc,
    ParticipantDoc,
    PlanDoc,
)

T = TypeVar("T")

#: Fields that hold codes or the template's words, never the family's: they stay as they are.
KEEP = frozenset({"key", "kind", "status", "language", "sector", "support", "wmo", "plan_type", "answer", "role"})
#: The template's words: made nameless too (an example may hold a name the family has), but not listed for checking.
TEMPLATE = frozenset({"question", "help", "example"})


def anonymise_plan(doc: PlanDoc) -> tuple[PlanDoc, AnonymousReport]:
    """The plan without names, and what was replaced. Private notes and children's drawings are left out."""
    people = [Person(p.name, p.role, p.relation) for p in doc.participants]
    known = {fold(tidy(p.name)) for p in doc.participants}
    for advice in doc.advice:  # advice from a distance: its author need not be one of the plan's people
        if not is_generic(advice.author_name) and fold(tidy(advice.author_name)) not in known:
            known.add(fold(tidy(advice.author_name)))
            people.append(Person(advice.author_name, Role.PROFESSIONAL))
    anonymiser = Anonymiser(people, family_name=doc.family_name, plan_type=doc.plan_type, language=doc.language)
    labels = {p.id: anonymiser.label(index) for index, p in enumerate(doc.participants)}

    def participant(index: int, person: ParticipantDoc) -> ParticipantDoc:
        anonymiser.dropped(person.contact)
        return dataclasses.replace(person, name=anonymiser.label(index), relation=anonymiser.relation_rest(index),
                                   organisation=anonymiser.text(person.organisation), contact="")

    def agreement(item: AgreementDoc) -> AgreementDoc:
        copy = walk(item, anonymiser)
        who = tuple(labels.get(pid, anonymiser.person(name)) for pid, name in zip(item.who_ids, item.who, strict=False))
        return dataclasses.replace(copy, who=who or copy.who, checker=anonymiser.person(item.checker))

    def one_advice(item: AdviceDoc) -> AdviceDoc:
        return dataclasses.replace(walk(item, anonymiser), author_name=anonymiser.person(item.author_name))

    def house(item: ChildHouseDoc) -> ChildHouseDoc:
        name = labels.get(item.participant_id) or anonymiser.person(item.child_name)
        return dataclasses.replace(walk(item, anonymiser), child_name=name, drawing=None)  # a drawing may hold a name

    copy = dataclasses.replace(
        walk(doc, anonymiser, skip=frozenset({"participants", "agreements", "advice", "child_houses",
                                               "included_private_notes", "family_name", "title"})),
        title=anonymiser.title(doc.title),
        family_name=anonymiser.family_word if doc.family_name.strip() else "",
        participants=tuple(participant(index, p) for index, p in enumerate(doc.participants)),
        agreements=tuple(agreement(a) for a in doc.agreements),
        advice=tuple(one_advice(a) for a in doc.advice),
        child_houses=tuple(house(h) for h in doc.child_houses),
        included_private_notes=(),  # never, even when the family marked them to include
    )
    return copy, anonymiser.report()


def walk(value: T, anonymiser: Anonymiser, skip: frozenset[str] = frozenset()) -> T:
    """``value`` with every text made nameless; dataclasses, tuples and lists are walked into."""
    result: T = _walk(value, anonymiser, skip)
    return result


def _walk(value: Any, anonymiser: Anonymiser, skip: frozenset[str] = frozenset()) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return anonymiser.text(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            item.name: anonymiser.text(getattr(value, item.name), listed=False) if item.name in TEMPLATE
            else _walk(getattr(value, item.name), anonymiser)
            for item in dataclasses.fields(value)
            if item.name not in KEEP and item.name not in skip
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_walk(item, anonymiser) for item in value)
    if isinstance(value, list):
        return [_walk(item, anonymiser) for item in value]
    return value
