"""Services: one class per area. Each takes the engine and returns plain objects (see ``dto``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from wijkteam.services.advice import AdviceService
from wijkteam.services.agreements import AgreementService
from wijkteam.services.dto import FAMILY, Actor
from wijkteam.services.export import ExportService
from wijkteam.services.overview import OverviewService, PlanOverview
from wijkteam.services.people import PeopleService
from wijkteam.services.planfiles import PlanFileService
from wijkteam.services.plans import PlanService
from wijkteam.services.process import ProcessService


@dataclass(frozen=True)
class Services:
    """The façade handed to the screens: they get services, never sessions."""

    plans: PlanService
    people: PeopleService
    agreements: AgreementService
    advice: AdviceService
    process: ProcessService
    export: ExportService
    planfiles: PlanFileService
    overview: OverviewService

    @classmethod
    def for_engine(cls, engine: Engine) -> Services:
        plans = PlanService(engine)
        return cls(
            plans=plans,
            people=PeopleService(engine),
            agreements=AgreementService(engine),
            advice=AdviceService(engine),
            process=ProcessService(engine),
            export=ExportService(plans),
            planfiles=PlanFileService(engine),
            overview=OverviewService(engine),
        )


__all__ = [
    "FAMILY", "Actor", "AdviceService", "AgreementService", "ExportService", "OverviewService", "PeopleService",
    "PlanFileService", "PlanOverview", "PlanService", "ProcessService", "Services",
]
