"""About a hundred hostile plan and advice files through the command line: each refused at once with one Dutch
sentence, exit code 1, nothing changed in the database, no crash file; and the window still starts afterwards.

Most run in-process through ``wijkteam.__main__.main`` (the same code path as the command line, without starting
Python a hundred times); a handful run as a real process, with a time limit, so a file that would hang shows as one.
"""

from __future__ import annotations

import copy
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from tests import dbfile
from tests.cli import run as run_cli
from wijkteam import __main__ as entry
from wijkteam import advicefile, planfile
from wijkteam.services import Services

ROOT = Path(__file__).resolve().parents[1]
HARD = ROOT / "tests" / "fixtures" / "planfiles" / "hard-content.wijkplan"
MINIMAL_PLAN = ROOT / "tests" / "fixtures" / "planfiles" / "minimal.wijkplan"
MINIMAL_ADVICE = ROOT / "tests" / "fixtures" / "advicefiles" / "minimal.wijkadvies"

Make = Callable[[Path], Path]


# ------------------------------------------------------------------------------------------------------ files


def _document(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


_CACHE: dict[Path, dict[str, Any]] = {}


def _edited(source: Path, *steps: Any) -> Make:
    """A copy of ``source`` with one value set: ``steps`` is the path to it, the last item the value."""
    *where, key, value = steps

    def make(folder: Path) -> Path:
        document = copy.deepcopy(_CACHE.setdefault(source, _document(source)))
        node: Any = document
        for step in where:
            node = node[step]
        node[key] = value
        target = folder / f"bestand{source.suffix}"
        target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        return target

    return make


def _fifo(folder: Path) -> Path:
    target = folder / "pijp.wijkplan"
    os.mkfifo(target)
    return target


def _folder(folder: Path) -> Path:
    target = folder / "map.wijkplan"
    target.mkdir()
    return target


def _device(name: str) -> Make:
    return lambda _folder: Path(name)


def _link_to(make: Make) -> Make:
    def link(folder: Path) -> Path:
        target = folder / "koppeling.wijkplan"
        target.symlink_to(make(folder))
        return target

    return link


def _dangling(folder: Path) -> Path:
    target = folder / "weg.wijkplan"
    target.symlink_to(folder / "bestaat-niet")
    return target


def _loop(folder: Path) -> Path:
    first, second = folder / "a.wijkplan", folder / "b.wijkplan"
    first.symlink_to(second)
    second.symlink_to(first)
    return first


def _socket(folder: Path) -> Path:
    target = folder / "s.wijkplan"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(target))
    _SOCKETS.append(server)  # kept open for the test; closed at the end of the module
    return target


_SOCKETS: list[socket.socket] = []


def _sparse(size: int) -> Make:
    def make(folder: Path) -> Path:
        target = folder / "groot.wijkplan"
        with target.open("wb") as handle:
            handle.truncate(size)  # large on paper, nothing to read
        return target

    return make


def _missing_with_codes(folder: Path) -> Path:
    return folder / "kapot\x1b[2J\x1b[31m\u202e.wijkplan"


NOT_A_FILE, FOLDER, MISSING, UNREADABLE = "geen gewoon bestand", "een map en geen bestand", "bestaat niet", \
    "kan niet worden gelezen"
RANGE, ZONE, NO_DATE = "tussen de jaren 1900 en 2199", "tijdzone die niet bestaat", "geen bestaande datum"

#: Files that are no files, each with what the refusal says.
SPECIAL: list[tuple[str, Make, str]] = [
    ("fifo", _fifo, NOT_A_FILE),
    ("dev-zero", _device("/dev/zero"), NOT_A_FILE),
    ("dev-null", _device("/dev/null"), NOT_A_FILE),
    ("link-to-fifo", _link_to(_fifo), NOT_A_FILE),
    ("link-to-dev-zero", _link_to(_device("/dev/zero")), NOT_A_FILE),
    ("folder", _folder, FOLDER),
    ("dev-urandom", _device("/dev/urandom"), NOT_A_FILE),
    ("link-to-folder", _link_to(_folder), FOLDER),
    ("dangling-link", _dangling, MISSING),
    ("link-loop", _loop, UNREADABLE),
    ("socket", _socket, UNREADABLE),  # a socket cannot even be opened as a file
]

PLAN_DATES = ("melding_date", "meeting_date", "evaluation_date", ("agreements", 0, "due_date"),
              ("advice", 0, "given_on"))
BAD_DATES = ("9999-12-30", "0001-01-01", "1899-12-31", "2200-01-01", "2025-02-29")
PLAN_MOMENTS = ("created_at", "updated_at", ("sections", 0, "updated_at"), ("history", 0, "at"),
                ("versions", 0, "created_at"), ("process_steps", 0, "done_at"))
BAD_MOMENTS = ("9999-12-31T23:59:59-23:59", "9999-12-31T23:59:59+00:00", "2025-03-01T09:15:00+14:01",
               "2199-12-31T23:00:00-05:00", "1900-01-01T00:30:00+01:00")


def _in_plan(field: Any) -> tuple[Any, ...]:
    return ("plan", *field) if isinstance(field, tuple) else ("plan", field)


def _date_words(value: str) -> str:
    return NO_DATE if value == "2025-02-29" else RANGE


def _moment_words(value: str) -> str:
    return ZONE if value[-6:] in ("-23:59", "+14:01") else RANGE


Case = tuple[str, Make, str]


def _plan_cases() -> list[Case]:
    cases = [(f"{field}={value}", _edited(HARD, *_in_plan(field), value), _date_words(value))
             for field in PLAN_DATES for value in BAD_DATES]
    cases += [(f"{field}={value}", _edited(HARD, *_in_plan(field), value), _moment_words(value))
              for field in PLAN_MOMENTS for value in BAD_MOMENTS]
    cases.append(("exported_at", _edited(HARD, "exported_at", "9999-12-31T23:59:59-23:59"), ZONE))
    cases += [(f"plan-{name}", make, words) for name, make, words in SPECIAL]
    cases += [
        ("plan-oversized", _sparse(planfile.MAX_FILE_BYTES + 1), "te groot"),
        ("code-in-choice", _edited(HARD, "plan", "people", 0, "role", "\x1b[2J\x1b[31mkoning"), "onbekend"),
        ("code-in-key", _edited(HARD, "plan", "\u202e\x1b]0;titel\x07", 1), "onbekend veld"),
        ("code-in-file-name", _missing_with_codes, MISSING),
    ]
    return [(name.replace("'", ""), make, words) for name, make, words in cases]


def _advice_cases() -> list[Case]:
    cases = [(f"given_on={value}", _edited(MINIMAL_ADVICE, "advice", 0, "given_on", value), _date_words(value))
             for value in BAD_DATES]
    cases += [(f"written_at={value}", _edited(MINIMAL_ADVICE, "written_at", value), _moment_words(value))
              for value in BAD_MOMENTS]
    cases += [(f"advice-{name}", make, words) for name, make, words in SPECIAL]
    cases += [("code-in-section", _edited(MINIMAL_ADVICE, "advice", 0, "section",
                                          {"key": "\x1b[2J", "title": "\x1b[2J\u202eGeheim"}), "niet in uw plan")]
    return cases


def _text_file_cases() -> list[Case]:
    return [(f"text-{name}", make, words) for name, make, words in SPECIAL[:6]] + [
        ("text-oversized", _sparse(advicefile.MAX_TEXT_FILE_BYTES + 1), "te groot")]


PLAN_CASES = _plan_cases()
ADVICE_CASES = _advice_cases()
TEXT_CASES = _text_file_cases()


def test_the_sweep_is_about_a_hundred_files() -> None:
    assert 95 <= len(PLAN_CASES) + len(ADVICE_CASES) + len(TEXT_CASES) + 3 <= 130


# ----------------------------------------------------------------------------------------------------- set-up


class Cli:
    """``wijkteam --data-dir D ...`` in this process, with what it printed and what it did to the data folder."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self._capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self._capsys.readouterr()
        code = entry.main(["--data-dir", str(self.data_dir), *args])
        out, err = self._capsys.readouterr()
        return code, out, err

    def dump(self) -> list[str]:
        con = dbfile.connect(self.data_dir / "wijkteam.sqlite")
        try:
            return list(con.iterdump())
        finally:
            con.close()

    def crash_files(self) -> list[Path]:
        folder = self.data_dir / "crashes"
        return sorted(folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def cli(engine: Engine, data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:
    """The family's data folder with plan 1 from ``minimal.wijkplan`` and plan 2 from ``hard-content.wijkplan``."""
    import logging

    services = Services.for_engine(engine)
    assert services.planfiles.import_plan(MINIMAL_PLAN) == 1
    assert services.planfiles.import_plan(HARD) == 2
    # main() installs crash hooks, logging and a umask for the whole process: all of them go back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    mask = os.umask(0o022)
    os.umask(mask)
    # The passphrase is derived with a memory-hard function on purpose, which takes a while: in-process runs use the
    # key the test already knows. The real processes below go through the passphrase.
    from wijkteam import cli_vault

    key = dbfile.key_for(data_dir / "wijkteam.sqlite")
    monkeypatch.setattr(cli_vault, "open_vault", lambda _paths: SimpleNamespace(key=key))
    try:
        yield Cli(data_dir, capsys)
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        os.umask(mask)


@pytest.fixture(scope="module", autouse=True)
def _close_sockets() -> Iterator[None]:
    yield
    for server in _SOCKETS:
        server.close()


def assert_refused(cli: Cli, result: tuple[int, str, str], before: list[str]) -> str:
    code, out, err = result
    assert code == 1, (out, err)
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    sentence = lines[0]
    assert sentence[0].isupper() and sentence.endswith(".") and "Traceback" not in err and "Error" not in err
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F or 0x202A <= ord(ch) <= 0x202E for ch in sentence), err
    assert cli.dump() == before
    assert cli.crash_files() == []
    return sentence


# ------------------------------------------------------------------------------------------------------ sweep


def _cases(cases: list[Case]) -> Any:
    return pytest.mark.parametrize(("make", "words"), [(make, words) for _, make, words in cases],
                                   ids=[name for name, _, _ in cases])


@_cases(PLAN_CASES)
def test_a_hostile_plan_file_is_refused(cli: Cli, tmp_path: Path, make: Make, words: str) -> None:
    source = make(tmp_path)
    before = cli.dump()
    assert words in assert_refused(cli, cli("import", str(source)), before)
    # Reading it for a professional refuses it just the same, and the professional's advice file never appears.
    assert words in assert_refused(cli, cli("show-plan", str(source)), before)
    target = tmp_path / "advies.wijkadvies"
    assert words in assert_refused(cli, cli("export-advice", str(source), str(target), "--name", "Sevda Koç",
                                            "--text", "Goed."), before)
    assert not target.exists()


@_cases(ADVICE_CASES)
def test_a_hostile_advice_file_is_refused(cli: Cli, tmp_path: Path, make: Make, words: str) -> None:
    source = make(tmp_path)
    before = cli.dump()
    assert words in assert_refused(cli, cli("import-advice", "1", str(source)), before)
    assert words in assert_refused(cli, cli("import-advice", str(source)), before)


@_cases(TEXT_CASES)
def test_a_hostile_text_file_for_advice_is_refused(cli: Cli, tmp_path: Path, make: Make, words: str) -> None:
    source = make(tmp_path)
    target = tmp_path / "advies.wijkadvies"
    before = cli.dump()
    assert words in assert_refused(cli, cli("export-advice", str(MINIMAL_PLAN), str(target), "--name", "Sevda Koç",
                                            "--text-file", str(source)), before)
    assert not target.exists()


def test_an_advice_date_outside_the_years_is_refused(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "advies.wijkadvies"
    before = cli.dump()
    for value in ("9999-12-31", "1899-12-31"):
        sentence = assert_refused(cli, cli("export-advice", str(MINIMAL_PLAN), str(target), "--name", "Sevda Koç",
                                           "--text", "Goed.", "--date", value), before)
        assert "1900" in sentence and "2199" in sentence
    assert_refused(cli, cli("export-advice", str(MINIMAL_PLAN), str(target), "--name", "Sevda Koç", "--text", "Goed.",
                            "--date", "31-12-2025"), before)
    assert not target.exists()


class _Growing:
    """A file handle whose file grows while it is read: another program still writing it."""

    def __init__(self, handle: Any, path: Path) -> None:
        self._handle = handle
        self._path = path

    def __enter__(self) -> _Growing:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def fileno(self) -> int:
        return int(self._handle.fileno())

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._handle.read(size)
        with open(self._path, "ab") as writer:  # a second, independent writer
            writer.write(b" " * 4096)
        return data


@pytest.mark.parametrize("command", ["import", "import-advice", "text-file"])
def test_a_file_that_grows_while_it_is_read_is_refused(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       command: str) -> None:
    source = tmp_path / "groeit"
    source.write_bytes((MINIMAL_ADVICE if command == "import-advice" else MINIMAL_PLAN).read_bytes())
    original = Path.open

    def growing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        handle = original(self, *args, **kwargs)
        return _Growing(handle, self) if self == source else handle

    monkeypatch.setattr(Path, "open", growing_open)
    before = cli.dump()
    if command == "text-file":
        target = tmp_path / "advies.wijkadvies"
        args = ["export-advice", str(MINIMAL_PLAN), str(target), "--name", "Sevda Koç", "--text-file", str(source)]
    else:
        args = [command, str(source)]
    sentence = assert_refused(cli, cli(*args), before)
    assert "veranderde" in sentence


# ------------------------------------------------------------------------------- codes from files, never raw


def _file_with_codes(folder: Path) -> Path:
    document = _document(MINIMAL_PLAN)
    document["plan"]["title"] = "Ons plan\x1b[2J\x1b[31m rood\x9b2J \u202eomgekeerd\u2066 klaar"
    document["plan"]["sections"][0]["text"] = "Eerste regel\r\nTweede\x1b[1A regel\u2028derde\tregel"
    target = folder / "codes.wijkplan"
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return target


def _raw_codes(text: str, *, tabs: bool = False, line_breaks: bool = False) -> list[str]:
    allowed = ("\t" if tabs else "") + ("\n" if line_breaks else "")
    return [ch for ch in text if (ord(ch) < 32 and ch not in allowed) or 0x7F <= ord(ch) <= 0x9F
            or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069 or ch in "\u2028\u2029"]


def test_text_from_files_reaches_the_terminal_without_its_codes(cli: Cli, tmp_path: Path) -> None:
    source = _file_with_codes(tmp_path)
    code, out, _err = cli("import", str(source))
    assert code == 0
    plan_id = out.strip()

    code, out, _err = cli("list")
    assert code == 0 and _raw_codes(out, tabs=True, line_breaks=True) == []
    line = next(line for line in out.splitlines() if line.startswith(f"{plan_id}\t"))
    assert line.split("\t") == [plan_id, "persoonlijk_plan", "Ons plan[2J[31m rood2J omgekeerd klaar"]

    code, out, _err = cli("show-plan", str(source))
    assert code == 0 and _raw_codes(out, line_breaks=True) == []
    assert "Ons plan[2J[31m rood" in out and "Eerste regel\n" in out and "derde regel" in out


def test_names_from_an_advice_file_are_printed_without_codes(cli: Cli, tmp_path: Path) -> None:
    document = _document(MINIMAL_ADVICE)
    for item in document["advice"]:
        item["author_name"] = "Sevda\x1b[2J Koç\u202e"
        item["organisation"] = "Team\x9b31m Oost"
    source = tmp_path / "codes.wijkadvies"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("import-advice", str(source))
    assert code == 0, err
    assert _raw_codes(out, line_breaks=True) == [] and "Sevda[2J Koç (Team31m Oost)" in out


def test_due_prints_titles_without_codes(cli: Cli, engine: Engine) -> None:
    from datetime import date, timedelta

    from models import PlanType
    from wijkteam.services import FAMILY

    services = Services.for_engine(engine)
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Wis\x1b[2J het\tscherm",
                                         family_name="Familie\u202eX")
    services.agreements.add_agreement(plan_id, FAMILY, "Oma\x1b[31m belt\nelke dag",
                                      due_date=date.today() - timedelta(days=1))
    code, out, _err = cli("due")
    assert code == 0 and _raw_codes(out, tabs=True, line_breaks=True) == []
    line = next(line for line in out.splitlines() if f"\t{plan_id}\t" in line)
    assert line.split("\t")[2:] == ["FamilieX: Wis[2J het scherm", "Afspraak: Oma[31m belt", "1 dag voorbij"]


# --------------------------------------------------------------------------------------------- real processes


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # A file that made the app wait would run into this short limit, and fail the test instead of hanging it.
    return run_cli(*args, data_dir=data_dir, timeout=60)


@pytest.fixture
def folder(engine: Engine, data_dir: Path) -> Path:
    services = Services.for_engine(engine)
    assert services.planfiles.import_plan(MINIMAL_PLAN) == 1
    engine.dispose()  # one file, WAL folded in, before other processes open it
    return data_dir


def _dump(data_dir: Path) -> list[str]:
    con = dbfile.connect(data_dir / "wijkteam.sqlite")
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_real_processes_refuse_at_once_and_the_window_still_starts(folder: Path, tmp_path: Path) -> None:
    fifo = _fifo(tmp_path)
    late_date = _edited(HARD, "plan", "melding_date", "9999-12-30")(tmp_path)
    moment = tmp_path / "moment.wijkplan"
    moment.write_text(json.dumps({**_document(MINIMAL_PLAN), "exported_at": "9999-12-31T23:59:59-23:59"}),
                      encoding="utf-8")
    before = _dump(folder)
    for args in (("import", str(fifo)), ("import", "/dev/zero"), ("import", str(late_date)),
                 ("export-advice", str(moment), str(tmp_path / "a.wijkadvies"), "--name", "X", "--text", "Goed."),
                 ("import-advice", "1", str(fifo)),
                 ("import", str(_missing_with_codes(tmp_path)))):
        result = run(folder, *args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr, result.stderr
        assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert _dump(folder) == before
    assert not (folder / "crashes").exists() or list((folder / "crashes").iterdir()) == []
    listed = run(folder, "list")
    assert listed.returncode == 0 and listed.stdout.startswith("1\tpersoonlijk_plan\t")
    smoke = run(folder, "--smoke-test")
    assert smoke.returncode == 0 and "smoke test: ok" in smoke.stdout, smoke.stdout + smoke.stderr


def test_real_processes_print_text_from_files_without_its_codes(engine: Engine, data_dir: Path,
                                                                tmp_path: Path) -> None:
    source = _file_with_codes(tmp_path)
    services = Services.for_engine(engine)
    plan_id = services.planfiles.import_plan(source)
    engine.dispose()
    listed = run(data_dir, "list")
    assert listed.returncode == 0 and _raw_codes(listed.stdout, tabs=True, line_breaks=True) == []
    assert f"{plan_id}\tpersoonlijk_plan\tOns plan[2J[31m rood2J omgekeerd klaar" in listed.stdout.splitlines()
    shown = run(data_dir, "show-plan", str(source))
    assert shown.returncode == 0 and _raw_codes(shown.stdout, line_breaks=True) == []
    assert "Eerste regel\n" in shown.stdout
