"""Services: one class per area. Each takes the engine and returns plain objects (see ``dto``).

Only the façade loads at import time; the plain objects and each service class load when they are first asked for,
so a screen can import this package without waiting for SQLAlchemy, and the window shows without building them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from wijkteam.services.facade import Services

if TYPE_CHECKING:
    from wijkteam.services.advice import AdviceService
    from wijkteam.services.advicefiles import AdviceFileService
    from wijkteam.services.agreements import AgreementService
    from wijkteam.services.dto import FAMILY, Actor, PlanOverview
    from wijkteam.services.erase import EraseService
    from wijkteam.services.export import ExportService
    from wijkteam.services.overview import OverviewService
    from wijkteam.services.people import PeopleService
    from wijkteam.services.planfiles import PlanFileService
    from wijkteam.services.plans import PlanService
    from wijkteam.services.private_notes import PrivateNoteService
    from wijkteam.services.process import ProcessService
    from wijkteam.services.versions import VersionService

_LAZY = {
    "FAMILY": "dto",
    "Actor": "dto",
    "PlanOverview": "dto",
    "AdviceService": "advice",
    "AdviceFileService": "advicefiles",
    "AgreementService": "agreements",
    "EraseService": "erase",
    "ExportService": "export",
    "OverviewService": "overview",
    "PeopleService": "people",
    "PlanFileService": "planfiles",
    "PlanService": "plans",
    "PrivateNoteService": "private_notes",
    "ProcessService": "process",
    "VersionService": "versions",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f"wijkteam.services.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'wijkteam.services' has no attribute {name!r}")


__all__ = [
    "FAMILY", "Actor", "AdviceFileService", "AdviceService", "AgreementService", "EraseService", "ExportService",
    "OverviewService",
    "PeopleService", "PlanFileService", "PlanOverview", "PlanService", "PrivateNoteService", "ProcessService",
    "Services", "VersionService",
]
