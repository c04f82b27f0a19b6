"""Notice what another program added while the window is open (a plan from ``wijkteam import``, advice from
``wijkteam import-advice``) and show it without a restart.

Every two seconds one cheap look at the database (``ChangeService.signature``). What it sees is announced like any
change the window makes itself (``ui.common.changes``): the list of plans, or the advice of the open plan, and the
screens that show those read them again. The family's own text in the editor is never replaced behind their back.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from ui.common.changes import PlanChanges, What
from wijkteam.errors import UserError
from wijkteam.services import Services

log = logging.getLogger(__name__)

INTERVAL_MS = 2000


class WatchedWindow(Protocol):
    """What the watcher needs from the main window: where changes are announced, and the plan open in the editor.

    ``window()`` is Qt's own: the main window is its own top-level window, and the watcher lives as long as it.
    """

    @property
    def changes(self) -> PlanChanges: ...

    def open_plan_id(self) -> int | None: ...

    def window(self) -> QWidget: ...


class ChangeWatcher(QObject):
    def __init__(self, window: WatchedWindow, services: Services) -> None:
        super().__init__(window.window())
        self._window = window
        self._services = services
        self._signature: tuple[int, ...] | None = None
        self._advice: tuple[int, int] | None = None  # (plan, advice items) of the plan open in the editor
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self._signature = None
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Look once; True when something new was shown."""
        try:
            signature = self._services.changes.signature()
            plan_id = self._window.open_plan_id()
            advice = (plan_id, self._services.changes.advice_count(plan_id)) if plan_id is not None else None
        except UserError:
            return False  # busy or closed for a moment: the next look will tell
        changed = self._signature is not None and signature != self._signature
        advice_before, self._advice = self._advice, advice
        self._signature = signature
        if advice is not None:
            # In the editor: only new advice for this plan is shown; the family's text stays as they see it.
            if advice_before is not None and advice_before[0] == advice[0] and advice_before[1] != advice[1]:
                log.info("New advice came in from outside the window")
                self._window.changes.announce(advice[0], What.ADVICE, source=self)
                return True
            return False
        if changed:
            log.info("The plans changed outside the window")
            self._window.changes.announce(None, What.PLANS, source=self)
            return True
        return False
