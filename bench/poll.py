"""The steady poll, measured inside one warm service process (so neither Python's start nor
the pipeline's loading is counted): `python bench/poll.py CONFIG NOW CYCLES`.

Talks to bench/run.py over stdin/stdout so the proxy's counters can be cut between phases:
prints `ready` after a warm-up cycle, then for each phase waits for a line, runs it and prints
one JSON line. Phases: `read` (fetch_new of INBOX and Sent from their checkpoints: the poll
itself) and `cycle` (a whole cycle: read, observe Drafts, plan, deliver). Time runs on from
NOW as in the service (`run --now`), so each cycle plans at a later moment than the last."""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

from followup.config import load_config
from followup.service import READ_ROLES, Service
from followup.watch import real_clock


def timed(runs: int, step: object) -> tuple[list[float], list[float]]:
    """Milliseconds of wall time and of this process's CPU time, per run."""
    assert callable(step)
    wall, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        step()
        wall.append(1000 * (time.perf_counter() - started))
        cpu.append(1000 * (time.process_time() - used))
    return wall, cpu


def main() -> int:
    config_path, now_text, cycles = sys.argv[1], sys.argv[2], int(sys.argv[3])
    now = real_clock(datetime.fromisoformat(now_text))
    service = Service.open(load_config(Path(config_path)))
    (mailbox,) = service.mailboxes.values()

    def read() -> None:
        for role, _ in READ_ROLES:
            found, _ = mailbox.fetch_new(role, service.record.checkpoint(mailbox.name, role))
            assert not found, f"{len(found)} new messages in {role}: not a steady poll"

    summary = service.cycle(now())
    print("ready", summary.line(), flush=True)
    for name, step in (("read", read), ("cycle", lambda: service.cycle(now()))):
        sys.stdin.readline()
        ms, cpu = timed(cycles, step)
        result = {
            "phase": name,
            "runs": cycles,
            "median_ms": statistics.median(ms),
            "cpu_ms": statistics.median(cpu),
            "ms": ms,
        }
        print(json.dumps(result), flush=True)
    sys.stdin.readline()  # the counts are cut: now the LOGOUT is nobody's phase
    service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
