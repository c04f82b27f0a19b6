"""Two flowables ReportLab lacks: a paragraph that holds right-to-left lines, and a block behind a rule."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from wijkteam.pdf.fonts import Fonts
from wijkteam.pdf.rtl import visual_lines
from wijkteam.pdf.styles import MUTED


class BidiParagraph(Flowable):
    """One logical line that holds right-to-left text.

    The line is wrapped at the width the frame or table cell actually offers, so each printed line can be
    reordered on its own. The result is an ordinary Paragraph (escaped, one visual line per ``<br/>``), which
    splits over pages.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        fonts: Fonts,
        bullet_text: str | None = None,
        *,
        align_right: bool = True,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.fonts = fonts
        self.bullet_text = bullet_text
        self.align_right = align_right
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._inner: Paragraph | None = None
        self._inner_width = -1.0

    def _paragraph(self, avail_width: float) -> Paragraph:
        if self._inner is None or self._inner_width != avail_width:
            width = avail_width - self.style.leftIndent - self.style.rightIndent
            lines, rtl = visual_lines(self.text, self.fonts, self.style.fontName, self.style.fontSize, width)
            style = ParagraphStyle(
                f"{self.style.name}-bidi",
                parent=self.style,
                alignment=TA_RIGHT if rtl and self.align_right else TA_LEFT,
            )
            bold = self.style.fontName == self.fonts.bold
            self._inner = Paragraph(
                "<br/>".join(self.fonts.markup(line, bold=bold) for line in lines),
                style,
                bulletText=self.bullet_text,
            )
            self._inner_width = avail_width
        return self._inner

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = self._paragraph(avail_width)
        self.width, self.height = inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return list(self._paragraph(avail_width).split(avail_width, avail_height))

    def draw(self) -> None:
        assert self._inner is not None
        self._inner.drawOn(self.canv, 0, 0)


class RuledBlock(Flowable):
    """Content set in behind a vertical rule on the left: how a professional's words stand apart in print.

    Unlike a table cell it splits over pages, so long advice cannot break the layout.
    """

    def __init__(self, content: Sequence[Flowable], *, rule: Any = MUTED, rule_width: float = 2.2) -> None:
        super().__init__()
        self.content = list(content)
        self.rule = rule
        self.rule_width = rule_width
        self.indent = 4.2 * mm
        self.pad = 2.0
        self._heights: list[float] = []

    def _gap(self, index: int) -> float:
        if index == 0:
            return 0.0
        return float(self.content[index - 1].getSpaceAfter()) + float(self.content[index].getSpaceBefore())

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = avail_width - self.indent
        self._heights = [float(item.wrap(inner, avail_height)[1]) for item in self.content]
        total = sum(self._heights) + sum(self._gap(i) for i in range(len(self.content)))
        self.width, self.height = avail_width, total + 2 * self.pad
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        inner = avail_width - self.indent
        used = 2 * self.pad
        for index, item in enumerate(self.content):
            gap = self._gap(index)
            height = float(item.wrap(inner, avail_height)[1])
            if used + gap + height <= avail_height:
                used += gap + height
                continue
            parts = item.split(inner, avail_height - used - gap) if avail_height - used - gap > 0 else []
            head = self.content[:index] + list(parts[:1])
            tail = list(parts[1:]) if parts else [item]
            tail += self.content[index + 1 :]
            if not head:
                return []
            return [RuledBlock(head, rule=self.rule), RuledBlock(tail, rule=self.rule)]
        return [self]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.rule)
        canvas.setLineWidth(self.rule_width)
        canvas.line(self.rule_width / 2, 0, self.rule_width / 2, self.height)
        canvas.restoreState()
        y = self.height - self.pad
        for index, item in enumerate(self.content):
            y -= self._gap(index) + self._heights[index]
            item.drawOn(canvas, self.indent, y)
