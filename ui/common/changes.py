"""One way for screens to hear that a plan changed, instead of calling each other's refresh methods.

A screen that changes something through the services announces it (``PlanChanges.announce``): which plan, what
kind of thing, and who made the change. Every screen that shows that kind of thing listens to ``changed`` and decides
itself whether to read again, now or when it is next shown. The screen that made the change has usually shown it
already, so it skips its own announcements (``PlanChange.made_by``). One ``PlanChanges`` lives as long as the main
window and is handed to the screens; a screen made on its own (in a test) gets one of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QObject, Signal


class What(Enum):
    """The kinds of change a screen can care about."""

    PLANS = "plans"  # a plan added, removed, put back, erased, or all plans replaced (a restored backup)
    DETAILS = "details"  # the plan itself: title, family name, dates, plan B, the evaluation date
    SECTIONS = "sections"  # the parts: their text, done or not, their titles, order and whether they are skipped
    PEOPLE = "people"
    GOALS_AGREEMENTS = "goals_agreements"
    ADVICE = "advice"  # advice added, answered, or read in from an advice file
    VERSIONS = "versions"  # a version fixed, someone's consent given or taken back
    PROCESS = "process"  # the steps of the process guide and the supporter's notes
    PRIVATE_NOTES = "private_notes"


@dataclass(frozen=True)
class PlanChange:
    """What changed, in which plan (None: the list of plans as a whole, or any plan), and who changed it."""

    plan_id: int | None
    kinds: frozenset[What]
    source: object | None = field(default=None, compare=False)

    def about(self, plan_id: int | None) -> bool:
        """Whether this change may concern ``plan_id``: a change of the whole list concerns every plan."""
        return plan_id is not None and self.plan_id in (None, plan_id)

    def touches(self, *kinds: What) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def made_by(self, screen: object) -> bool:
        """True when ``screen`` announced this change itself: it has shown it already."""
        return self.source is screen


class PlanChanges(QObject):
    """The window's one channel for changes. ``changed`` carries a ``PlanChange``, on the screen's thread."""

    changed = Signal(object)

    def announce(self, plan_id: int | None, *kinds: What, source: object | None = None) -> PlanChange:
        change = PlanChange(plan_id, frozenset(kinds), source)
        self.changed.emit(change)
        return change


def own_changes(changes: PlanChanges | None, owner: QObject) -> PlanChanges:
    """The window's channel when one was handed over, else one of the screen's own (for a screen made alone)."""
    return changes if changes is not None else PlanChanges(owner)
