"""Offline Google APIs: the package's static discovery documents, and an httplib2 stand-in
that answers from a script, can raise (a timeout), and records every request."""

from __future__ import annotations

import json
import random
from typing import Any

import google_auth_httplib2
from followup.auth import SCOPES
from followup.calendars.google_http import build_service
from google.oauth2.credentials import Credentials
from googleapiclient.http import HttpMockSequence

TOKEN_URI = "https://oauth2.googleapis.com/token"


def ok(body: dict[str, Any]) -> tuple[dict[str, str], str]:
    return {"status": "200"}, json.dumps(body)


def error(status: int, reason: str = "backendError", **headers: str) -> tuple[dict[str, str], str]:
    body = {"error": {"code": status, "message": reason, "errors": [{"reason": reason}]}}
    return {"status": str(status), **headers}, json.dumps(body)


def refreshed(token: str = "new-token") -> tuple[dict[str, str], str]:
    return ok({"access_token": token, "expires_in": 3600, "token_type": "Bearer"})


class Script(HttpMockSequence):  # type: ignore[misc]
    """HttpMockSequence that raises an exception found in the script (a timeout after the
    server stored the request), still recording the request first."""

    def request(
        self,
        uri: str,
        method: str = "GET",
        body: Any = None,
        headers: Any = None,
        redirections: int = 1,
        connection_type: Any = None,
    ) -> Any:
        if self._iterable and isinstance(self._iterable[0], BaseException):
            self.request_sequence.append((uri, method, body, headers))
            raise self._iterable.pop(0)
        return super().request(uri, method, body, headers, redirections, connection_type)

    @property
    def calls(self) -> list[tuple[str, str]]:
        """(method, path without host and query) of every request made."""
        out = []
        for uri, method, _body, _headers in self.request_sequence:
            path = uri.split("?", 1)[0].split("googleapis.com", 1)[-1]
            out.append((method, path))
        return out

    @property
    def left(self) -> int:
        return len(self._iterable)


def credentials(token: str = "old-token") -> Credentials:
    return Credentials(
        token=token,
        refresh_token="refresh",
        token_uri=TOKEN_URI,
        client_id="client",
        client_secret="secret",
        scopes=list(SCOPES),
    )


def service(api: str, version: str, script: Script, creds: Credentials | None = None) -> Any:
    http = google_auth_httplib2.AuthorizedHttp(creds or credentials(), http=script)
    return build_service(api, version, http)


class Sleeps(list[float]):
    """An injected sleep that only remembers how long it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class Ceiling(random.Random):
    """The retries' jitter at its top: each pause is the backoff's ceiling (1, 2, 4... s),
    so a test can name the pauses (test_google_retry_jitter.py checks the jitter itself)."""

    def uniform(self, a: float, b: float) -> float:
        return b
