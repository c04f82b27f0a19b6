"""``wijkteam export-pdf ID FILE --zonder-namen`` and ``wijkteam export ID FILE --zonder-namen``: a copy without
names, and the words left that look like names, said so the family can check them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli import run
from wijkteam import planfile

NAMES = ("Sanne", "Kemal", "Yılmaz", "Bakker", "Ria", "Fatima", "Łukasz", "Joost", "06-12345678", "Kanaalweg")


def _left(stdout: str) -> str:
    return next(line for line in stdout.splitlines() if line.startswith("Kijk deze woorden na"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_export_pdf_without_names(tmp_path: Path, demo_dir: Path) -> None:
    target = tmp_path / "zonder namen.pdf"
    result = run("export-pdf", "1", str(target), "--zonder-namen", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    assert f"Plan 1 is bewaard als PDF zonder namen: {target}" in result.stdout
    assert {"Dekker", "Mo", "Utrecht"} <= set(_left(result.stdout).split(": ", 1)[1].rstrip(".").split(", "))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert not [name for name in NAMES if name in text]
    assert "oma" in text and "het gezin" in text


def test_export_without_names_as_every_role(tmp_path: Path, demo_dir: Path) -> None:
    for role in ("gezin", "netwerk", "ondersteuner", "professional"):
        target = tmp_path / f"{role}.wijkplan"
        result = run("export", "2", str(target), "--zonder-namen", data_dir=demo_dir, role=role)
        assert result.returncode == 0, result.stderr
        assert "Plan 2 is bewaard als planbestand zonder namen" in result.stdout
        assert {"Zwolle", "Pol"} <= set(_left(result.stdout).split(": ", 1)[1].rstrip(".").split(", "))
        raw = target.read_text(encoding="utf-8")
        assert not [name for name in ("Wim", "Vries", "Anja", "Daan", "Henk", "Gerrit", "Gerda", "Sandra")
                    if name in raw]
        planfile.read_document(target)  # a normal plan file
    imported = run("import", str(tmp_path / "gezin.wijkplan"), data_dir=demo_dir)
    assert imported.returncode == 0 and imported.stdout.strip() == "3"


def test_without_names_never_takes_the_private_notes(tmp_path: Path, demo_dir: Path) -> None:
    target = tmp_path / "plan.wijkplan"
    result = run("export", "1", str(target), "--zonder-namen", "--with-private", data_dir=demo_dir)
    assert result.returncode == 1
    assert result.stderr.strip() == "Een kopie zonder namen neemt nooit eigen notities mee. Laat --with-private weg."
    assert not target.exists()


def test_without_names_of_an_unknown_plan(tmp_path: Path, demo_dir: Path) -> None:
    result = run("export-pdf", "9", str(tmp_path / "x.pdf"), "--zonder-namen", data_dir=demo_dir)
    assert result.returncode == 1 and result.stderr.strip() and "Traceback" not in result.stderr
