"""The crash hook's core: log the error, write a crash file, print one clear line. The window shows a dialog.

A crash file and the log hold no plan content, so the family can hand them to a helper. Exception messages can quote
data (``KeyError('Oma Ria')``, ``invalid literal for int(): 'x'``, an SQL error with its parameters), so
``safe_traceback`` keeps the shape of an error (types, files, line numbers, the code on those lines) and scrubs its
words: every quoted part, SQL parameters, and database messages that are not known to carry only names of tables.
"""

from __future__ import annotations

import contextlib
import logging
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from wijkteam import __version__

log = logging.getLogger("wijkteam.crash")

# What was stored before the error stays stored; what the failing step was doing is undone with its transaction.
# The window's dialog says exactly how far the typing was saved (``ui.common.autosave.summary``).
CRASH_LINE = "Er ging iets mis in Ons Plan. Wat al bewaard was, blijft bewaard. Details staan in: %s"
CRASH_LINE_NO_FILE = "Er ging iets mis in Ons Plan. Wat al bewaard was, blijft bewaard."

ShowDialog = Callable[[str, str | None], None]


#: What stands in for words taken out of a message.
SCRUBBED = "…"
WITHHELD = "[weggelaten]"

# A quote opens where no letter stands before it and closes where none follows, so the apostrophe in "can't" is no
# quote. Python's repr, SQLite and SQLAlchemy quote with ' and "; people's text also with the typographic kinds.
_QUOTED = re.compile(
    r"""(?<!\w)'.*?'(?!\w)|(?<!\w)".*?"(?!\w)|“.*?”|‘.*?’|„.*?[”“]|«.*?»|‹.*?›|`.*?`""", re.DOTALL
)
# A quote left without its partner (a message cut short, a value with a quote in it): the rest may be data too.
_LONE_QUOTE = re.compile(r"""(?<!\w)['"]|['"](?!\w)|[“”‘’„«»‹›`]""")
# SQLAlchemy adds the statement's parameters on a line of their own unless the engine hides them.
_SQL_PARAMETERS = re.compile(r"^\[parameters: .*$", re.MULTILINE)
#: Messages of SQLite that name only tables, columns and constraints, never a value. Any other message of the
#: database (a trigger's RAISE, an error from a function) may say anything, and is withheld.
_SAFE_DATABASE_MESSAGE = re.compile(
    r"(?:UNIQUE|NOT NULL|CHECK|FOREIGN KEY|PRIMARY KEY) constraint failed(?:: [\w., ]+)?"
    r"|database (?:table )?is (?:locked|busy)|disk I/O error|database or disk is full"
    r"|attempt to write a readonly database|file is not a database|database disk image is malformed"
    r"|unable to open database file|no such (?:table|column|index|savepoint): [\w.]+"
    r"|table [\w.]+ has no column named \w+|interrupted|out of memory|datatype mismatch|SQL logic error"
    r"|cannot (?:commit|rollback) - no transaction is active|cannot start a transaction within a transaction"
    r"|too many SQL variables|string or blob too big|not authorized|locking protocol|incomplete input"
)
_DATABASE_DRIVERS = frozenset({"sqlite3", "_sqlite3", "sqlcipher3", "pysqlcipher3"})
_MAX_MESSAGE = 2000


def scrub_text(text: str) -> str:
    """Take every quoted part out of ``text``; from a quote without its partner on, take out the rest."""
    out: list[str] = []
    position = 0
    for match in [*_QUOTED.finditer(text), None]:
        gap = text[position:match.start() if match else len(text)]
        lone = _LONE_QUOTE.search(gap)
        if lone is not None:
            out.append(gap[:lone.start()] + SCRUBBED)
            break
        out.append(gap)
        if match is None:
            break
        quoted = match.group(0)
        out.append(quoted[0] + SCRUBBED + quoted[-1])
        position = match.end()
    return "".join(out)


def _is_database_error(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in _DATABASE_DRIVERS


def _raw_message(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:  # a broken __str__ must not break the crash report
        return WITHHELD


def scrub_message(exc: BaseException) -> str:
    """The message of one exception without values: what remains says what went wrong, not with which data."""
    message = _raw_message(exc)
    for database_error in (exc, getattr(exc, "orig", None)):
        if isinstance(database_error, BaseException) and _is_database_error(database_error):
            raw = _raw_message(database_error)
            if raw and not _SAFE_DATABASE_MESSAGE.fullmatch(raw):
                message = message.replace(raw, WITHHELD)
    message = scrub_text(_SQL_PARAMETERS.sub("[parameters: " + WITHHELD + "]", message))
    return message if len(message) <= _MAX_MESSAGE else message[:_MAX_MESSAGE] + SCRUBBED


def _type_name(exc: BaseException) -> str:
    kind = type(exc)
    module = kind.__module__
    return kind.__qualname__ if module in ("builtins", "__main__") else f"{module}.{kind.__qualname__}"


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _frame_lines(tb: TracebackType) -> list[str]:
    # The code on each line stays, to see what ran; its string literals go (a test may type its data inline).
    lines = []
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n')
        if frame.line:
            lines.append(f"    {scrub_text(frame.line.strip())}\n")
    return lines


def _format_one(exc: BaseException, tb: TracebackType | None, seen: set[int]) -> str:
    """Like ``traceback.format_exception``, chain included, with every message scrubbed."""
    seen.add(id(exc))
    text = ""
    cause, context = exc.__cause__, exc.__context__
    if cause is not None and id(cause) not in seen:
        text = _format_one(cause, cause.__traceback__, seen) + _CAUSE
    elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
        text = _format_one(context, context.__traceback__, seen) + _CONTEXT
    if tb is not None:
        text += "Traceback (most recent call last):\n" + "".join(_frame_lines(tb))
    message = scrub_message(exc)
    text += f"{_type_name(exc)}: {message}\n" if message else f"{_type_name(exc)}\n"
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, list | tuple):
        text += "".join(scrub_text(str(note)) + "\n" for note in notes)
    if isinstance(exc, BaseExceptionGroup):
        for number, inner in enumerate(exc.exceptions, 1):
            if id(inner) not in seen:
                part = _format_one(inner, inner.__traceback__, seen)
                text += f"+---- {number} ----\n" + "".join("| " + line for line in part.splitlines(True))
    return text


def safe_traceback(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    """The traceback of ``exc`` and the exceptions it came from, with types and places but without values."""
    if exc is None:
        return f"{exc_type.__qualname__}\n"
    return _format_one(exc, tb, set())


def format_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    header = (
        f"Ons Plan {__version__}\nPython {platform.python_version()} op {platform.platform()}\n"
        f"Tijd: {datetime.now().isoformat(timespec='seconds')}\n\n"
    )
    return header + safe_traceback(exc_type, exc, tb)


def write_crash_file(crash_dir: Path, text: str) -> Path | None:
    try:
        crash_dir.mkdir(parents=True, exist_ok=True)
        path = crash_dir / f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        return None


def _to_terminal(text: str, end: str = "\n") -> None:
    """On stderr, if there is one still: a terminal closed under the app must not keep the dialog away."""
    with contextlib.suppress(OSError, ValueError):  # ValueError: the stream was closed
        print(text, end=end, file=sys.stderr, flush=True)


class CrashHook:
    """Installed as ``sys.excepthook``. Resets itself while it runs, so an error in the dialog cannot loop."""

    def __init__(self, crash_dir: Path, show_dialog: ShowDialog | None = None) -> None:
        self.crash_dir = crash_dir
        self.show_dialog = show_dialog
        self._busy = False

    def install(self) -> None:
        sys.excepthook = self
        threading.excepthook = self._on_thread_exception

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        # Logged and written like any other error, instead of Python's full traceback on the terminal. No dialog: a
        # window may only be shown from the UI thread (and a thread that must be heard hands its error to that).
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback, show=False)

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.report(exc_type, exc, tb)

    def report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *,
               show: bool = True) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if self._busy:
            # An error while reporting one: said on the terminal only, and without values, like the rest.
            _to_terminal(safe_traceback(exc_type, exc, tb), end="")
            return
        self._busy = True
        try:
            text = format_crash(exc_type, exc, tb)
            log.error("Unhandled error\n%s", text)
            path = write_crash_file(self.crash_dir, text)
            _to_terminal(CRASH_LINE % path if path else CRASH_LINE_NO_FILE)
            if show and self.show_dialog is not None:
                self.show_dialog(text, str(path) if path else None)
        finally:
            self._busy = False
