"""Calling Google APIs (Calendar v3, Gmail v1) safely: our own retries, for reads only.

googleapiclient's `execute(num_retries=N)` retries *any* method after a timeout, and a
retried POST was seen to create a second draft. So every call here runs with
`num_retries=0`; `read` retries 429, 5xx and network faults with exponential backoff, fully
jittered (so clients refused together do not all come back together) unless Google says
when in Retry-After; the sleep and the random source are injected, so tests never wait.
`write` never retries: the caller looks before it creates again."""

from __future__ import annotations

import json
import logging
import math
import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httplib2

from ..errors import SourceError

log = logging.getLogger(__name__)

Sleep = Callable[[float], None]
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
NETWORK = (OSError, httplib2.HttpLib2Error)  # timeouts, refused, reset, TLS, DNS
RETRIES = 5  # backoff pauses before the parts a batch keeps refusing are read alone
BATCH = 50  # requests per batch: Gmail allows 100, and advises fewer against rate limits
REAUTH = "Google refused the saved sign-in; run `followup auth google` again"
MAX_RETRY_AFTER = 120.0  # seconds: a longer wait is the loop's backoff, not one read's
_RANDOM = random.Random()  # the jitter's default source; tests pass their own


class Uncertain(Exception):  # noqa: N818 - it is an outcome, not a failure
    """A write whose outcome is unknown (timeout, connection lost, 5xx): it may have been
    stored. The caller must look before trying again."""


def build_service(api: str, version: str, http: Any) -> Any:
    """A client from the discovery document shipped in the package: no discovery request."""
    from googleapiclient.discovery import build

    return build(api, version, http=http, static_discovery=True, cache_discovery=False)


def authorized_http(credentials: Any, timeout: float = 60.0) -> Any:
    """An httplib2 client that adds the token and refreshes it once on a 401."""
    import google_auth_httplib2  # type: ignore[import-untyped]

    return google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=timeout))


def status_of(err: BaseException) -> int | None:
    """The HTTP status of a googleapiclient HttpError, else None."""
    resp = getattr(err, "resp", None)
    status = getattr(resp, "status", None)
    return int(status) if status is not None else None


def read(
    source: str,
    request: Any,
    sleep: Sleep,
    retries: int = 5,
    rng: random.Random | None = None,
) -> Any:
    """Execute a read, retrying transient faults; HttpErrors the caller may want to handle
    (404, 410, ...) are raised as they are."""
    from googleapiclient.errors import HttpError

    for attempt in range(retries + 1):
        try:
            return _execute(source, request)
        except HttpError as err:
            if not _retryable(err) or attempt == retries:
                raise
            delay = pause(attempt, rng, retry_after(err))
            log.info("%s: HTTP %s, retrying in %.1fs", source, status_of(err), delay)
        except NETWORK as err:
            if attempt == retries:
                raise SourceError(source, f"Google did not answer: {type(err).__name__}") from None
            delay = pause(attempt, rng)
            log.info("%s: %s, retrying in %.1fs", source, type(err).__name__, delay)
        sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def read_many(
    source: str,
    new_batch: Callable[..., Any],
    make: Callable[[str], Any],
    ids: Sequence[str],
    sleep: Sleep,
    *,
    size: int = BATCH,
    rng: random.Random | None = None,
) -> dict[str, Any]:
    """`make(id)` for every id, `size` requests per HTTP round trip (a batch request);
    id -> the answer, or None when it is gone (404). Parts refused for the rate (429) or a
    fault (5xx, a failed batch) go into a later batch after a backoff pause, so a long first
    sync slows down instead of failing; after `RETRIES` pauses they are read alone, with
    `read`'s own retries and errors."""
    results: dict[str, Any] = {}
    pending, pauses = list(ids), 0
    while pending:
        chunk, pending = pending[:size], pending[size:]
        failed, wait = _one_batch(source, new_batch, make, chunk, results)
        if not failed:
            continue
        if pauses == RETRIES:
            _read_alone(source, make, failed, sleep, results, rng=rng)
            continue
        delay = pause(pauses, rng, wait)
        log.info("%s: %d reads refused, again in %.1fs", source, len(failed), delay)
        sleep(delay)
        pauses += 1
        pending = failed + pending
    return results


def _one_batch(
    source: str,
    new_batch: Callable[..., Any],
    make: Callable[[str], Any],
    chunk: list[str],
    results: dict[str, Any],
) -> tuple[list[str], float | None]:
    """One batch request; fills `results`, returns the ids to try again and the longest
    Retry-After Google gave for them."""
    from googleapiclient.errors import HttpError

    failed: list[str] = []
    waits: list[float] = []

    def done(request_id: str, response: Any, exception: BaseException | None) -> None:
        if exception is None or status_of(exception) == 404:
            results[request_id] = response if exception is None else None
            return
        failed.append(request_id)
        wait = retry_after(exception)
        if wait is not None:
            waits.append(wait)

    batch = new_batch(callback=done)
    for request_id in chunk:
        batch.add(make(request_id), request_id=request_id)
    try:
        _guarded(source, batch.execute)  # no library retries here either
    except (HttpError, ValueError, *NETWORK) as err:  # BatchError is an HttpError
        log.info("%s: a batch request failed (%s)", source, _brief(err))
        return [i for i in chunk if i not in results], retry_after(err)
    return failed, max(waits, default=None)


def _read_alone(
    source: str,
    make: Callable[[str], Any],
    ids: list[str],
    sleep: Sleep,
    results: dict[str, Any],
    *,
    rng: random.Random | None,
) -> None:
    from googleapiclient.errors import HttpError

    for request_id in ids:
        try:
            results[request_id] = read(source, make(request_id), sleep, rng=rng)
        except HttpError as err:
            if status_of(err) != 404:
                raise
            results[request_id] = None


def write(source: str, request: Any) -> Any:
    """Execute a create exactly once. Unknown outcomes raise `Uncertain`."""
    from googleapiclient.errors import HttpError

    try:
        return _execute(source, request)
    except HttpError as err:
        status = status_of(err) or 0
        if status >= 500 or status == 429:
            raise Uncertain(f"HTTP {status}") from None
        raise
    except NETWORK as err:
        raise Uncertain(type(err).__name__) from None


def _execute(source: str, request: Any) -> Any:
    return _guarded(source, lambda: request.execute(num_retries=0))


def _guarded(source: str, run: Callable[[], Any]) -> Any:
    from google.auth.exceptions import RefreshError, TransportError

    try:
        return run()
    except RefreshError as err:
        if "invalid_grant" in str(err) or "invalid_client" in str(err):
            raise SourceError(source, REAUTH, transient=False) from None
        raise SourceError(source, f"could not refresh the Google token: {_brief(err)}") from None
    except TransportError as err:
        raise TimeoutError(str(err)) from None


def backoff(attempt: int) -> float:
    """The ceiling of a pause: 1, 2, 4, 8... seconds, at most a minute."""
    return float(min(60, 2**attempt))


def pause(attempt: int, rng: random.Random | None = None, told: float | None = None) -> float:
    """How long to wait before trying again: what Google said (Retry-After), else a random
    time up to the backoff ceiling ("full jitter"), so that every client refused at one
    moment (a quota reset, a server restart) does not come back at the same moment."""
    if told is not None:
        return told
    return (rng or _RANDOM).uniform(0.0, backoff(attempt))


def _retryable(err: Any) -> bool:
    status = status_of(err)
    if status in RETRY_STATUS:
        return True
    return status == 403 and bool(RATE_REASONS & set(_reasons(err)))


def _reasons(err: Any) -> list[str]:
    try:
        body = json.loads(err.content.decode())
        return [str(e.get("reason")) for e in body["error"].get("errors", [])]
    except (ValueError, KeyError, AttributeError, TypeError):
        return []


def retry_after(err: Any, now: datetime | None = None) -> float | None:
    """Seconds from an answer's Retry-After (a number, or an HTTP date), at most
    `MAX_RETRY_AFTER`; None when there is none or it makes no sense."""
    value = getattr(getattr(err, "resp", None), "get", lambda _k: None)("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(str(value))
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            return None
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(MAX_RETRY_AFTER, max(0.0, seconds)) if math.isfinite(seconds) else None


def _brief(err: Exception) -> str:
    return str(err).splitlines()[0][:200] if str(err) else type(err).__name__


def http_problem(source: str, err: Exception) -> SourceError:
    """An HttpError the caller did not handle, as one line for `status`."""
    status = status_of(err)
    if status == 401:
        return SourceError(source, REAUTH, transient=False)
    if status == 403:
        return SourceError(
            source,
            "Google denied access (is the API enabled and the scope "
            "granted? run `followup auth google`)",
            transient=False,
        )
    return SourceError(source, f"Google API error HTTP {status}", transient=True)
