"""SQLModel tables and enums of Ons Plan. Imports nothing of the app."""

from models.enums import (
    AdviceAnswer,
    AdviceKind,
    AgreementStatus,
    Phase,
    PlanStatus,
    PlanType,
    Role,
    SectionState,
    Sector,
)
from models.tables import (
    Advice,
    AdviceResponse,
    Agreement,
    AgreementPerson,
    Change,
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

__all__ = [
    "Advice", "AdviceAnswer", "AdviceKind", "AdviceResponse", "Agreement", "AgreementPerson", "AgreementStatus",
    "Change", "Goal", "Participant", "Phase", "Plan", "PlanStatus", "PlanType", "PlanVersion", "PrivateNote",
    "ProcessNote", "ProcessStep", "Role", "Section", "SectionState", "Sector", "VersionConsent", "utcnow",
]
