"""Names and folders for the files the family saves: a PDF, and the other files named after the plan's title.

The export itself runs off the screen's thread through ``ui.common.background``, like every slow job.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_pdf_name(title: str) -> str:
    """A file name from the plan's title that every system accepts."""
    name = " ".join(_UNSAFE.sub(" ", title).split()).strip(" .")
    return f"{name or 'Ons plan'}.pdf"


def default_pdf_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
