"""The printed plan as a list of flowables, in the order a reader meets them: cover, the family's sections,
what they add themselves, signatures, and the professionals' advice in an appendix."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from wijkteam.pdf.appendix import appendix
from wijkteam.pdf.fonts import Fonts
from wijkteam.pdf.labels import LAW_LINES, PLAN_TYPE_LABELS, dutch_date
from wijkteam.pdf.status import printed_status
from wijkteam.pdf.styles import ACCENT, BODY_WIDTH, RULE
from wijkteam.pdf.tables import agreements, network, people_table, signatures, split_in_row
from wijkteam.pdf.writer import PlanWriter
from wijkteam.services.dto import PlanDoc, SectionDoc


def build_story(doc: PlanDoc, fonts: Fonts, today: date) -> list[Flowable]:
    w = PlanWriter(doc, fonts)
    story: list[Flowable] = []
    story += _cover(w, today)
    sections = sorted((s for s in doc.sections if not s.skipped), key=lambda s: s.position)
    extras: list[Flowable] = []
    if _plan_b_orphaned(doc, sections):
        extras += w.heading("Als het anders loopt")
        extras += w.text(doc.plan_b, w.s.body)
    extras += _private_notes(w)
    # Signatures close the plan: what else the family adds belongs above them.
    closing = sections[-1:] if sections and sections[-1].kind == "signatures" else []
    for section in sections[: len(sections) - len(closing)]:
        story += _section(w, section)
    story += extras
    for section in closing:
        story += _section(w, section)
    story += appendix(w)
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
        Paragraph(escape(PLAN_TYPE_LABELS.get(doc.plan_type, "Plan").upper()), s.kicker),
        Paragraph(escape(LAW_LINES.get(doc.plan_type, "")), s.law),
    ]
    out += w.text(doc.title.strip() or PLAN_TYPE_LABELS.get(doc.plan_type, "Ons plan"), s.title)
    if doc.family_name.strip():
        out += w.text(doc.family_name, s.family)

    facts: list[tuple[str, str]] = [
        ("Soort plan", PLAN_TYPE_LABELS.get(doc.plan_type, str(doc.plan_type))),
        ("Status", printed.status),
        ("Afgedrukt op", dutch_date(today)),
    ]
    if w.personal and doc.melding_date:
        facts.append(("Datum van de melding", dutch_date(doc.melding_date)))
    if doc.meeting_date or doc.meeting_place.strip():
        when = dutch_date(doc.meeting_date) if doc.meeting_date else ""
        facts.append(("Samen besproken", ", ".join(x for x in (when, doc.meeting_place.strip()) if x)))
    if doc.evaluation_date:
        facts.append(("Evaluatie", dutch_date(doc.evaluation_date)))
    rows = [
        [Paragraph(escape(f"{label}:"), s.fact_label), w.cell(value, s.fact_value)] for label, value in facts
    ]
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
            Paragraph(
                "De gemeente geeft 7 dagen na de melding de tijd voor dit plan. "
                "Zij neemt het mee in haar onderzoek en beslist daarna over de hulp.",
                s.note,
            )
        )
    if printed.cover_note:
        out.append(Spacer(1, 6))
        out.append(Paragraph(escape(printed.cover_note), s.note))
    out.append(Spacer(1, 4))
    out.append(HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=4, spaceAfter=2))
    return out


def _section(w: PlanWriter, section: SectionDoc) -> list[Flowable]:
    out = w.heading(section.title.strip() or "Zonder titel")
    body: list[Flowable] = []
    if section.text.strip():
        body += w.text(section.text, w.s.body)
    elif section.key == "plan_b" and w.doc.plan_b.strip():
        body += w.text(w.doc.plan_b, w.s.body)

    kind = section.kind
    if kind == "people":
        body += people_table(w, w.doc.participants)
    elif kind == "network":
        body += network(w)
    elif kind == "goals":
        body += _goals(w)
    elif kind == "agreements":
        body += agreements(w)
    if section.key == "evaluatie" and w.doc.evaluation_date:
        body.append(w.rich(w.s.body, ("b", "Evaluatie: "), ("t", dutch_date(w.doc.evaluation_date))))
    if kind == "signatures":
        body += signatures(w)
    elif not body:
        body.append(Paragraph("Nog niet ingevuld.", w.s.empty))
    if kind == "signatures":
        # A heading alone at the foot of a page, or one signature line over the page, looks torn.
        return [KeepTogether(out + body)]
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
    out = w.heading("Uit mijn eigen tijd" if w.personal else "Uit onze eigen tijd")
    intro = (
        "Deze notities maakte ik zelf. Ik koos ervoor om ze te delen."
        if w.personal
        else "Deze notities maakten we in onze eigen tijd, zonder hulpverleners erbij. "
        "We kozen zelf om ze te delen."
    )
    out.append(Paragraph(escape(intro), w.s.note))
    for index, note in enumerate(notes):
        if index:
            out.append(
                HRFlowable(width="30%", thickness=0.5, color=RULE, spaceBefore=2, spaceAfter=8, hAlign="LEFT")
            )
        out += w.text(note, w.s.body)
    return out
