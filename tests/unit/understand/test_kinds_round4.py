"""Round 4: the general causes behind wave 6's kind and start misses, each on the smallest
message that shows it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from followup.model import Kind
from followup.understand.calendar import read_calendars
from followup.understand.classify import decide
from followup.understand.dates import candidates
from followup.understand.decision import decision_date
from followup.understand.pipeline import Understander
from followup.understand.starts import interview_times
from followup.understand.zone_guess import reader_zone
from followup.understand.zones import zone
from understand_mail import email

NEW_YORK = zone("America/New_York")
MONDAY = datetime(2026, 9, 14, 18, 22, tzinfo=NEW_YORK)


def _starts(text: str) -> list[str]:
    return [f.start.isoformat() for f in candidates(text, MONDAY, NEW_YORK, False)]


@pytest.mark.parametrize(
    "text",
    ["can you do a call tmrw at 3pm?", "Tomorow at 3pm works", "demain à 15h", "morgen um 15 Uhr"],
)
def test_tomorrow_however_it_is_written(text: str) -> None:
    assert _starts(text) == ["2026-09-15T15:00:00-04:00"]


def test_the_day_after_tomorrow_in_other_languages() -> None:
    assert _starts("pasado mañana a las 15:00") == ["2026-09-16T15:00:00-04:00"]
    assert _starts("übermorgen um 15 Uhr") == ["2026-09-16T15:00:00-04:00"]


def test_morning_is_not_tomorrow() -> None:
    """ "de la mañana" and "Guten Morgen" say morning; only the bare word is tomorrow."""
    assert _starts("Guten Morgen Herr Roth, am 21.09.2026 um 10 Uhr") == [
        "2026-09-21T10:00:00-04:00"
    ]
    assert _starts("esta mañana a las 9:00 hablé con ella") == []


def test_a_range_written_dalle_alle_has_an_end() -> None:
    found = candidates("Giovedì 29 ottobre, dalle 9:30 alle 10:30", MONDAY, NEW_YORK, True)
    assert [(f.start.hour, f.end and f.end.hour) for f in found] == [(9, 10)]


QUEBEC = (
    "Bonjour Mathieu,\n\nMerci d'avoir postulé au poste d'Analyste chez Groupe Boréal.\n\n"
    "J'aimerais planifier un premier appel téléphonique de 30 minutes avec moi. Je vous "
    "propose le mardi 1er décembre à 11 h (heure de l'Est).\n\nÉmilie"
)


def test_a_call_proposed_in_french_is_an_invitation() -> None:
    """A set time to "appel" is a meeting like a set time to "call": the English-only
    meeting words left a French phone screen to a classifier that read it as `other`."""
    textcat = {"other": 0.66, "invitation": 0.31}
    verdict = decide("Analyste – premier appel", QUEBEC, [], textcat, has_time=True)
    assert verdict.kind is Kind.INVITATION
    no_time = decide("Analyste – premier appel", QUEBEC, [], textcat, has_time=False)
    assert no_time.kind is Kind.INVITATION  # "planifier un premier appel" asks for one


def test_a_french_call_about_nothing_hiring_stays_other() -> None:
    body = "Salut Paul,\n\nOn planifie un appel mardi à 11 h pour le souper de Noël?\n"
    verdict = decide("souper", body, [], {"other": 0.95}, has_time=True)
    assert verdict.kind is Kind.OTHER


def test_an_ats_stamp_in_utc_takes_the_readers_country() -> None:
    assert reader_zone("", [None, "chiara.bassi@example.it"]) is zone("Europe/Rome")
    assert reader_zone("", ["jordan@example.net"]) is None


def test_an_ats_stamp_in_utc_takes_a_one_country_language() -> None:
    italian = "Gentile Chiara, il colloquio sarà presso la nostra sede. Cordiali saluti"
    assert reader_zone(italian, ["chiara@gmail.example"]) is zone("Europe/Rome")
    assert reader_zone("Bonjour, le rendez-vous est confirmé.", []) is None  # Paris? Montréal?


def test_an_italian_invitation_stamped_in_utc_is_read_in_local_time(
    understander: Understander,
) -> None:
    """Oct 29 is after the EU clocks went back: 9:30 in Italy is +01:00, not UTC."""
    body = (
        "Gentile Chiara,\n\na seguito della Sua candidatura per la posizione di Analista, "
        "siamo lieti di invitarLa a un colloquio presso la nostra sede.\n\n"
        "Data: giovedì 29 ottobre 2026\nOrario: dalle 9:30 alle 10:30\n\nCordiali saluti,\n"
        "Ufficio Selezione del Personale\n"
    )
    facts = understander.facts(
        email(
            body,
            subject="Invito a colloquio – Analista",
            sender="Officine <noreply@smartrecruiters.com>",
            to="Chiara Bassi <chiara.bassi@example.it>",
            date=datetime(2026, 10, 20, 9, 15, tzinfo=UTC),
        )
    )
    assert facts.kind is Kind.INVITATION
    assert facts.start is not None and facts.start.isoformat() == "2026-10-29T09:30:00+01:00"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("el jueves 12 de marzo a las 10 de la mañana", "2026-03-12T10:00:00-04:00"),
        ("el jueves 12 de marzo a las 4 de la tarde", "2026-03-12T16:00:00-04:00"),
        ("quinta-feira, 12 de março, às 14 horas", "2026-03-12T14:00:00-04:00"),
        ("giovedì 12 marzo alle 11.", "2026-03-12T11:00:00-04:00"),
    ],
)
def test_a_bare_hour_after_the_word_for_at(text: str, start: str) -> None:
    """ "a las 10", "às 14", "alle 11": the other languages' "at 10"."""
    found = candidates(text, datetime(2026, 3, 4, 10, tzinfo=NEW_YORK), NEW_YORK, True)
    assert [f.start.isoformat() for f in found] == [start]


WEDNESDAY = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir melden uns bis spätestens 20. März bei Ihnen.", "2026-03-20"),
        ("We anticipate a decision on or around March 18.", "2026-03-18"),
        ("We'll reach out with next steps by Tuesday.", "2026-03-10"),
    ],
)
def test_decision_dates_said_other_ways(text: str, expected: str) -> None:
    found = decision_date(text, WEDNESDAY, "US")
    assert found is not None and found.isoformat() == expected


def test_a_sentence_ending_in_a_number_still_ends() -> None:
    """The German "20. März" keeps its sentence; "by 3/18." then "Please let us know" are
    two, so the candidate's part does not hide the decision date."""
    text = "A decision will be communicated by 3/18. Please let us know if you have questions."
    assert decision_date(text, WEDNESDAY, "US") == date(2026, 3, 18)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("12 de marzo a las 10:00, hora de Madrid", "2026-03-12T10:00:00+01:00"),
        ("12 marzo alle 10:00 ora di Roma", "2026-03-12T10:00:00+01:00"),
        ("12 de marzo a las 10:00 hora del Pacífico", "2026-03-12T10:00:00-07:00"),
        ("12 mars à 10 h (heure de Montréal)", "2026-03-12T10:00:00-04:00"),
        ("12 de março às 10h (horário de Brasília)", "2026-03-12T10:00:00-03:00"),
    ],
)
def test_a_citys_time_named_in_its_own_language(text: str, start: str) -> None:
    chicago = zone("America/Chicago")
    found = candidates(text, datetime(2026, 3, 4, 10, tzinfo=chicago), chicago, True)
    assert [f.start.isoformat() for f in found] == [start]


def test_a_day_first_date_with_dashes_and_its_weekday() -> None:
    """ "05-02-2027 (Friday)" from a UTC-stamped ATS: dashes separate a day-first date, and
    the named weekday settles the order (5 February is a Friday; 2 May is not)."""
    india = zone("Asia/Kolkata")
    sent = datetime(2027, 1, 28, 13, 15, tzinfo=UTC)
    text = "Date: 05-02-2027 (Friday)\nTime: 15:00 to 16:00 IST"
    found = candidates(text, sent, india, day_first=False)
    assert [f.start.isoformat() for f in found] == ["2027-02-05T15:00:00+05:30"]


def test_a_weekday_beside_a_date_is_that_date() -> None:
    found = candidates("05/02/2027 (Friday) at 3pm", MONDAY, NEW_YORK, False)
    assert [f.start.date().isoformat() for f in found] == ["2027-02-05"]


def test_a_time_range_is_not_a_range_when_the_interview_moves_from_one_to_the_other() -> None:
    """ "push our interview from 2 to 3pm": the new time is 3pm; "from 2 to 3pm" alone is
    an hour."""
    moved = "Could we push our interview from 2 to 3pm, same day (Thursday the 17th)?"
    assert [(f.start.hour, f.end) for f in candidates(moved, MONDAY, NEW_YORK, False)] == [
        (15, None)
    ]
    plain = "Thursday the 17th from 2 to 3pm"
    assert [
        (f.start.hour, f.end and f.end.hour) for f in candidates(plain, MONDAY, NEW_YORK, False)
    ] == [(14, 15)]


SENT = datetime(2026, 3, 4, 10, tzinfo=zone("America/Chicago"))
OTHER_FORMS = [
    (
        "Next stage - Operations Analyst",
        "Dana Holt <dana.holt@acmefoods.example>",
        "Hi Jordan,\n\nThanks for your application for the Operations Analyst role. We'd like "
        "to move you to the next stage: a 60-minute case study presentation to our leadership "
        "team on Thursday, March 12 at 1:00 PM CT at our Oak Street office.\n\nDana Holt\n"
        "People Team, Acme Foods",
    ),
    (
        "Trial shift",
        "Marco Bellini <marco@trattoriabellini.example>",
        "Ciao Jordan,\n\nThanks for dropping off your CV for the line cook job. Can you come in "
        "for a trial shift this Saturday at 4pm? Wear black and bring non-slip shoes.\n\nMarco",
    ),
    (
        "Assessment day",
        "Graduate Team <graduates@northwind.example>",
        "Dear Jordan,\n\nCongratulations - you have been invited to our graduate assessment day "
        "on Wednesday 11 March 2026 at 9:00 at our Leeds office. The day includes a group "
        "exercise and an interview.\n\nNorthwind Graduate Team",
    ),
    (
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n\nYou're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane "
        "Whitfield.\n\nBest,\nCamila Reyes\nTalent Partner, Brightwave",
    ),
]


@pytest.mark.parametrize(
    ("subject", "sender", "body"), OTHER_FORMS, ids=[c[0] for c in OTHER_FORMS]
)
def test_the_interviews_other_forms_are_invitations(
    understander: Understander, subject: str, sender: str, body: str
) -> None:
    """A case presentation, a trial shift, an assessment day at a set time are the
    interview, though no one calls them one; "you're confirmed for" a time is one too."""
    facts = understander.facts(email(body, subject=subject, sender=sender, date=SENT))
    assert facts.kind is Kind.INVITATION
    assert facts.start is not None


def test_the_time_said_only_in_the_subject(understander: Understander) -> None:
    body = (
        "Hi Jordan,\n\nConfirming the details in the subject line. You'll meet with me and "
        "Omar Haddad over Zoom for the Data Analyst role.\n\nKim"
    )
    subject = "Interview: Thu Mar 12, 2pm CT - Data Analyst"
    facts = understander.facts(
        email(body, subject=subject, sender="Kim Tran <kim@arbor.example>", date=SENT)
    )
    assert facts.kind is Kind.INVITATION
    assert facts.start is not None and facts.start.isoformat() == "2026-03-12T14:00:00-05:00"
    replied = understander.facts(
        email(body, subject=f"Re: {subject}", sender="Kim Tran <kim@arbor.example>", date=SENT)
    )
    assert replied.start is None  # a reply's subject is the thread's, maybe an older time


def test_the_time_instead_of_another_is_the_new_one(understander: Understander) -> None:
    """ "4pm instead of 2pm on Tuesday": 4pm shares the line's one date, and "instead of"
    marks the time after it as the old one."""
    body = (
        "Hi Jordan - could we do 4pm instead of 2pm on Tuesday? Same link.\n\nOmar\n\n"
        "On Mon, Mar 2, 2026 at 9:00 AM Kim Tran <kim@arbor.example> wrote:\n"
        "> Your interview for the Analyst role with Omar is Tuesday, March 10 at 2pm CT.\n"
    )
    facts = understander.facts(
        email(
            body,
            subject="Re: Interview Tuesday",
            sender="Omar Haddad <omar@arbor.example>",
            date=SENT,
        )
    )
    assert facts.kind is Kind.RESCHEDULE
    assert facts.start is not None and facts.start.isoformat() == "2026-03-10T16:00:00-05:00"


def test_your_interview_named_by_its_job_anchors_a_sure_other() -> None:
    """A classifier sure of `other` on a two-line note still yields to "your Analyst
    interview ... rescheduled"; "your Thursday interview with the Tribune" names no job."""
    body = (
        "Hi Jordan, your Analyst interview originally scheduled for March 10 at 2pm has been "
        "rescheduled to March 12 at 10am CT.\n\nKim"
    )
    sure = {"other": 0.9, "reschedule": 0.1}
    assert decide("Interview update", body, [], sure, has_time=True).kind is Kind.RESCHEDULE
    press = body.replace("your Analyst interview", "your Thursday interview with the Tribune")
    assert decide("Interview update", press, [], sure, has_time=True).kind is Kind.OTHER


def test_a_call_to_walk_through_an_offer_is_not_an_interview() -> None:
    body = (
        "Hi Jordan,\n\nI'm thrilled to tell you the team would love to have you join Arbor as "
        "our next Data Analyst! Do you have time for a quick call Thursday at 2pm to walk "
        "through the details?\n\nKim"
    )
    assert decide("Good news!", body, [], None, has_time=True).kind is Kind.OFFER
    onsite = "Hi Jordan,\n\nWe would love you to join us for a final round on Thursday at 2pm."
    assert decide("Final round", onsite, [], None, has_time=True).kind is Kind.INVITATION


MADRID = zone("Europe/Madrid")


def test_a_date_after_to_belongs_to_the_next_time() -> None:
    """ "del jueves 12 a las 10:00 al viernes 13 a las 12:00": each time keeps its own date,
    though the 13th is nearer to 10:00 than the 12th is."""
    text = (
        "mover la entrevista del jueves 12 de marzo a las 10:00 al viernes 13 de marzo a las 12:00."
    )
    found = candidates(text, datetime(2026, 3, 4, 10, tzinfo=MADRID), MADRID, True)
    assert [f.start.isoformat() for f in found] == [
        "2026-03-12T10:00:00+01:00",
        "2026-03-13T12:00:00+01:00",
    ]


@pytest.mark.parametrize(
    ("kind", "subject", "body"),
    [
        (
            Kind.RESCHEDULE,
            "Cambio de hora - entrevista",
            "Hola Jordan:\n\nTenemos que mover la entrevista del jueves 12 de marzo a las 10:00 "
            "al viernes 13 de marzo a las 12:00. Disculpa las molestias.\n\nLucía",
        ),
        (
            Kind.NEXT_STEPS,
            "Proceso de selección",
            "Hola Jordan:\n\nGracias por la entrevista de ayer. Seguimos entrevistando a otros "
            "candidatos y esperamos tomar una decisión antes del 20 de marzo.\n\nLucía",
        ),
        (
            Kind.APPLICATION_ACK,
            "Candidatura ricevuta",
            "Gentile Jordan,\n\ngrazie per la Sua candidatura per la posizione di Analista Dati. "
            "La valuteremo con attenzione e La contatteremo in caso di esito positivo.\n\nLario",
        ),
    ],
)
def test_kinds_said_in_other_languages(
    understander: Understander, kind: Kind, subject: str, body: str
) -> None:
    sent = datetime(2026, 3, 4, 10, tzinfo=MADRID)
    sender = "Lucía Gómez <lucia.gomez@grupoalba.es>"
    assert understander.facts(email(body, subject=subject, sender=sender, date=sent)).kind is kind


@pytest.mark.parametrize(
    ("tzid", "start"),
    [
        ("(UTC-05:00) Eastern Time (US & Canada)", "2026-03-12T14:00:00-04:00"),
        (
            "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
            "2026-03-12T14:00:00+01:00",
        ),
    ],
)
def test_outlooks_zone_label_as_a_tzid_without_its_vtimezone(tzid: str, start: str) -> None:
    """Not the sender's zone (Chicago here): the zone the label names."""
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        f'DTSTART;TZID="{tzid}":20260312T140000\r\nSUMMARY:Interview\r\n'
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    events = read_calendars([ics.encode()], zone("America/Chicago"))
    assert [e.start.isoformat() for e in events if e.start] == [start]


FRIENDS_INVITATION = (
    "Look!! I got an interview!! Wish me luck :)\n\n"
    "---------- Forwarded message ---------\nFrom: Kim Tran <kim@arbor.example>\n"
    "Date: Mon, Mar 2, 2026\nSubject: Interview invitation - Data Analyst\n"
    "To: Sam Lee <sam.lee@gmail.com>\n\nHi Sam,\n\nThanks for applying for the Data Analyst "
    "role. We'd like to invite you to a video interview on Tuesday, March 10 at 2pm CT with "
    "Omar Haddad.\n\nKim\n"
)


def test_a_friend_forwarding_their_own_invitation_is_other(understander: Understander) -> None:
    """The forwarded invitation greets the forwarder, not the user: the friend's news."""
    facts = understander.facts(
        email(
            FRIENDS_INVITATION,
            subject="Fwd: Interview invitation - Data Analyst",
            sender="Sam Lee <sam.lee@gmail.com>",
            date=SENT,
        )
    )
    assert (facts.kind, facts.start) == (Kind.OTHER, None)


def test_an_agency_forwarding_a_clients_note_about_the_user_is_an_invitation(
    understander: Understander,
) -> None:
    """The client greets the agency's recruiter (the forwarder) too, but names the user."""
    body = (
        "Hi Jordan, great news - see below. Details to follow.\n\nPriya\n\n"
        "---------- Forwarded message ---------\nFrom: Kim Tran <kim@arbor.example>\n"
        "Subject: Data Analyst - shortlist\nTo: Priya Nair <priya@talentbridge.example>\n\n"
        "Hi Priya,\n\nWe'd like to interview Jordan for the Data Analyst role on Tuesday, "
        "March 10 at 2pm CT with Omar Haddad.\n\nKim\n"
    )
    facts = understander.facts(
        email(
            body,
            subject="Fwd: Data Analyst - shortlist",
            sender="Priya Nair <priya@talentbridge.example>",
            date=SENT,
        )
    )
    assert facts.kind is Kind.INVITATION


def test_a_relatives_interview_is_other() -> None:
    body = "Reminder: my husband's final interview is Thursday at 2pm, can you take the kids?"
    assert decide("Thursday", body, [], None, has_time=True).kind is Kind.OTHER


def test_within_days_of_something_later_is_no_date() -> None:
    """ "within 3 business days of submission" counts from a day the mail does not know;
    "of today" counts from the Date header."""
    later = "We will review results within 3 business days of submission."
    assert decision_date(later, WEDNESDAY, "US") is None
    today = "We'll have an answer for you within 3 business days of today."
    assert decision_date(today, WEDNESDAY, "US") == date(2026, 3, 9)


def test_noon_in_other_languages_and_not_the_afternoon() -> None:
    paris = zone("Europe/Paris")
    sent = datetime(2026, 3, 4, 10, tzinfo=paris)
    assert [f.start.hour for f in candidates("jeudi 12 mars à midi", sent, paris, True)] == [12]
    assert [
        f.start.hour for f in candidates("el jueves 12 de marzo al mediodía", sent, paris, True)
    ] == [12]
    assert candidates("jeudi 12 mars dans l'après-midi", sent, paris, True) == []


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Entrevista - Analista",
            "Hola Jordan:\n\nGracias por tu candidatura. Por favor, elige el horario que mejor te "
            "venga para una primera entrevista en este enlace: https://grupoalba.example/agenda",
        ),
        (
            "Ihre Bewerbung - nächster Schritt",
            "Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung. Bitte wählen Sie über den folgenden "
            "Link einen passenden Termin für ein erstes Kennenlerngespräch aus: "
            "https://nordlicht.example/termin",
        ),
    ],
)
def test_a_self_scheduling_link_in_other_languages_outweighs_the_thanks(
    understander: Understander, subject: str, body: str
) -> None:
    """ "Thank you for your application" opens invitations too; a link to pick a time for an
    interview is what no acknowledgement has."""
    sent = datetime(2026, 3, 4, 10, tzinfo=MADRID)
    facts = understander.facts(
        email(body, subject=subject, sender="Ana <ana@alba.example>", date=sent)
    )
    assert facts.kind is Kind.INVITATION


def test_we_need_to_reschedule_is_a_reschedule_without_a_new_time() -> None:
    body = (
        "Hi Jordan, Omar is traveling on Thursday, so we need to reschedule your interview for "
        "the Analyst role. Could you send me a few times that work next week?\n\nKim"
    )
    assert decide("Interview - new time needed", body, [], None).kind is Kind.RESCHEDULE
    footer = (
        "Your interview for the Analyst role is Thursday at 2pm. "
        "If you need to reschedule, reply here."
    )
    assert decide("Interview", footer, [], None, has_time=True).kind is Kind.INVITATION


def test_a_short_reply_that_books_a_quoted_slot_is_an_invitation() -> None:
    body = "Great - let's lock in option 2 then. Calendar invite to follow.\n\nKim"
    thread = (
        f"{body}\n\n> Which of these works for your interview with Omar for the Analyst role?\n"
        "> 1. Tuesday, March 10 at 10am CT\n> 2. Wednesday, March 11 at 1pm CT\n"
    )
    verdict = decide("Re: Interview availability", body, [], None, thread=thread)
    assert verdict.kind is Kind.INVITATION


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jordan, your interview for the Analyst role is on Tuesday, March 10. Please arrive "
        "at 9:45 AM to check in; the interview starts at 2:00 PM with Omar Haddad.",
        "Hi Jordan,\n\nYour Analyst interview with Omar Haddad: Tuesday, March 10, check-in "
        "1:45pm, interview 2:00-3:00pm CT.",
        "Hi Jordan,\n\nPlease complete the online assessment by Friday, March 6 at 5pm CT. Once "
        "done, your interview for the Analyst role with Omar Haddad is on Tuesday, March 10 at "
        "2pm CT.",
        "Hi Jordan,\n\nConfirmed: Tuesday, March 10 at 2pm CT for your Analyst interview with "
        "Omar Haddad.\n\nPS - if you're free, our team trivia night is Thursday at 6pm!",
    ],
)
def test_the_interviews_time_not_an_arrival_a_deadline_or_a_social(
    understander: Understander, body: str
) -> None:
    facts = understander.facts(
        email(body, subject="Interview - Analyst", sender="Kim Tran <kim@arbor.example>", date=SENT)
    )
    assert facts.kind is Kind.INVITATION
    assert facts.start is not None and facts.start.isoformat() == "2026-03-10T14:00:00-05:00"


def test_a_lone_time_stays_whatever_the_words_before_it() -> None:
    found = candidates("Please arrive by Tuesday, March 10 at 2pm.", MONDAY, NEW_YORK, False)
    assert interview_times(found, "Please arrive by Tuesday, March 10 at 2pm.") == found


def test_the_job_applied_for_is_no_veto() -> None:
    """ "applying to be a Policy Reporter": the job's title holds the press veto's word."""
    body = (
        "Hi Sofía,\n\nThanks for applying to be a Policy Reporter at CivicWire. Before we "
        "schedule interviews, we ask every candidate for two clips of published work and a "
        "300-word pitch.\n\nLena Hoffman\nManaging Editor, CivicWire"
    )
    assert decide("Before we set up interviews", body, [], None).kind is Kind.INFO_REQUEST
    press = "Hi Sofía,\n\nI'm a reporter at CivicWire; could we do a phone interview on Friday?"
    assert decide("Interview request", press, [], None).kind is Kind.OTHER


def test_a_rental_application_and_its_viewing_are_other() -> None:
    body = (
        "Hi Emma,\n\nThanks for applying for Unit 4B at Harbor Point! We've received your "
        "rental application. Your viewing is confirmed for Saturday at 11am.\n\nLeasing Office"
    )
    assert decide("We received your application", body, [], None, has_time=True).kind is (
        Kind.OTHER
    )


def test_notice_period_and_salary_expectations_are_asked_for() -> None:
    body = (
        "Hi Daniel,\n\nThanks for coming in yesterday. Before we discuss next steps, could you "
        "let me know your current notice period and your salary expectations for the role?"
    )
    assert decide("RE: Interview - Programmer", body, [], None).kind is Kind.INFO_REQUEST


def test_a_timeline_before_any_interview_is_an_acknowledgement() -> None:
    """next_steps is a status after an interview: "we aim to get back to all candidates
    within two weeks" under "thank you for applying" acknowledges the application."""
    body = (
        "Hi Arjun,\n\nThank you for applying for the Risk Analyst role at Lumen Pay. We review "
        "every application and aim to get back to all candidates within two weeks."
    )
    assert decide("Thanks for applying", body, [], None).kind is Kind.APPLICATION_ACK


@pytest.mark.parametrize(
    ("subject", "sender", "body"),
    [
        (
            "Catch up?",
            "Lee Park <lee.park@gmail.com>",
            "Hey Jordan, congrats on the new job search! Can we schedule a call Thursday at 5pm "
            "to catch up? I might know of an opening at my company.\n\nLee",
        ),
        (
            "coffee?",
            "Lee Park <lee.park@gmail.com>",
            "Hey Jordan! Saw on LinkedIn you applied to Acme - I worked there for 3 years. Would "
            "you be up for coffee Thursday at 8:30 to chat about what it's like?\n\nLee",
        ),
        (
            "Re: your application",
            "Mom <mom.avery@yahoo.com>",
            "Honey, how did your application go? Are you around for a call Sunday at 4pm? Mom",
        ),
    ],
)
def test_friends_and_family_asking_about_the_search_are_other(
    understander: Understander, subject: str, sender: str, body: str
) -> None:
    """Job words and a time, but a friend's call: a thank-you draft here would be wrong."""
    facts = understander.facts(email(body, subject=subject, sender=sender, date=SENT))
    assert (facts.kind, facts.start) == (Kind.OTHER, None)
