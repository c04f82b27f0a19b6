"""Which subjects of Wmo 2015 art. 2.3.2 lid 4 (a to g) a persoonlijk plan talks about.

The municipality asks about these subjects in its onderzoek. A plan never has to cover them: the app only shows them as
a gentle hint. Nothing here blocks anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models import PlanType
from wijkteam.services.dto import PlanDoc, SectionDoc
from wijkteam.templates import load_template


@dataclass(frozen=True)
class WmoSubject:
    letter: str  # "a" .. "g"
    description: str  # plain words from the template: "wat ik nodig heb en wat ik belangrijk vind"
    covered: bool
    section_ids: tuple[int, ...] = ()  # the parts that cover it, in plan order


def wmo_coverage(plan_type: PlanType, sections: Iterable[SectionDoc]) -> tuple[WmoSubject, ...]:
    """Each letter a-g with whether a part that is not skipped and has text covers it; empty for other plan types.

    Takes the sections rather than the whole plan, so the editor can ask again from what it holds, without the database.
    """
    if plan_type != PlanType.PERSOONLIJK_PLAN:
        return ()
    covering: dict[str, list[int]] = {}
    for section in sorted(sections, key=lambda s: s.position):
        if section.skipped or not section.text.strip():
            continue
        for letter in section.wmo:
            covering.setdefault(letter, []).append(section.id)
    return tuple(
        WmoSubject(letter, description, letter in covering, tuple(covering.get(letter, ())))
        for letter, description in load_template(plan_type).wmo_letters
    )


def plan_wmo_coverage(plan: PlanDoc) -> tuple[WmoSubject, ...]:
    return wmo_coverage(plan.plan_type, plan.sections)
