"""Round 8 (blind waves 12 and 14): who interviews and who does not.

- "Herr Schulz ist auf einer Baustelle gebunden; an seiner Stelle nimmt Frau Vogel teil":
  the clause after the semicolon opens with "in his place", so the one before drops out;
- "If successful, you will be booked for a medical with Dr. Yaw Boateng": a later step;
- "Ich selbst bin beim Gespräch nicht dabei": the writer says they are not there;
- "You'll meet me again, together with ...", "... și de subsemnata": the writer is;
- "Vous serez reçue par Mme ... et M. ...": received by whom one meets;
- a "Graduate Programme Manager" schedules an assessment day, and is no interviewer."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

from followup.understand.meeting_lines import MEET
from followup.understand.panel_lists import label_list
from followup.understand.pipeline import Understander
from followup.understand.signature import RECRUITING_TITLE
from followup.understand.substitutes import replaced
from followup.understand.writer import runs_it_themselves
from followup.understand.zones import zone
from understand_mail import email


def test_in_his_place_opening_the_next_clause_drops_the_one_before() -> None:
    line = "Herr Brandl ist kurzfristig auf einer Messe in Hannover gebunden; an seiner Stelle nimmt Frau Dr. Petra Lind teil. Herr Öz bleibt dabei."
    assert replaced(line, line.find("Brandl"))
    assert not replaced(line, line.find("Petra"))
    assert not replaced(line, line.find("Öz"))
    english = "Tom Hardy is stuck on a site visit in Leeds; in his place, Ana Ruiz will join."
    assert replaced(english, 0)
    assert not replaced(english, english.find("Ana"))


MEDICAL = "Dear Kwame,\n\nWe are pleased to invite you to an interview for the position of Electrician at our Obuasi site on Thursday, 22 October 2026 at 10:00.\n\nPanel: Esi Owusu (Electrical Supervisor) and Yaw Darko (Maintenance Manager)\n\nIf successful, you will be booked for a pre-employment medical with Dr. Kojo Addo at the site clinic.\n\nKind regards,\nRecruitment Team"


def test_a_doctor_for_a_later_medical_is_no_interviewer(understander: Understander) -> None:
    message = email(
        MEDICAL,
        subject="Interview - Electrician - Thursday 22 October",
        sender="Recruitment <recruitment@goldfields.example>",
        to="Kwame Asante <kwame@example.com>",
        date=datetime(2026, 10, 12, 10, tzinfo=zone("Africa/Accra")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Esi Owusu", "Yaw Darko"}


def test_a_writer_who_says_they_are_not_there_does_not_run_it() -> None:
    text = "Ihre Gesprächspartner:\nIng. Paul Wimmer, Teamleiter\n\nIch selbst bin beim Gespräch nicht dabei – bei Fragen erreichen Sie mich aber gerne.\n\nFreundliche Grüße\nAnna Moser\nRecruiting"
    message = email(text, sender="Anna Moser <anna.moser@bahn.example>")
    assert not runs_it_themselves(message.new_text, message)


def test_a_writer_met_again_or_signing_as_the_undersigned_runs_it() -> None:
    again = "You'll meet me again, together with Ola Berg, our design lead.\n\nBest,\nKari Lunde"
    message = email(again, sender="Kari Lunde <kari@learn.example>")
    assert runs_it_themselves(message.new_text, message)
    romanian = "Interviul va fi susținut de dl. ing. Radu Ionescu, Director Tehnic, și de subsemnata.\n\nCu stimă,\nElena Dobre"
    message = email(romanian, sender="Elena Dobre <elena@constructii.example>")
    assert runs_it_themselves(message.new_text, message)


RECUE = "Madame,\n\nNous vous proposons un entretien le vendredi 17 avril de 14h00 à 15h00, dans nos locaux de Genève.\n\nVous serez reçue par Mme Claire Dufour, Directrice Produit, et M. Luc Morel, Formateur Senior.\n\nMeilleures salutations\n\nNadia Favre\nResponsable RH"


def test_received_by_names_whom_one_meets(understander: Understander) -> None:
    message = email(
        RECUE,
        subject="Entretien – Chargée de formation",
        sender="Nadia Favre <n.favre@logiciel.example>",
        to="Julie Martin <julie.martin@example.ch>",
        date=datetime(2026, 4, 8, 9, tzinfo=zone("Europe/Zurich")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Claire Dufour", "Luc Morel"}


def test_who_runs_a_graduate_scheme_signs_as_staff() -> None:
    assert RECRUITING_TITLE.search("Graduate Programme Manager")
    assert RECRUITING_TITLE.search("Early Careers Lead")
    assert not RECRUITING_TITLE.search("Plant Manager")


BOARD = "CITY OF RIVERTON\nCivil Service Commission\n\nYou are scheduled for an oral board interview on Wednesday, October 7, 2026 at 0830 hours.\n\nOral board members:\n  Battalion Chief Omar Reyes\n  Captain Dana Whitlock\n\nAll candidates are asked the same questions. Please do not reply to this email.\n\nMarla Voss\nCivil Service Director\nCity of Riverton"


def test_an_oral_board_list_and_a_signature_without_sign_off(
    understander: Understander,
) -> None:
    message = email(
        BOARD,
        subject="Firefighter - Oral Board Interview Notice",
        sender="City of Riverton Civil Service <civilservice@riverton.example>",
        to="Marcus Lee <marcus.lee@example.com>",
        date=datetime(2026, 9, 20, 10, tzinfo=zone("America/Chicago")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Omar Reyes", "Dana Whitlock"}


KOMMISSION = "Sehr geehrter Herr Nowak,\n\nwir laden Sie zu einem Auswahlgespräch am Dienstag, 13.10.2026, 09:30 Uhr ein.\n\nDer Auswahlkommission gehören an:\n- Dipl.-Ing. Jens Krüger, Bereichsleiter Netze\n- Dr. Petra Albers, Abteilungsleiterin Personal\n\nZu Beginn bitten wir Sie um eine kurze Präsentation von zehn Minuten zum Thema Netzbetrieb. Ein Beamer steht zur Verfügung.\n\nMit freundlichen Grüßen\n\nMelanie Roth\nSachbearbeiterin Personalgewinnung"


def test_a_paragraph_after_a_panel_list_is_no_item_of_it(understander: Understander) -> None:
    message = email(
        KOMMISSION,
        subject="Einladung zum Vorstellungsgespräch – Meister/in Netzbetrieb",
        sender="Personalabteilung Stadtwerke <bewerbung@stadtwerke.example>",
        to="Piotr Nowak <piotr.nowak@example.de>",
        date=datetime(2026, 9, 28, 10, tzinfo=zone("Europe/Berlin")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Jens Krüger", "Petra Albers"}


UNDANGAN = "Dengan hormat,\n\nKami mengundang Saudara untuk mengikuti Interview User dengan jadwal sebagai berikut:\n\nHari/Tanggal : Senin, 28 September 2026\nWaktu : 08.30 WITA\nPewawancara : Ir. Bambang Susilo (Plant Manager)\n\nMohon konfirmasi kehadiran melalui WhatsApp.\n\nHormat kami,\n\nSiti Rahmawati Putri\nRecruitment Officer\nPT Tambang Contoh"


def test_an_indonesian_sign_off_starts_the_signature(understander: Understander) -> None:
    message = email(
        UNDANGAN,
        subject="Undangan Interview User - Mechanic",
        sender="HR Recruitment PT Tambang Contoh <recruitment@tambang.example>",
        to="Rudi Hartono <rudi@example.co.id>",
        date=datetime(2026, 9, 20, 10, tzinfo=zone("Asia/Makassar")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert "Siti Rahmawati Putri" not in names


COME_BY = "Hi Marta,\n\nThanks for the call earlier.\n\nCould you come by the office tomorrow at 9? I'll bring Inès from QA, it should take 45 min max.\n\nLuc\n\nSent from my iPhone"


def test_a_manager_who_brings_a_colleague_meets_the_user_with_them() -> None:
    message = email(COME_BY, sender="Luc Favre <luc.favre@robotics.example>")
    assert runs_it_themselves(message.new_text, message)
    assert MEET.search("I'll bring Inès from QA, it should take 45 min max.")


def test_me_in_brackets_in_other_languages() -> None:
    text = "Mülakatınız, İK Uzmanı Ayşe Kaya (ben) ve Ekip Lideri Can Öztürk ile gerçekleştirilecektir.\n\nSaygılarımızla,\nAyşe Kaya"
    message = email(text, sender="Ayşe Kaya <ayse.kaya@yazilim.example>")
    assert runs_it_themselves(message.new_text, message)


def test_an_interviewers_label_and_its_and_in_indonesian_and_turkish() -> None:
    found = label_list(
        "Pewawancara  : Ir. Budi Santoso (Plant Manager) dan Sugiarto (Superintendent Workshop)"
    )
    assert [m.name for m in found] == ["Budi Santoso", "Sugiarto"]
    found = label_list("Görüşmeciler: Ayşe Kaya (İK Uzmanı) ve Can Öztürk (Ekip Lideri)")
    assert [m.name for m in found] == ["Ayşe Kaya", "Can Öztürk"]
