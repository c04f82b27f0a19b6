"""The PDF file itself: page template, metadata, and on every page a footer that says which version this is, the
print date and "Pagina 3 van 7"; a concept also gets a mark at the top of every page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from wijkteam.pdf.fonts import Fonts
from wijkteam.pdf.labels import PLAN_TYPE_LABELS, dutch_date
from wijkteam.pdf.rtl import visual_single_line
from wijkteam.pdf.status import PrintedStatus, printed_status
from wijkteam.pdf.styles import (
    BODY_HEIGHT,
    BODY_WIDTH,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)
from wijkteam.pdf.text import one_line
from wijkteam.services.dto import PlanDoc

FOOTER_SIZE = 8.5
MARK_SIZE = 9.5


def render(story: list[Flowable], path: Path, doc: PlanDoc, fonts: Fonts, today: date) -> None:
    """Lay ``story`` out on A4 pages and write the PDF to ``path``."""
    title = one_line(doc.title) or PLAN_TYPE_LABELS.get(doc.plan_type, "Ons plan")
    printed = printed_status(doc)
    template = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=f"{PLAN_TYPE_LABELS.get(doc.plan_type, 'Plan')} ({printed.footer})",
        author=one_line(doc.family_name),
        creator="Ons Plan",
        producer="Ons Plan",
        lang="nl",
        # Otherwise every page starts in Helvetica, a font reference that is never embedded.
        initialFontName=fonts.regular,
    )
    # No frame padding: tables are measured to the full text width.
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, BODY_WIDTH, BODY_HEIGHT, 0, 0, 0, 0, id="body")
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    template.build(story, canvasmaker=_canvas_class(doc.title, fonts, printed, today))


def _footer_title(title: str, fonts: Fonts, limit: float) -> str:
    """The title on one line, cut short with an ellipsis when it would run into the page number."""
    text = one_line(title) or "Ons plan"
    if fonts.width(visual_single_line(text, fonts), FOOTER_SIZE) <= limit:
        return visual_single_line(text, fonts)
    while text and fonts.width(visual_single_line(text + "…", fonts), FOOTER_SIZE) > limit:
        text = text[: max(0, len(text) - max(1, len(text) // 8))].rstrip()
    return visual_single_line(text + "…", fonts)


def _canvas_class(title: str, fonts: Fonts, printed: PrintedStatus, today: date) -> type:
    footer = _footer_title(title, fonts, BODY_WIDTH * 0.7)
    printed_on = f"Afgedrukt op {dutch_date(today)}"

    class _FooterCanvas(Canvas):
        """Holds every page back until the end, so each footer can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, 1):
                self.__dict__.update(state)
                self._mark()
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            y = MARGIN_BOTTOM - 11 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y + 4.2 * mm, PAGE_WIDTH - MARGIN_X, y + 4.2 * mm)
            self.setFillColor(MUTED)
            x = MARGIN_X
            for face, run in fonts.runs(footer):
                self.setFont(face or fonts.regular, FOOTER_SIZE)
                self.drawString(x, y, run)
                x += pdfmetrics.stringWidth(run, face or fonts.regular, FOOTER_SIZE)
            self.setFont(fonts.regular, FOOTER_SIZE)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, y, f"Pagina {number} van {total}")
            # Which text this is, on every page: a loose page must not pass for an agreed version.
            below = y - FOOTER_SIZE * 1.45
            self.setFont(fonts.bold if printed.is_concept else fonts.regular, FOOTER_SIZE)
            self.drawString(MARGIN_X, below, printed.footer)
            self.setFont(fonts.regular, FOOTER_SIZE)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, below, printed_on)
            self.restoreState()

        def _mark(self) -> None:
            """A concept says so at the top of every page: bold words in a rounded frame, in the margin, so it
            covers no text, reads the same in black and white, and looks like no part of the plan."""
            if not printed.is_concept:
                return
            height = 6.5 * mm
            bottom = PAGE_HEIGHT - MARGIN_TOP + 4.5 * mm
            self.saveState()
            self.setStrokeColor(INK)
            self.setLineWidth(1)
            self.roundRect(MARGIN_X, bottom, BODY_WIDTH, height, 1.5 * mm, stroke=1, fill=0)
            self.setFillColor(INK)
            self.setFont(fonts.bold, MARK_SIZE)
            self.drawCentredString(PAGE_WIDTH / 2, bottom + (height - MARK_SIZE * 0.7) / 2, printed.mark)
            self.restoreState()

    return _FooterCanvas
