"""SQLModel tables and enums of Ons Plan. Imports nothing of the app.

The enums load at once; the tables (and with them SQLModel, SQLAlchemy and pydantic) only when a table is first
asked for. Screens need the enums to show a window, and should not wait half a second for the database layer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from models.enums import (
    AdviceAnswer,
    AdviceKind,
    AgreementStatus,
    HouseKind,
    Phase,
    PlanStatus,
    PlanType,
    Role,
    SectionState,
    Sector,
)

if TYPE_CHECKING:
    from models.tables import (
        Advice,
        AdviceResponse,
        Agreement,
        AgreementPerson,
        Change,
        ChildHouse,
        Goal,
        Participant,
        Plan,
        PlanVersion,
        PrivateNote,
        ProcessNote,
        ProcessStep,
        Section,
        VersionConsent,
        utcnow,
    )

_TABLES = {
    "Advice", "AdviceResponse", "Agreement", "AgreementPerson", "Change", "ChildHouse", "Goal", "Participant", "Plan",
    "PlanVersion", "PrivateNote", "ProcessNote", "ProcessStep", "Section", "VersionConsent", "utcnow",
}


def __getattr__(name: str) -> Any:
    if name in _TABLES:
        return getattr(importlib.import_module("models.tables"), name)
    raise AttributeError(f"module 'models' has no attribute {name!r}")


__all__ = [
    "Advice", "AdviceAnswer", "AdviceKind", "AdviceResponse", "Agreement", "AgreementPerson", "AgreementStatus",
    "Change", "ChildHouse", "Goal", "HouseKind", "Participant", "Phase", "Plan", "PlanStatus", "PlanType",
    "PlanVersion", "PrivateNote",
    "ProcessNote", "ProcessStep", "Role", "Section", "SectionState", "Sector", "VersionConsent", "utcnow",
]
