"""The file formats, each described once: strict pydantic models (``wijkplan``, ``wijkadvies``) and what reads them.

``strict_json`` turns bytes into JSON without surprises, ``fields`` holds the kinds of value the formats share,
``messages`` turns a refusal into one Dutch phrase, and ``schemas`` writes the JSON Schemas in ``resources/schemas/``
from the models. Only ``strict_json`` loads without pydantic: the public names live in ``wijkteam.planfile`` and
``wijkteam.advicefile``, which the window imports at start-up.
"""
