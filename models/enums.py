"""Enumerations of the domain. Values are stored as text in the database and in plan files: never rename one."""

from __future__ import annotations

from enum import StrEnum


class PlanType(StrEnum):
    FAMILIEGROEPSPLAN = "familiegroepsplan"
    PERSOONLIJK_PLAN = "persoonlijk_plan"


class PlanStatus(StrEnum):
    CONCEPT = "concept"  # the family is still writing
    VASTGESTELD = "vastgesteld"  # a version was frozen; later edits start a new draft
    AFGESLOTEN = "afgesloten"  # the plan is finished (evaluated, no longer followed)


class Role(StrEnum):
    """Who someone is at the table. Only GEZIN writes the family's content."""

    GEZIN = "gezin"
    NETWERK = "netwerk"
    ONDERSTEUNER = "ondersteuner"
    PROFESSIONAL = "professional"


class Sector(StrEnum):
    """Sectors of the network map (netwerkcirkel)."""

    GEZIN = "gezin"
    FAMILIE = "familie"
    VRIENDEN_BUREN = "vrienden_buren"
    SCHOOL_WERK = "school_werk"
    PROFESSIONALS = "professionals"


class AdviceKind(StrEnum):
    INFORMATIE = "informatie"
    ADVIES = "advies"
    VOORWAARDE = "voorwaarde"  # binding, only with a legal basis (for example safety conditions under an OTS)


class AdviceAnswer(StrEnum):
    OPEN = "open"
    OVERGENOMEN = "overgenomen"
    DEELS = "deels"
    NIET_OVERGENOMEN = "niet_overgenomen"


class AgreementStatus(StrEnum):
    NOG_NIET_BEGONNEN = "nog_niet_begonnen"
    BEZIG = "bezig"
    GEDAAN = "gedaan"
    ANDERS_GELOPEN = "anders_gelopen"


class SectionState(StrEnum):
    LEEG = "leeg"
    BEGONNEN = "begonnen"
    KLAAR = "klaar"


class Phase(StrEnum):
    """The five phases of a Family Group Conference."""

    VOORBEREIDEN = "voorbereiden"
    INFORMATIE = "informatie"
    EIGEN_TIJD = "eigen_tijd"
    PRESENTEREN = "presenteren"
    UITVOEREN = "uitvoeren"


class HouseKind(StrEnum):
    """The three houses of a child (Drie Huizen), in the order they are shown and printed."""

    ZORGEN = "zorgen"
    GOEDE_DINGEN = "goede_dingen"
    DROMEN = "dromen"
