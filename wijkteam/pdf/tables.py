"""The structured parts of sections, set as tables: people, network, agreements and signatures."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from models import Role
from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.pdf.labels import AGREEMENT_STATUS_LABELS, ROLE_LABELS, status_label
from wijkteam.pdf.status import NOT_AGREED, printed_status
from wijkteam.pdf.styles import BODY_WIDTH, INK, MUTED, RULE, SAFETY_SHADE
from wijkteam.pdf.words import choice, day, fill, only, word
from wijkteam.pdf.writer import PlanWriter
from wijkteam.services.dto import AgreementDoc, ParticipantDoc

# Above this many characters a table cell might not fit on one page.
LONG_CELL_TEXT = 600
# Room enough to sign by hand, and no more: a plan with thirty signers still fits on a page and a half.
SIGN_ROW = 12 * mm
AGREEMENT_HEADS = ("", QT_TRANSLATE_NOOP("Pdf", "Afspraak"), QT_TRANSLATE_NOOP("Pdf", "Wie"),
                   QT_TRANSLATE_NOOP("Pdf", "Wanneer"), QT_TRANSLATE_NOOP("Pdf", "Status"))
# "Wanneer" holds a long Dutch word such as "zaterdagochtend" whole; "Nog niet begonnen" takes two lines.
AGREEMENT_WIDTHS = (8 * mm, 68 * mm, 33 * mm, 34 * mm, BODY_WIDTH - 143 * mm)


def split_in_row(texts: Iterable[str]) -> int:
    """Let a row break over pages only when a cell could be taller than a page.

    Splitting inside rows also overrides "keep this row with the next", so ordinary tables do without it.
    """
    return 1 if any(len(text) > LONG_CELL_TEXT for text in texts) else 0


def people_table(w: PlanWriter, people: Sequence[ParticipantDoc]) -> list[Flowable]:
    if not people:
        return []
    s = w.s
    heads = (QT_TRANSLATE_NOOP("Pdf", "Naam"), QT_TRANSLATE_NOOP("Pdf", "Wie is het"), QT_TRANSLATE_NOOP("Pdf", "Rol"))
    rows: list[list[Any]] = [[w.say(only(h), s.cell_head) for h in heads]]
    for person in people:
        rows.append(
            [
                w.cell(w.name(person)),
                w.cell(_about(person)),
                w.say(choice(status_label(ROLE_LABELS, person.role)), s.cell),
            ]
        )
    return [_grid(w, rows, [60 * mm, BODY_WIDTH - 95 * mm, 35 * mm], split_in_row(_person_texts(people)))]


def agreements(w: PlanWriter) -> list[Flowable]:
    """All agreements in one table, a compact row each, grouped under the goal they serve; the rest after them.

    One card per agreement took a third of a page each. In one table the column heads repeat on every page, and a
    goal's row keeps only its first agreement with it, so the table breaks over pages wherever it must.
    """
    items = sorted(w.doc.agreements, key=lambda a: a.position)
    if not items:
        return []
    s = w.s
    goals = sorted(w.doc.goals, key=lambda g: g.position)
    goal_ids = {g.id for g in goals}
    groups: list[tuple[list[Flowable] | None, list[AgreementDoc]]] = []
    for goal_number, goal in enumerate(goals, 1):
        members = [a for a in items if a.goal_id == goal.id]
        if members:
            title = w.rich(s.cell_group, ("t", fill(QT_TRANSLATE_NOOP("Pdf", "Doel %1:"), goal_number) + " "),
                           ("u", goal.text))
            groups.append(([title], members))
    rest = [a for a in items if a.goal_id not in goal_ids]
    if rest:
        groups.append(([w.say(word(QT_TRANSLATE_NOOP("Pdf", "Andere afspraken")), s.cell_group)] if groups else None,
                       rest))

    rows: list[list[Any]] = [[w.say(only(h), s.cell_head) if h else "" for h in AGREEMENT_HEADS]]
    commands: list[tuple[Any, ...]] = []
    number = 0
    for title, members in groups:
        if title is not None:
            row = len(rows)
            rows.append([title, "", "", "", ""])
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("TOPPADDING", (0, row), (-1, row), 8),
                ("LINEBELOW", (0, row), (-1, row), 0.6, MUTED),
                # A goal at the foot of a page with its agreements over the page reads as a goal without any.
                ("NOSPLIT", (0, row), (-1, row + 1)),
            ]
        for agreement in members:
            number += 1
            if agreement.is_safety:
                row = len(rows)
                commands += [("BACKGROUND", (0, row), (-1, row), SAFETY_SHADE), ("BOX", (0, row), (-1, row), 1.2, INK)]
            rows.append(_agreement_row(w, agreement, number))
    texts = [t for a in items for t in (a.what, a.how_we_know, a.when_text, a.checker, ", ".join(a.who))]
    texts += [g.text for g in goals]
    table = _grid(w, rows, list(AGREEMENT_WIDTHS), split_in_row(texts))
    table.setStyle(TableStyle(commands))
    return [table]


def signatures(w: PlanWriter) -> list[Flowable]:
    """A line to sign for each of family and network, and per person whether they agreed to this version in Ons
    Plan. One tight row per person, with room enough to sign; a concept has no column for agreement."""
    s = w.s
    printed = printed_status(w.doc)
    signers = [p for p in w.doc.participants if p.role in (Role.GEZIN, Role.NETWERK)]
    with_consent = bool(printed.consent_lines)
    heads = [QT_TRANSLATE_NOOP("Pdf", "Naam"), QT_TRANSLATE_NOOP("Pdf", "In Ons Plan"),
             QT_TRANSLATE_NOOP("Pdf", "Handtekening"), QT_TRANSLATE_NOOP("Pdf", "Datum")]
    if not with_consent:
        del heads[1]
    rows: list[list[Any]] = [[w.say(only(h), s.cell_head) for h in heads]]
    for person in signers:
        cell = w.cell(w.name(person))
        if person.relation.strip():
            cell += w.cell(person.relation, s.cell_meta)
        row: list[Any] = [cell]
        if with_consent:
            consent = printed.consent_lines.get(person.id)
            if consent:
                agreed = consent != word(NOT_AGREED)
                style = s.cell_meta if not agreed else ParagraphStyle("cell_agreed", parent=s.cell_meta, textColor=INK)
                # "... op <date>" on a line of its own: the date then never wraps in two.
                text = "<br/>op ".join(escape(part) for part in consent.split(" op ", 1))
                row.append(Paragraph(("✓ " if agreed else "") + text, style))
            else:
                row.append("")
        rows.append(row + ["", ""])
    for _ in range(max(0, 2 - len(signers))):  # room for people who join on paper
        rows.append([""] * len(heads))
    # "✓ Akkoord met versie 12" on one line; the date as the family writes it by hand.
    date_width = 28 * mm
    if with_consent:
        widths = [52 * mm, 46 * mm, BODY_WIDTH - 98 * mm - date_width - 4 * mm, 4 * mm, date_width]
    else:
        widths = [72 * mm, BODY_WIDTH - 72 * mm - date_width - 4 * mm, 4 * mm, date_width]
    rows = [row[:-1] + [""] + row[-1:] for row in rows]  # a narrow gap between the two lines to write on
    sign, day = len(widths) - 3, len(widths) - 1
    table = Table(
        rows,
        colWidths=widths,
        minRowHeights=[0] + [SIGN_ROW] * (len(rows) - 1),
        repeatRows=1,
        splitInRow=split_in_row(_person_texts(signers)),
        hAlign="LEFT",
        spaceBefore=2,
        spaceAfter=8,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), w.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
                ("LINEBELOW", (sign, 1), (sign, -1), 0.8, INK),
                ("LINEBELOW", (day, 1), (day, -1), 0.8, INK),
                # Never one name alone over the page, at its top or at its end.
                ("NOSPLIT", (0, 0), (-1, min(2, len(rows) - 1))),
                ("NOSPLIT", (0, max(0, len(rows) - 2)), (-1, -1)),
            ]
        )
    )
    return [w.say(printed.signature_intro, s.body), table]


def _agreement_row(w: PlanWriter, agreement: AgreementDoc, number: int) -> list[Any]:
    """Number; what, with how we know it works; who, with who checks; when; status."""
    s = w.s
    what: list[Flowable] = []
    if agreement.is_safety:
        what.append(w.say(word(QT_TRANSLATE_NOOP("Pdf", "Veiligheidsafspraak")), s.cell_label))
    what += w.cell(agreement.what) if agreement.what.strip() else [Paragraph("—", s.cell_empty)]
    if agreement.how_we_know.strip():
        what.append(w.rich(s.cell_meta, ("b", word(QT_TRANSLATE_NOOP("Pdf", "Hoe weten we dat het lukt?")) + " "),
                           ("u", agreement.how_we_know)))
    who_names = _who(w, agreement)
    who = w.cell(who_names) if who_names else [Paragraph("—", s.cell_empty)]
    checker = w.shown_name(agreement.checker.strip())
    if checker.strip():
        who.append(w.rich(s.cell_meta, ("b", word(QT_TRANSLATE_NOOP("Pdf", "Checkt:")) + " "), ("u", checker)))
    when_parts = [agreement.when_text.strip()]
    if agreement.due_date:
        due = day(agreement.due_date)
        when_parts.append(fill(QT_TRANSLATE_NOOP("Pdf", "uiterlijk %1"), due) if agreement.when_text.strip() else due)
    when = ", ".join(p for p in when_parts if p)
    return [
        Paragraph(f"{number}.", s.cell_number),
        what,
        who,
        w.cell(when) if when else [Paragraph("—", s.cell_empty)],
        w.say(choice(status_label(AGREEMENT_STATUS_LABELS, agreement.status)), s.cell),
    ]


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
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _person_texts(people: Iterable[ParticipantDoc]) -> Iterable[str]:
    for person in people:
        yield from (person.name, person.relation, person.organisation, ", ".join(person.support))
