"""Google API retries pause a random time up to the backoff ceiling ("full jitter"), so the
clients Google refused at one moment do not all come back at the same moment; a
Retry-After from Google (seconds or an HTTP date, on a whole answer or on one part of a
batch) is waited exactly instead. The random source is injected: tests never wait."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from fakegoogle import Script, Sleeps, error, ok, service
from followup.calendars.google import GoogleCalendar
from followup.calendars.google_http import backoff, pause, read, retry_after
from followup.mail.gmail import GmailMailbox
from followup.sources import may_be_hiring_headers
from googleapiclient.errors import HttpError
from httplib2 import Response

FAULTS = [error(429, "rateLimitExceeded"), error(503), error(500), error(502)]


def _calendar(script: Script, tmp_path: Path, sleeps: Sleeps, seed: int) -> GoogleCalendar:
    return GoogleCalendar(
        "gcal",
        service("calendar", "v3", script),
        state_file=tmp_path / f"s{seed}.json",
        sleep=sleeps,
        rng=random.Random(seed),
    )


def test_pauses_are_random_below_the_ceiling_and_differ_between_clients(tmp_path: Path) -> None:
    runs = []
    for seed in range(5):  # five clients refused together by the same outage
        sleeps = Sleeps()
        script = Script([*FAULTS, ok({"items": [], "nextSyncToken": "t"})])
        _calendar(script, tmp_path, sleeps, seed).events(
            datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
        )
        assert len(sleeps) == 4 and script.left == 0
        assert all(0 <= s <= backoff(n) for n, s in enumerate(sleeps)), sleeps
        runs.append(tuple(sleeps))
    assert len(set(runs)) == 5  # nobody comes back in step with another
    assert [backoff(n) for n in range(4)] not in [list(r) for r in runs]  # not the bare ceilings


def test_the_same_seed_gives_the_same_pauses() -> None:
    assert [pause(n, random.Random(3)) for n in range(6)] == [
        pause(n, random.Random(3)) for n in range(6)
    ]
    draws = [pause(8, random.Random(seed)) for seed in range(200)]
    assert max(draws) <= 60.0 and min(draws) < 10.0 < 50.0 < max(draws)  # spread up to a minute


def _refused(headers: dict[str, str]) -> HttpError:
    return HttpError(Response({"status": "429", **headers}), b"{}")


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    now = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=42), usegmt=True)
    assert retry_after(_refused({"retry-after": "7"}), now) == 7.0
    assert retry_after(_refused({"retry-after": later}), now) == 42.0
    assert retry_after(_refused({"retry-after": "3600"}), now) == 120.0  # capped
    assert retry_after(_refused({"retry-after": "Wed, 01 Jan 2020 00:00:00 GMT"}), now) == 0.0
    for nonsense in ("soon", "nan", "-inf", ""):
        assert retry_after(_refused({"retry-after": nonsense}), now) is None, nonsense
    assert retry_after(_refused({}), now) is None


def test_a_retry_after_date_is_waited_not_jittered(tmp_path: Path) -> None:
    sleeps = Sleeps()
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    script = Script(
        [
            error(503, **{"retry-after": when}),
            error(500),
            ok({"items": [], "nextSyncToken": "t"}),
        ]
    )
    request = service("calendar", "v3", script).events().list(calendarId="primary")
    read("gcal", request, sleeps, rng=random.Random(1))
    assert 25.0 <= sleeps[0] <= 30.0 and 0 <= sleeps[1] <= backoff(1)


def _batch(*parts: tuple[str, str, dict[str, str], str]) -> tuple[dict[str, str], str]:
    """A multipart batch answer: (request id, status, headers, body) per part."""
    out = "".join(
        f"--B\r\nContent-Type: application/http\r\nContent-ID: <response-x + {rid}>\r\n\r\n"
        f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
        + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        + f"\r\n{body}\r\n"
        for rid, status, headers, body in parts
    )
    return {"status": "200", "content-type": "multipart/mixed; boundary=B"}, out + "--B--\r\n"


def test_a_batch_part_refused_with_retry_after_waits_that_long() -> None:
    refused = '{"error": {"code": 429, "errors": [{"reason": "rateLimitExceeded"}]}}'
    fields = [
        ("From", "shop@x.com"),
        ("Subject", "Sale!"),
        ("List-Unsubscribe", "<https://x.com/u>"),
    ]
    listed = ", ".join(f'{{"name": "{k}", "value": "{v}"}}' for k, v in fields)
    headers = f'{{"id": "id1", "sizeEstimate": 900, "payload": {{"headers": [{listed}]}}}}'
    script = Script(
        [
            ok({"historyId": "5", "emailAddress": "me@x.com"}),
            ok({"messages": [{"id": "id1"}]}),
            _batch(("id1", "429 Too Many", {"Retry-After": "9"}, refused)),
            _batch(("id1", "200 OK", {}, headers)),
        ]
    )
    sleeps = Sleeps()
    box = GmailMailbox(
        "gmail",
        service("gmail", "v1", script),
        sleep=sleeps,
        prefilter=may_be_hiring_headers,
        rng=random.Random(1),
    )
    box.fetch_new("inbox", None)
    assert sleeps == [9.0] and script.left == 0
