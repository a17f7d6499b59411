"""Mechanisms added after a second writer's mail showed where the first rules stopped:
table cells read as text, names in family-first order with particles, the writer listed on
their own panel, short replies read against the quoted invitation, the new time of a
reschedule chosen by the words before it, decision dates in other languages, job-alert
digests and press interviews that stay `other`."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from followup.model import Kind
from followup.understand.components import natural_name
from followup.understand.decision import decision_date
from followup.understand.lexicon import digest_veto
from followup.understand.pipeline import Understander
from followup.understand.zones import gmt_person, zone
from understand_mail import email

EASTERN = zone("America/New_York")
SENT = datetime(2026, 5, 6, 11, 40, tzinfo=EASTERN)


def names(facts) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in facts.interviewers)


def test_family_name_first_with_particles_reads_in_natural_order() -> None:
    assert natural_name("Berg, Pieter van der") == "Pieter van der Berg"
    assert natural_name("Venkataraman, Rajesh Kumar") == "Rajesh Kumar Venkataraman"
    assert natural_name("Jane Doe, Senior PM") == "Jane Doe, Senior PM"  # not a name pair
    assert natural_name("Smith, Jr.") == "Smith, Jr."


def test_a_table_cell_of_interviewers_without_a_colon(understander: Understander) -> None:
    facts = understander.facts(
        email(
            "Hi Hye-jin,\n\nYour interview for the Analytics Engineer position is scheduled.\n\n"
            "When Tuesday, May 12, 2026\n1:00 PM - 2:00 PM CDT\n\n"
            "Interviewers Okafor, Ngozi (Director of Analytics)\n"
            "Reyes, Daniel (Senior Data Engineer)\n\nJoin Zoom\n",
            subject="Interview scheduled - Analytics Engineer",
            sender="Lakeview Analytics via GoodTime <schedule@goodtime.example>",
            to="Hye-jin Cho <hyejin.cho@example.com>",
            date=SENT,
        )
    )
    assert facts.kind is Kind.INVITATION
    assert names(facts) == ["Daniel Reyes", "Ngozi Okafor"]
    assert facts.start == datetime(2026, 5, 12, 13, 0, tzinfo=zone("America/Chicago"))


def test_prose_panel_with_the_writer_and_a_bracketed_role(understander: Understander) -> None:
    facts = understander.facts(
        email(
            "Olivia,\n\nEnjoyed our call. Let's get you in front of the team. How about next "
            "Tuesday at 3? Plan on an hour with me and Tamika Rhodes (controller).\n\n"
            "Greg Mancini\nCFO, Harborpoint Capital\n",
            subject="Fund Accountant - next step",
            sender="Greg Mancini <gmancini@harborpoint.example>",
            to="Olivia Grant <olivia.grant@example.com>",
            date=datetime(2026, 3, 4, 17, 20, tzinfo=EASTERN),
        )
    )
    assert facts.kind is Kind.INVITATION
    assert names(facts) == ["Greg Mancini", "Tamika Rhodes"]
    assert facts.start is not None and facts.start.isoformat() == "2026-03-10T15:00:00-04:00"


def test_a_short_reply_cancels_the_quoted_interview(understander: Understander) -> None:
    body = (
        "Hi Ravi,\n\nreally sorry, I have to cancel tomorrow - family emergency.\n\nLena\n\n"
        "On Fri, May 22, 2026 at 9:14 AM Lena Hoffmann <lena@kieselstein.example> wrote:\n"
        "> Hi Ravi,\n> let's meet Thursday 28 May, 15:00-15:45 CEST for the interview.\n"
    )
    facts = understander.facts(
        email(
            body,
            subject="Re: Product Owner - interview Thursday",
            sender="Lena Hoffmann <lena@kieselstein.example>",
            to="Ravi Iyengar <ravi.iyengar@example.com>",
            date=datetime(2026, 5, 27, 20, 40, tzinfo=timezone(timedelta(hours=2))),
        )
    )
    assert facts.kind is Kind.CANCELLATION
    assert names(facts) == ["Lena Hoffmann"]
    assert facts.start is not None and facts.start.isoformat() == "2026-05-28T15:00:00+02:00"


def test_reschedule_takes_the_time_marked_new(understander: Understander) -> None:
    facts = understander.facts(
        email(
            "Hi Ethan,\n\nYour event has been rescheduled.\n\nFormer:\n"
            "9:00am - 9:45am, Friday, January 30, 2026 (Mountain Time - US & Canada)\n\n"
            "Updated:\n1:00pm - 1:45pm, Monday, February 2, 2026 (Mountain Time - US & Canada)"
            "\n\nHost:\nMarisol Vega\n",
            subject="Updated: Hiring Manager Interview with Marisol Vega",
            sender="Calendly <notifications@calendly.com>",
            to="Ethan Brooks <ethan.brooks@example.com>",
            date=datetime(2026, 1, 27, 23, 45, tzinfo=zone("UTC")),
        )
    )
    assert facts.kind is Kind.RESCHEDULE
    assert names(facts) == ["Marisol Vega"]
    assert facts.start is not None and facts.start.isoformat() == "2026-02-02T13:00:00-07:00"


def test_decision_dates_in_other_languages() -> None:
    wed = date(2026, 2, 11)
    german = "Wir werden Ihnen bis Ende nächster Woche eine Rückmeldung geben."
    assert decision_date(german, wed, "DE") == date(2026, 2, 20)
    spanish = "El equipo tomará una decisión en un plazo máximo de 10 días hábiles."
    assert decision_date(spanish, date(2026, 6, 1), "ES") == date(2026, 6, 15)
    chinese = "人資部門將於 7 個工作天內完成初步審核，並以電子郵件通知您審核結果。"
    assert decision_date(chinese, date(2026, 7, 21), "TW") == date(2026, 7, 30)


def test_decision_date_is_not_a_meeting_day_before_the_cue() -> None:
    sent = date(2026, 3, 2)
    vague = "We'll compare notes on Friday and get back to you early next week."
    assert decision_date(vague, sent) is None
    anchor = "The panel debriefs on Monday and I'll be in touch after that."
    assert decision_date(anchor, sent) is None
    assert decision_date("We expect an answer within 48 hours.", sent) == date(2026, 3, 4)


def test_a_digest_of_job_postings_is_vetoed() -> None:
    digest = (
        "8 neue Stellen:\n"
        "• Ingenieur Batteriesysteme (m/w/d) – Elbdeich Mobility GmbH – Hamburg\n"
        "• Entwicklungsingenieur HV-Speicher (m/w/d) – Nordlicht Energie – Kiel\n"
        "• Testingenieur Zellchemie (m/w/d) – Alstertech – Hamburg\n"
    )
    assert digest_veto(digest) > 0
    assert digest_veto("• Ingenieur Batteriesysteme (m/w/d) – Elbdeich – Hamburg\n") == 0


def test_a_press_interview_in_french_stays_other(understander: Understander) -> None:
    facts = understander.facts(
        email(
            "Bonjour Inès,\n\nMerci d'avoir accepté cette interview pour notre dossier sur la "
            "qualité. Je vous envoie l'invitation pour mercredi 18 novembre, 10h–10h30.\n\n"
            "Bien cordialement,\nJulien Marchand\nJournaliste, Le Monde Tech\n",
            subject="Interview pour Le Monde Tech – mercredi 18 novembre",
            sender="Julien Marchand <j.marchand@lemondetech.example>",
            to="Inès Haddad <ines.haddad@example.fr>",
            date=datetime(2026, 11, 12, 16, 0, tzinfo=timezone(timedelta(hours=1))),
        )
    )
    assert facts.kind is Kind.OTHER


def test_a_person_writing_in_gmt_is_taken_to_be_in_britain() -> None:
    winter = datetime(2026, 3, 24, 16, 45, tzinfo=zone("UTC"))
    assert gmt_person(winter, "declan.hughes@lagan-software.example") == zone("Europe/London")
    assert gmt_person(winter, "no-reply@greenhouse-mail.io") is None
    assert gmt_person(winter.replace(month=7), "declan.hughes@lagan.example") is None
