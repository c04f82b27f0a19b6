"""PDF export time of the demo familiegroepsplan, through the same service the window and the CLI use.

    python tests/benchmarks/bench_pdf.py [--runs 5]

A fresh database in a temporary folder gets the demo plans; then ``services.export.export_pdf`` is timed. The first
export is shown on its own (it imports ReportLab and loads the fonts), the median is over the runs after it.
"""

from __future__ import annotations

import argparse
import gc
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="measured exports after the first (default 5)")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))

    from models import PlanType
    from tests import dbfile
    from wijkteam.db import open_database
    from wijkteam.demo import add_demo_plans
    from wijkteam.services import Services

    scratch = Path(tempfile.mkdtemp(prefix="ons-plan-bench-pdf-"))
    database = scratch / "wijkteam.sqlite"
    engine = open_database(database, scratch / "backups", dbfile.key_for(database))
    try:
        services = Services.for_engine(engine)
        add_demo_plans(services)
        plan = next(p for p in services.plans.list_plans() if p.plan_type == PlanType.FAMILIEGROEPSPLAN)
        target = scratch / "plan.pdf"

        started = time.perf_counter()
        services.export.export_pdf(plan.id, target)
        first = time.perf_counter() - started

        times: list[float] = []
        for _ in range(args.runs):
            gc.collect()
            started = time.perf_counter()
            services.export.export_pdf(plan.id, target)
            times.append(time.perf_counter() - started)

        content = target.read_bytes()
        if not content.startswith(b"%PDF"):
            print(f"The export did not produce a PDF: {target}", file=sys.stderr)
            return 1
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", content))
        print(f"PDF export of the demo familiegroepsplan '{plan.title}' ({pages} pages, {len(content):,} bytes; "
              f"Python {platform.python_version()}, {platform.system()})")
        print(f"  {'first export (imports ReportLab, loads fonts)':<48}{first:6.3f} s")
        print(f"  {f'median of {args.runs} further exports':<48}{statistics.median(times):6.3f} s   "
              f"(min {min(times):.3f}, max {max(times):.3f})")
        return 0
    finally:
        engine.dispose()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
