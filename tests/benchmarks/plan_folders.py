"""Data folders with many plans for the benchmarks, made once per run through the services (not the command line).

Each folder is what a peer supporter's laptop holds: an encrypted database with its key file under a known
passphrase (``PASSPHRASE``), the two demo plans, and then plans of both kinds with names from the families the app
serves (Dutch, Turkish, Polish, Moroccan, Eritrean), titles of a few words, and next dates of every kind: a melding
with its seven days, agreements with a date (some passed, some done), evaluation dates, and plans without any date.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: The passphrase of every benchmark folder; pass it as WIJKTEAM_PASSPHRASE to the processes that open one.
PASSPHRASE = "benchmark passphrase of the kitchen table"

FAMILIES = ("Jansen", "de Vries", "Yılmaz", "Öztürk", "Kowalski", "Wiśniewska", "El Amrani", "Bakker", "Çelik",
            "Tesfaye", "Visser", "Smit", "Łukasik", "Demir", "Meijer", "de Boer", "Mulder", "Bouzid", "Haile",
            "van Dijk", "Aydın", "Nowak", "Mertens", "Kaya", "Hendriks")
FIRST_NAMES = ("Ria", "Wim", "Elif", "Jesse", "Fatima", "Piotr", "Gerda", "Mehmet", "Anna", "Senait", "Kees", "Noor")
TITLES = ("Thuis weer rustig", "Samen sterk", "Rust in huis", "Zelf blijven koken", "Mijn scootmobiel",
          "Weer naar school", "Hulp bij het huishouden", "Een fijne plek voor de kinderen", "Samen weer rust thuis",
          "Zelf naar de winkel en de tuin", "Beter slapen", "Oma helpt mee", "Grip op geld", "Veilig thuis")
AGREEMENTS = ("Oma haalt de kinderen op", "Jesse belt de mentor", "Buurman helpt met de tuin",
              "Wekelijks samen koken", "Tante Senait komt op woensdag")


def make_folder(folder: Path, plans: int, *, seed: int = 8) -> int:
    """A data folder holding ``plans`` plans, the two demo plans among them; returns the demo familiegroepsplan's ID."""
    from models import AgreementStatus, PlanType
    from wijkteam.db import open_database
    from wijkteam.demo import add_demo_plans
    from wijkteam.keystore import KeyStore, new_recovery_code
    from wijkteam.services import FAMILY, Services

    folder.mkdir(parents=True, exist_ok=True)
    key = KeyStore(folder).create(PASSPHRASE, new_recovery_code())
    engine = open_database(folder / "wijkteam.sqlite", folder / "backups", key)
    try:
        services = Services.for_engine(engine)
        family_plan = add_demo_plans(services)[0]
        rng = random.Random(seed + plans)
        today = date.today()
        for number in range(plans - 2):
            family = rng.choice(FAMILIES)
            title = rng.choice(TITLES)
            if number % 3 == 2:
                plan_id = services.plans.create_plan(
                    PlanType.PERSOONLIJK_PLAN, FAMILY, title=f"{title} ({number})",
                    family_name=f"{rng.choice(FIRST_NAMES)} {family}",
                    melding_date=today - timedelta(days=rng.randint(0, 20)))
            else:
                plan_id = services.plans.create_plan(
                    PlanType.FAMILIEGROEPSPLAN, FAMILY, title=f"{title} ({number})", family_name=f"Familie {family}")
            chance = number % 5
            if chance in (0, 1):
                services.agreements.add_agreement(
                    plan_id, FAMILY, rng.choice(AGREEMENTS), due_date=today + timedelta(days=rng.randint(-30, 60)),
                    status=AgreementStatus.GEDAAN if chance == 1 and number % 2 else AgreementStatus.NOG_NIET_BEGONNEN)
            if chance in (1, 2):
                services.plans.update_plan(plan_id, FAMILY, evaluation_date=today + timedelta(days=rng.randint(1, 120)))
    finally:
        engine.dispose()
    return family_plan


if __name__ == "__main__":
    import argparse
    import time

    parser = argparse.ArgumentParser(description="A data folder with many plans, for trying the app by hand.")
    parser.add_argument("folder", type=Path, help="a new data folder")
    parser.add_argument("plans", nargs="?", type=int, default=500, help="how many plans (500)")
    options = parser.parse_args()
    if options.folder.exists() and any(options.folder.iterdir()):
        parser.error(f"{options.folder} is not empty")
    started = time.perf_counter()
    make_folder(options.folder, options.plans)
    seconds = time.perf_counter() - started
    print(f"{options.plans} plans in {options.folder} ({seconds:.1f} s); passphrase: {PASSPHRASE}")
