"""How much does understanding cost? `python bench/understand_bench.py [CORPUS]`

Over the labelled corpus (default tests/corpus: dev and heldout), in one run:
- `extract`: parse + Understander.facts for each message, as `followup extract` does;
- `nlp.pipe`: the same spaCy pipeline, loaded as-is, over the same messages' texts.
Both are timed per message, separately for hiring mail (labelled kind != other) and
non-hiring mail (the corpus's non-hiring mail is hard negatives full of hiring words; the
"prefiltered" row is the plainly-not-hiring mail the cheap pre-filter turns away).
Target (issue 3): extract <= 2x nlp.pipe per hiring message; non-hiring messages a small
fraction of it. The best of a few rounds is reported (least noise).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from followup.model import Email
from followup.understand.nlp import resolve_name
from followup.understand.parse import parse
from followup.understand.pipeline import Understander

ROOT = Path(__file__).resolve().parents[1]


def load(corpus: Path) -> list[tuple[bytes, bool]]:
    """(raw message, is hiring mail) for every labelled message."""
    out = []
    for eml in sorted(corpus.rglob("*.eml")):
        label = eml.with_suffix(".json")
        if label.exists():
            out.append((eml.read_bytes(), json.loads(label.read_text())["kind"] != "other"))
    return out


def best_of(rounds: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--model", default="auto")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import spacy

    messages = load(args.corpus)
    if not messages:
        print(f"no labelled messages under {args.corpus}", file=sys.stderr)
        return 66
    understander = Understander(args.model)
    understander.nlp  # noqa: B018 - load before timing
    plain = spacy.load(resolve_name(args.model))
    print(f"{len(messages)} messages, pipeline {resolve_name(args.model)}, best of {args.rounds}")
    print(f"{'':<12}{'n':>5}{'extract ms/msg':>17}{'nlp.pipe ms/msg':>18}{'ratio':>8}")
    skipped = [raw for raw, _ in messages if not understander.maybe_hiring(parse(raw))]
    groups = (
        ("hiring", [raw for raw, h in messages if h]),
        ("non-hiring", [raw for raw, h in messages if not h]),
        ("prefiltered", skipped),  # plainly not hiring: the expensive stages are skipped
        ("all", [raw for raw, _ in messages]),
    )
    for label, raws in groups:
        if not raws:
            continue
        emails: list[Email] = [parse(raw) for raw in raws]
        texts = [e.text for e in emails]
        t_extract = best_of(
            args.rounds, lambda raws=raws: [understander.facts(parse(r)) for r in raws]
        )
        t_pipe = best_of(args.rounds, lambda texts=texts: list(plain.pipe(texts)))
        n = len(raws)
        ms_e, ms_p = 1000 * t_extract / n, 1000 * t_pipe / n
        print(
            f"{label:<12}{n:>5}{ms_e:>17.2f}{ms_p:>18.2f}{ms_e / ms_p:>8.2f}x"
            f"   ({n / t_extract:.0f} vs {n / t_pipe:.0f} msg/s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
