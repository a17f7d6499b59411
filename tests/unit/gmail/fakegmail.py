"""A stateful stand-in for the Gmail API behind googleapiclient (static discovery): enough
of users.getProfile, messages.list/get, history.list and drafts.list/create for whole
service cycles, with the user's own actions (send a draft, delete one) and a create that
times out after Gmail stored it. Any request outside that surface is recorded as `refused`
and answered 400, so a test can prove nothing sends, labels, trashes or deletes."""

from __future__ import annotations

import base64
import email
import email.policy
import json
import re
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httplib2

API = "/gmail/v1/users/me/"


@dataclass
class Stored:
    id: str
    thread: str
    labels: list[str]
    data: bytes
    history: int

    def header(self, name: str) -> str | None:
        value = BytesHeaderParser().parsebytes(self.data).get(name)
        return str(value).strip() if value is not None else None


@dataclass
class FakeGmail:
    account: str = "jordan.avery@gmail.com"
    messages: dict[str, Stored] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)  # draft id -> message id
    history: int = 1000
    requests: list[tuple[str, str]] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)  # "stored-then-timeout", "timeout"
    read_faults: list[int | BaseException] = field(default_factory=list)  # next GETs fail so
    tokens_issued: list[str] = field(default_factory=list)  # refreshes at the token endpoint
    batches: int = 0  # batch requests (each one HTTP round trip)
    metadata_reads: int = 0
    raw_reads: list[str] = field(default_factory=list)  # ids read whole (format=raw)
    full_reads: list[str] = field(default_factory=list)  # ids read as parts (format=full)
    attachment_reads: list[str] = field(default_factory=list)
    _next: int = 0

    # --- what the world and the user do ---------------------------------------------------

    def deliver(self, data: bytes, labels: tuple[str, ...] = ("INBOX",)) -> str:
        return self._store(data, list(labels), thread=None).id

    def user_sends(self, draft_id: str) -> None:
        message = self.messages[self.drafts.pop(draft_id)]
        message.labels = ["SENT"]
        message.history = self._tick()

    def user_deletes(self, draft_id: str) -> None:
        del self.messages[self.drafts.pop(draft_id)]
        self._tick()

    def draft_keys(self) -> list[str]:
        return sorted(self.messages[m].header("X-Followup-Key") or "" for m in self.drafts.values())

    # --- httplib2's interface -------------------------------------------------------------

    def request(
        self,
        uri: str,
        method: str = "GET",
        body: Any = None,
        headers: Any = None,
        redirections: int = 1,
        connection_type: Any = None,
    ) -> Any:
        del redirections, connection_type
        parts = urlsplit(uri)
        if parts.hostname == "oauth2.googleapis.com":
            self.tokens_issued.append(f"token-{len(self.tokens_issued) + 1}")
            return self._answer(200, {"access_token": self.tokens_issued[-1], "expires_in": 3600})
        if parts.path in ("/batch", "/batch/gmail/v1"):
            return self._batch(body, headers)
        path = parts.path.removeprefix(API)
        query = parse_qs(parts.query)
        self.requests.append((method, path))
        if method == "GET" and self.read_faults:
            fault = self.read_faults.pop(0)
            if isinstance(fault, BaseException):
                raise fault
            return self._answer(fault, {"error": {"code": fault, "message": "injected"}})
        handler = self._route(method, path)
        if handler is None:
            self.refused.append((method, path))
            return self._answer(400, {"error": {"code": 400, "message": "not in the fake"}})
        return handler(path, query, body)

    def _route(self, method: str, path: str) -> Any:
        routes = {
            ("GET", r"profile"): self._profile,
            ("GET", r"messages"): self._list,
            ("GET", r"messages/[^/]+"): self._get,
            ("GET", r"messages/[^/]+/attachments/[^/]+"): self._attachment,
            ("GET", r"history"): self._history,
            ("GET", r"drafts"): self._drafts,
            ("POST", r"drafts"): self._create,
        }
        for (verb, pattern), handler in routes.items():
            if verb == method and re.fullmatch(pattern, path):
                return handler
        return None

    def _profile(self, *_: Any) -> Any:
        return self._answer(200, {"emailAddress": self.account, "historyId": str(self.history)})

    def _list(self, _path: str, query: dict[str, list[str]], _body: Any) -> Any:
        q = query.get("q", [""])[0]
        found = list(self.messages.values())
        wanted_id = re.search(r"rfc822msgid:(\S+)", q)
        if wanted_id:
            found = [m for m in found if (m.header("Message-ID") or "").strip("<>") == wanted_id[1]]
        if "labelIds" in query:
            found = [m for m in found if set(query["labelIds"]) <= set(m.labels)]
        if "-in:sent" in q:
            found = [m for m in found if not {"SENT", "DRAFT"} & set(m.labels)]
        found.sort(key=lambda m: m.history, reverse=True)  # newest first, like Gmail
        return self._answer(200, {"messages": [{"id": m.id, "threadId": m.thread} for m in found]})

    def _get(self, path: str, query: dict[str, list[str]], _body: Any) -> Any:
        message = self.messages.get(path.rsplit("/", 1)[1])
        if message is None:
            return self._answer(404, {"error": {"code": 404, "message": "Not Found"}})
        if query.get("format") == ["full"]:
            self.full_reads.append(message.id)
            parsed = email.message_from_bytes(message.data, policy=email.policy.compat32)
            payload = _payload(parsed, None, message.id)
            return self._answer(200, {"id": message.id, "payload": payload})
        if query.get("format") == ["raw"]:
            self.raw_reads.append(message.id)
            raw = base64.urlsafe_b64encode(message.data).decode()
            return self._answer(200, {"id": message.id, "threadId": message.thread, "raw": raw})
        names = [n.lower() for n in query.get("metadataHeaders", [])]
        head = BytesHeaderParser().parsebytes(message.data)
        headers = [
            {"name": n, "value": str(v)} for n, v in head.items() if not names or n.lower() in names
        ]
        self.metadata_reads += 1
        answer = {
            "id": message.id,
            "sizeEstimate": len(message.data),
            "payload": {"headers": headers},
        }
        return self._answer(200, answer)

    def _batch(self, body: Any, headers: Any) -> Any:
        """A batch request (multipart/mixed of HTTP requests): each part is answered as if
        it came alone, in one multipart answer."""
        self.batches += 1
        boundary = re.search(r'boundary="?([^";]+)', headers["content-type"])
        assert boundary is not None
        out = []
        for part in body.split(
            f"--{boundary[1]}".encode() if isinstance(body, bytes) else f"--{boundary[1]}"
        ):
            text = part.decode() if isinstance(part, bytes) else part
            found = re.search(r"Content-ID: <([^>]+)>.*?\r?\n\r?\n(GET|POST) (\S+)", text, re.S)
            if found is None:
                continue
            content_id, method, uri = found.groups()
            resp, content = self.request("https://gmail.googleapis.com" + uri, method)
            out.append(
                f"--END\r\nContent-Type: application/http\r\n"
                f"Content-ID: <response-{content_id}>\r\n\r\n"
                f"HTTP/1.1 {resp.status} X\r\nContent-Type: application/json\r\n\r\n"
                f"{content.decode()}\r\n"
            )
        answer = httplib2.Response(
            {"status": "200", "content-type": "multipart/mixed; boundary=END"}
        )
        return answer, ("".join(out) + "--END--\r\n").encode()

    def _attachment(self, path: str, _query: Any, _body: Any) -> Any:
        """Attachment ids here are "<message id>.<part number>"."""
        message_id, part = path.rsplit("/", 1)[1].split(".")
        msg = email.message_from_bytes(self.messages[message_id].data, policy=email.policy.compat32)
        leaf = [p for p in msg.walk() if not p.is_multipart()][int(part)]
        self.attachment_reads.append(path.rsplit("/", 1)[1])
        data = base64.urlsafe_b64encode(leaf.get_payload(decode=True)).decode()
        return self._answer(200, {"data": data, "size": len(data)})

    def _history(self, _path: str, query: dict[str, list[str]], _body: Any) -> Any:
        start = int(query["startHistoryId"][0])
        added = [
            {
                "id": str(m.history),
                "messagesAdded": [
                    {"message": {"id": m.id, "threadId": m.thread, "labelIds": m.labels}}
                ],
            }
            for m in self.messages.values()
            if m.history > start
        ]
        return self._answer(200, {"history": added, "historyId": str(self.history)})

    def _drafts(self, *_: Any) -> Any:
        items = [
            {"id": d, "message": {"id": m, "threadId": self.messages[m].thread}}
            for d, m in self.drafts.items()
        ]
        return self._answer(200, {"drafts": items} if items else {})

    def _create(self, _path: str, _query: Any, body: Any) -> Any:
        fault = self.faults.pop(0) if self.faults else None
        if fault == "timeout":
            raise TimeoutError("timed out before Gmail stored it")
        message = json.loads(body)["message"]
        data = base64.urlsafe_b64decode(message["raw"])
        stored = self._store(data, ["DRAFT"], thread=message.get("threadId"))
        draft_id = f"r{stored.id}"
        self.drafts[draft_id] = stored.id
        if fault == "stored-then-timeout":
            raise TimeoutError("timed out after Gmail stored it")
        return self._answer(
            200, {"id": draft_id, "message": {"id": stored.id, "threadId": stored.thread}}
        )

    # --- plumbing -------------------------------------------------------------------------

    def _store(self, data: bytes, labels: list[str], thread: str | None) -> Stored:
        self._next += 1
        message_id = f"m{self._next}"
        stored = Stored(message_id, thread or f"t{self._next}", labels, data, self._tick())
        self.messages[message_id] = stored
        return stored

    def _tick(self) -> int:
        self.history += 1
        return self.history

    @staticmethod
    def _answer(status: int, body: dict[str, Any]) -> Any:
        return httplib2.Response({"status": str(status)}), json.dumps(body).encode()


def _payload(msg: Any, counter: list[int] | None = None, message_id: str = "") -> dict[str, Any]:
    """Gmail's format=full shape of a MIME tree: text parts inline, files by attachment id."""
    counter = counter if counter is not None else [0]
    headers = [{"name": k, "value": str(v)} for k, v in msg.items()]
    if msg.is_multipart():
        parts = [_payload(p, counter, message_id) for p in msg.get_payload()]
        return {"mimeType": msg.get_content_type(), "headers": headers, "parts": parts}
    index, counter[0] = counter[0], counter[0] + 1
    content = msg.get_payload(decode=True) or b""
    filename = msg.get_filename() or ""
    body: dict[str, Any] = {"size": len(content)}
    if filename:
        body["attachmentId"] = f"{message_id}.{index}"
    else:
        body["data"] = base64.urlsafe_b64encode(content).decode()
    return {
        "mimeType": msg.get_content_type(),
        "filename": filename,
        "headers": headers,
        "body": body,
    }
