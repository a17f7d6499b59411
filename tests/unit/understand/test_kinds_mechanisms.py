"""The general mechanisms behind the kinds, each on the smallest message that needs it."""

from __future__ import annotations

from datetime import date, datetime

from followup.model import Kind
from followup.understand.classify import decide
from followup.understand.dates import candidates, stated_zone
from followup.understand.decision import decision_date
from followup.understand.pipeline import Understander
from followup.understand.vetoes import other_candidate
from followup.understand.zones import country_zone, sender_zone, zone
from understand_mail import email

CHICAGO = zone("America/Chicago")
SENT = datetime(2026, 3, 4, 10, tzinfo=CHICAGO)
SURE_OTHER = {"other": 0.9, "invitation": 0.1}

TALK = (
    "Hi Jordan,\n\nYour spot is confirmed for Tuesday, March 10 at 11am CT. Our engineering "
    "manager will walk through a real technical interview and answer questions at the end.\n"
)


def test_a_confident_other_needs_a_job_before_a_time_makes_an_interview() -> None:
    """The time, the meeting words and an interview word are not enough when the classifier
    reads the mail as `other`: without a job or hiring process named it stays `other`."""
    verdict = decide("Acing the technical interview", TALK, [], SURE_OTHER, has_time=True)
    assert verdict.kind is Kind.OTHER
    with_job = TALK + "It is the first round for the Data Analyst role you applied for.\n"
    verdict = decide("Acing the technical interview", with_job, [], SURE_OTHER, has_time=True)
    assert verdict.kind is Kind.INVITATION


def test_the_job_can_be_named_by_the_sender() -> None:
    body = "Hi Jordan,\n\nYour interview is confirmed: Monday 9:30 AM, Coding, with Haruto Mori."
    plain = decide("Your interview schedule", body, [], SURE_OTHER, has_time=True)
    named = decide(
        "Your interview schedule",
        body,
        [],
        SURE_OTHER,
        has_time=True,
        sender="Quillon Recruiting scheduling@modernloop.example",
    )
    assert (plain.kind, named.kind) == (Kind.OTHER, Kind.INVITATION)


def test_an_unsure_classifier_leaves_the_interview_to_the_cues() -> None:
    unsure = {"other": 0.6, "invitation": 0.4}
    assert decide("Acing the technical interview", TALK, [], unsure, has_time=True).kind is (
        Kind.INVITATION
    )


def test_an_invitation_that_says_what_to_bring_is_an_invitation() -> None:
    body = (
        "Hi Morgan,\n\nThank you for making time to interview for the Senior Product Designer "
        "position. Your virtual onsite is confirmed for Thursday, October 8, 2026 at 10:00 AM "
        "ET. Please share your portfolio deck at the start of the first session.\n"
    )
    verdict = decide("Your interview schedule", body, [], None, has_time=True)
    assert verdict.kind is Kind.INVITATION


def test_the_employer_sending_a_link_is_not_asking_for_one() -> None:
    body = "Great, thanks Jordan. Let's do Thursday at 11 then - I'll send a Meet link."
    assert decide("Re: Analyst role", body, [], None).scores[Kind.INFO_REQUEST] == 0.0


def test_at_eleven_then_is_a_time() -> None:
    found = candidates("Let's do Thursday at 11 then.", SENT, CHICAGO, False)
    assert [f.start.isoformat() for f in found] == ["2026-03-05T11:00:00-06:00"]


def test_a_new_date_in_spanish_makes_a_reschedule(understander: Understander) -> None:
    body = (
        "Buenos días Javier:\n\nTenemos que cambiar la entrevista del miércoles. La nueva cita "
        "sería el jueves 12 de marzo a las 12:30, en el mismo sitio.\n\nUn saludo,\nLucía"
    )
    message = email(
        body,
        subject="RE: Entrevista puesto Técnico de Calidad",
        sender="Lucía Ferrer <lferrer@labalcantara.example.es>",
        date=SENT.astimezone(zone("Europe/Madrid")),
    )
    facts = understander.facts(message)
    assert facts.kind is Kind.RESCHEDULE
    assert facts.start is not None and facts.start.isoformat() == "2026-03-12T12:30:00+01:00"


def test_a_short_note_over_a_forwarded_invitation_is_an_invitation(
    understander: Understander,
) -> None:
    body = (
        "Hi Achieng,\n\nGood news, the client has shortlisted you. Please see below and confirm "
        "your availability to me by tomorrow.\n\nWanjiru\n\n"
        "---------- Forwarded message ---------\nFrom: Grace Mutua <g.mutua@majibora.example>\n"
        "Subject: Interview - Programme Manager\n\nDear Wanjiru,\n\nWe would like to invite "
        "your candidate for an interview on Thursday 12th March 2026 at 2.30pm EAT. The "
        "interview will be on Zoom and will take one hour.\n\nGrace Mutua\nHR Manager\n"
    )
    message = email(
        body,
        subject="Fwd: Interview - Programme Manager",
        sender="Wanjiru Kamau <wanjiru@tajitalent.example.co.ke>",
        date=SENT,
    )
    facts = understander.facts(message)
    assert facts.kind is Kind.INVITATION
    assert facts.start is not None and facts.start.isoformat() == "2026-03-12T14:30:00+03:00"


def test_a_one_zone_country_gives_the_sender_zone() -> None:
    sent = datetime.fromisoformat("2026-10-21T17:55:00+01:00")  # London is on BST too
    assert country_zone("hr@bank.example.ng") == "Africa/Lagos"
    assert getattr(sender_zone(sent, "hr@bank.example.ng"), "key", "") == "Africa/Lagos"
    assert country_zone("jobs@startup.io") is None  # a brand domain, not a country


def test_a_line_naming_only_a_zone_states_it() -> None:
    text = "Thursday, November 12, 2026\nEastern Time (US & Canada)\n\n9:00 AM - 9:45 AM  Panel"
    assert getattr(stated_zone(text), "key", "") == "America/New_York"
    assert stated_zone("Meet at Central Station\n") is None


def test_japanese_weeks_and_business_days() -> None:
    sent = date(2026, 10, 20)
    assert decision_date("書類選考の結果を2週間以内にご連絡いたします。", sent) == date(2026, 11, 3)
    assert decision_date("面接の結果は5営業日以内にご連絡いたします。", sent, "JP") == date(
        2026, 10, 27
    )


def test_a_short_reply_fixing_a_time_in_a_thread_about_meeting_is_an_invitation() -> None:
    body = "Thursday works. Let's do 3pm at the Lowry jobsite trailer, me and our superintendent."
    thread = (
        f"{body}\n\n> Thank you for considering me for the Assistant Project Manager position. "
        "For the next conversation I'm available Tuesday after 2pm or Thursday any time."
    )
    verdict = decide("Re: Assistant Project Manager", body, [], None, has_time=True, thread=thread)
    assert verdict.kind is Kind.INVITATION
    alone = decide("Re: Assistant Project Manager", body, [], None, has_time=True, thread=body)
    assert alone.kind is Kind.OTHER


def test_polish_invitation(understander: Understander) -> None:
    body = (
        "Szanowny Panie Jakubie,\n\ndziękujemy za przesłanie aplikacji na stanowisko Analityk "
        "Ryzyka. Z przyjemnością zapraszamy Pana na rozmowę rekrutacyjną, która odbędzie się w "
        "czwartek 12 marca 2026 r. o godz. 10:00 przez Microsoft Teams.\n\nKarolina Nowicka"
    )
    message = email(
        body,
        subject="Zaproszenie na rozmowę rekrutacyjną",
        sender="Karolina Nowicka <k.nowicka@bankpomorski.example.pl>",
        date=SENT.astimezone(zone("Europe/Warsaw")),
    )
    facts = understander.facts(message)
    assert facts.kind is Kind.INVITATION
    assert facts.start is not None and facts.start.isoformat() == "2026-03-12T10:00:00+01:00"


def test_referees_are_references() -> None:
    body = (
        "Thank you for meeting the Search Committee on 17 November. To proceed, we would be "
        "grateful if you could send us by 27 November: the names and contact details of three "
        "referees, and certified copies of your degree certificates. The committee expects to "
        "make its decision by 11 December."
    )
    assert decide("Referees and documents", body, [], None).kind is Kind.INFO_REQUEST


def test_an_offer_that_asks_for_a_deposit_is_a_scam() -> None:
    body = (
        "Dear Candidate,\n\nWith reference to your interview, we are pleased to offer you the "
        "post of Senior Financial Analyst. To confirm your joining, you are requested to deposit "
        "a refundable security amount of Rs. 15,000 within 24 hours, after which your Offer "
        "Letter will be released."
    )
    assert decide("Offer Letter - Senior Financial Analyst", body, [], None).kind is Kind.OTHER


def test_a_candidate_label_naming_someone_else_means_the_user_interviews(
    understander: Understander,
) -> None:
    body = (
        "Hi Jordan,\n\nAn interview has been added to your calendar.\n\nCandidate: {name}\n"
        "Position: Product Analyst\nTime: Friday, March 6, 2026, 10:00 AM CST\n"
    )
    sender = "Ashby <no-reply@ashbyhq.example>"
    other = email(body.format(name="Ana Ruiz"), subject="Interview", sender=sender, date=SENT)
    assert understander.facts(other).kind is Kind.OTHER
    assert other_candidate(other.new_text, other.to)
    own = email(body.format(name="Avery, Jordan"), subject="Interview", sender=sender, date=SENT)
    assert not other_candidate(own.new_text, own.to)
    assert other_candidate("Maya Chen has applied for the Analyst role.", own.to)
    assert not other_candidate("Jordan Avery has applied for the Analyst role.", own.to)
    assert not other_candidate("We thank everyone who has applied for this role.", own.to)


def test_a_room_number_is_not_a_time() -> None:
    text = "Wednesday 25 November 2026, Room HS2.14: a presentation at 10.00, then the interview."
    found = candidates(text, SENT, zone("Europe/London"), True)
    assert [f.start.strftime("%H:%M") for f in found] == ["10:00"]
