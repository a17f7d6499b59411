"""Whether the writer interviews: a recruiter's mail relayed by an ATS robot, "I'll call you
myself" in Portuguese, "me and Jan-Philipp Müller", a hiring manager's "looking forward to
meeting you"; and when not: thanks for an earlier call, joining only to make introductions,
"please confirm to me and I'll let them know", and "Name via Greenhouse" is no company."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

import pytest
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"
WHEN = "Tuesday, March 10 at 2:00 PM CT"

CASES = [
    (
        "ats-relays-the-recruiter",
        "Aoife Byrne <no-reply@hire.lever.co>",
        f"Hi Jordan,\n\nThanks for applying! Would {WHEN} suit you? It'd be a 30 minute call with me, nothing to prepare.\n\nTalk soon,\nAoife\n\nAoife Byrne\nSenior Talent Partner | Fernleaf",
        ["Aoife Byrne"],
    ),
    (
        "portuguese-recruiter-calls-herself",
        "Juliana Prado <juliana.prado@paranoa.example.com.br>",
        "Olá, Jordan!\n\nVi seu currículo e gostaria de conversar com você. Podemos fazer uma entrevista por telefone na terça-feira, 10/03, às 14h? Eu mesma te ligo.\n\nAbraços,\nJuliana Prado\nAnalista de Recrutamento",
        ["Juliana Prado"],
    ),
    (
        "me-and-a-colleague",
        "Katrin Vogt <katrin.vogt@nordlicht.example>",
        f"Hi Jordan,\n\nThursday works for us. So: {WHEN}, here at our office. It will be me and Jan-Philipp Müller from our platform team.\n\nBest,\nKatrin\n\n--\nDr. Katrin Vogt\nHead of Data Science",
        ["Jan-Philipp Müller", "Katrin Vogt"],
    ),
    (
        "hiring-manager-looks-forward",
        "Jane Whitfield <jane.whitfield@brightwave.example>",
        f"Hi Jordan,\n\nThanks for your interest in the team. Would {WHEN} work for a 45-minute conversation? Looking forward to meeting you.\n\nJane Whitfield\nEngineering Manager, Brightwave",
        ["Jane Whitfield"],
    ),
    (
        "one-of-your-interviewers",
        "Jane Whitfield <jane.whitfield@brightwave.example>",
        f"Hi Jordan,\n\nCamila set up our interview for {WHEN}. I'll be one of your interviewers, together with Marcus Oyelaran.\n\nJane Whitfield\nEngineering Manager, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
    ),
    (
        "thanks-for-an-earlier-call",
        "Keisha Morgan <kmorgan@peachtree.example>",
        f"Good afternoon Jordan,\n\nThank you again for speaking with me last Tuesday. The team would like to meet you in person on {WHEN}. You'll interview with our Controller, Denise Washington.\n\nBest regards,\n\nKeisha Morgan\nTalent Acquisition Specialist",
        ["Denise Washington"],
    ),
    (
        "joins-only-for-introductions",
        "Camila Reyes <camila.reyes@brightwave.example>",
        f"Hi Jordan,\n\nYour interview is set for {WHEN}. Ravi Menon will interview you; I'll be on the call briefly at the start to make introductions but won't take part.\n\nBest,\nCamila Reyes\nTalent Partner, Brightwave",
        ["Ravi Menon"],
    ),
    (
        "confirm-to-me-and-I-tell-the-client",
        "Lukas Brenner <l.brenner@talentbruecke.example>",
        f"Hi Jordan,\n\ngood news: the client would like to meet you on {WHEN}, with Wolfgang Schäfer (Leiter Entwicklung). Please confirm to me and I'll let them know.\n\nViele Grüße\nLukas",
        ["Wolfgang Schäfer"],
    ),
    (
        "an-initial-in-the-header",
        "Jane W. <jane.whitfield@brightwave.example>",
        f"Hi Jordan,\n\nAre you free {WHEN} for a 30-minute phone screen with me?\n\nBest,\nJane Whitfield\nTalent Partner, Brightwave",
        ["Jane Whitfield"],
    ),
    (
        "the-company-after-a-bar-in-the-header",
        "Jane Whitfield | Brightwave <jane.whitfield@brightwave.example>",
        f"Hi Jordan,\n\nAre you free {WHEN} for a 30-minute phone screen with me?\n\nBest,\nJane",
        ["Jane Whitfield"],
    ),
    (
        "a-person-via-an-ats",
        "Jane Whitfield via Greenhouse <no-reply@greenhouse.io>",
        f"Hi Jordan,\n\nI'd love to chat about the Data Engineer role. Does {WHEN} work for a call with me?\n\nJane",
        ["Jane Whitfield"],
    ),
]


@pytest.mark.parametrize(
    ("sender", "body", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_writer_interviews_or_not(
    understander: Understander, sender: str, body: str, names: list[str]
) -> None:
    message = email(body, subject="Interview", sender=sender, to=TO, date=SENT)
    facts = understander.facts(message)
    assert sorted(p.name or "" for p in facts.interviewers) == names
    assert facts.company != "Jane Whitfield"  # the person writing via an ATS is no employer
