"""The command line through a process of its own: exit codes, output, and no tracebacks.

The first two tests start ``python -m wijkteam`` itself (``real=True``), so the entry point is tried as a family's
terminal starts it; the others fork from the interpreter that imported the command line once (``tests/cli.py``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from models import PlanType
from tests import dbfile
from tests.cli import run, run_all
from wijkteam import __version__
from wijkteam.demo import FAMILIE_TEXTS, PERSOONLIJK_TEXTS
from wijkteam.templates import load_template


def test_version() -> None:
    result = run("--version", real=True)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Ons Plan {__version__}"


def test_demo_then_list(tmp_path: Path) -> None:
    assert run("demo", data_dir=tmp_path, real=True).returncode == 0
    result = run("list", data_dir=tmp_path, real=True)
    assert result.returncode == 0
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert lines == [
        ["1", "familiegroepsplan", "Samen weer rust thuis"],
        ["2", "persoonlijk_plan", "Zelf naar de winkel en de tuin"],
    ]


def test_data_dir_from_environment(tmp_path: Path) -> None:
    assert run("demo", env={"WIJKTEAM_DATA_DIR": str(tmp_path / "env")}).returncode == 0
    assert (tmp_path / "env" / "wijkteam.sqlite").is_file()


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _fonts_embedded(path: Path) -> list[bool]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    # Columns: name type encoding emb sub uni object ID; "emb" is the fourth field from the right.
    return [row.split()[-5] == "yes" for row in rows]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_export_pdf_holds_every_heading_and_the_demo_content(tmp_path: Path, demo_dir: Path) -> None:
    plans = ((1, PlanType.FAMILIEGROEPSPLAN, FAMILIE_TEXTS), (2, PlanType.PERSOONLIJK_PLAN, PERSOONLIJK_TEXTS))
    results = run_all({plan_id: ["export-pdf", str(plan_id), str(tmp_path / f"plan-{plan_id}.pdf")]
                       for plan_id, _type, _texts in plans}, data_dir=demo_dir)
    for plan_id, plan_type, texts in plans:
        target = tmp_path / f"plan-{plan_id}.pdf"
        result = results[plan_id]
        assert result.returncode == 0, result.stderr
        text = " ".join(_pdf_text(target).split())
        for section in load_template(plan_type).sections:
            # A part only for some (the pgb part) that the demo leaves empty stays out, as it should.
            assert (section.title in text) == (not section.optional or section.key in texts), section.title
        for value in texts.values():
            first_words = " ".join(value.split()[:4])
            assert first_words in text, first_words
        embedded = _fonts_embedded(target)
        assert embedded and all(embedded)


def test_unknown_plan_gives_one_dutch_sentence(tmp_path: Path, demo_dir: Path) -> None:
    result = run("export-pdf", "42", str(tmp_path / "x.pdf"), data_dir=demo_dir)
    assert result.returncode == 1
    assert result.stderr.strip() == "Er is geen plan met nummer 42."
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_path_gives_exit_1_and_writes_nothing(tmp_path: Path, demo_dir: Path) -> None:
    target = tmp_path / "bestaat-niet" / "plan.pdf"
    result = run("export-pdf", "1", str(target), data_dir=demo_dir)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert not target.parent.exists()


def test_damaged_database_gives_exit_1_and_stays_as_it_was(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    database = tmp_path / "wijkteam.sqlite"
    dbfile.key_for(database)  # the key file is there: the passphrase fits, the file does not
    database.write_bytes(b"\x00kapot" * 500)
    for args in (("list",), ("demo",), ("export-pdf", "1", str(tmp_path / "x.pdf"))):
        result = run(*args, data_dir=tmp_path)
        assert result.returncode == 1
        assert result.stderr.strip().startswith("Het bestand met uw plannen is beschadigd")
    assert database.read_bytes() == b"\x00kapot" * 500


@pytest.mark.parametrize(
    "args",
    [("onbekend",), ("export-pdf",), ("export-pdf", "een", "x.pdf"), ("list", "extra")],
)
def test_wrong_usage_exits_2_with_dutch_help(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run(*args, data_dir=tmp_path)
    assert result.returncode == 2
    assert "--help" in result.stderr and "usage" not in result.stderr.lower()
    assert not (tmp_path / "wijkteam.sqlite").exists()
