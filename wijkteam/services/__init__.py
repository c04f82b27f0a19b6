"""Services: one class per area. Each takes the engine and returns plain objects (see ``dto``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from wijkteam.services.advice import AdviceService
from wijkteam.services.dto import FAMILY, Actor
from wijkteam.services.export import ExportService
from wijkteam.services.planfiles import PlanFileService
from wijkteam.services.plans import PlanService
from wijkteam.services.process import ProcessService


@dataclass(frozen=True)
class Services:
    """The façade handed to the screens: they get services, never sessions."""

    plans: PlanService
    advice: AdviceService
    process: ProcessService
    export: ExportService
    planfiles: PlanFileService

    @classmethod
    def for_engine(cls, engine: Engine) -> Services:
        plans = PlanService(engine)
        return cls(
            plans=plans,
            advice=AdviceService(engine),
            process=ProcessService(engine),
            export=ExportService(plans),
            planfiles=PlanFileService(engine),
        )


__all__ = [
    "FAMILY", "Actor", "AdviceService", "ExportService", "PlanFileService", "PlanService", "ProcessService", "Services",
]
