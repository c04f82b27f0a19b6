"""What encryption costs: the extra time of unlocking at start-up, and ``list`` with and without encryption.

    .venv/bin/python tests/benchmarks/bench_unlock.py [--runs 9]

Measured side by side in one run, interleaved, so a busy moment on the machine hits both alike:

1. Opening the plans in-process: ``open_database`` on a plain SQLite file, against unlocking the key file with the
   passphrase (Argon2id) plus ``open_database`` on the encrypted file. Target: at most 0.3 s extra.
2. Listing 500 plans in-process (``PlanService.list_plans``), plain against encrypted, the database already open.
   Target: at most 1.2x.
3. The whole ``wijkteam list`` command as a process (Python start, imports, unlock, query), plain against encrypted.
   Reported for honesty: it includes the key derivation of step 1, which is the price of the passphrase.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import PlanType  # noqa: E402
from wijkteam.db import make_engine, open_database  # noqa: E402
from wijkteam.keystore import KeyStore, new_recovery_code  # noqa: E402
from wijkteam.services import FAMILY, Services  # noqa: E402
from wijkteam.vault import encrypt_plaintext  # noqa: E402

PASSPHRASE = "benchmark passphrase"
PLANS = 500
UNLOCK_TARGET = 0.3
LIST_TARGET = 1.2


def fill(services: Services) -> None:
    for number in range(PLANS):
        kind = PlanType.FAMILIEGROEPSPLAN if number % 2 else PlanType.PERSOONLIJK_PLAN
        services.plans.create_plan(kind, FAMILY, title=f"Plan {number}", family_name=f"Familie {number}")


def plain_database(folder: Path) -> Path:
    """A plain SQLite database of the current schema with 500 plans (made through an encrypted one, then exported)."""
    folder.mkdir(parents=True)
    key = KeyStore(folder).create(PASSPHRASE, new_recovery_code())
    encrypted = folder / "wijkteam.sqlite"
    engine = open_database(encrypted, folder / "backups", key)
    fill(Services.for_engine(engine))
    engine.dispose()
    import sqlcipher3

    plain = folder / "plain.sqlite"
    con = sqlcipher3.connect(str(encrypted))
    con.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
    con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    con.execute("SELECT sqlcipher_export('plain')")
    con.execute("DETACH DATABASE plain")
    con.close()
    return plain


def timed(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    root = Path(tempfile.mkdtemp(prefix="bench-unlock-"))
    try:
        source = root / "source"
        plain = plain_database(source)
        enc_dir = root / "encrypted"
        enc_dir.mkdir()
        shutil.copyfile(plain, enc_dir / "wijkteam.sqlite")
        shutil.copyfile(source / "wijkteam.sleutel", enc_dir / "wijkteam.sleutel")
        key = KeyStore(enc_dir).unlock(PASSPHRASE)
        encrypt_plaintext(enc_dir / "wijkteam.sqlite", key)
        plain_dir = root / "plain"
        plain_dir.mkdir()
        shutil.copyfile(plain, plain_dir / "wijkteam.sqlite")

        open_plain: list[float] = []
        open_encrypted: list[float] = []
        list_plain: list[float] = []
        list_encrypted: list[float] = []
        for _ in range(runs):
            def plain_open() -> None:
                engine = make_engine(plain_dir / "wijkteam.sqlite", None)
                with engine.connect() as connection:
                    connection.exec_driver_sql("SELECT 1 FROM plan LIMIT 1")
                engine.dispose()

            def encrypted_open() -> None:
                engine = open_database(enc_dir / "wijkteam.sqlite", enc_dir / "backups",
                                       KeyStore(enc_dir).unlock(PASSPHRASE))
                engine.dispose()

            open_plain.append(timed(plain_open))
            open_encrypted.append(timed(encrypted_open))
        plain_engine = make_engine(plain_dir / "wijkteam.sqlite", None)
        encrypted_engine = make_engine(enc_dir / "wijkteam.sqlite", key)
        plain_services, encrypted_services = Services.for_engine(plain_engine), Services.for_engine(encrypted_engine)
        plain_services.plans.list_plans()
        encrypted_services.plans.list_plans()
        for _ in range(runs):
            list_plain.append(timed(plain_services.plans.list_plans))
            list_encrypted.append(timed(encrypted_services.plans.list_plans))
        plain_engine.dispose()
        encrypted_engine.dispose()

        command_plain: list[float] = []
        command_encrypted: list[float] = []
        env_plain = {"WIJKTEAM_PASSPHRASE": PASSPHRASE}
        for _ in range(max(3, runs // 2)):
            command_encrypted.append(timed(lambda: subprocess.run(
                [sys.executable, "-m", "wijkteam", "--data-dir", str(enc_dir), "list"], capture_output=True,
                check=True, env={**_env(), **env_plain})))
            command_plain.append(timed(lambda: subprocess.run(
                [sys.executable, "-c", PLAIN_LIST, str(plain_dir / "wijkteam.sqlite")], capture_output=True,
                check=True, env=_env())))
    finally:
        shutil.rmtree(root, ignore_errors=True)

    med = statistics.median
    extra = med(open_encrypted) - med(open_plain)
    ratio = med(list_encrypted) / med(list_plain)
    print(f"open the plans, plain:               {med(open_plain) * 1000:7.1f} ms")
    print(f"unlock (Argon2id) + open, encrypted: {med(open_encrypted) * 1000:7.1f} ms")
    print(f"  extra for unlocking:               {extra * 1000:7.1f} ms   (target <= {UNLOCK_TARGET * 1000:.0f} ms)")
    print(f"list {PLANS} plans, plain:              {med(list_plain) * 1000:7.1f} ms")
    print(f"list {PLANS} plans, encrypted:          {med(list_encrypted) * 1000:7.1f} ms")
    print(f"  ratio:                             {ratio:7.2f} x   (target <= {LIST_TARGET} x)")
    print(f"'wijkteam list' process, plain:      {med(command_plain) * 1000:7.1f} ms")
    print(f"'wijkteam list' process, encrypted:  {med(command_encrypted) * 1000:7.1f} ms   "
          f"({med(command_encrypted) / med(command_plain):.2f} x, with the key derivation)")
    return 0 if extra <= UNLOCK_TARGET and ratio <= LIST_TARGET else 1


#: ``wijkteam list`` as it ran before encryption: the same services on a plain engine, printing the same lines.
PLAIN_LIST = """
import sys
from pathlib import Path
from wijkteam.db import make_engine
from wijkteam.services import Services
engine = make_engine(Path(sys.argv[1]), None)
for plan in Services.for_engine(engine).plans.list_plans():
    print(f"{plan.id}\\t{plan.plan_type.value}\\t{plan.title}")
engine.dispose()
"""


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


if __name__ == "__main__":
    sys.exit(main())
