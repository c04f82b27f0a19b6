"""Ons Plan: the core of the app (start-up, paths, database, services, PDF, plan files).

Nothing heavy happens at import time: no paths resolved, no fonts registered, no ReportLab or Alembic imported.
"""

__version__ = "0.1.0"
APP_NAME = "Ons Plan"
APP_ID = "wijkteam"
