"""Undoable steps on the parts of a plan. Each step calls the services in redo() and undo(), so undo is stored too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument, QUndoCommand

from ui.common.wording import fmt
from wijkteam.errors import UserError
from wijkteam.services import Actor

if TYPE_CHECKING:
    from wijkteam.services.plans import PlanService


class SectionRef:
    """A part of the plan as the undo history knows it.

    Undoing "weghalen" adds the part again, and the database gives it a new id. Every step about that part holds this
    one object, so they all follow the part to its new id.
    """

    def __init__(self, section_id: int) -> None:
        self.id = section_id


class SectionRefs:
    def __init__(self, moved: Callable[[int, int], None]) -> None:
        self._refs: dict[int, SectionRef] = {}
        self._moved = moved

    def ref(self, section_id: int) -> SectionRef:
        ref = self._refs.get(section_id)
        if ref is None:
            ref = self._refs[section_id] = SectionRef(section_id)
        return ref

    def rebind(self, ref: SectionRef, new_id: int) -> None:
        old_id = ref.id
        if old_id == new_id:
            return
        self._refs.pop(old_id, None)
        ref.id = new_id
        self._refs[new_id] = ref
        self._moved(old_id, new_id)

    def clear(self) -> None:
        self._refs.clear()


class SectionHost(Protocol):
    """What the steps need from the editor: the services, who is at the keyboard, and ways to show what changed."""

    @property
    def plans(self) -> PlanService: ...

    @property
    def actor(self) -> Actor: ...

    def save_pending(self) -> bool: ...

    def reload_sections(self, focus_id: int | None) -> None: ...

    def open_section(self, section_id: int) -> None: ...

    def section_title(self, section_id: int) -> str: ...

    def show_error(self, message: str) -> None: ...


class SectionCommand(QUndoCommand):
    """A step that calls a service. A refusal shows its Dutch sentence, and the step leaves the history."""

    def __init__(self, host: SectionHost, text: str) -> None:
        super().__init__(text)
        self._host = host

    def redo(self) -> None:
        self._run(self._forward)

    def undo(self) -> None:
        self._run(self._backward)

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
        raise NotImplementedError

    def _run(self, step: Callable[[], None]) -> None:
        # Text still waiting for the autosave goes first, so the step works on what the family sees.
        self._host.save_pending()
        try:
            step()
        except UserError as error:
            self.setObsolete(True)
            self._host.show_error(str(error))
            self._host.reload_sections(None)  # show what is really stored


class RenameCommand(SectionCommand):
    def __init__(self, host: SectionHost, ref: SectionRef, old: str, new: str) -> None:
        super().__init__(host, fmt(QCoreApplication.translate("UndoCommands", "Naam veranderen in '%1'"), new))
        self._ref, self._old, self._new = ref, old, new

    def _forward(self) -> None:
        self._rename(self._new)

    def _backward(self) -> None:
        self._rename(self._old)

    def _rename(self, title: str) -> None:
        self._host.plans.rename_section(self._ref.id, title, self._host.actor)
        self._host.reload_sections(self._ref.id)


class SkipCommand(SectionCommand):
    def __init__(self, host: SectionHost, ref: SectionRef, title: str, skipped: bool) -> None:
        text = (
            QCoreApplication.translate("UndoCommands", "'%1' overslaan")
            if skipped
            else QCoreApplication.translate("UndoCommands", "'%1' toch gebruiken")
        )
        super().__init__(host, fmt(text, title))
        self._ref, self._skipped = ref, skipped

    def _forward(self) -> None:
        self._set(self._skipped)

    def _backward(self) -> None:
        self._set(not self._skipped)

    def _set(self, skipped: bool) -> None:
        self._host.plans.set_section_skipped(self._ref.id, skipped, self._host.actor)
        self._host.reload_sections(self._ref.id)


class DoneCommand(SectionCommand):
    def __init__(self, host: SectionHost, ref: SectionRef, title: str, done: bool) -> None:
        text = (
            QCoreApplication.translate("UndoCommands", "'%1' klaar")
            if done
            else QCoreApplication.translate("UndoCommands", "'%1' niet meer klaar")
        )
        super().__init__(host, fmt(text, title))
        self._ref, self._done = ref, done

    def _forward(self) -> None:
        self._set(self._done)

    def _backward(self) -> None:
        self._set(not self._done)

    def _set(self, done: bool) -> None:
        self._host.plans.set_section_done(self._ref.id, done, self._host.actor)
        self._host.reload_sections(self._ref.id)


class MoveCommand(SectionCommand):
    def __init__(self, host: SectionHost, ref: SectionRef, title: str, old_row: int, new_row: int) -> None:
        text = (
            QCoreApplication.translate("UndoCommands", "'%1' omhoog")
            if new_row < old_row
            else QCoreApplication.translate("UndoCommands", "'%1' omlaag")
        )
        super().__init__(host, fmt(text, title))
        self._ref, self._old_row, self._new_row = ref, old_row, new_row

    def _forward(self) -> None:
        self._move(self._new_row)

    def _backward(self) -> None:
        self._move(self._old_row)

    def _move(self, row: int) -> None:
        self._host.plans.move_section(self._ref.id, row, self._host.actor)
        self._host.reload_sections(self._ref.id)


class AddCommand(SectionCommand):
    """Adds a part of the family's own; undo takes it away again (it is empty by then: its typing was undone first)."""

    def __init__(self, host: SectionHost, refs: SectionRefs, plan_id: int, title: str,
                 after: SectionRef | None) -> None:
        super().__init__(host, fmt(QCoreApplication.translate("UndoCommands", "Eigen deel '%1' toevoegen"), title))
        self._refs, self._plan_id, self._title, self._after = refs, plan_id, title, after
        self.ref: SectionRef | None = None

    def _forward(self) -> None:
        after_id = self._after.id if self._after else None
        new_id = self._host.plans.add_section(self._plan_id, self._title, self._host.actor, after_section_id=after_id)
        if self.ref is None:
            self.ref = self._refs.ref(new_id)
        else:
            self._refs.rebind(self.ref, new_id)
        self._host.reload_sections(new_id)

    def _backward(self) -> None:
        assert self.ref is not None
        self._host.plans.remove_section(self.ref.id, self._host.actor)
        self._host.reload_sections(self._after.id if self._after else None)


class RemoveCommand(SectionCommand):
    """Takes away an empty part of the family's own; undo adds it again at the same place."""

    def __init__(self, host: SectionHost, refs: SectionRefs, plan_id: int, ref: SectionRef, title: str,
                 before: SectionRef | None, *, skipped: bool, done: bool) -> None:
        super().__init__(host, fmt(QCoreApplication.translate("UndoCommands", "'%1' weghalen"), title))
        self._refs, self._plan_id, self._ref, self._title = refs, plan_id, ref, title
        self._before, self._skipped, self._done = before, skipped, done

    def _forward(self) -> None:
        self._host.plans.remove_section(self._ref.id, self._host.actor)
        self._host.reload_sections(self._before.id if self._before else None)

    def _backward(self) -> None:
        plans, actor = self._host.plans, self._host.actor
        before_id = self._before.id if self._before else None
        new_id = plans.add_section(self._plan_id, self._title, actor, after_section_id=before_id)
        if before_id is None:
            plans.move_section(new_id, 0, actor)  # it was the very first part
        if self._skipped:
            plans.set_section_skipped(new_id, True, actor)
        if self._done:
            plans.set_section_done(new_id, True, actor)
        self._refs.rebind(self._ref, new_id)
        self._host.reload_sections(new_id)


class TextCommand(QUndoCommand):
    """One step of typing, as the part's own QTextDocument recorded it.

    The document keeps the typing itself; this step only puts it in line with the other steps, so Ctrl+Z undoes
    typing and renaming in the order they happened. It opens the part first, so the family sees what changes, and the
    autosave stores the result like any other change of the text.
    """

    def __init__(self, host: SectionHost, ref: SectionRef, document: QTextDocument) -> None:
        super().__init__(fmt(QCoreApplication.translate("UndoCommands", "Typen in '%1'"), host.section_title(ref.id)))
        self._host, self._ref, self._document = host, ref, document
        self._first = True

    def redo(self) -> None:
        if self._first:  # the document has already done it: the family just typed it
            self._first = False
            return
        self._host.open_section(self._ref.id)
        self._document.redo()

    def undo(self) -> None:
        self._host.open_section(self._ref.id)
        self._document.undo()
