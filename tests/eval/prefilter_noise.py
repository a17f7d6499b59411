"""How much of an ordinary inbox the cheap pre-filters turn away, and what the rest costs:
`python tests/eval/prefilter_noise.py [N]`.

The noise is the benchmark's synthetic inbox (bench/noise.py: newsletters, receipts,
notifications, mailing lists, personal and work mail, job-alert digests, non-hiring calendar
invitations); the synthetic hiring mail (bench/hiring.py) must all get through. Printed
for each: how many the header-only pre-filter (what the mail adapters run before fetching a
body) and the message pre-filter (`Understander.maybe_hiring`) drop, and the time `facts`
takes per message next to plain `nlp(text)` of the same pipeline (`MAX_CHARS` of it, as
spaCy would refuse more).
"""

from __future__ import annotations

import random
import sys
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from followup.sources import may_be_hiring_headers  # noqa: E402
from followup.understand.evaluate import header_block  # noqa: E402
from followup.understand.nlp import resolve_name  # noqa: E402
from followup.understand.parse import parse  # noqa: E402
from followup.understand.pipeline import MAX_CHARS, Understander  # noqa: E402
from inbox import NOW, hiring_mail  # noqa: E402 - bench/ is not a package
from mime import Blobs, render  # noqa: E402
from noise import noise  # noqa: E402


def main(n: int) -> int:
    rng = random.Random(11)
    blobs = Blobs(256 * 1024)
    understander = Understander()
    understander.facts(parse(b"Subject: warm-up\r\n\r\ninterview with Ann Lee"))
    rows: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0, 0.0, 0.0])
    items = [("hiring", render(b.message)) for b in hiring_mail(rng, n // 10)]
    for i in range(n):
        when = NOW - timedelta(days=rng.uniform(1, 300))
        built = noise(rng, when, f"<p{i}@bench.example>", blobs)
        items.append(("noise", render(built)))
    plain = spacy.load(resolve_name("auto"))  # the same pipeline as-is, for comparison
    for group, data in items:
        row = rows[group]
        row[0] += 1
        row[1] += not may_be_hiring_headers(header_block(data))
        started = time.perf_counter()
        email = parse(data)
        kept = understander.maybe_hiring(email)
        understander.facts(email)
        row[3] += time.perf_counter() - started
        row[2] += not kept
        started = time.perf_counter()
        plain(email.text[:MAX_CHARS])
        row[4] += time.perf_counter() - started
    print(f"{'':<8}{'n':>6}{'headers drop':>14}{'message drop':>14}{'facts ms':>10}{'nlp ms':>8}")
    for group, (count, by_headers, by_message, seconds, nlp_seconds) in rows.items():
        print(
            f"{group:<8}{count:>6.0f}{by_headers / count:>14.1%}{by_message / count:>14.1%}"
            f"{1000 * seconds / count:>10.2f}{1000 * nlp_seconds / count:>8.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 500))
