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
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus.doctemplate import ActionFlowable

from wijkteam import i18n
from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.pdf.fonts import Fonts
from wijkteam.pdf.labels import plan_type_label
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
from wijkteam.pdf.words import day, fill, word, words
from wijkteam.services.dto import PlanDoc

FOOTER_SIZE = 8.5
MARK_SIZE = 9.5
#: Below a heading, at least this much of what follows must fit on the page, or the heading moves on with it.
KEEP_WITH_NEXT_ROOM = 25 * mm


class _KeepWithNext(KeepTogether):
    """A heading and what follows it: started on this page when the heading and a good start of what follows fit
    here, else together on the next page.

    ReportLab's own keeps a heading with the whole of what follows, so a heading over a long table or a long
    paragraph took all of it to the next page and left the rest of this page empty.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 - ReportLab's names
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        if aH >= self._H or (frame is not None and getattr(frame, "_atTop", 0)) or self._starts_here(aW, aH):
            return content
        return [self.FrameBreak(), *content]

    def _starts_here(self, aW: float, aH: float) -> bool:  # noqa: N803
        *heads, rest = self._content
        used = 0.0
        for index, flowable in enumerate(heads):
            used += flowable.wrap(aW, aH)[1] + (flowable.getSpaceBefore() if index else 0) + flowable.getSpaceAfter()
        room = aH - used - rest.getSpaceBefore()
        if room < KEEP_WITH_NEXT_ROOM:
            return False
        if rest.wrap(aW, room)[1] <= room:
            return True
        parts = rest.split(aW, room)
        # A block that will not start here answers with a page break of its own.
        return bool(parts) and not isinstance(parts[0], ActionFlowable)


def render(story: list[Flowable], path: Path, doc: PlanDoc, fonts: Fonts, today: date) -> None:
    """Lay ``story`` out on A4 pages and write the PDF to ``path``."""
    title = one_line(doc.title) or plan_type_label(doc.plan_type)
    printed = printed_status(doc)
    template = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=f"{plan_type_label(doc.plan_type)} ({printed.footer})",
        author=one_line(doc.family_name),
        creator="Ons Plan",
        producer="Ons Plan",
        lang=words().language,
        # Otherwise every page starts in Helvetica, a font reference that is never embedded.
        initialFontName=fonts.regular,
        keepTogetherClass=_KeepWithNext,
    )
    # No frame padding: tables are measured to the full text width.
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, BODY_WIDTH, BODY_HEIGHT, 0, 0, 0, 0, id="body")
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    template.build(story, canvasmaker=_canvas_class(doc.title, fonts, printed, today))


def _footer_title(title: str, fonts: Fonts, limit: float) -> str:
    """The title on one line, cut short with an ellipsis when it would run into the page number."""
    text = one_line(title) or word(QT_TRANSLATE_NOOP("Pdf", "Ons plan"))
    if fonts.width(visual_single_line(text, fonts), FOOTER_SIZE) <= limit:
        return visual_single_line(text, fonts)
    while text and fonts.width(visual_single_line(text + "…", fonts), FOOTER_SIZE) > limit:
        text = text[: max(0, len(text) - max(1, len(text) // 8))].rstrip()
    return visual_single_line(text + "…", fonts)


def _canvas_class(title: str, fonts: Fonts, printed: PrintedStatus, today: date) -> type:
    footer = _footer_title(title, fonts, BODY_WIDTH * 0.7)
    printed_on = visual_single_line(fill(QT_TRANSLATE_NOOP("Pdf", "Afgedrukt op %1"), day(today)), fonts)
    page_of = words().only(QT_TRANSLATE_NOOP("Pdf", "Pagina %1 van %2"))
    status_line = visual_single_line(printed.footer, fonts)
    mark_line = visual_single_line(printed.mark, fonts)

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
            self._line(MARGIN_X, y, footer, FOOTER_SIZE)
            self._line(PAGE_WIDTH - MARGIN_X, y, visual_single_line(i18n.fill(page_of, number, total), fonts),
                       FOOTER_SIZE, align="right")
            # Which text this is, on every page: a loose page must not pass for an agreed version.
            below = y - FOOTER_SIZE * 1.45
            self._line(MARGIN_X, below, status_line, FOOTER_SIZE, bold=printed.is_concept)
            self._line(PAGE_WIDTH - MARGIN_X, below, printed_on, FOOTER_SIZE, align="right")
            self.restoreState()

        def _line(self, x: float, y: float, text: str, size: float, *, bold: bool = False,
                  align: str = "left") -> None:
            """One line in visual order, each run of letters in a font that has them."""
            main = fonts.bold if bold else fonts.regular
            width = fonts.width(text, size, bold=bold)
            x -= width if align == "right" else width / 2 if align == "centre" else 0
            for face, run in fonts.runs(text, bold=bold):
                self.setFont(face or main, size)
                self.drawString(x, y, run)
                x += pdfmetrics.stringWidth(run, face or main, size)

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
            self._line(PAGE_WIDTH / 2, bottom + (height - MARK_SIZE * 0.7) / 2, mark_line, MARK_SIZE, bold=True,
                       align="centre")
            self.restoreState()

    return _FooterCanvas
