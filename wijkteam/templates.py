"""Plan templates, read from data files under ``resources/templates``. They guide, they never force."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from models import PlanType
from wijkteam.paths import templates_dir


@dataclass(frozen=True)
class TemplateSection:
    key: str
    kind: str
    title: str
    question: str
    help: str
    example: str
    wmo: tuple[str, ...] = ()
    #: For a part that is only for some: when it is, in plain words ("Alleen als u een pgb wilt."). Empty for a part
    #: that is for everyone. No part is ever required; an optional part left empty stays out of the PDF.
    optional: str = ""


@dataclass(frozen=True)
class PlanTemplate:
    plan_type: PlanType
    name: str
    default_title: str
    intro: str
    sections: tuple[TemplateSection, ...]
    wmo_letters: tuple[tuple[str, str], ...] = ()

    def section(self, key: str) -> TemplateSection | None:
        return next((s for s in self.sections if s.key == key), None)


@cache
def load_template(plan_type: PlanType) -> PlanTemplate:
    path = templates_dir() / f"{PlanType(plan_type).value}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    sections = tuple(
        TemplateSection(
            key=s["key"],
            kind=s.get("kind", "text"),
            title=s["title"],
            question=s.get("question", ""),
            help=s.get("help", ""),
            example=s.get("example", ""),
            wmo=tuple(s.get("wmo", ())),
            optional=s.get("optional", ""),
        )
        for s in raw["sections"]
    )
    return PlanTemplate(
        plan_type=PlanType(raw["plan_type"]),
        name=raw["name"],
        default_title=raw["default_title"],
        intro=raw["intro"],
        sections=sections,
        wmo_letters=tuple(sorted(raw.get("wmo_letters", {}).items())),
    )
