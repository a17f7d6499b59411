"""What an info request asks for: the items an info-request reply lists."""

from __future__ import annotations

import pytest
from followup.understand.requested import asked_for


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Could you please send us a writing sample, a link to your GitHub profile, and the "
            "names of two professional references?",
            ("a writing sample", "a link to your GitHub profile",
             "the names of two professional references"),
        ),
        (
            "Please send over your portfolio and a copy of your transcript by Friday.",
            ("your portfolio", "a copy of your transcript"),
        ),
        (
            "Could you let me know your notice period and your salary expectations?",
            ("your notice period", "your salary expectations"),
        ),
        (  # commas inside parentheses and a list of nouns stay one item
            "Please answer a few questions (location, start date) using the link below. Could "
            "you send me the names, titles and contact details of three references?",
            ("a few questions (location, start date)",
             "the names, titles and contact details of three references"),
        ),
        (  # a list under a request line
            "To proceed, could you kindly send us:\n\n- a copy of your payslip\n"
            "- your notice period\n\nThanks!",
            ("a copy of your payslip", "your notice period"),
        ),
        (  # an aside stays with its item; a second request verb starts a new item
            "Please complete the consent form and provide two references, ideally a former "
            "manager.",
            ("the consent form", "two references, ideally a former manager"),
        ),
        ("Thanks for your time today. We will be in touch next week.", ()),
    ],
)  # fmt: skip
def test_items_asked_for(body: str, expected: tuple[str, ...]) -> None:
    assert asked_for(body) == expected


def test_items_are_capped_and_unique() -> None:
    many = ", ".join(f"a document number {n}" for n in range(20))
    found = asked_for(f"Please send a cv, a CV, {many}.")
    assert len(found) == 8 and found[0] == "a cv" and "a CV" not in found
