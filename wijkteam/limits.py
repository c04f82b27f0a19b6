"""How long a text from a person may be. Shared by the services and the plan file checks."""

MAX_TEXT = 200_000
MAX_LINE = 500
