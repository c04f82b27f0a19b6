"""The structured parts of sections, set as tables: people, network, agreements and signatures."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from models import Role
from wijkteam.pdf.labels import (
    AGREEMENT_STATUS_LABELS,
    CLOSENESS_LABELS,
    ROLE_LABELS,
    SECTOR_LABELS,
    dutch_date,
    status_label,
)
from wijkteam.pdf.status import NOT_AGREED, printed_status
from wijkteam.pdf.styles import BODY_WIDTH, CELL_GAP, INK, MUTED, RULE, SAFETY_SHADE, SHADE
from wijkteam.pdf.writer import PlanWriter
from wijkteam.services.dto import AgreementDoc, ParticipantDoc

# Above this many characters a table cell might not fit on one page.
LONG_CELL_TEXT = 600


def split_in_row(texts: Iterable[str]) -> int:
    """Let a row break over pages only when a cell could be taller than a page.

    Splitting inside rows also overrides "keep this row with the next", so ordinary tables do without it.
    """
    return 1 if any(len(text) > LONG_CELL_TEXT for text in texts) else 0


def people_table(w: PlanWriter, people: Sequence[ParticipantDoc]) -> list[Flowable]:
    if not people:
        return []
    s = w.s
    rows: list[list[Any]] = [[Paragraph(h, s.cell_head) for h in ("Naam", "Wie is het", "Rol")]]
    for person in people:
        rows.append(
            [
                w.cell(w.name(person)),
                w.cell(_about(person)),
                Paragraph(escape(ROLE_LABELS.get(person.role, str(person.role).capitalize())), s.cell),
            ]
        )
    return [_grid(w, rows, [60 * mm, BODY_WIDTH - 95 * mm, 35 * mm], split_in_row(_person_texts(people)))]


def network(w: PlanWriter) -> list[Flowable]:
    """One table, grouped by sector like the network map, nearest people first."""
    if not w.doc.participants:
        return []
    s = w.s
    groups: dict[str, list[ParticipantDoc]] = {}
    for person in w.doc.participants:
        groups.setdefault(person.sector if person.sector in SECTOR_LABELS else "", []).append(person)
    keys = [k for k in SECTOR_LABELS if k in groups] + ([""] if "" in groups else [])
    heads = ("Naam", "Wie is het", "Hoe dichtbij", "Helpt met")
    rows: list[list[Any]] = [[Paragraph(h, s.cell_head) for h in heads]]
    group_rows: list[int] = []
    for key in keys:
        if len(keys) > 1 or key:
            group_rows.append(len(rows))
            rows.append([Paragraph(escape(SECTOR_LABELS.get(key, "Anderen")), s.cell_group), "", "", ""])
        for person in sorted(groups[key], key=lambda p: p.closeness):
            help_with = ", ".join(x.strip() for x in person.support if x.strip()).capitalize()
            rows.append(
                [
                    w.cell(w.name(person)),
                    w.cell(_about(person)),
                    Paragraph(escape(CLOSENESS_LABELS.get(person.closeness, "")), s.cell),
                    w.cell(help_with),
                ]
            )
    widths = [44 * mm, BODY_WIDTH - 122 * mm, 34 * mm, 44 * mm]
    table = _grid(w, rows, widths, split_in_row(_person_texts(w.doc.participants)))
    extra: list[tuple[Any, ...]] = []
    for row in group_rows:
        extra += [
            ("SPAN", (0, row), (-1, row)),
            ("TOPPADDING", (0, row), (-1, row), 9),
            ("LINEBELOW", (0, row), (-1, row), 0.6, MUTED),
            # A group name at the foot of a page with its people over the page reads as an empty group.
            ("NOSPLIT", (0, row), (-1, min(row + 1, len(rows) - 1))),
        ]
    table.setStyle(TableStyle(extra))
    return [table]


def agreements(w: PlanWriter) -> list[Flowable]:
    """One box per agreement, under the goal it serves; the rest after them."""
    items = sorted(w.doc.agreements, key=lambda a: a.position)
    if not items:
        return []
    goals = sorted(w.doc.goals, key=lambda g: g.position)
    goal_ids = {g.id for g in goals}
    out: list[Flowable] = []
    number = 0
    grouped = any(a.goal_id in goal_ids for a in items)
    for goal_number, goal in enumerate(goals, 1):
        members = [a for a in items if a.goal_id == goal.id]
        if not members:
            continue
        out.append(w.rich(w.s.h2, ("t", f"Doel {goal_number}: "), ("u", goal.text)))
        for agreement in members:
            number += 1
            out += _agreement_box(w, agreement, number)
    rest = [a for a in items if a.goal_id not in goal_ids]
    if rest and grouped:
        out.append(Paragraph("Andere afspraken", w.s.h2))
    for agreement in rest:
        number += 1
        out += _agreement_box(w, agreement, number)
    return out


def signatures(w: PlanWriter) -> list[Flowable]:
    """Lines to sign for family and network, and per person whether they agreed to this version in Ons Plan."""
    s = w.s
    printed = printed_status(w.doc)
    signers = [p for p in w.doc.participants if p.role in (Role.GEZIN, Role.NETWERK)]
    rows: list[list[Any]] = [[Paragraph(h, s.cell_head) for h in ("Naam", "Handtekening", "", "Datum")]]
    meta = ParagraphStyle("cell_meta", parent=s.meta, rightIndent=CELL_GAP, spaceAfter=0)
    for person in signers:
        cell = w.cell(w.name(person))
        if person.relation.strip():
            cell += w.cell(person.relation, meta)
        consent = printed.consent_lines.get(person.id)
        if consent:
            agreed = consent != NOT_AGREED
            style = ParagraphStyle("cell_consent", parent=meta, spaceBefore=2, textColor=INK if agreed else MUTED)
            # "... op <date>" on a line of its own: the date then never wraps in two.
            text = "<br/>op ".join(escape(part) for part in consent.split(" op ", 1))
            cell.append(Paragraph(("✓ " if agreed else "") + text, style))
        rows.append([cell, "", "", ""])
    for _ in range(max(0, 2 - len(signers))):  # room for people who join on paper
        rows.append(["", "", "", ""])
    table = Table(
        rows,
        colWidths=[72 * mm, BODY_WIDTH - 114 * mm, 8 * mm, 34 * mm],
        minRowHeights=[0] + [16 * mm] * (len(rows) - 1),
        repeatRows=1,
        splitInRow=split_in_row(_person_texts(signers)),
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=8,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), w.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 1), (1, -1), 0.8, INK),
                ("LINEBELOW", (3, 1), (3, -1), 0.8, INK),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [Paragraph(escape(printed.signature_intro), s.body), table]


def _agreement_box(w: PlanWriter, agreement: AgreementDoc, number: int) -> list[Flowable]:
    s = w.s
    when_parts = [agreement.when_text.strip()]
    if agreement.due_date:
        prefix = "uiterlijk " if agreement.when_text.strip() else ""
        when_parts.append(prefix + dutch_date(agreement.due_date))
    fields = [
        ("Wat", agreement.what),
        ("Wie", _who(w, agreement)),
        ("Wanneer", ", ".join(p for p in when_parts if p)),
        ("Hoe weten we dat het lukt", agreement.how_we_know),
        ("Wie checkt", w.shown_name(agreement.checker.strip())),
        ("Status", status_label(AGREEMENT_STATUS_LABELS, agreement.status)),
    ]
    header = f"Afspraak {number}" + (" · Veiligheidsafspraak" if agreement.is_safety else "")
    rows: list[list[Any]] = [[Paragraph(escape(header), s.box_head), ""]]
    for label, value in fields:
        shown = w.text(value, s.box_cell) if value.strip() else [Paragraph("—", s.box_empty)]
        rows.append([Paragraph(escape(label), s.box_label), shown])
    table = Table(
        rows,
        colWidths=[40 * mm, BODY_WIDTH - 40 * mm],
        repeatRows=1,
        splitInRow=split_in_row(value for _label, value in fields),
        hAlign="LEFT",
        spaceBefore=2,
        spaceAfter=9,
    )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), w.fonts.regular),
        ("SPAN", (0, 0), (1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (1, 0), SAFETY_SHADE if agreement.is_safety else SHADE),
        (
            "BOX",
            (0, 0),
            (-1, -1),
            1.6 if agreement.is_safety else 0.6,
            INK if agreement.is_safety else RULE,
        ),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    # One agreement reads as one unit, so it moves to the next page whole; only one that could be taller
    # than a page may split (with its header repeated). NOSPLIT rather than KeepTogether, because a
    # heading's keep-with-next does not reach into a KeepTogether.
    if sum(len(value) for _label, value in fields) <= 2 * LONG_CELL_TEXT:
        commands.append(("NOSPLIT", (0, 0), (-1, -1)))
    table.setStyle(TableStyle(commands))
    return [table]


def _who(w: PlanWriter, agreement: AgreementDoc) -> str:
    if agreement.who_ids and len(agreement.who_ids) == len(agreement.who):
        names = [
            w.name(w.people[pid]) if pid in w.people else name
            for pid, name in zip(agreement.who_ids, agreement.who, strict=True)
        ]
    else:
        names = [w.shown_name(name) for name in agreement.who]
    return ", ".join(n.strip() for n in names if n.strip())


def _about(person: ParticipantDoc) -> str:
    """Who someone is: the relation, and for a professional also the organisation."""
    parts = [person.relation.strip()]
    if person.role == Role.PROFESSIONAL:
        parts.append(person.organisation.strip())
    return ", ".join(part for part in parts if part)


def _grid(w: PlanWriter, rows: list[list[Any]], widths: list[float], split_rows: int) -> Table:
    table = Table(
        rows,
        colWidths=widths,
        repeatRows=1,
        splitInRow=split_rows,
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=8,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), w.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _person_texts(people: Iterable[ParticipantDoc]) -> Iterable[str]:
    for person in people:
        yield from (person.name, person.relation, person.organisation, ", ".join(person.support))
