"""Round 8, blind waves 12 and 14 (trades, public sector, letters in other languages): an
acknowledgement that says interviews (plural) will take place later; an unemployment office's
summons and a careers service's practice interview; documents asked for in Indonesian; a
regret about travel costs in an invitation; a German cancellation that is no rejection; a
public employer's "Candidate:" notice at "0830 hours"; "moved forward to the background
phase"; a Norwegian job alert; "Undangan Interview"."""

from __future__ import annotations

from datetime import date, datetime

from followup.model import Kind
from followup.understand.classify import cue_scores, decide
from followup.understand.dates import candidates
from followup.understand.decision import decision_date
from followup.understand.starts import conversions, interview_times
from followup.understand.zones import zone

LEANS_INVITATION = {"invitation": 0.47, "other": 0.43}
SURE_OTHER = {"other": 0.91}


def kind(subject: str, body: str, textcat: dict[str, float], has_time: bool = False) -> Kind:
    return decide(subject, body, [], textcat, has_time=has_time).kind


def test_an_acknowledgement_with_interviews_planned_for_later_is_no_invitation() -> None:
    body = (
        "Sehr geehrte Frau Lind,\n\nIhre Bewerbung auf die Stelle Elektroniker/in ist bei uns "
        "eingegangen. Nach Ende der Bewerbungsfrist finden die Vorstellungsgespräche "
        "voraussichtlich im Januar statt.\n\nIhr Personalservice"
    )
    got = kind("Eingangsbestätigung Ihrer Bewerbung", body, LEANS_INVITATION)
    assert got is Kind.APPLICATION_ACK


def test_an_unemployment_office_summons_is_other() -> None:
    body = (
        "Sehr geehrter Herr Nowak,\n\nbitte kommen Sie am Dienstag, 3.11.2026 um 10:00 Uhr zu "
        "Ihrem Meldetermin. Bitte bringen Sie Einladungen zu Vorstellungsgesprächen und Ihre "
        "Bewerbungen mit. Bei Versäumnis kann Ihr Bürgergeld gemindert werden."
    )
    assert kind("Einladung zu einem Gespräch", body, LEANS_INVITATION, True) is Kind.OTHER


def test_a_practice_interview_with_a_careers_service_is_other() -> None:
    body = (
        "Hola Ana,\n\nTu cita ha sido confirmada.\nServicio: Simulación de entrevista laboral\n"
        "Fecha: jueves 5 de marzo, 10:00 a.m.\nTrae la oferta del cargo y tu hoja de vida."
    )
    assert kind("Confirmación de cita", body, {"invitation": 0.5, "other": 0.5}, True) is (
        Kind.OTHER
    )


def test_documents_asked_for_in_indonesian() -> None:
    body = (
        "Yth. Bapak Budi,\n\nTerima kasih atas kehadiran Bapak pada interview untuk posisi "
        "Teknisi Listrik. "
        "Mohon Bapak melengkapi dokumen berikut paling lambat Jumat:\n1. Ijazah\n2. KTP"
    )
    got = kind("Dokumen - Teknisi Listrik", body, {"invitation": 0.86, "other": 0.14})
    assert got is Kind.INFO_REQUEST


def test_travel_costs_not_refunded_do_not_make_an_invitation_a_rejection() -> None:
    body = (
        "Sehr geehrter Herr Roth,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem "
        "Vorstellungsgespräch ein: Montag, 12.10.2026, 10:00 Uhr.\nReisekosten können leider "
        "nicht erstattet werden. Fahrtkosten werden leider nicht übernommen."
    )
    assert kind("Einladung zum Vorstellungsgespräch", body, LEANS_INVITATION, True) is (
        Kind.INVITATION
    )


def test_a_german_cancellation_that_says_it_is_no_rejection() -> None:
    body = (
        "Sehr geehrte Frau Weber,\n\nleider müssen wir den Termin für Ihr Vorstellungsgespräch "
        "mit Herrn Maier am Montag, 09.11.2026 um 08:00 Uhr absagen. Bitte verstehen Sie dies "
        "nicht als Absage Ihrer Bewerbung – wir melden uns mit einem neuen Termin."
    )
    got = kind("Abgesagt: Vorstellungsgespräch", body, {"invitation": 0.55, "other": 0.23}, True)
    assert got is Kind.CANCELLATION


def test_hours_in_twenty_four_hour_notation() -> None:
    sent = datetime(2026, 9, 20, 9, tzinfo=zone("America/Chicago"))
    text = "Date/Time: Wednesday, October 7, 2026 at 0830 hours (report by 0800), Room 1200"
    found = candidates(text, sent, zone("America/Chicago"), False)
    assert [f.start.strftime("%H:%M") for f in found] == ["08:30"]


def test_a_public_employers_interview_notice_is_an_invitation() -> None:
    body = (
        "Candidate: Jo Park\nEligibility list: Police Officer 2026-01\n\nYou are scheduled for "
        "an oral board interview on Tuesday, May 5 at 0900 hours at the Training Center."
    )
    assert kind("Oral Board Interview Notice", body, SURE_OTHER, True) is Kind.INVITATION


def test_moved_forward_to_the_next_phase_is_no_reschedule() -> None:
    body = (
        "Thank you for interviewing with our hiring panel. You have been moved forward to the "
        "background phase for the Deputy position. What happens next: the Chief will make "
        "final hiring decisions by Friday, November 20, and we will be in touch."
    )
    assert cue_scores(body)[Kind.RESCHEDULE] == 0.0
    got = kind("Next steps after your panel interview", body, {"other": 0.92})
    assert got is Kind.NEXT_STEPS


def test_a_norwegian_job_alert_is_other() -> None:
    body = (
        "Hei Kari,\n\nJobbagenten din har funnet 4 nye stillinger siden i går.\n\nLærer\n"
        "Oslo kommune - Oslo\nSøknadsfrist: 20.03.2026 - Intervjuer gjennomføres fortløpende"
    )
    assert kind("4 nye stillinger for deg", body, {"invitation": 0.89, "other": 0.11}) is (
        Kind.OTHER
    )


def test_an_indonesian_invitation_to_an_interview_in_english_words() -> None:
    body = (
        "Dengan hormat,\n\nbersama ini kami mengundang Saudara untuk mengikuti Interview User "
        "untuk posisi Mekanik pada Senin, 28 September 2026 pukul 08.30 WITA. Mohon konfirmasi "
        "melalui WhatsApp. Pewawancara: Ir. Bambang (Superintendent Workshop)."
    )
    textcat = {"invitation": 0.77, "other": 0.23}
    got = kind("Undangan Interview User - Mekanik", body, textcat, True)
    assert got is Kind.INVITATION


def test_a_reporting_time_and_a_trade_test_row_are_not_the_interview() -> None:
    sent = datetime(2026, 10, 12, 9, tzinfo=zone("Asia/Karachi"))
    text = "Date: 29-10-2026\nReporting time:   09:00 AM\nInterview time:   10:00 AM\n"
    found = candidates(text, sent, zone("Asia/Karachi"), True)
    assert [f.start.hour for f in interview_times(found, text)] == [10]
    text = (
        "Date: Tuesday 20 October 2026\n07:30 - 10:00   Trade test (pump alignment), Workshop\n"
        "10:30 - 11:30   Panel interview, Admin Block\n"
    )
    found = candidates(text, sent, zone("Africa/Accra"), True)
    assert [f.start.strftime("%H:%M") for f in interview_times(found, text)] == ["10:30"]


def test_bst_from_bangladesh_is_bangladesh_time() -> None:
    sent = datetime(2026, 11, 8, 15, tzinfo=zone("Asia/Dhaka"))
    text = "Schedule: Sunday, 15 November 2026 at 11:30 AM (BST)"
    found = candidates(text, sent, zone("Asia/Dhaka"), True)
    assert [f.start.isoformat() for f in found] == ["2026-11-15T11:30:00+06:00"]
    london = candidates(text, sent, zone("Europe/London"), True)
    assert [f.start.isoformat() for f in london] == ["2026-11-15T11:30:00+00:00"]


def test_a_numeric_date_spaced_after_its_dots() -> None:
    sent = datetime(2026, 10, 1, 9, tzinfo=zone("Europe/Prague"))
    text = "Pohovor proběhne ve čtvrtek 8. 10. 2026 od 13:30 hod. v budově ředitelství."
    found = candidates(text, sent, zone("Europe/Prague"), False)
    assert [f.start.isoformat() for f in found] == ["2026-10-08T13:30:00+02:00"]


def test_a_german_process_to_be_concluded_by_a_date() -> None:
    text = (
        "Die Bewerbungsfrist endet am 30.11.2026. Wir beabsichtigen, das Auswahlverfahren bis "
        "zum 18.12.2026 abzuschließen."
    )
    assert decision_date(text, date(2026, 11, 12), "DE", True) == date(2026, 12, 18)


def test_a_countrys_time_in_spanish_after_its_clock_change() -> None:
    sent = datetime(2026, 4, 1, 10, tzinfo=zone("Etc/GMT+3"))
    text = "Miércoles 8 de abril\n11:00 a 12:00 hrs (hora de Chile continental)"
    found = candidates(text, sent, zone("Etc/GMT+3"), True)
    assert [f.start.isoformat() for f in found][:1] == ["2026-04-08T11:00:00-04:00"]


def test_a_time_converted_into_another_zone_is_no_second_time() -> None:
    sent = datetime(2026, 9, 8, 7, tzinfo=zone("Europe/Copenhagen"))
    text = "Could we do Monday 14 September at 15:00 Copenhagen time (18:30 in Mumbai) instead?"
    found = candidates(text, sent, zone("Europe/Copenhagen"), True)
    assert [f.start.strftime("%H:%M") for f in conversions(found)] == ["15:00"]
    assert [f.start.strftime("%H:%M") for f in interview_times(found, text)] == ["15:00"]
    rooms = "Slots: Monday 10:00 (room A), Tuesday 14:00 (room B)"
    assert len(conversions(candidates(rooms, sent, zone("Europe/Copenhagen"), True))) == 2
