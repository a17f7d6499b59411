"""The results as markdown: the machine, the command, one table side by side for every size,
the targets met or missed, and where a profile was taken, its top frames."""

from __future__ import annotations

import os
import platform
import re
import subprocess
import time
from pathlib import Path
from typing import Any

from measure import SizeResult

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
    return f"{n / 1e6:,.0f} MB"


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


def markdown(results: list[SizeResult], understanding: str, command: str, notes: list[str]) -> str:
    parts = [
        "# Benchmark results (`make bench`, issue 8)",
        "",
        f"Written by `bench/run.py` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "",
        f"Measured with `{command}` on {machine()}. Every client reaches Dovecot through a "
        "counting TCP proxy on loopback (bytes and IMAP commands); peak RSS is each process's "
        "own (`wait4`); the idle service's RSS is `VmRSS` from `/proc` after an invitation "
        "arrived through IDLE and was understood (so the spaCy pipeline is loaded).",
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
        parts += ["### What bounds it", "", *notes, ""]
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
