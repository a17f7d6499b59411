"""Round 9, later: who interviews in more layouts (fresh waves 24 and 25, and probes).

- "our CTO Robert Okafor (cc'd)": copied here, and met;
- "On the panel:\n * me (Engineering Manager)": the writer in the panel's list;
- "Priya Raghunathan is inviting you to a scheduled Zoom meeting": the pasted call's host;
- a recruiter who calls off the process names no interviewer;
- "an informal pre-interview visit with Dr Mark Treloar", "...; she will not rate your
  responses": no interviewers;
- "Round 2 for the role. Interviewers: Karthik (EM) and Lakshmi": a label after a sentence;
- "Me + Wambui (our head of ops)"; a schedule of several candidates: only the user's panel;
- "The Committee will comprise:" and unbulleted "Name - Title" rows under it."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

from followup.understand.aside import aside
from followup.understand.first_names import lone_given
from followup.understand.meeting_lines import LIST_HEADER
from followup.understand.panel_lists import label_list
from followup.understand.pipeline import Understander
from followup.understand.writer import runs_it_themselves
from followup.understand.zones import zone
from understand_mail import email

TO = "Lukas Brenner <lukas.brenner@example.de>"


def _names(
    understander: Understander, body: str, sender: str, tz: str, **extra: object
) -> set[str]:
    message = email(
        body,
        subject=str(extra.pop("subject", "Interview")),
        sender=sender,
        to=TO,
        date=datetime(2026, 6, 1, 9, tzinfo=zone(tz)),
        **extra,
    )
    return {p.name or "" for p in understander.facts(message).interviewers}


def test_someone_met_and_copied_here(understander: Understander) -> None:
    body = "Hi Jordan,\n\nWould you be up for a proper chat about the Senior Backend Engineer role? Thursday at 3pm works on our side, 45 mins at our office. It'll be me and our CTO Robert Okafor (cc'd).\n\nAdaeze\n\n--\nAdaeze Nwosu\nCEO & Co-founder, Kudipoint"
    names = _names(
        understander,
        body,
        "Adaeze Nwosu <adaeze@kudipoint.example>",
        "Africa/Lagos",
        headers={"Cc": "Robert Okafor <bobby@kudipoint.example>"},
    )
    assert names == {"Adaeze Nwosu", "Robert Okafor"}


def test_the_writer_as_me_in_the_panels_list() -> None:
    text = "We'd love to bring you in for the final panel.\n\nOn the panel:\n  * me (Engineering Manager)\n  * Marie-Claude Gagnon, Senior Developer\n\nMarcus Chen\nEngineering Manager"
    message = email(text, sender="Marcus Chen <marcus@northlit.example>")
    assert runs_it_themselves(message.new_text, message)


def test_the_host_of_a_pasted_zoom_invitation(understander: Understander) -> None:
    body = "Dear Arjun,\n\nYour technical round has been scheduled for Wednesday, 12 Aug 2026, 4:00 PM - 5:00 PM IST.\n\n-------- Meeting details --------\nPriya Raghunathan is inviting you to a scheduled Zoom meeting.\n\nTopic: SDE-2 Technical Round\nJoin Zoom Meeting\nhttps://koshika.zoom.us/j/81234567890\n\nRegards,\nTalent Acquisition Team"
    names = _names(
        understander,
        body,
        "Koshika Talent Team <careers@koshika.example>",
        "Asia/Kolkata",
        subject="SDE-2 - Technical Round scheduled",
    )
    assert names == {"Priya Raghunathan"}


CANCEL_ICS = "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:CANCEL\nBEGIN:VEVENT\nUID:stromkind-1\nSEQUENCE:1\nSTATUS:CANCELLED\nDTSTART:20261022T080000Z\nDTEND:20261022T090000Z\nSUMMARY:Interview Lukas Brenner\nORGANIZER;CN=Miriam Hoffmann:mailto:miriam.hoffmann@stromkind.example\nATTENDEE;CN=Lukas Brenner:mailto:lukas.brenner@example.de\nEND:VEVENT\nEND:VCALENDAR\n"


def test_a_recruiter_calling_off_the_process_names_no_interviewer(
    understander: Understander,
) -> None:
    body = "Hallo Lukas,\n\nwir haben die Stelle wegen eines Einstellungsstopps pausiert. Deshalb müssen wir unser Gespräch am Donnerstag, 22.10., von 10:00 bis 11:00 Uhr leider absagen.\n\nViele Grüße\nMiriam Hoffmann\nPeople Partner | Stromkind GmbH"
    names = _names(
        understander,
        body,
        "Stromkind Recruiting <recruiting@stromkind.jobs.personio.example>",
        "Europe/Berlin",
        subject="Absage unseres Termins am 22.10.",
        calendars=[CANCEL_ICS],
    )
    assert names == set()


def test_a_pre_interview_visit_and_a_representative_who_does_not_rate() -> None:
    visit = "you are welcome to arrange an informal pre-interview visit with the Clinical Director for Medicine, Dr Mark Treloar, via his secretary"
    assert aside("Mark Treloar", visit, visit)
    hr = "Ms. Carol Ybarra, Human Resources Specialist, will attend as the HR representative to ensure the process is followed; she will not rate your responses."
    assert aside("Carol Ybarra", hr.split(";", maxsplit=1)[0], hr)


def test_a_list_label_after_a_sentence_on_the_same_line() -> None:
    line = "Round 2 for the Senior Backend Engineer role. Interviewers: Karthik (EM, Checkout) and Lakshmi (Staff Engineer)."
    assert [m.name for m in label_list(line)] == ["Karthik", "Lakshmi"]


def test_me_and_someone_by_given_name() -> None:
    line = "Can you do Fri 11am for a quick 30 min chat? Me + Wambui (our head of ops). We're at Nairobi Garage."
    assert [name for name, _ in lone_given(line, 0, line, {})] == ["Wambui"]


def test_only_the_users_slot_of_a_schedule_of_candidates(understander: Understander) -> None:
    body = "Hi Alex,\n\nSee below for your final round details!\n\nSophie\n\nHi all, final rounds for the Senior Product Manager role:\n\nAlex Morgan - Tuesday 3 March, 9:30-10:30am\n  Panel: Hamish McAllister (Head of Product), Aroha Ngata (Design Director)\n\nJordan Kells - Wednesday 4 March, 2:00-3:00pm\n  Panel: Ben Whitfield (CFO), Ruth Castellano (Engineering Lead)\n\nThanks!\nSophie"
    message = email(
        body,
        subject="Final round schedule - Senior Product Manager",
        sender="Sophie Tran <sophie.tran@koalaledger.example>",
        to="Alex Morgan <alex.morgan@example.com.au>",
        date=datetime(2026, 2, 25, 17, tzinfo=zone("Australia/Melbourne")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Hamish McAllister", "Aroha Ngata"}


def test_a_committee_that_will_comprise_unbulleted_rows(understander: Understander) -> None:
    assert LIST_HEADER.search("The Committee will comprise:")
    body = "Dear Dr Hussain\n\nThe Advisory Appointments Committee will be held on Thursday 25 June 2026. Your interview is at 09:40.\n\nThe Committee will comprise:\n\nMr Richard Penhale - Lay Chair (Non-Executive Director)\nProfessor Imran Kazi - Royal College of Physicians Assessor\nDr Lowenna Hicks - Clinical Lead, Gastroenterology\n\nWith kind regards\n\nTracey Lane\nMedical Staffing Officer"
    names = _names(
        understander,
        body,
        "Medical Staffing <medical.staffing@tamarvalley.nhs.example.uk>",
        "Europe/London",
        subject="Advisory Appointments Committee - Consultant Gastroenterologist",
    )
    assert names == {"Richard Penhale", "Imran Kazi", "Lowenna Hicks"}


def test_whom_to_ask_in_portuguese_after_a_list_is_no_interviewer(
    understander: Understander,
) -> None:
    body = "Olá Jordan,\n\nConfirmamos a sua entrevista para quarta-feira, 10 de junho, às 10h (horário de Brasília), por videochamada.\n\nParticipantes:\n- Mariana Costa – Gerente de Engenharia\n- Felipe Araújo – Tech Lead\n\nQualquer dúvida, fale com a Juliana Reis (RH).\n\nAbraços,\nJuliana Reis\nAnalista de RH"
    names = _names(
        understander,
        body,
        "Juliana Reis <juliana@empresa.example.com.br>",
        "America/Sao_Paulo",
        subject="Entrevista confirmada",
    )
    assert names == {"Mariana Costa", "Felipe Araújo"}
