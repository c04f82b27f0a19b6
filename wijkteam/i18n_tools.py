"""The translations of the screens: extract the Dutch texts into ``.ts`` files and compile them into ``.qm`` files.

``python -m wijkteam.i18n_tools update`` runs Qt's ``pyside6-lupdate`` over ``ui/`` and ``wijkteam/`` into
``resources/translations/wijkteam_{en,tr,pl,ar}.ts`` (keeping every translation already made, dropping texts that are
gone) and ``pyside6-lrelease`` into the ``.qm`` files next to them, which ship with the app.
``python -m wijkteam.i18n_tools check`` says, without writing, whether the files still match the sources.

Developer tooling only: the app itself never imports this module. No Qt is imported; the tools run as processes.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATES = ROOT / "resources" / "templates"
SOURCES = ("ui", "wijkteam")
#: The languages beside Dutch, as in the file names (``wijkteam_en.ts``).
LANGUAGES = ("en", "tr", "pl", "ar")
#: Dutch has a file of its own with only the texts that hold a count (``%n``): their singular and plural forms.
PLURALS_ONLY = "nl"
ALL = (PLURALS_ONLY, *LANGUAGES)
PREFIX = "wijkteam"
#: The context of the sentences of ``UserError`` that the screens translate (``wijkteam.errors``).
ERRORS_CONTEXT = "Errors"


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{PREFIX}_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"{PREFIX}_{language}.qm"


def _tool(name: str) -> str:
    # The tools ship with PySide6 in the same environment as this Python; fall back on the PATH.
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def lupdate(ts_files: list[Path], *, language: str | None = None) -> None:
    """Extract from the sources into ``ts_files``: new texts are added unfinished, gone texts are dropped."""
    args = [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative", "-extensions", "py"]
    if language:
        args += ["-target-language", language]
    if language == PLURALS_ONLY:
        args += ["-pluralonly"]
    args += [str(ROOT / source) for source in SOURCES]
    args += ["-ts", *(str(path) for path in ts_files)]
    subprocess.run(args, check=True, cwd=ROOT, capture_output=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    # -nounfinished: a text not yet translated stays Dutch on screen, never empty.
    subprocess.run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)],
                   check=True, cwd=ROOT, capture_output=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str  # the singular form for a plural
    forms: tuple[str, ...]  # every plural form; empty for a text without %n
    finished: bool
    plural: bool


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = tuple(form.text or "" for form in translation.iter("numerusform")) if translation is not None \
                else ()
            text = (translation.text or "") if translation is not None and not forms else (forms[0] if forms else "")
            plural = message.get("numerus") == "yes"
            finished = kind not in ("unfinished", "vanished", "obsolete") and (
                all(forms) if plural else bool(text))
            messages.append(Message(name, message.findtext("source") or "", text, forms, finished, plural))
    return messages


def extract() -> list[Message]:
    """Every text of the sources as ``lupdate`` sees it, without touching the committed files."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "all.ts"
        lupdate([path])
        return read_ts(path)


def _without_locations(path: Path) -> str:
    return re.sub(r"\s*<location [^>]*/>", "", path.read_text(encoding="utf-8"))


def stale(language: str) -> bool:
    """Whether ``lupdate`` would change the committed ``.ts`` of ``language`` (apart from line numbers)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts_path(language).name
        shutil.copy(ts_path(language), copy)
        lupdate([copy], language=language)
        return _without_locations(copy) != _without_locations(ts_path(language))


def compiled(language: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.qm"
        lrelease(ts_path(language), out)
        return out.read_bytes()


def fill(language: str, translations: dict[str, dict[str, str | list[str]]]) -> int:
    """Write finished translations into the ``.ts`` of ``language``: ``{context: {source: text or plural forms}}``.

    For translators without Qt Linguist. Texts not in ``translations`` stay as they are; returns how many were set.
    """
    path = ts_path(language)
    tree = ET.parse(path)
    done = 0
    for context in tree.getroot().iter("context"):
        wanted = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            translation = message.find("translation")
            if not text or translation is None:
                continue
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                values = text if isinstance(text, list) else [text]
                for index, form in enumerate(forms):
                    form.text = values[min(index, len(values) - 1)]
            else:
                translation.text = text if isinstance(text, str) else text[0]
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


def update() -> None:
    TEMPLATE_MODULE.write_text(template_module(), encoding="utf-8")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in ALL:
        lupdate([ts_path(language)], language=language)
        lrelease(ts_path(language), qm_path(language))


# ---------------------------------------------------------------------------------------------- what should be there

#: The names of the calls whose texts ``lupdate`` extracts, and where their text and context are.
TRANSLATE_CALLS = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}


@dataclass(frozen=True)
class Call:
    path: Path
    line: int
    context: str  # empty when it cannot be known from the source
    text: str | None  # None: not a literal text
    problem: str  # empty when lupdate extracts it as it is


def _lines(source: str) -> list[bytes]:
    """The lines of ``source`` as Python numbers them (only \\r\\n, \\r and \\n end one), in UTF-8 as the
    columns of ``ast`` count. ``ast.get_source_segment`` splits the whole file again on every call."""
    return [line.encode("utf-8") for line in re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", source)]


def _is_plain_literal(node: ast.expr, lines: list[bytes]) -> bool:
    # lupdate reads adjacent literals but not a parenthesised run of them, and takes an f-string as its raw text.
    if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
        return False
    start = lines[node.lineno - 1][node.col_offset:node.col_offset + 8].decode("utf-8", errors="ignore")
    return start[:1] in "\"'" or start[:2].lower() in ('r"', "r'")


def translate_calls(path: Path) -> Iterator[Call]:
    """Every call to ``self.tr``, ``translate`` or ``QT_TRANSLATE_NOOP`` in ``path``, with what lupdate needs."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = _lines(source)
    classes: list[str] = []

    def visit(node: ast.AST) -> Iterator[Call]:
        if isinstance(node, ast.ClassDef):
            classes.append(node.name)
            for child in ast.iter_child_nodes(node):
                yield from visit(child)
            classes.pop()
            return
        if isinstance(node, ast.Call):
            yield from check(node)
        for child in ast.iter_child_nodes(node):
            yield from visit(child)

    def check(node: ast.Call) -> Iterator[Call]:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name == "tr" and isinstance(func, ast.Attribute):
            context, index = (classes[-1] if classes else ""), 0
            problem = "" if classes else "self.tr outside a class"
        elif name in ("translate", "QT_TRANSLATE_NOOP") and node.args:
            first = node.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            context, index = (str(first.value) if isinstance(first, ast.Constant) and literal else ""), 1
            problem = "" if literal else "the context is not a literal text"
        elif name in ("tr", "_tr"):
            yield Call(path, node.lineno, "", None, f"{name}() is a wrapper lupdate puts under no context")
            return
        else:
            return
        if len(node.args) <= index:
            return
        text_node = node.args[index]
        if not _is_plain_literal(text_node, lines):
            if name == "translate" and problem:
                # Both context and text come from elsewhere: a word marked where it was made, translated for display.
                yield Call(path, node.lineno, "", None, "")
                return
            kind = "an f-string" if isinstance(text_node, ast.JoinedStr) else "not one literal text"
            yield Call(path, node.lineno, context, None, problem or f"the text is {kind}")
            return
        if name == "translate" and len(node.args) > 3 and not isinstance(node.args[3], ast.Constant):
            problem = problem or "a count in translate() is lost: lupdate reads %n forms only from self.tr in a class"
        yield Call(path, node.lineno, context, str(text_node.value), problem)  # type: ignore[attr-defined]

    yield from visit(tree)


def source_files() -> list[Path]:
    return sorted(path for source in SOURCES for path in (ROOT / source).rglob("*.py")
                  if "migrations" not in path.parts and path.name not in ("i18n_tools.py", "template_words.py"))


def all_calls() -> list[Call]:
    return [call for path in source_files() for call in translate_calls(path)]


# ---------------------------------------------------------------------------------------------- the Dutch to check

def _strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("key", "kind", "plan_type", "format", "wmo"):
                yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


def template_texts() -> list[tuple[str, str]]:
    """``(where, text)`` for every text of the plan templates."""
    texts: list[tuple[str, str]] = []
    for path in sorted(TEMPLATES.glob("*.json")):
        texts += [(path.name, text) for text in _strings_in(json.loads(path.read_text(encoding="utf-8")))]
    return texts


TEMPLATE_MODULE = ROOT / "wijkteam" / "template_words.py"


def template_module() -> str:
    """The source of ``wijkteam/template_words.py``: every text of the templates, marked for ``lupdate``."""
    texts = list(dict.fromkeys(text for _, text in template_texts()))
    lines = [
        '# ruff: noqa: E501',
        '"""The texts of the plan templates (``resources/templates/*.json``), marked for Qt\'s translation tools.',
        "",
        "Made by ``python -m wijkteam.i18n_tools update`` from the templates: never edit it by hand. The screens show",
        "a template's text in their language with ``QCoreApplication.translate(CONTEXT, text)``; a text the family",
        "changed has no translation and stays as they wrote it. The plan itself keeps the Dutch.",
        '"""',
        "",
        "from wijkteam.i18n import QT_TRANSLATE_NOOP",
        "",
        'CONTEXT = "Template"',
        "",
        "TEXTS = (",
        *(f'    QT_TRANSLATE_NOOP("Template", {json.dumps(text, ensure_ascii=False)}),' for text in texts),
        ")",
        "",
    ]
    return "\n".join(lines)


def _message_literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # "... {n} ...": the words around the values
        return "".join(str(part.value) if isinstance(part, ast.Constant) else "%1" for part in node.values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _message_literal(node.func.value)
    if isinstance(node, ast.Call) and len(node.args) == 2 and "QT_TRANSLATE_NOOP" in (
            getattr(node.func, "id", None), getattr(node.func, "attr", None)):
        return _message_literal(node.args[1])
    return None


def core_messages() -> list[tuple[str, str]]:
    """``(where, text)`` for the sentences of ``wijkteam/`` that reach a person: ``MSG_*`` constants and the texts
    given to an error."""
    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "wijkteam").rglob("*.py")):
        if "migrations" in path.parts or path.name == "i18n_tools.py":
            continue
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and any(
                    isinstance(target, ast.Name) and target.id.startswith("MSG_") for target in node.targets):
                text = _message_literal(node.value)
                if text:
                    found.append((f"{where}:{node.lineno}", text))
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.endswith("Error") \
                    and node.args:
                text = _message_literal(node.args[0])
                if text and " " in text.strip():
                    found.append((f"{where}:{node.lineno}", text))
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
        for language in ALL:
            messages = read_ts(ts_path(language))
            done = sum(message.finished for message in messages)
            print(f"{ts_path(language).relative_to(ROOT)}: {done} of {len(messages)} translated")
        return 0
    if command == "fill" and len(argv) == 3:
        count = fill(argv[1], json.loads(Path(argv[2]).read_text(encoding="utf-8")))
        update()
        print(f"{count} translations written into {ts_path(argv[1]).name}")
        return 0
    if command == "check":
        problems = [f"{ts_path(lang).name} is stale: run update" for lang in ALL if stale(lang)]
        if TEMPLATE_MODULE.read_text(encoding="utf-8") != template_module():
            problems.append(f"{TEMPLATE_MODULE.name} does not match the templates: run update")
        problems += [f"{call.path.relative_to(ROOT)}:{call.line}: {call.problem}" for call in all_calls()
                     if call.problem]
        print("\n".join(problems) or "up to date")
        return 1 if problems else 0
    print("usage: python -m wijkteam.i18n_tools update | check | fill LANGUAGE FILE.json", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
