"""The family's text of each part, as one QTextDocument per part of the open plan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QWidget

from ui.editor.section_panel import text_font
from wijkteam.services.dto import SectionDoc


class SectionDocuments:
    """One document per part keeps each part's own undo history while the family moves between parts."""

    def __init__(self, owner: QWidget, created: Callable[[int, QTextDocument], None]) -> None:
        self._owner = owner
        self._created = created  # the undo history follows each new document
        self._documents: dict[int, QTextDocument] = {}

    def document_for(self, section: SectionDoc, font: QFont) -> QTextDocument:
        document = self._documents.get(section.id)
        if document is None:
            document = QTextDocument(self._owner)
            document.setDefaultFont(text_font(font))
            document.setDocumentMargin(10)
            document.setPlainText(section.text)
            self._documents[section.id] = document
            self._created(section.id, document)
        return document

    def get(self, section_id: int) -> QTextDocument | None:
        return self._documents.get(section_id)

    def move(self, old_id: int, new_id: int) -> None:
        """An own part that was taken away and brought back has a new id, and keeps its document."""
        document = self._documents.pop(old_id, None)
        if document is not None:
            self._documents[new_id] = document

    def forget(self) -> None:
        for document in self._documents.values():
            document.deleteLater()
        self._documents.clear()
