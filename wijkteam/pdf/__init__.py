"""Print a plan as a PDF the family can hand over.

Every string the family or a professional typed is escaped before it reaches a ReportLab ``Paragraph``:
markup lives only in this package (see ``writer`` and ``fonts``). Right-to-left lines (Arabic, Hebrew) are
shaped and put in visual order one wrapped line at a time (``rtl``), because ReportLab itself lays text out
left to right only.

Importing this package imports ReportLab; ``import wijkteam`` does not import this package.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import date
from pathlib import Path

from wijkteam.paths import fonts_dir
from wijkteam.pdf.document import render as _render
from wijkteam.pdf.errors import MSG_DISK_FULL as MSG_DISK_FULL
from wijkteam.pdf.errors import MSG_FOLDER as MSG_FOLDER
from wijkteam.pdf.errors import MSG_FONTS as MSG_FONTS
from wijkteam.pdf.errors import MSG_GENERAL, PdfError, message_for
from wijkteam.pdf.errors import MSG_IN_USE as MSG_IN_USE
from wijkteam.pdf.fonts import load_fonts as _load_fonts
from wijkteam.pdf.labels import dutch_date
from wijkteam.pdf.rtl import visual_lines
from wijkteam.pdf.story import build_story
from wijkteam.pdf.text import has_rtl
from wijkteam.services.dto import PlanDoc

__all__ = ["PdfError", "dutch_date", "export_plan_pdf"]

# Helpers the tests reach through the package.
_has_rtl = has_rtl
_visual_lines = visual_lines


def export_plan_pdf(
    doc: PlanDoc, target: Path, *, fonts: Path | None = None, today: date | None = None
) -> None:
    """Write ``doc`` as a PDF to ``target``.

    The file appears complete or not at all: an existing file at ``target`` stays as it was when anything
    fails.
    Raises ``PdfError`` with a sentence for the family.
    """
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
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.stem[:40]}-", suffix=".pdf.tmp", dir=target.parent
        )
    except OSError as exc:
        raise PdfError(message_for(exc, replacing=False)) from exc
    os.close(handle)
    temp = Path(temp_name)
    replacing = False
    try:
        _render(story, temp, doc, font_set, day)
        _flush_to_disk(temp)
        replacing = True
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, PdfError):
            raise
        if isinstance(exc, OSError):
            raise PdfError(message_for(exc, replacing=replacing)) from exc
        if isinstance(exc, Exception):
            raise PdfError(MSG_GENERAL) from exc
        raise


def _flush_to_disk(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
