"""`make bench`: the whole benchmark in one run, written to bench/RESULTS.md.

    .venv/bin/python bench/run.py [--sizes 10000,50000] [--cycles 20] [--profile]

For each size: build a Dovecot mailbox (about 2% hiring mail), then side by side the bare
imap-tools floor and `followup run --once` (wall, peak RSS, bytes, commands), the steady poll
(round trips, ms), arrival to fact through IDLE, and the idle service's memory. Then the
understanding throughput against plain `nlp.pipe` (bench/understand_bench.py), over the
labelled corpus and over a sample of the benchmark's own mail. `--sizes 500` for development.
Traffic stays on loopback. The 50,000 run takes several minutes and about 3 GB in /tmp.
The raw figures go to RESULTS.json beside the report; `--render RESULTS.json` writes the
report again from them without measuring. `--profile` profiles the largest size's scan
again under pyinstrument (bench/profiles/). Causes and fixes: bench/ANALYSIS.md. The steady
poll alone, on mailboxes built once and kept: bench/reuse.py.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from inbox import hiring_sample
from measure import BENCH, PYTHON, SizeResult, one_size
from mime import render
from report import TARGETS, dump, load, markdown


def understanding(sample: int) -> str:
    """bench/understand_bench.py over the labelled corpus, then over benchmark mail."""
    corpus = subprocess.run(
        [PYTHON, str(BENCH / "understand_bench.py"), "--rounds", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    with tempfile.TemporaryDirectory(prefix="bench-sample") as tmp:
        for i, message in enumerate(hiring_sample(sample)):
            (Path(tmp) / f"{i:04}.eml").write_bytes(render(message))
            label = {"kind": message.kind or "other"}
            (Path(tmp) / f"{i:04}.json").write_text(json.dumps(label))
        mine = subprocess.run(
            [PYTHON, str(BENCH / "understand_bench.py"), tmp, "--rounds", "2"],
            capture_output=True,
            text=True,
            check=False,
        )
    return (
        "# the labelled corpus (tests/corpus)\n"
        + (corpus.stdout or corpus.stderr[-2000:])
        + f"\n# {sample} messages of the benchmark's own mail (1 in 4 hiring)\n"
        + (mine.stdout or mine.stderr[-2000:])
    )


def notes(results: list[SizeResult]) -> list[str]:
    """Facts read off the measurements (the analysis of causes is in bench/ANALYSIS.md)."""
    out = []
    for r in results:
        ratio = r.scan.seconds / r.floor.seconds
        if ratio > TARGETS["scan_ratio"]:
            out.append(
                f"- N = {r.n:,}: the scan took {ratio:.2f}× the floor "
                f"({r.scan.seconds:.0f} s vs {r.floor.seconds:.0f} s) and fetched "
                f"{r.scan.counts.from_server / max(1, r.floor.counts.from_server):.2f}× its bytes."
            )
    if out:
        out = ["### Targets missed", "", *out, ""]
    analysis = BENCH / "ANALYSIS.md"
    if analysis.exists():
        out += [analysis.read_text().strip()]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,50000", help="comma-separated mailbox sizes")
    parser.add_argument("--cycles", type=int, default=20, help="steady polls to time")
    parser.add_argument("--sample", type=int, default=400, help="messages for understanding")
    parser.add_argument(
        "--profile", action="store_true", help="profile the largest scan again (pyinstrument)"
    )
    parser.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    parser.add_argument("--render", type=Path, help="only write the report again from a JSON")
    args = parser.parse_args()
    if args.render:
        data = load(args.render.read_text())
        results = data["results"]
        report = markdown(
            results, data["understanding"], data["command"], notes(results),
            data["machine"], data["written"],
        )  # fmt: skip
        args.out.write_text(report + "\n")
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = [one_size(n, args.cycles, args.profile and n == max(sizes)) for n in sizes]
    print("understanding throughput", flush=True)
    text = understanding(args.sample)
    command = f".venv/bin/python bench/run.py {shlex.join(sys.argv[1:])}".strip()
    if sys.argv[1:] == ["--profile"]:
        command = "make bench"
    args.out.with_suffix(".json").write_text(dump(results, text, command) + "\n")
    report = markdown(results, text, command, notes(results))
    args.out.write_text(report + "\n")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
