"""The results as markdown: the machine, the command, one table side by side for every size,
the targets met or missed, and where a profile was taken, its top frames."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

from inbox import Stats
from measure import Run, SizeResult
from proxy import Counts

TARGETS = {"scan_ratio": 1.5, "poll_ms": 50.0, "arrival_s": 5.0, "idle_mb": 400.0}


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    dovecot = subprocess.run(["dovecot", "--version"], capture_output=True, text=True, check=False)
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {mem_kb / 1024 / 1024:.0f} GB RAM, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"Dovecot {dovecot.stdout.split()[0] if dovecot.stdout else '?'}"
    )


def _mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB" if n < 10e6 else f"{n / 1e6:,.0f} MB"


def _ok(value: float | None, target: float) -> str:
    if value is None:
        return "n/a"
    return "met" if value <= target else "**missed**"


def rows(results: list[SizeResult]) -> list[tuple[str, list[str]]]:
    def each(fn: Any) -> list[str]:
        out = []
        for r in results:
            try:
                out.append(fn(r))
            except (KeyError, TypeError, ZeroDivisionError):
                out.append("n/a")
        return out

    return [
        (
            "messages (hiring / Sent)",
            each(lambda r: f"{r.n:,} ({r.build.hiring} / {r.build.kinds['sent']})"),
        ),
        ("mailbox size", each(lambda r: _mb(r.build.bytes))),
        (
            "build: write Maildir + index",
            each(lambda r: f"{r.build.seconds:.1f} s + {r.build.index_seconds:.1f} s"),
        ),
        ("floor (imap-tools bulk fetch): wall", each(lambda r: f"{r.floor.seconds:.1f} s")),
        ("floor: CPU (its own, user + sys)", each(lambda r: f"{r.floor.cpu_seconds:.1f} s")),
        ("floor: peak RSS", each(lambda r: f"{r.floor.max_rss_mb:.0f} MB")),
        ("floor: bytes from server", each(lambda r: _mb(r.floor.counts.from_server))),
        ("scan (`run --once`): wall", each(lambda r: f"{r.scan.seconds:.1f} s")),
        ("scan: CPU (its own, user + sys)", each(lambda r: f"{r.scan.cpu_seconds:.1f} s")),
        ("scan: peak RSS", each(lambda r: f"{r.scan.max_rss_mb:.0f} MB")),
        ("scan: bytes from server", each(lambda r: _mb(r.scan.counts.from_server))),
        ("scan: IMAP commands", each(lambda r: _commands(r.scan.counts.commands))),
        (
            "**scan / floor (wall)** — target ≤ 1.5×",
            each(lambda r: f"**{_ratio(r):.2f}×** ({_ok(_ratio(r), 1.5)})"),
        ),
        ("scan / floor (CPU)", each(lambda r: f"{r.scan.cpu_seconds / r.floor.cpu_seconds:.2f}×")),
        ("scan / floor (bytes)", each(lambda r: f"{_byte_ratio(r):.2f}×")),
        ("load average (1, 5, 15 min) when the scan started", each(lambda r: r.scan.load)),
        ("steady poll, read only: round trips", each(lambda r: _rt(r.poll["read"]))),
        ("steady poll, read only: ms (median)", each(lambda r: _ms(r.poll["read"]))),
        ("**steady poll, whole cycle: round trips**", each(lambda r: _rt(r.poll["cycle"]))),
        ("**steady poll, whole cycle: ms** — target < 50", each(lambda r: _ms(r.poll["cycle"]))),
        ("**arrival → fact (IDLE)** — target < 5 s", each(_arrival)),
        ("**idle service RSS, spaCy loaded** — target < 400 MB", each(_idle)),
    ]


def _ratio(r: SizeResult) -> float:
    return r.scan.seconds / r.floor.seconds


def _byte_ratio(r: SizeResult) -> float:
    return r.scan.counts.from_server / r.floor.counts.from_server


def _commands(commands: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:g}" for k, v in sorted(commands.items()))


def _rt(phase: dict[str, Any]) -> str:
    return f"{phase['round_trips']:g} ({_commands(phase['commands'])})"


def _ms(phase: dict[str, Any]) -> str:
    return (
        f"{phase['median_ms']:.1f} ms ({_ok(phase['median_ms'], TARGETS['poll_ms'])}); "
        f"CPU: ours {phase['cpu_ms']:.1f} ms, Dovecot's {phase['server_cpu_ms']:.1f} ms"
    )


def _arrival(r: SizeResult) -> str:
    if "seconds" not in r.arrival:
        return f"failed: {r.arrival.get('error', '?')[:80]}"
    first = r.arrival["first_s"]
    return (
        f"{r.arrival['seconds']:.2f} s ({_ok(r.arrival['seconds'], TARGETS['arrival_s'])}); "
        f"the first after start {first:.2f} s ({_ok(first, TARGETS['arrival_s'])})"
    )


def _idle(r: SizeResult) -> str:
    rss = r.arrival["VmRSS"]
    return f"{rss:.0f} MB (peak {r.arrival['VmHWM']:.0f}) ({_ok(rss, TARGETS['idle_mb'])})"


def table(results: list[SizeResult]) -> str:
    head = "| | " + " | ".join(f"N = {r.n:,}" for r in results) + " |"
    sep = "|---|" + "---|" * len(results)
    body = [f"| {name} | " + " | ".join(cells) + " |" for name, cells in rows(results)]
    return "\n".join([head, sep, *body])


def top_frames(profile: Path, limit: int = 25) -> str:
    """The heaviest lines of a pyinstrument text report (time, function, file:line)."""
    lines = profile.read_text(errors="replace").splitlines()
    timed = [x for x in lines if re.match(r"^[\s│├└─]*\d+\.\d+ ", x)]
    return "\n".join(timed[:limit])


def summary(results: list[SizeResult]) -> str:
    """The README's table: one column per size, each figure against its target."""
    rows = [
        ("initial scan, wall: `run --once` / floor", _scan_wall, "≤ 1.5×"),
        ("initial scan, CPU of the process: scan / floor", _scan_cpu, ""),
        ("bytes fetched: scan / floor", _scan_bytes, ""),
        ("peak RSS: scan / floor", _scan_rss, ""),
        ("steady poll, no new mail: round trips, ms", _poll, "flat in N, < 50 ms"),
        ("arrival → fact through IDLE", _arrival, "< 5 s"),
        ("idle service RSS, spaCy loaded", _idle, "< 400 MB"),
    ]
    head = "| | " + " | ".join(f"N = {r.n:,}" for r in results) + " | target |"
    sep = "|---|" + "---|" * (len(results) + 1)
    body = []
    for name, cell, target in rows:
        cells = []
        for r in results:
            try:
                cells.append(cell(r))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("n/a")
        body.append(f"| {name} | " + " | ".join(cells) + f" | {target} |")
    return "\n".join([head, sep, *body])


def _scan_wall(r: SizeResult) -> str:
    ratio = _ratio(r)
    return (
        f"{r.scan.seconds:.1f} s / {r.floor.seconds:.1f} s = **{ratio:.2f}×** "
        f"({_ok(ratio, TARGETS['scan_ratio'])})"
    )


def _scan_cpu(r: SizeResult) -> str:
    ratio = r.scan.cpu_seconds / r.floor.cpu_seconds
    return f"{r.scan.cpu_seconds:.1f} s / {r.floor.cpu_seconds:.1f} s = {ratio:.2f}×"


def _scan_bytes(r: SizeResult) -> str:
    return f"{_mb(r.scan.counts.from_server)} / {_mb(r.floor.counts.from_server)}"


def _scan_rss(r: SizeResult) -> str:
    return f"{r.scan.max_rss_mb:.0f} MB / {r.floor.max_rss_mb:.0f} MB"


def _poll(r: SizeResult) -> str:
    cycle = r.poll["cycle"]
    return f"{cycle['round_trips']:g} ({_commands(cycle['commands'])}); {_ms(cycle)}"


def dump(results: list[SizeResult], understanding: str, command: str) -> str:
    """Everything measured, as JSON: the report can be written again without measuring."""
    return json.dumps(
        {
            "results": [_plain(r) for r in results],
            "understanding": understanding,
            "command": command,
            "machine": machine(),
            "written": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        },
        default=str,
        indent=1,
    )


def _plain(r: SizeResult) -> dict[str, Any]:
    out = asdict(r)
    out["build"]["kinds"] = dict(r.build.kinds)  # asdict turns a Counter's items into keys
    return out


def load(text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(text)
    data["results"] = [_size_result(r) for r in data["results"]]
    return data


def _size_result(d: dict[str, Any]) -> SizeResult:
    build = Stats(**{**d["build"], "kinds": Counter(d["build"]["kinds"])})
    floor, scan = (Run(**{**d[k], "counts": Counts(**d[k]["counts"])}) for k in ("floor", "scan"))
    profile = Path(d["profile"]) if d.get("profile") else None
    return SizeResult(d["n"], build, floor, scan, d["poll"], d["arrival"], profile)


def markdown(
    results: list[SizeResult],
    understanding: str,
    command: str,
    notes: list[str],
    on: str | None = None,
    written: str | None = None,
) -> str:
    written = written or time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    parts = [
        "# Benchmark results (`make bench`, issue 8)",
        "",
        f"Written by `bench/run.py` on {written}.",
        "",
        f"Measured with `{command}` on {on or machine()}. Every client reaches Dovecot through a "
        "counting TCP proxy on loopback (bytes and IMAP commands); peak RSS is each process's "
        "own (`wait4`); the idle service's RSS is `VmRSS` from `/proc` after an invitation "
        "arrived through IDLE and was understood (so the spaCy pipeline is loaded).",
        "",
        summary(results),
        "",
        "All the figures:",
        "",
        table(results),
        "",
        "### Understanding throughput (bench/understand_bench.py)",
        "",
        "```",
        understanding.strip(),
        "```",
        "",
    ]
    if notes:
        parts += [*notes, ""]
    for r in results:
        if r.profile and r.profile.exists():
            parts += [
                f"### Profile of the initial scan, N = {r.n:,} (pyinstrument, top frames)",
                "",
                f"Full report: `bench/profiles/{r.profile.name}`.",
                "",
                "```",
                top_frames(r.profile),
                "```",
                "",
            ]
    return "\n".join(parts)
