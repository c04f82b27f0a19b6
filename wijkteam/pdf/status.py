"""What the printed plan says about itself: a concept, or which version, and who agreed to that version.

Only the version state counts (``PlanDoc.print_state``), never the stored ``status`` alone: that one says
"vastgesteld" from the first freeze on, also after the family changed the text again. Without a print state
nothing is known about versions, so the plan prints as a concept: a print never claims an agreement that was
not given. Plain text only, no ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.pdf.words import day as dutch_date
from wijkteam.pdf.words import fill, word
from wijkteam.services.dto import PlanDoc, PrintStateDoc

NOBODY_AGREED = QT_TRANSLATE_NOOP("Pdf", "Niemand is nog akkoord met deze tekst.")
NOT_AGREED = QT_TRANSLATE_NOOP("Pdf", "Nog niet akkoord")


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
        version = fill(QT_TRANSLATE_NOOP("Pdf", "versie %1 van %2"), state.version_number,
                       dutch_date(state.version_day))

    if state.is_draft or version is None:
        changed = fill(QT_TRANSLATE_NOOP("Pdf", "Het plan is veranderd sinds %1."), version) if version else ""
        not_valid = (fill(QT_TRANSLATE_NOOP("Pdf", "Een akkoord met versie %1 geldt niet voor deze tekst."),
                          state.version_number) if version else "")
        nobody = word(QT_TRANSLATE_NOOP("Pdf", "Niemand is akkoord met deze tekst."))
        if state.closed:
            closed = word(QT_TRANSLATE_NOOP("Pdf", "Afgesloten, niet vastgesteld"))
            return PrintedStatus(
                status=closed,
                footer=closed,
                mark=word(QT_TRANSLATE_NOOP("Pdf", "Afgesloten – deze tekst is niet vastgesteld")),
                cover_note=_join(word(QT_TRANSLATE_NOOP("Pdf", "Dit plan is afgesloten.")),
                                 changed or word(QT_TRANSLATE_NOOP("Pdf", "Het is nooit vastgesteld.")), nobody),
                signature_intro=_join(nobody, not_valid),
            )
        concept = word(QT_TRANSLATE_NOOP("Pdf", "Concept"))
        return PrintedStatus(
            status=concept,
            footer=concept,
            mark=word(QT_TRANSLATE_NOOP("Pdf", "Concept – nog niet vastgesteld")),
            cover_note=_join(word(QT_TRANSLATE_NOOP("Pdf", "Dit is een concept. Het plan kan nog veranderen.")),
                             changed, word(NOBODY_AGREED)),
            signature_intro=_join(word(QT_TRANSLATE_NOOP("Pdf", "Dit is een concept.")), word(NOBODY_AGREED),
                                  not_valid),
        )

    assert state.version_number is not None and state.version_day is not None
    number, day = state.version_number, dutch_date(state.version_day)
    lines = {
        signer.participant_id: (
            fill(QT_TRANSLATE_NOOP("Pdf", "Akkoord met versie %1 op %2"), number, dutch_date(signer.agreed_on))
            if signer.agreed_on else word(NOT_AGREED)
        )
        for signer in state.signers
    }
    intro = fill(QT_TRANSLATE_NOOP("Pdf", "Dit is versie %1 van het plan, vastgesteld op %2. Bij elke naam staat of "
                                          "die persoon in Ons Plan akkoord gaf met deze versie."), number, day)
    return PrintedStatus(
        status=(fill(QT_TRANSLATE_NOOP("Pdf", "Afgesloten. Vastgesteld: %1"), version) if state.closed
                else fill(QT_TRANSLATE_NOOP("Pdf", "Vastgesteld: %1"), version)),
        footer=(fill(QT_TRANSLATE_NOOP("Pdf", "Versie %1 van %2, afgesloten"), number, day) if state.closed
                else fill(QT_TRANSLATE_NOOP("Pdf", "Versie %1 van %2"), number, day)),
        mark="",
        cover_note=word(QT_TRANSLATE_NOOP("Pdf", "Dit plan is afgesloten.")) if state.closed else "",
        signature_intro=intro,
        consent_lines=lines,
    )


def _join(*sentences: str) -> str:
    return " ".join(s for s in sentences if s)
