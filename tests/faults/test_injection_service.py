"""Issue 9, item 3, through whole cycles of the service (tests/unit/rules/test_compose_safety.py
checks the composer alone): mail whose names, subjects and bodies carry Jinja syntax and
encoded CR/LF leads to drafts where all of it is plain text on one header line; a user's
template that reaches for Python internals is refused and the other rules run; a template
whose output outgrows the cap is cut off, and says so."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from followup.config import load_config
from followup.record import Record
from followup.service import CycleSummary, run_cycle

NOW = datetime.fromisoformat("2026-03-04T09:00:00-06:00")  # the day after the interview
JINJA = "{{ 7*7 }}{% for x in range(3) %}boom{% endfor %}{{ ''.__class__ }}"
EVALUATED = ("49", "boomboomboom", "<class")  # what the Jinja above renders to if it ran
CRLF_SUBJECT = "=?utf-8?Q?Documents_{{_7*7_}}=0D=0ABcc:_victim@evil.example?="
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    "UID:inj-1@acme.example\r\nDTSTAMP:20260301T150000Z\r\n"
    "DTSTART:20260303T150000Z\r\nDTEND:20260303T160000Z\r\n"
    "SUMMARY:Acme interview: Data Engineer {{ 7*7 }}\r\n"
    "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example\r\n"
    "ATTENDEE;CN=Jordan Avery:mailto:jordan@example.net\r\n"
    'ATTENDEE;CN="Ann {{ 7*7 }} Lee":mailto:ann@acme.example\r\n'
    'ATTENDEE;CN="Bo {% raw %}Chen":mailto:bo@acme.example\r\n'
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)
INVITATION = (
    "From: =?utf-8?Q?Rita_{{_7*7_}}=0D=0ABcc:_victim@evil.example?= <rita@acme.example>\r\n"
    "To: Jordan Avery <jordan@example.net>\r\n"
    "Subject: =?utf-8?Q?Interview_invitation_{{_7*7_}}=0D=0ABcc:_victim@evil.example?=\r\n"
    "Date: Sun, 01 Mar 2026 09:00:00 -0600\r\nMessage-ID: <inj-invite@acme.example>\r\n"
    'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="Z"\r\n\r\n'
    "--Z\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Hi Jordan, we would like to invite you to interview for the Data Engineer role at Acme "
    f"on March 3 at 9am CST with Ann Lee and Bo Chen. {JINJA}\r\n"
    "--Z\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
    f"{ICS}\r\n--Z--\r\n"
)
REQUEST = (
    "From: Rita Recruiter <rita@acme.example>\r\nTo: Jordan Avery <jordan@example.net>\r\n"
    f"Subject: {CRLF_SUBJECT}\r\nDate: Tue, 03 Mar 2026 17:00:00 -0600\r\n"
    "Message-ID: <inj-req@acme.example>\r\nIn-Reply-To: <inj-invite@acme.example>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    "Hi Jordan, thanks for today. Could you send us two references and a writing sample by "
    f"Friday? {JINJA}\r\n"
)
DRAFT_HEADERS = {
    "From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
    "X-Followup-Key", "X-Followup-Rule", "Content-Type", "Content-Transfer-Encoding",
    "MIME-Version",
}  # fmt: skip
USER_RULE = """\
version: 1
name: {name}
trigger: {{event: interview_ended}}
for_each: interviewer
draft: {{to: [target], subject: "Hello", template: {name}.txt}}
"""


def mailbox(home: Path, rules: dict[str, str] | None = None) -> Path:
    """The two messages in a Maildir; `rules`: a user rules folder (name -> template)."""
    mail = home / "Mail"
    for folder in ("", ".Drafts", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (mail / folder / sub).mkdir(parents=True)
    (mail / "cur" / "1.invite:2,S").write_bytes(INVITATION.encode())
    (mail / "cur" / "2.request:2,S").write_bytes(REQUEST.encode())
    rules_line = ""
    if rules:
        (home / "rules" / "templates").mkdir(parents=True)
        for name, template in rules.items():
            (home / "rules" / f"{name}.yaml").write_text(USER_RULE.format(name=name))
            (home / "rules" / "templates" / f"{name}.txt").write_text(template)
        rules_line = f"rules_dir: {home / 'rules'}\n"
    settings = home / "config.yaml"
    settings.write_text(
        "me: {name: Jordan Avery, email: jordan@example.net, timezone: America/Chicago}\n"
        f"mailboxes: [{{type: maildir, name: home, path: {mail}}}]\n"
        f"state_dir: {home / 'state'}\n{rules_line}"
    )
    return settings


def cycle(settings: Path, understander: Any) -> CycleSummary:
    config = load_config(settings)
    with Record.open(config.database) as record:
        return run_cycle(config, record, NOW, understander=understander)


def drafts(home: Path) -> list[email.message.EmailMessage]:
    return [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)  # type: ignore[misc]
        for p in sorted((home / "Mail" / ".Drafts" / "cur").iterdir())
    ]


def test_jinja_and_encoded_crlf_from_mail_are_plain_text_in_the_drafts(
    tmp_path: Path, stages: tuple[Any, Any], record_property: Callable[[str, object], None]
) -> None:
    record_property("hostile_inputs", 2)
    summary = cycle(mailbox(tmp_path), stages[0])
    made = drafts(tmp_path)

    assert not summary.failed and summary.placed == len(made) >= 3
    rules = sorted(str(d["X-Followup-Rule"]) for d in made)
    assert rules == ["info-request", "thank-you", "thank-you"]
    for draft in made:
        assert set(draft.keys()) <= DRAFT_HEADERS, draft.keys()
        assert all("\n" not in str(v) and "\r" not in str(v) for v in draft.values())
        text = draft.as_string()
        assert "victim@evil.example" not in str(draft["To"]) + str(draft.get("Cc", ""))
        assert not any(evaluated in text for evaluated in EVALUATED), text
    to = sorted(str(d["To"]) for d in made)
    assert "Ann {{ 7*7 }} Lee <ann@acme.example>" in to  # printed exactly as it came
    (reply,) = [d for d in made if d["X-Followup-Rule"] == "info-request"]
    assert str(reply["Subject"]) == "Re: Documents {{ 7*7 }} Bcc: victim@evil.example"


def test_a_user_template_reaching_for_python_internals_is_refused_the_rest_runs(
    tmp_path: Path, stages: tuple[Any, Any]
) -> None:
    escape = "{{ to.__class__.__mro__[1].__subclasses__() }}"
    summary = cycle(mailbox(tmp_path, {"escape": escape}), stages[0])
    made = drafts(tmp_path)

    assert any("escape" in p and "unsafe" in p for p in summary.problems), summary.problems
    assert "escape" not in {str(d["X-Followup-Rule"]) for d in made}
    assert len(made) == 3  # the shipped rules still ran
    assert not any("<class" in d.as_string() for d in made)


def test_template_output_over_the_cap_is_cut_off_and_said(
    tmp_path: Path, stages: tuple[Any, Any]
) -> None:
    """A user's template is user code: the draft it should have made says what failed (and
    `status` lists the problem) instead of carrying 20 000+ characters."""
    # 1500 of the sample name "Alex Kim" pass the load-time trial; the real, longer names
    # from the invitation outgrow the cap only when rendered
    bomb = "{% for i in range(1500) %}{{ to.name }}{% endfor %}"
    summary = cycle(mailbox(tmp_path, {"bomb": bomb}), stages[0])
    made = drafts(tmp_path)
    bombs = [d for d in made if d["X-Followup-Rule"] == "bomb"]

    assert not summary.failed and len(made) == 5 and len(bombs) == 2
    capped = "failed: template output longer than 20000 characters"
    assert sum(capped in p for p in summary.problems) == 2, summary.problems
    for draft in bombs:
        assert capped in draft.get_content() and len(draft.get_content()) < 1000
