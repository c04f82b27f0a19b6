"""A refused file in one Dutch phrase: the first of pydantic's errors, in the order a person reads the file.

Pydantic reports every problem it finds; a person needs one, the first: at each object an unknown key before the
declared ones, then the declared keys in their order, and a list's own size before its items. The phrase names the
object as people do ("persoon 4", "het antwoord van advies 3") and follows "Dit planbestand klopt niet: ...".

Which rule a value broke is read from the value itself and the markers of its type (``fields``), so the phrase is
the same whichever of pydantic's checks happened to catch it first.
"""

from __future__ import annotations

import types
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Annotated, Any, Union, get_args, get_origin

from annotated_types import Ge, Le, MaxLen
from pydantic import ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from wijkteam.formats.fields import (
    FILE_WHERE,
    FORBIDDEN,
    LINE_BREAK,
    PLAN_WHERE,
    Choice,
    FileModel,
    Items,
    Shape,
    TextRule,
)
from wijkteam.formats.strict_json import dutch_number, show

_MISSING = object()
#: More errors than any honest mistake makes: the file holds objects with thousands of unknown keys.
_MANY_ERRORS = 1_000
#: No object of the formats has this many fields, so a longer one has an unknown key among its first keys.
_MOST_KEYS = 64


@dataclass(frozen=True)
class Problem:
    """The first error, and the document it was found in (a shortened copy when the file has a great many keys)."""

    error: ErrorDetails
    document: Any


def first_error(error: ValidationError, model: type[FileModel], document: Any) -> Problem:
    """The error a person should hear first, of all those pydantic found in ``document``."""
    if error.error_count() > _MANY_ERRORS:
        # A million unknown keys are a million errors, and listing them takes long. Only the first unknown key of an
        # object can come first, and it stands among its first keys: check a copy with the rest of them cut off.
        document = _cut_long_objects(document)
        try:
            model.model_validate(document)
        except ValidationError as shorter:
            error = shorter
    positions: dict[int, dict[str, int]] = {}  # where each key stands in its object
    first = min(error.errors(include_url=False),
                key=lambda item: _reading_order(model, document, item["loc"], positions))
    return Problem(first, document)


def phrase(problem: Problem, model: type[FileModel], root: str = FILE_WHERE) -> str:
    """One error as a Dutch phrase; ``root`` names the object that was checked ("het bestand", "dit advies")."""
    item = problem.error
    where, key, annotation, value = _locate(model, problem.document, item["loc"], root)
    if item["type"] == "missing":
        return f"bij {where} ontbreekt '{key}'"
    if item["type"] == "extra_forbidden":
        return f"bij {where} staat een onbekend veld: {show(key)}"
    return _wrong_value(where, key, annotation, value)


def describe(error: ValidationError, model: type[FileModel], document: Any, root: str = FILE_WHERE) -> str:
    return phrase(first_error(error, model, document), model, root)


def _cut_long_objects(value: Any) -> Any:
    """A copy in which no object has more than ``_MOST_KEYS`` keys. The depth of the file is checked already."""
    if isinstance(value, dict):
        return {key: _cut_long_objects(item) for key, item in islice(value.items(), _MOST_KEYS)}
    if isinstance(value, list):
        return [_cut_long_objects(item) for item in value]
    return value


# ------------------------------------------------------------------------------------------------ walking


def _unwrap(annotation: Any) -> tuple[Any, list[Any]]:
    """A type without ``Annotated`` and ``| None`` around it, and the markers and constraints it had."""
    markers: list[Any] = []
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation, *extra = get_args(annotation)
            for item in extra:
                markers.extend(item.metadata if isinstance(item, FieldInfo) else [item])
        elif origin in (Union, types.UnionType):
            annotation = next(arg for arg in get_args(annotation) if arg is not type(None))
        else:
            return annotation, markers


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, FileModel)


def _field(model: type[FileModel], name: str) -> Any:
    """The annotation of a field with its constraints, or None for a key the model does not know."""
    info = model.model_fields.get(name)
    if info is None:
        return None
    return Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation


def _inside(label: str, parent: str) -> str:
    """ "toestemming 1 van versie 2", but plainly "persoon 4" for what sits right in the plan."""
    return label if parent in (FILE_WHERE, PLAN_WHERE) else f"{label} van {parent}"


def _locate(model: type[FileModel], document: Any, loc: Sequence[int | str],
            root: str) -> tuple[str, str, Any, Any]:
    """Where an error is, as people say it: the object, the key, its annotation, and the value found there."""
    where, key, value, entered = root, "", document, True
    annotation: Any = model
    for step in loc:
        base, _ = _unwrap(annotation)
        if isinstance(step, int):
            annotation = get_args(base)[0] if get_args(base) else Any
            value = value[step] if isinstance(value, list) and 0 <= step < len(value) else _MISSING
            item, _ = _unwrap(annotation)
            if _is_model(item):
                where, entered = _inside(f"{item.LABEL} {step + 1}", where), True
            continue
        if _is_model(base):
            if not entered:
                where = _inside(base.LABEL, where)
            annotation = _field(base, step)
        else:
            annotation = None
        entered, key = False, step
        value = value.get(step, _MISSING) if isinstance(value, dict) else _MISSING
    return where, key, annotation, value


def _reading_order(model: type[FileModel], document: Any, loc: Sequence[int | str],
                   positions: dict[int, dict[str, int]]) -> list[tuple[int, int]]:
    """A sort key: unknown keys of an object first (as they stand in the file), then its fields in their order;
    an error about a list or object itself before the errors inside it."""
    order: list[tuple[int, int]] = []
    annotation: Any = model
    value = document
    for step in loc:
        base, _ = _unwrap(annotation)
        if isinstance(step, int):
            order.append((0, step))
            annotation = get_args(base)[0] if get_args(base) else Any
            value = value[step] if isinstance(value, list) and 0 <= step < len(value) else None
            continue
        fields = base.model_fields if _is_model(base) else {}
        if step in fields:
            order.append((1, list(fields).index(step)))
            annotation = _field(base, step)
        else:
            if isinstance(value, dict) and id(value) not in positions:
                positions[id(value)] = {key: index for index, key in enumerate(value)}
            order.append((0, positions.get(id(value), {}).get(step, 0)))
            annotation = Any
        value = value.get(step) if isinstance(value, dict) else None
    return order


# ------------------------------------------------------------------------------------------------ phrases


def _wrong_value(where: str, key: str, annotation: Any, value: Any) -> str:
    base, markers = _unwrap(annotation)
    at = f"bij {where}"
    if _is_model(base):
        return f"{at} moet '{key}' een object zijn"
    if get_origin(base) is list:
        if not isinstance(value, list):
            return f"{at} moet '{key}' een lijst zijn"
        items = _marker(markers, Items)
        if items is not None and len(value) > items.most:
            return f"{at} staan te veel items in '{key}', want er mogen er hoogstens {dutch_number(items.most)} in"
        return f"{at} staat niets in '{key}'"
    if _marker(markers, Choice) is not None:
        return f"{at} is de waarde van '{key}' onbekend: {show(value)}"
    if base is bool:
        return f"{at} moet '{key}' true of false zijn"
    if base is int:
        # bool is an int in Python, but true is no position.
        if not isinstance(value, int) or isinstance(value, bool):
            return f"{at} moet '{key}' een heel getal zijn"
        low, high = _marker(markers, Ge), _marker(markers, Le)
        return f"{at} moet '{key}' tussen {low.ge if low else 0} en {dutch_number(high.le) if high else '…'} liggen"
    shape = _marker(markers, Shape)
    if shape is not None:
        return _wrong_shape(shape, markers, value).format(where=where, key=key)
    if base is str:
        return _wrong_text(_marker(markers, TextRule) or TextRule(), markers, value).format(where=where, key=key)
    return f"{at} klopt '{key}' niet"  # a kind of value this module does not know yet


def _wrong_shape(shape: Shape, markers: list[Any], value: Any) -> str:
    expected = f"bij {{where}} moet '{{key}}' {shape.expected} zijn"
    longest = _marker(markers, MaxLen)
    if not isinstance(value, str) or (longest is not None and len(value) > longest.max_length):
        return expected
    problem = shape.explain(value) if shape.explain is not None else None
    return problem or expected


def _wrong_text(rule: TextRule, markers: list[Any], value: Any) -> str:
    """In the order the checks have always run: type, length, forbidden characters, line breaks, empty, comma."""
    if not isinstance(value, str):
        return "bij {where} moet '{key}' tekst zijn"
    longest = _marker(markers, MaxLen)
    if longest is not None and len(value) > longest.max_length:
        return ("bij {where} is '{key}' te lang, want er mogen hoogstens " + dutch_number(longest.max_length)
                + " tekens in")
    if FORBIDDEN.search(value):
        return "bij {where} staat een teken in '{key}' dat niet mag"
    if rule.single_line and LINE_BREAK.search(value):
        return "bij {where} mag '{key}' maar één regel zijn"
    if rule.required and not value.strip():
        return "bij {where} is '{key}' leeg"
    if rule.comma_free and "," in value:
        return "bij {where} staat een komma in '{key}', en dat kan daar niet"
    return "bij {where} klopt '{key}' niet"


def _marker(markers: list[Any], kind: type[Any]) -> Any:
    return next((item for item in markers if isinstance(item, kind)), None)
