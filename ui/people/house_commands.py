"""Undo for a child's houses: whether a house goes into the plan, and its drawing. A drawing taken away by mistake
comes back with Ctrl+Z, as every other step of the plan does. The words have the text field's own undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

#: Stores one value of one house as the person at the keyboard; True when it was stored.
Store = Callable[[int, object], bool]


class HouseCommand(QUndoCommand):
    """One change to a house: ``new`` on redo, ``old`` on undo. The first redo is the family's own click, which the
    house already shows; every later undo or redo reads the houses again (``refresh``)."""

    def __init__(self, text: str, store: Store, refresh: Callable[[], None], house_id: int, old: object,
                 new: object) -> None:
        super().__init__(text)
        self._store, self._refresh, self._house_id = store, refresh, house_id
        self._old, self._new = old, new
        self._first = True
        self.stored = False

    def redo(self) -> None:
        self.stored = self._store(self._house_id, self._new)
        if not self.stored:
            self.setObsolete(True)  # refused: nothing to undo, and the stack drops it
        if not self._first:
            self._refresh()
        self._first = False

    def undo(self) -> None:
        self._store(self._house_id, self._old)
        self._refresh()
