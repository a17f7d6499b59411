"""Roles as small employers write them: in lower case in the text ("about the line cook
job"), a subject that is the job and the word "opening", and the trades' and callings' head
words ("Support Worker", "Legal Secretary"); "hiring manager" is never the role."""

from __future__ import annotations

import pytest
from followup.understand.roles import role
from understand_mail import email

TO = "Jordan Avery <jordan.avery@example.net>"


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        (
            "tomorrow",
            "hi! can you pop in at 3 to talk about the line cook job? cheers, Sal",
            "line cook",
        ),
        (
            "Re: your message",
            "Thanks for coming by. We'd love to offer you the delivery driver role, 3 days a week.",
            "delivery driver",
        ),
        ("Re: Van driver opening", "Hi, can you come by Friday at 8?", "Van driver"),
        (
            "Application received",
            "Thanks for applying for the Support Worker role with Brightside Care.",
            "Support Worker",
        ),
        (
            "References",
            "Before we go further with the Legal Secretary position, could you send two referees?",
            "Legal Secretary",
        ),
    ],
)
def test_roles_small_employers_write(subject: str, body: str, expected: str) -> None:
    assert role(email(body, subject=subject, to=TO)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "I think you'd be great for the right role here, let's chat.",
        "We'd like to have a chat about the job on Monday.",
        "Sorry, the hiring manager role on the panel changed.",
    ],
)
def test_no_role_from_words_with_no_job_in_them(body: str) -> None:
    assert role(email(body, subject="Hello", to=TO)) is None
