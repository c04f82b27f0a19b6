"""The safety part of a familiegroepsplan starts with the conditions a professional set (under an
ondertoezichtstelling): what the plan must meet, each with its legal basis, who set it and when, and the family's
answer under it. The appendix then names the part where they stand, so they print once."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from models import AdviceKind
from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.pdf.appendix import advice_item
from wijkteam.pdf.words import word
from wijkteam.pdf.writer import PlanWriter
from wijkteam.services.dto import SectionDoc

#: The part of a familiegroepsplan where the conditions print (the template's key).
SAFETY_KEY = "veiligheid"


def printed_at(w: PlanWriter, sections: Sequence[SectionDoc]) -> str | None:
    """The title of the safety part when the conditions print there, else None (then the appendix holds them)."""
    if w.personal or not any(a.kind == AdviceKind.VOORWAARDE for a in w.doc.advice):
        return None
    part = next((s for s in sections if s.key == SAFETY_KEY), None)
    return (part.title.strip() or word(QT_TRANSLATE_NOOP("Pdf", "Zonder titel"))) if part is not None else None


def safety_conditions(w: PlanWriter, section: SectionDoc) -> list[list[Flowable]]:
    """The conditions at the start of the safety part, a block each; nothing for any other part or without any."""
    conditions = [a for a in w.doc.advice if a.kind == AdviceKind.VOORWAARDE]
    if section.key != SAFETY_KEY or w.personal or not conditions:
        return []
    # Why a professional may set them is said once, in the appendix, where the other information and advice is.
    # That they bind is said in the head of each: a line of its own cost the network map its room on the page.
    blocks = []
    for index, item in enumerate(conditions):
        block = advice_item(w, item, must_meet=True)
        if index == len(conditions) - 1 and isinstance(block[-1], Spacer):
            block = block[:-1]  # the family's own text follows at once, as under any heading
        blocks.append(block)  # each with the family's answer; the part's heading keeps the first with it (story)
    return blocks
