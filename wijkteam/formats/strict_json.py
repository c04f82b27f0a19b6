"""Bytes from outside as one JSON object, without surprises: UTF-8 only, no NaN or Infinity, no key twice.

Shared by plan files and advice files; each says in its own words (``JsonWords``) what went wrong. Nothing here is
ever evaluated, and a file nested deeper than its format can be is refused without recursion.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from wijkteam.errors import QT_TRANSLATE_NOOP

MSG_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Errors", "Dit bestand kan niet worden gelezen, want de tekst is niet als UTF-8 bewaard."
)


class Invalid(Exception):
    """One problem in the content, phrased to follow "Dit planbestand klopt niet: ..." (no capital, no full stop)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True)
class JsonWords:
    """What to say, and how large a file may be, when reading one kind of file as strict JSON."""

    error: type[Exception]
    max_bytes: int
    too_big: str
    empty: str
    not_this_kind: str
    truncated: str
    too_deep: str
    invalid: str  # with {detail}


def show(value: Any) -> str:
    """A short, harmless rendering of a value from a file for a message: no control or direction characters."""
    if isinstance(value, dict | list):
        return "een object" if isinstance(value, dict) else "een lijst"
    if not isinstance(value, str):
        return json.dumps(value)[:40]
    # repr escapes control and direction characters such as U+202E, so the message reads the same everywhere.
    return repr(value[:40]) + ("…" if len(value) > 40 else "")


def dutch_number(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def load_strict_json(data: bytes, words: JsonWords) -> Any:
    """Read bytes as one JSON object: UTF-8 only, no NaN or Infinity, no key twice. One Dutch sentence otherwise."""
    if len(data) > words.max_bytes:
        raise words.error(words.too_big)
    if not data.strip():
        raise words.error(words.empty)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise words.error(MSG_NOT_UTF8)  # UTF-16, as some Windows editors save: the right text, the wrong bytes
    if not data.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        raise words.error(words.not_this_kind)  # a PDF, a photo, a letter: no need to talk about encodings
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise words.error(MSG_NOT_UTF8) from exc
    text = text.removeprefix("\ufeff")  # Windows Notepad puts a byte order mark in front; it means nothing here
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_object_without_doubles)
    except Invalid as exc:
        raise words.error(words.invalid.format(detail=exc.detail)) from None
    except RecursionError:
        raise words.error(words.too_deep) from None
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        raise words.error(words.truncated if truncated else words.not_this_kind) from None
    except ValueError:  # a number of thousands of digits, for one
        raise words.error(words.not_this_kind) from None


def dump_json(document: dict[str, Any]) -> bytes:
    """The bytes of a file the app writes: UTF-8 with every script as itself (no \\u escapes), indented, the fields
    in their order, and never NaN."""
    return (json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


def _refuse_constant(name: str) -> Any:
    raise Invalid(f"er staat {name} in, en dat is geen getal")


def _object_without_doubles(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would silently keep the last of two equal keys; then what is read is not what is shown elsewhere.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise Invalid(f"het veld {show(key)} staat twee keer in hetzelfde object")
        result[key] = value
    return result


def depth(value: Any, limit: int) -> int:
    """How many lists and objects sit inside each other, without recursion (a hostile file may nest deeply).

    Counting stops as soon as it passes ``limit``.
    """
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Iterable[Any] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest
