"""The invitation list: whom the family invites to its meeting, with how to reach them and boxes to tick by hand.

A working paper for the family (and the peer supporter who helps them call around), not a part of the plan: it holds
the names and contact details of the people they chose on the network map, also of someone who asked not to be named
in the plan itself. Private notes and the plan's text are not on it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from wijkteam import vocabulary
from wijkteam.atomic import write_with
from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.paths import fonts_dir
from wijkteam.pdf.errors import MSG_GENERAL, WRITE_WORDS, PdfError
from wijkteam.pdf.fonts import load_fonts
from wijkteam.pdf.styles import BODY_WIDTH, INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, RULE
from wijkteam.pdf.words import Words, choice, day, fill, only, using, word
from wijkteam.pdf.writer import PlanWriter
from wijkteam.services.dto import ParticipantDoc, PlanDoc

#: An empty box to tick with a pen.
BOX = "☐"


def invitation_story(w: PlanWriter, people: list[ParticipantDoc], today: date) -> list[Flowable]:
    doc, s = w.doc, w.s
    out: list[Flowable] = [w.say(word(QT_TRANSLATE_NOOP("Pdf", "Wie nodigen we uit?")), s.title)]
    out += w.text(" · ".join(x for x in (doc.title.strip(), doc.family_name.strip()) if x), s.family)
    when = [day(doc.meeting_date)] if doc.meeting_date else []
    if doc.meeting_place.strip():
        when.append(doc.meeting_place.strip())
    if when:
        out += w.text(fill(QT_TRANSLATE_NOOP("Pdf", "Bijeenkomst: %1"), ", ".join(when)), s.body)
    out += w.text(fill(QT_TRANSLATE_NOOP("Pdf", "Gemaakt op %1. Zet een kruisje als u iemand hebt gevraagd, en als "
                                                "iemand komt."), day(today)), s.note)
    heads = (QT_TRANSLATE_NOOP("Pdf", "Naam"), QT_TRANSLATE_NOOP("Pdf", "Wie is het"),
             QT_TRANSLATE_NOOP("Pdf", "Hoe bereikbaar"), QT_TRANSLATE_NOOP("Pdf", "Gevraagd"),
             QT_TRANSLATE_NOOP("Pdf", "Komt"))
    rows: list[list[Any]] = [[w.say(only(h), s.cell_head) for h in heads]]
    for person in people:
        group = choice(vocabulary.label(vocabulary.SECTORS, person.sector)).lower() if person.sector else ""
        about = ", ".join(x for x in (person.relation.strip(), group) if x)
        rows.append([w.cell(person.name), w.cell(about), w.cell(person.contact), w.say(BOX, s.cell),
                     w.say(BOX, s.cell)])
    table = Table(rows, colWidths=[46 * mm, 44 * mm, BODY_WIDTH - 134 * mm, 24 * mm, 20 * mm], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]))
    out.append(table)
    return out


def export_invitation_pdf(doc: PlanDoc, target: Path, *, today: date | None = None) -> None:
    """Write the list of the people the family invites (``ParticipantDoc.invited``), in the plan's language.

    Written completely or not at all; raises ``PdfError`` with a sentence for the family.
    """
    people = [p for p in doc.participants if p.invited]
    with using(Words.of(doc.language, bilingual=doc.print_bilingual)):
        fonts = load_fonts(fonts_dir())
        w = PlanWriter(doc, fonts)
        try:
            story = invitation_story(w, people, today or date.today())
        except Exception as exc:
            raise PdfError(MSG_GENERAL) from exc

        def render(_stream: object, temp: Path) -> None:
            SimpleDocTemplate(str(temp), leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                              bottomMargin=MARGIN_BOTTOM, title=word(QT_TRANSLATE_NOOP("Pdf", "Wie nodigen we uit?")),
                              initialFontName=fonts.regular, lang=w.doc.language, creator="Ons Plan",
                              producer="Ons Plan").build(story)

        try:
            write_with(Path(target), render, WRITE_WORDS, error=PdfError, suffix=".pdf.tmp")
        except PdfError:
            raise
        except Exception as exc:
            raise PdfError(MSG_GENERAL) from exc
