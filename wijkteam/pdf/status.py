"""What the printed plan says about itself: a concept, or which version, and who agreed to that version.

Only the version state counts (``PlanDoc.print_state``), never the stored ``status`` alone: that one says
"vastgesteld" from the first freeze on, also after the family changed the text again. Without a print state
nothing is known about versions, so the plan prints as a concept: a print never claims an agreement that was
not given. Plain text only, no ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wijkteam.pdf.labels import dutch_date
from wijkteam.services.dto import PlanDoc, PrintStateDoc

NOBODY_AGREED = "Niemand is nog akkoord met deze tekst."
NOT_AGREED = "Nog niet akkoord"


@dataclass(frozen=True)
class PrintedStatus:
    status: str  # the cover's "Status:"
    footer: str  # beside the print date, on every page
    mark: str  # a line at the top of every page; empty when the text is a frozen version
    cover_note: str
    signature_intro: str
    #: per person who can agree: agreed to the printed version, and when, or not yet. Empty for a concept.
    consent_lines: dict[int, str] = field(default_factory=dict)

    @property
    def is_concept(self) -> bool:
        return bool(self.mark)


def printed_status(doc: PlanDoc) -> PrintedStatus:
    state = doc.print_state or PrintStateDoc(closed=doc.status == "afgesloten")
    version = None
    if state.version_number is not None and state.version_day is not None:
        version = f"versie {state.version_number} van {dutch_date(state.version_day)}"

    if state.is_draft or version is None:
        changed = f"Het plan is veranderd sinds {version}." if version else ""
        not_valid = (
            f"Een akkoord met versie {state.version_number} geldt niet voor deze tekst." if version else ""
        )
        if state.closed:
            return PrintedStatus(
                status="Afgesloten, niet vastgesteld",
                footer="Afgesloten, niet vastgesteld",
                mark="Afgesloten – deze tekst is niet vastgesteld",
                cover_note=_join("Dit plan is afgesloten.", changed or "Het is nooit vastgesteld.",
                                 "Niemand is akkoord met deze tekst."),
                signature_intro=_join("Niemand is akkoord met deze tekst.", not_valid),
            )
        return PrintedStatus(
            status="Concept",
            footer="Concept",
            mark="Concept – nog niet vastgesteld",
            cover_note=_join("Dit is een concept. Het plan kan nog veranderen.", changed, NOBODY_AGREED),
            signature_intro=_join("Dit is een concept.", NOBODY_AGREED, not_valid),
        )

    assert state.version_number is not None and state.version_day is not None
    number, day = state.version_number, dutch_date(state.version_day)
    lines = {
        signer.participant_id: (
            f"Akkoord met versie {number} op {dutch_date(signer.agreed_on)}" if signer.agreed_on else NOT_AGREED
        )
        for signer in state.signers
    }
    intro = (
        f"Dit is versie {number} van het plan, vastgesteld op {day}. "
        "Bij elke naam staat of die persoon in Ons Plan akkoord gaf met deze versie."
    )
    return PrintedStatus(
        status=f"Afgesloten. Vastgesteld: {version}" if state.closed else f"Vastgesteld: {version}",
        footer=f"Versie {number} van {day}" + (", afgesloten" if state.closed else ""),
        mark="",
        cover_note="Dit plan is afgesloten." if state.closed else "",
        signature_intro=intro,
        consent_lines=lines,
    )


def _join(*sentences: str) -> str:
    return " ".join(s for s in sentences if s)
