"""Draft -> a proper RFC 5322 message (text/plain, UTF-8), rendered in the sandbox and
proofread. Header values are built from record data with every control character removed,
so no CR/LF from an email can start a header of its own.
"""

from __future__ import annotations

import email.policy
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

from .model import Draft, Me, Person
from .rules.load import RuleSet
from .rules.proofread import proofread
from .rules.templates import one_line, render

DOMAIN = "followup.invalid"
POLICY = email.policy.SMTP.clone(max_line_length=78)


@dataclass(frozen=True)
class Composed:
    data: bytes
    message_id: str
    problems: tuple[str, ...] = ()
    body: str = ""


def message_id_for(key: str) -> str:
    safe = "".join(ch for ch in key if ch.isalnum() or ch in "-_.")
    return f"<followup-{safe}@{DOMAIN}>"


class Composer:
    def __init__(self, rules: RuleSet, me: Me) -> None:
        self.rules = rules
        self.me = me

    def compose(self, draft: Draft, now: datetime) -> Composed:
        body, problems = self._body(draft)
        problems = [*problems, *proofread(body, draft)]
        msg = self._headers(draft, now)
        msg.set_content(body, charset="utf-8", cte=_cte(body))
        data = msg.as_bytes(policy=POLICY)
        return Composed(data, message_id_for(draft.key), tuple(problems), body)

    def _headers(self, draft: Draft, now: datetime) -> EmailMessage:
        """Every header value is one line of record data: no CR/LF can start another."""
        msg = EmailMessage(policy=POLICY)
        msg["From"] = _address(Person(self.me.name, self.me.email))
        if draft.to:
            msg["To"] = ", ".join(_address(p) for p in draft.to)
        if draft.cc:
            msg["Cc"] = ", ".join(_address(p) for p in draft.cc)
        msg["Subject"] = _header_text(draft.subject)
        msg["Date"] = format_datetime(now.astimezone(_tz(self.me.timezone)))
        msg["Message-ID"] = message_id_for(draft.key)
        _thread_headers(msg, draft)
        msg["X-Followup-Key"] = one_line(draft.key)
        msg["X-Followup-Rule"] = one_line(draft.rule)
        return msg

    def _body(self, draft: Draft) -> tuple[str, list[str]]:
        rule = self.rules.get(draft.rule)
        if rule is None:
            problem = f"rule {draft.rule!r} is not loaded"
            return f"[[{problem}. Write this draft yourself.]]\n", [problem]
        try:
            return render(rule.body, draft.context), []
        except Exception as err:  # a user's template is user code: report, never crash
            problem = f"template {rule.template_display} failed: {one_line(str(err), 200)}"
            return f"[[{problem}. Write this draft yourself.]]\n", [problem]


def _cte(body: str) -> str:
    """8bit keeps the draft readable in any client's source view; quoted-printable only
    when a line is too long for SMTP."""
    return "8bit" if all(len(line) < 990 for line in body.splitlines()) else "quoted-printable"


def _header_text(text: str) -> str:
    """One line, and no RFC 2047 encoded-word a client would decode into something else."""
    return one_line(text, 998).replace("=?", "= ?")


def _address(person: Person) -> str:
    name = _header_text(person.name or "")
    addr = one_line(person.email or "").replace(" ", "")
    return formataddr((name, addr)) if addr else name


def _thread_headers(msg: EmailMessage, draft: Draft) -> None:
    ids = [_msgid(i) for i in draft.references]
    ids = [i for i in ids if i]
    reply = _msgid(draft.in_reply_to or "")
    if reply:
        msg["In-Reply-To"] = reply
        if reply not in ids:
            ids.append(reply)
    if ids:
        msg["References"] = " ".join(_dedupe(ids))


def _msgid(text: str) -> str:
    """`<local@domain>` with nothing that could break the header."""
    core = one_line(text).strip().strip("<>").replace(" ", "")
    core = "".join(ch for ch in core if ch not in '<>()[]\\,;:"')
    return f"<{core}>" if "@" in core else ""


def _dedupe(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _tz(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError):
        return ZoneInfo("UTC")
