"""The benchmark mailbox: N messages (about 2% hiring mail, 1% in Sent, the rest noise) written
straight into the test user's Maildir before Dovecot first opens it (Dovecot indexes a Maildir
on first access: `index()` does that on purpose so neither measured client pays for it)."""

from __future__ import annotations

import os
import random
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hiring import Application
from mime import Blobs, Built, render
from noise import noise, sent

NOW = datetime(2026, 11, 16, 15, 0, tzinfo=UTC)  # `--now` of every run: reproducible plans
HIRING_SHARE = 0.02
SENT_SHARE = 0.01
SPAN = timedelta(days=730)  # two years of mail


@dataclass
class Item:
    folder: str  # "" for INBOX, ".Sent" for Sent (Maildir++ on disk)
    when: datetime
    message: Built


@dataclass
class Stats:
    total: int = 0
    bytes: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    index_seconds: float = 0.0

    @property
    def hiring(self) -> int:
        return sum(v for k, v in self.kinds.items() if k not in {"other", "sent"})


def hiring_mail(rng: random.Random, count: int) -> list[Item]:
    out: list[Item] = []
    index = 0
    while len(out) < count:
        start = NOW - timedelta(days=rng.uniform(20, SPAN.days - 60))
        for message in Application(rng, index, start).messages():
            when = _date_of(message)
            if when < NOW - timedelta(hours=1) and len(out) < count:
                out.append(Item("", when, message))
        index += 1
    return out


def _date_of(message: Built) -> datetime:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(message.head["Date"])


def messages(n: int, seed: int = 8) -> Iterator[Item]:
    """All N messages, in no particular order (Maildir order is the file names')."""
    rng = random.Random(seed)
    blobs = Blobs()
    yield from hiring_mail(rng, round(n * HIRING_SHARE))
    n_sent = round(n * SENT_SHARE)
    rest = n - round(n * HIRING_SHARE)
    for i in range(rest):
        when = NOW - timedelta(seconds=rng.uniform(3600, SPAN.total_seconds()))
        mid = f"<n{i}.{rng.randrange(10**9)}@bench.example>"
        if i < n_sent:
            yield Item(".Sent", when, sent(rng, when, mid))
        else:
            yield Item("", when, noise(rng, when, mid, blobs))


def write_maildir(maildir: Path, n: int, seed: int = 8) -> Stats:
    """Write N messages as Maildir files (mtime = Date: Dovecot's INTERNALDATE)."""
    started = time.perf_counter()
    stats = Stats()
    for sub in ("", ".Sent"):
        for leaf in ("cur", "new", "tmp"):
            (maildir / sub / leaf).mkdir(parents=True, exist_ok=True)
    for i, item in enumerate(messages(n, seed)):
        data = render(item.message)
        stamp = int(item.when.timestamp())
        seen = "S" if item.when < NOW - timedelta(days=3) else ""
        path = maildir / item.folder / "cur" / f"{stamp}.M{i}P1.bench,S={len(data)}:2,{seen}"
        path.write_bytes(data)
        os.utime(path, (stamp, stamp))
        stats.total += 1
        stats.bytes += len(data)
        stats.kinds["sent" if item.folder else (item.message.kind or "other")] += 1
    stats.seconds = time.perf_counter() - started
    return stats


def give_to(path: Path, uid: int, gid: int) -> None:
    """The mail files must belong to the mail user (root may not read mail as uid 0)."""
    subprocess.run(["chown", "-R", f"{uid}:{gid}", str(path)], check=True)


def hiring_sample(count: int, seed: int = 9) -> list[Built]:
    """A labelled sample for the understanding benchmark: hiring mail and noise, 1:3."""
    rng = random.Random(seed)
    blobs = Blobs(1024 * 1024)
    out = [b.message for b in hiring_mail(rng, count // 4)]
    while len(out) < count:
        when = NOW - timedelta(days=rng.uniform(1, 300))
        made = noise(rng, when, f"<s{len(out)}@bench.example>", blobs)
        if not made.part.headers.get("Content-Type", "").startswith("multipart/mixed"):
            out.append(made)
    return out
