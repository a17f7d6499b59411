"""Panels written as tables: Outlook's HTML cells that wrap each value in <p>, a title under
the name with <br>, cells left unclosed, Markdown tables with a rule under the header row,
plain-text rows the unwrapper must not join, and "Panel member" / "S/N | NAME" headers."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from followup.model import Email
from followup.understand.html import html_to_text
from followup.understand.layout import unwrap
from followup.understand.parse import parse
from followup.understand.pipeline import Understander
from followup.understand.zones import zone
from understand_mail import email

SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"
WRITER = "Camila Reyes <camila.reyes@brightwave.example>"
SIGN = "\n\nBest,\nCamila Reyes\nTalent Partner, Brightwave"
WHEN = "Tuesday, March 10 at 2:00 PM CT"


def _names(understander: Understander, body: str) -> list[str]:
    message = email(body, subject="Interview - Data Engineer", sender=WRITER, to=TO, date=SENT)
    return sorted(p.name or "" for p in understander.facts(message).interviewers)


def _html_only(html: str) -> Email:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = WRITER, TO, "Interview - Data Engineer"
    msg["Date"] = format_datetime(SENT)
    msg.set_content(html, subtype="html")
    return parse(msg.as_bytes())


def test_outlook_cells_are_read_one_cell_each() -> None:
    html = (
        "<table><tr><td><p class=MsoNormal><b>Panel member</b></p></td>"
        "<td><p class=MsoNormal>Position</p></td></tr>"
        "<tr><td><p class=MsoNormal>Professor Ada Quist (Chair)</p></td>"
        "<td><p class=MsoNormal>Dean of Science</p></td></tr></table>"
    )
    assert (
        html_to_text(html)
        == "Panel member | Position\nProfessor Ada Quist (Chair) | Dean of Science"
    )


def test_gmail_and_outlook_lines_are_lines() -> None:
    """Gmail writes "<div>line</div>" with "<div><br></div>" for a blank line, Outlook
    "<p class=MsoNormal>" with "<p>&nbsp;</p>": one line each, not a paragraph each."""
    gmail = "<div dir=ltr><div>Hi Jordan,</div><div><br></div><div>Interviewers:</div><div>Jane Doe</div><div>Bob Lee</div></div>"
    outlook = "".join(
        f"<p class=MsoNormal>{line}</p>"
        for line in ("Hi Jordan,", "&nbsp;", "Interviewers:", "Jane Doe", "Bob Lee")
    )
    want = "Hi Jordan,\n\nInterviewers:\nJane Doe\nBob Lee"
    assert html_to_text(gmail) == want
    assert html_to_text(outlook) == want
    assert html_to_text("<p>Hi Jordan,</p><p>See you then.</p>") == "Hi Jordan,\n\nSee you then."


def test_a_title_under_the_name_stays_in_its_cell() -> None:
    html = "<table><tr><td>10:00</td><td>Portfolio</td><td>Ines Duarte<br>Design Director</td></tr></table>"
    assert html_to_text(html) == "10:00 | Portfolio | Ines Duarte · Design Director"


def test_unclosed_cells_and_layout_cells() -> None:
    assert html_to_text("<table><tr><td>a<td>b<tr><td>c<td>d</table>") == "a | b\nc | d"
    layout = (
        "<table><tr><td><p>Hello Jordan,</p><p>We would like to invite you to an interview for "
        "the analyst role; the details of the day follow below in the table.</p>"
        "<table><tr><td>Date</td><td>Monday</td></tr></table></td></tr></table>"
    )
    text = html_to_text(layout)
    assert "Hello Jordan,\n\nWe would like" in text  # a layout cell keeps its paragraphs
    assert "Date | Monday" in text


def test_table_rows_are_not_joined_by_the_unwrapper() -> None:
    text = (
        "Your interview is on Tuesday, March 10 at 2 PM.\n\n"
        "Time | Interviewer | Focus\n"
        "2:00 | Ines Duarte | Hiring manager\n2:45 | Tom Hardy | Coding"
    )
    assert unwrap(text) == text


HTML_PANEL = (
    "<p>Dear Jordan,</p><p>You are invited to a panel interview on Tuesday, 10 March 2026 at "
    "2:00 PM CT. The panel will comprise of:</p><table>"
    "<tr><td><p>S/N</p></td><td><p>NAME</p></td><td><p>DESIGNATION</p></td></tr>"
    "<tr><td><p>1</p></td><td><p>Mrs. Funmi Adeyemi-Cole</p></td><td><p>Head, Operations</p></td></tr>"
    "<tr><td><p>2</p></td><td><p>Mr. Tunde Bakare</p></td><td><p>Head, Risk</p></td></tr>"
    "</table><p>Best regards,</p><p>Camila Reyes</p><p>Talent Partner</p>"
)


def test_an_html_only_panel_table(understander: Understander) -> None:
    facts = understander.facts(_html_only(HTML_PANEL))
    assert sorted(p.name or "" for p in facts.interviewers) == [
        "Funmi Adeyemi-Cole",
        "Tunde Bakare",
    ]
    assert {p.title for p in facts.interviewers} == {"Head, Operations", "Head, Risk"}


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            f"Hi Jordan,\n\nYour interview is on {WHEN}.\n\n| Time | Interviewer | Focus |\n"
            "|---|---|---|\n| 2:00 | Ines Duarte | Hiring manager |\n| 2:45 | Tom Hardy | Coding |"
            + SIGN,
            ["Ines Duarte", "Tom Hardy"],
        ),
        (
            f"Hi Jordan,\n\nYour interview is on {WHEN}.\n\nTime | Interviewer | Focus\n---|---|---\n"
            "2:00 | Ines Duarte | Hiring manager\n2:45 | Tom Hardy | Coding" + SIGN,
            ["Ines Duarte", "Tom Hardy"],
        ),
    ],
    ids=["markdown-table", "plain-table-with-rule"],
)
def test_panels_in_text_tables(understander: Understander, body: str, names: list[str]) -> None:
    assert _names(understander, body) == names
