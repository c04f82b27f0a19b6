"""The JSON Schemas in ``resources/schemas/``, generated from the models: the formats are described only there.

    python -m wijkteam.formats.schemas           write the schemas again after a change to a model
    python -m wijkteam.formats.schemas --check   exit 1 when a committed schema differs from its model

A test runs the check too, so a model and its schema never drift apart.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import CoreSchema

from wijkteam.formats.fields import FileModel
from wijkteam.formats.wijkadvies import AdviceFile
from wijkteam.formats.wijkplan import PlanFile
from wijkteam.paths import resources_dir

DRAFT = "https://json-schema.org/draft/2020-12/schema"
#: File name in ``resources/schemas/`` and the model it comes from.
SCHEMAS: dict[str, type[FileModel]] = {
    # wijkplan-1 and wijkplan-2.schema.json stay as they shipped: version 1 is version 2 without child_houses,
    # version 2 is version 3 without offer_date and term_date.
    "wijkplan-3.schema.json": PlanFile,
    "wijkadvies-1.schema.json": AdviceFile,
}
REGENERATE = "python -m wijkteam.formats.schemas"


class _Generator(GenerateJsonSchema):
    """Draft 2020-12, without the titles pydantic makes up from field names ("Author Name")."""

    schema_dialect = DRAFT

    def field_title_should_be_set(self, schema: CoreSchema | Any) -> bool:
        return False


def schema_of(model: type[FileModel]) -> dict[str, Any]:
    generated = model.model_json_schema(schema_generator=_Generator)
    return _one_line_descriptions({"$schema": DRAFT, **generated})


def _one_line_descriptions(node: Any) -> Any:
    """Docstrings wrap at the width of the code; in the schema each description is one line."""
    if isinstance(node, dict):
        return {key: " ".join(value.split()) if key == "description" and isinstance(value, str)
                else _one_line_descriptions(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_one_line_descriptions(item) for item in node]
    return node


def schema_text(model: type[FileModel]) -> str:
    return json.dumps(schema_of(model), ensure_ascii=False, indent=2) + "\n"


def folder() -> Path:
    return resources_dir() / "schemas"


def stale(where: Path | None = None) -> list[str]:
    """The schema files that differ from what their models generate (or are missing)."""
    where = where or folder()
    out: list[str] = []
    for name, model in SCHEMAS.items():
        path = where / name
        if not path.is_file() or path.read_text(encoding="utf-8") != schema_text(model):
            out.append(name)
    return out


def write(where: Path | None = None) -> list[Path]:
    where = where or folder()
    written = []
    for name, model in SCHEMAS.items():
        path = where / name
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--check"]:
        names = stale()
        for name in names:
            print(f"{name} differs from its model; write it again with: {REGENERATE}", file=sys.stderr)
        return 1 if names else 0
    if args:
        print(__doc__, file=sys.stderr)
        return 2
    for path in write():
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
