from __future__ import annotations

import sys
from pathlib import Path

# The offline Google helpers live next to the calendar tests; both suites use them.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "calendars"))
