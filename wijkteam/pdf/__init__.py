"""Print a plan as a PDF the family can hand over.

Every string the family or a professional typed is escaped before it reaches a ReportLab ``Paragraph``:
markup lives only in this package (see ``writer`` and ``fonts``). Right-to-left lines (Arabic, Hebrew) are
shaped and put in visual order one wrapped line at a time (``rtl``), because ReportLab itself lays text out
left to right only.

Importing this package imports ReportLab; ``import wijkteam`` does not import this package.
"""

from __future__ import annotations

import os  # noqa: F401 - the tests refuse the final rename through ``wijkteam.pdf.os``
from datetime import date
from pathlib import Path

from wijkteam.atomic import write_with
from wijkteam.paths import fonts_dir
from wijkteam.pdf.coverage import characters_named, unprintable_characters, unprintable_sentence
from wijkteam.pdf.document import render as _render
from wijkteam.pdf.errors import MSG_DISK_FULL as MSG_DISK_FULL
from wijkteam.pdf.errors import MSG_FOLDER as MSG_FOLDER
from wijkteam.pdf.errors import MSG_FONTS as MSG_FONTS
from wijkteam.pdf.errors import MSG_GENERAL, WRITE_WORDS, PdfError
from wijkteam.pdf.errors import MSG_IN_USE as MSG_IN_USE
from wijkteam.pdf.fonts import load_fonts as _load_fonts
from wijkteam.pdf.labels import dutch_date
from wijkteam.pdf.rtl import visual_lines
from wijkteam.pdf.story import build_story
from wijkteam.pdf.text import has_rtl
from wijkteam.pdf.words import Words, using
from wijkteam.services.dto import PlanDoc

__all__ = [
    "PdfError",
    "characters_named",
    "dutch_date",
    "export_plan_pdf",
    "unprintable_characters",
    "unprintable_sentence",
]

# Helpers the tests reach through the package.
_has_rtl = has_rtl
_visual_lines = visual_lines


def export_plan_pdf(
    doc: PlanDoc, target: Path, *, fonts: Path | None = None, today: date | None = None, bilingual: bool = False
) -> None:
    """Write ``doc`` as a PDF to ``target``, its own words in the plan's language (``doc.language``); with
    ``bilingual`` each followed by the Dutch one.

    The file appears complete or not at all: an existing file at ``target`` stays as it was when anything
    fails.
    Raises ``PdfError`` with a sentence for the family.
    """
    with using(Words.of(doc.language, bilingual=bilingual)):
        _export(doc, Path(target), fonts, today)


def _export(doc: PlanDoc, target: Path, fonts: Path | None, today: date | None) -> None:
    target = Path(target)
    font_set = _load_fonts(Path(fonts) if fonts is not None else fonts_dir())
    day = today or date.today()
    try:
        story = build_story(doc, font_set, day)
    except PdfError:
        raise
    except Exception as exc:
        raise PdfError(MSG_GENERAL) from exc

    try:
        # The one careful writer: a temporary file beside the target, flushed, then renamed.
        write_with(target, lambda _stream, temp: _render(story, temp, doc, font_set, day), WRITE_WORDS,
                   error=PdfError, suffix=".pdf.tmp")
    except PdfError:
        raise
    except Exception as exc:
        raise PdfError(MSG_GENERAL) from exc
