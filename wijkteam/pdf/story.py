"""The printed plan as a list of flowables, in the order a reader meets them: cover, the family's sections,
what they add themselves, signatures, and the professionals' advice in an appendix."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, Spacer, Table, TableStyle

from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.pdf.appendix import appendix
from wijkteam.pdf.conditions import printed_at, safety_conditions
from wijkteam.pdf.fonts import Fonts
from wijkteam.pdf.houses import child_houses
from wijkteam.pdf.labels import law_line, plan_type_label
from wijkteam.pdf.network import network_map
from wijkteam.pdf.status import printed_status
from wijkteam.pdf.styles import ACCENT, BODY_WIDTH, RULE
from wijkteam.pdf.tables import agreements, people_table, signatures, split_in_row
from wijkteam.pdf.words import day, word
from wijkteam.pdf.writer import PlanWriter
from wijkteam.services.dto import PlanDoc, SectionDoc

#: The part "Wat de kinderen zeggen", where the children's houses print.
CHILDREN_KEY = "kinderen"
#: Room for the signatures' heading, its sentence and the first two lines to sign.
SIGNATURES_START = 75 * mm


def build_story(doc: PlanDoc, fonts: Fonts, today: date) -> list[Flowable]:
    w = PlanWriter(doc, fonts)
    story: list[Flowable] = []
    story += _cover(w, today)
    # A part only for some (the pgb part) that stayed empty is not for this family: it stays out, as a skipped one.
    sections = sorted((s for s in doc.sections if not s.skipped and not (s.optional and not s.text.strip())),
                      key=lambda s: s.position)
    extras: list[Flowable] = []
    if _plan_b_orphaned(doc, sections):
        extras += w.heading(word(QT_TRANSLATE_NOOP("Pdf", "Als het anders loopt")))
        extras += w.text(doc.plan_b, w.s.body)
    extras += _private_notes(w)
    if not any(s.key == CHILDREN_KEY for s in sections):
        # The children's shared houses print also when the family skipped or removed their part.
        extras += child_houses(w, doc.child_houses)
    # Signatures close the plan: what else the family adds belongs above them.
    closing = sections[-1:] if sections and sections[-1].kind == "signatures" else []
    for section in sections[: len(sections) - len(closing)]:
        story += _section(w, section)
    story += extras
    for section in closing:
        story += _section(w, section)
    story += appendix(w, conditions_at=printed_at(w, sections))
    return story


def _plan_b_orphaned(doc: PlanDoc, sections: Sequence[SectionDoc]) -> bool:
    """Plan B from the plan itself, when no plan-B section carries it."""
    if not doc.plan_b.strip():
        return False
    if any(s.key == "plan_b" and s.text.strip() for s in doc.sections):
        return False
    return not any(s.key == "plan_b" for s in sections)


def _cover(w: PlanWriter, today: date) -> list[Flowable]:
    doc, s = w.doc, w.s
    printed = printed_status(doc)
    out: list[Flowable] = [
        w.say(plan_type_label(doc.plan_type).upper(), s.kicker),
        w.say(law_line(doc.plan_type), s.law),
    ]
    out += w.text(doc.title.strip() or plan_type_label(doc.plan_type), s.title)
    if doc.family_name.strip():
        out += w.text(doc.family_name, s.family)

    facts: list[tuple[str, str]] = [
        (word(QT_TRANSLATE_NOOP("Pdf", "Soort plan")), plan_type_label(doc.plan_type)),
        (word(QT_TRANSLATE_NOOP("Pdf", "Status")), printed.status),
        (word(QT_TRANSLATE_NOOP("Pdf", "Afgedrukt op")), day(today)),
    ]
    if w.personal and doc.melding_date:
        facts.append((word(QT_TRANSLATE_NOOP("Pdf", "Datum van de melding")), day(doc.melding_date)))
    if not w.personal and doc.offer_date:
        facts.append((word(QT_TRANSLATE_NOOP("Pdf", "Aanbod voor dit plan")), day(doc.offer_date)))
    if not w.personal and doc.term_date:
        facts.append((word(QT_TRANSLATE_NOOP("Pdf", "Afgesproken datum")), day(doc.term_date)))
    if doc.meeting_date or doc.meeting_place.strip():
        when = day(doc.meeting_date) if doc.meeting_date else ""
        facts.append((word(QT_TRANSLATE_NOOP("Pdf", "Samen besproken")),
                      ", ".join(x for x in (when, doc.meeting_place.strip()) if x)))
    if doc.evaluation_date:
        facts.append((word(QT_TRANSLATE_NOOP("Pdf", "Evaluatie")), day(doc.evaluation_date)))
    rows = [[w.say(f"{label}:", s.fact_label), w.cell(value, s.fact_value)] for label, value in facts]
    table = Table(
        rows,
        colWidths=[45 * mm, BODY_WIDTH - 45 * mm],
        hAlign="LEFT",
        splitInRow=split_in_row(value for _label, value in facts),
        spaceAfter=6,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), w.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                # Smaller label type: a little lower, so both columns share a baseline.
                ("TOPPADDING", (0, 0), (0, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    out.append(table)
    if w.personal and doc.melding_date:
        out.append(Spacer(1, 6))
        out.append(
            w.say(word(QT_TRANSLATE_NOOP("Pdf", "De gemeente geeft 7 dagen na de melding de tijd voor dit plan. "
                                                "Zij neemt het mee in haar onderzoek en beslist daarna over de hulp.")),
                  s.note)
        )
    if not w.personal and (doc.offer_date or doc.term_date):
        out.append(Spacer(1, 6))
        out.append(w.say(word(QT_TRANSLATE_NOOP("Pdf", "Een familiegroepsplan is een recht, geen plicht (Jeugdwet, "
                                                       "artikel 4.1.2). Ook na de afgesproken datum mag het plan "
                                                       "nog komen.")), s.note))
    if printed.cover_note:
        out.append(Spacer(1, 6))
        out.append(w.say(printed.cover_note, s.note))
    out.append(Spacer(1, 4))
    out.append(HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=4, spaceAfter=2))
    return out


def _section(w: PlanWriter, section: SectionDoc) -> list[Flowable]:
    out = w.heading(section.title.strip() or word(QT_TRANSLATE_NOOP("Pdf", "Zonder titel")))
    body: list[Flowable] = []
    # The safety part starts with what it must meet: its heading goes with the first condition, never alone.
    for index, block in enumerate(safety_conditions(w, section)):
        if index == 0:
            out = [KeepTogether(out + block)]
        else:
            body.append(KeepTogether(block))
    if section.text.strip():
        body += w.text(section.text, w.s.body)
    elif section.key == "plan_b" and w.doc.plan_b.strip():
        body += w.text(w.doc.plan_b, w.s.body)

    kind = section.kind
    if kind == "people":
        body += people_table(w, w.doc.participants)
    elif kind == "network":
        # The map holds what the table grouped by sector held: who, in which group, how close, what kind of help.
        body += network_map(w, w.doc.participants, w.doc.family_name or w.doc.title)
    elif kind == "goals":
        body += _goals(w)
    elif kind == "agreements":
        body += agreements(w)
    if section.key == CHILDREN_KEY:
        body += child_houses(w, w.doc.child_houses)
    if section.key == "evaluatie" and w.doc.evaluation_date:
        body.append(w.rich(w.s.body, ("b", word(QT_TRANSLATE_NOOP("Pdf", "Evaluatie")) + ": "),
                           ("t", day(w.doc.evaluation_date))))
    if kind == "signatures":
        body += signatures(w)
    elif not body:
        body.append(w.say(word(QT_TRANSLATE_NOOP("Pdf", "Nog niet ingevuld.")), w.s.empty))
    if kind == "signatures":
        # A heading with the first lines to sign, never alone at the foot of a page; the rest may follow over the
        # page. Keeping the whole list together would leave most of a page empty before a long list.
        return [CondPageBreak(SIGNATURES_START), *out, *body]
    return out + body


def _goals(w: PlanWriter) -> list[Flowable]:
    out: list[Flowable] = []
    for number, goal in enumerate(sorted(w.doc.goals, key=lambda g: g.position), 1):
        out += w.text(goal.text, w.s.goal, bullet=f"{number}.")
    return out


def _private_notes(w: PlanWriter) -> list[Flowable]:
    notes = [n for n in w.doc.included_private_notes if n.strip()]
    if not notes:
        return []
    out = w.heading(word(QT_TRANSLATE_NOOP("Pdf", "Uit mijn eigen tijd")) if w.personal
                    else word(QT_TRANSLATE_NOOP("Pdf", "Uit onze eigen tijd")))
    intro = (
        word(QT_TRANSLATE_NOOP("Pdf", "Deze notities maakte ik zelf. Ik koos ervoor om ze te delen."))
        if w.personal
        else word(QT_TRANSLATE_NOOP("Pdf", "Deze notities maakten we in onze eigen tijd, zonder hulpverleners erbij. "
                                           "We kozen zelf om ze te delen."))
    )
    out.append(w.say(intro, w.s.note))
    for index, note in enumerate(notes):
        if index:
            out.append(
                HRFlowable(width="30%", thickness=0.5, color=RULE, spaceBefore=2, spaceAfter=8, hAlign="LEFT")
            )
        out += w.text(note, w.s.body)
    return out
