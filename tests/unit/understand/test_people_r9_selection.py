"""Round 9: who is in the interview and who is not, in more ways mail says it.

- "Mr Hoffmann has to travel to Brno, so he will not be available": he is out;
- "..., so you'll have two interviewers instead of one" replaces nobody;
- Polish: "jest na zwolnieniu lekarskim", "Pan Tomasz zastąpi Pana Piotra";
- "You'll be meeting Marcus Bell" (the NER says ORG) when the message names him again;
- "It'll be Rahul from our catheter platform team and myself";
- a welcome talk from the CEO on the day's agenda is no interview;
- French formal closings start the signature; observers in other languages;
- "Finance & Admin Manager" is a title, not logistics; "Skład komisji:" heads a list;
- quoted history under Polish and other Outlook banners is not the new text."""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

from datetime import datetime

from followup.model import Person
from followup.understand.aside import aside, observes
from followup.understand.coordinators import only_schedules
from followup.understand.first_names import lone_given
from followup.understand.meeting_lines import LIST_HEADER, MEET
from followup.understand.panel_lists import list_item, table_column
from followup.understand.parse import split_quoted
from followup.understand.pipeline import Understander
from followup.understand.rounds import earlier_round
from followup.understand.signature import RECRUITING_TITLE, body_lines
from followup.understand.substitutes import absent, replaced
from followup.understand.writer import runs_it_themselves
from followup.understand.zones import zone
from understand_mail import email


def test_a_pronoun_clause_after_so_says_who_is_out() -> None:
    line = "Mr Hoffmann has to travel to our plant in Brno next week, so he will not be available."
    assert replaced(line, line.find("Hoffmann"))
    kept = "Tom Hardy will lead the session, so he will ask most of the questions."
    assert not replaced(kept, 0)


def test_a_count_of_interviewers_instead_of_another_count_replaces_nobody() -> None:
    line = "Nadia Rahman, Staff Product Manager, will join Tom Becker, our Head of Product, so you'll have two interviewers instead of one."
    assert not replaced(line, 0)
    assert not replaced(line, line.find("Tom"))
    swap = "Nadia Rahman is out sick, so Tom Becker will take the round instead."
    assert replaced(swap, 0)


def test_polish_absence_and_substitution() -> None:
    sick = "Pan Piotr Nowak jest niestety na zwolnieniu lekarskim."
    assert replaced(sick, sick.find("Piotr"))
    swap = "(Pan Tomasz zastąpi Pana Piotra, więc część techniczna zostanie omówiona z nim.)"
    assert replaced(swap, swap.find("Piotra"))
    assert not replaced(swap, swap.find("Tomasz"))


AGENCY = "Hi Sophie,\n\nGreat news – Aldgate Bank would like to meet you! Confirmation from their HR team below. You'll be meeting Marcus Bell, who'd be your line manager, and Fiona Adair from his team. Marcus is very hands-on, so expect detailed questions on PD/LGD modelling.\n\nCheers,\nTom\n\nTom Keating\nPrincipal Consultant, Harper Blake Recruitment\n\nFrom: Rosie Kemp <rosie.kemp@aldgatebank.example>\nSent: 14 April 2026 11:52\nTo: Tom Keating <tom.keating@harperblake.example>\nSubject: Interview confirmation - Credit Risk Analyst\n\nHi Tom,\n\nPlease can you confirm the below to Sophie:\n\nDate: Wednesday 22nd April 2026\nTime: 11:00 – 12:00\nInterviewers: Marcus Bell (Head of Credit Risk) and Fiona Adair (Senior Credit Analyst)\n\nMany thanks,\nRosie Kemp\nHR Coordinator, Aldgate Bank"


def test_a_name_met_that_the_ner_calls_an_organisation_is_kept_when_written_again(
    understander: Understander,
) -> None:
    message = email(
        AGENCY,
        subject="FW: Interview confirmation - Credit Risk Analyst",
        sender="Tom Keating <tom.keating@harperblake.example>",
        to="Sophie Laurent <sophie.laurent@example.co.uk>",
        date=datetime(2026, 4, 14, 12, tzinfo=zone("Europe/London")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Marcus Bell", "Fiona Adair"}


CORRIB = "Hi Tomasz,\n\nWednesday at 4 works. It'll be Rahul from our catheter platform team and myself, we have 45 minutes booked. I'll send a Teams link in the morning.\n\nTalk then,\nMegan\n\nMegan Tully\nTechnical Recruiter, Corrib Medical\n\nOn Thu, 7 May 2026 at 14:21, Tomasz Wójcik <tomasz.wojcik@example.de> wrote:\n> Hi Megan,\n> I could do Tuesday 12 May after 3pm or Wednesday 13 May between 2 and 5pm.\n> Tomasz"


def test_a_given_name_from_a_team_and_the_writer(understander: Understander) -> None:
    message = email(
        CORRIB,
        subject="Re: R&D Engineer – second interview times",
        sender="Megan Tully <megan.tully@corribmedical.example>",
        to="Tomasz Wójcik <tomasz.wojcik@example.de>",
        date=datetime(2026, 5, 7, 15, tzinfo=zone("Europe/Dublin")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Rahul", "Megan Tully"}


AGENDA = "Dear Harriet,\n\nWe are delighted to invite you to our Assessment Centre for the Buying Graduate Scheme at our head office in Leeds.\n\nDate: Wednesday 25 November 2026\n\nThe day\n\n- 09:30 Welcome talk from our CEO, Mark Ellison\n- 10:00 Group exercise (observed by our assessors)\n- 12:00 Lunch\n- 14:30 Final interview with Rebecca Hughes, Buying Director - Womenswear\n\nBest wishes,\nAmelia Clarke\nEarly Careers Advisor"


def test_a_welcome_talk_on_the_agenda_is_no_interview(understander: Understander) -> None:
    message = email(
        AGENDA,
        subject="Your Assessment Centre - Buying Graduate Scheme",
        sender="Early Careers Team <earlycareers@pennine.example>",
        to="Harriet Osei <harriet.osei@example.co.uk>",
        date=datetime(2026, 11, 10, 9, tzinfo=zone("Europe/London")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Rebecca Hughes"}


def test_french_formal_closings_start_the_signature() -> None:
    text = "Le jury sera composé de M. Ousmane Diallo.\n\nVeuillez agréer, Monsieur, l'expression de nos salutations distinguées.\n\nPour le Directeur et par délégation,\nFatou Bintou Cissé\nChef du Bureau du Recrutement"
    main, signature = body_lines(text)
    assert "Fatou Bintou Cissé" in signature
    assert all("Fatou" not in line for line in main)


JURY = "Monsieur,\n\nL'entretien se tiendra le jeudi 16 avril 2026 à 10 heures.\n\nLe jury sera composé comme suit :\n - M. Ousmane Diallo, Directeur de la Planification, président ;\n - Dr Ibrahima Kane, Coordonnateur du projet, membre.\n\nM. Cheikh Tidiane Sarr, représentant du bailleur, assistera à l'entretien en qualité d'observateur.\n\nVeuillez agréer, Monsieur, l'expression de nos salutations distinguées.\n\nFatou Bintou Cissé\nChef du Bureau du Recrutement"


def test_an_observer_in_french_and_the_signer_are_no_interviewers(
    understander: Understander,
) -> None:
    message = email(
        JURY,
        subject="Convocation à l'entretien",
        sender="Direction des Ressources Humaines <drh@sante.example.sn>",
        to="Mamadou Faye <ml.faye@example.sn>",
        date=datetime(2026, 4, 9, 9, tzinfo=zone("Africa/Dakar")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Ousmane Diallo", "Ibrahima Kane"}


def test_admin_in_a_title_is_no_logistics() -> None:
    juma = Person(name="Juma Kiprono", email="juma@ngo.example", title=None)
    listed = email(
        "Interview panel:\n- Juma Kiprono - Meneja wa Fedha (Finance & Admin Manager)\n\nRegards,\nRehema",
        sender="Rehema Massawe <rehema@ngo.example>",
    )
    assert not only_schedules(juma, listed, writer_joins=False)
    admin = email(
        "Juma Kiprono will handle the admin for the day.\n\nRegards,\nRehema",
        sender="Rehema Massawe <rehema@ngo.example>",
    )
    assert only_schedules(juma, admin, writer_joins=False)


def test_a_name_a_dash_a_title_and_its_translation() -> None:
    items = list_item("Neema Mwakyusa - Mkurugenzi wa Programu (Director of Programs)")
    assert [(m.name, m.title) for m in items] == [("Neema Mwakyusa", "Mkurugenzi wa Programu")]


def test_commissions_in_more_languages_head_a_list() -> None:
    assert LIST_HEADER.search("Skład komisji konkursowej:")
    assert LIST_HEADER.search("Επιτροπή συνέντευξης:")


def test_quoted_history_under_polish_and_other_banners_is_not_new() -> None:
    polish = "Nowy termin: wtorek.\n\n-----Wiadomość oryginalna-----\nOd: Karolina\nRozmowę przeprowadzą Piotr Nowak."
    assert "Piotr" not in split_quoted(polish)
    outlook = "Nowy termin: wtorek.\n\nOd: Karolina Zielińska\nWysłano: środa, 14 października 2026 11:02\nDo: Michał\nTemat: Zaproszenie\n\nPiotr Nowak"
    assert "Piotr" not in split_quoted(outlook)
    portuguese = "Confirmado.\n\nEm qui., 7 de mai. de 2026 às 14:21, Ana Lima <ana@x.example> escreveu:\n> com Paulo Reis"
    assert "Paulo" not in split_quoted(portuguese)


ROOM_ICS = """BEGIN:VCALENDAR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:room-guest-1
DTSTART:20261029T130000Z
DTEND:20261029T140000Z
SUMMARY:Second interview
ORGANIZER;CN=Lotte de Graaf:mailto:recruitment.events@vdm.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=Ruud Verhoeven:mailto:ruud.verhoeven@vdm.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=Sanne Bakker:mailto:sanne.bakker@example.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=HK-Zaandam 3.14 Vergaderruimte (8):mailto:hk.zaandam.3.14@vdm.example
END:VEVENT
END:VCALENDAR
"""


def test_a_room_invited_as_a_person_is_no_interviewer(understander: Understander) -> None:
    message = email(
        "Dear Sanne,\n\nPlease find attached the invitation for your second interview.\n\nKind regards,\n\nLotte de Graaf\nRecruitment Coordinator",
        subject="Second interview - Category Manager",
        sender="Recruitment Coordinator <recruitment.events@vdm.example>",
        to="Sanne Bakker <sanne.bakker@example.nl>",
        date=datetime(2026, 10, 20, 9, tzinfo=zone("Europe/Amsterdam")),
        calendars=[ROOM_ICS],
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Ruud Verhoeven"}


BANCA = "Prezado candidato,\n\nFica CONVOCADO para a etapa de entrevista no dia 25/03/2026, às 14h20.\n\nBanca examinadora:\n\n- Helena Cristina Bastos – Diretora de Ensino\n- Márcio Aurélio Figueiredo – Supervisor Escolar\n- Sandra Regina Pacheco (membro suplente)\n\nAtenciosamente,\nComissão Organizadora"


def test_an_alternate_board_member_is_no_interviewer(understander: Understander) -> None:
    message = email(
        BANCA,
        subject="Convocação para entrevista",
        sender="Secretaria Municipal de Educação <selecao@aguasclaras.example.gov.br>",
        to="Rafael Moura <rafael@example.com.br>",
        date=datetime(2026, 3, 18, 9, tzinfo=zone("America/Sao_Paulo")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Helena Cristina Bastos", "Márcio Aurélio Figueiredo"}


def test_our_interview_is_the_firms_when_a_recruiter_writes() -> None:
    recruiter = email(
        "Dear Tomasz,\n\nunfortunately I have to cancel our interview on Friday. The position has been put on hold.\n\nKind regards\nMelanie Kruse\nTalent Acquisition\nNordwerk Robotics GmbH",
        sender="Melanie Kruse <melanie.kruse@nordwerk.example>",
    )
    assert not runs_it_themselves(recruiter.new_text, recruiter)
    manager = email(
        "Hi Kenji,\n\nI've come down with the flu, so I need to cancel our 10am interview tomorrow. Our recruiter Jake will be in touch to rebook.\n\nMia\n\nMia Schultz\nEngineering Manager, Wavecrest",
        sender="Mia Schultz <mia.schultz@wavecrest.example>",
    )
    assert runs_it_themselves(manager.new_text, manager)


def test_an_italian_writer_with_me_and_a_turkish_meeting_line() -> None:
    italian = email(
        "Ciao Alessio,\n\nse ti va passa giovedì alle 11 qui in hotel per un colloquio con me e con Federica, la nostra responsabile di sala.\n\nA presto,\nMarco Bellini\nDirettore",
        sender="Marco Bellini <direzione@villafiorita.example.it>",
    )
    assert runs_it_themselves(italian.new_text, italian)
    assert MEET.search("Mülakatınız, Zeynep Aydın ve Emre Çelik ile gerçekleştirilecektir.")


SCHEDULE = "Hi Jordan,\n\nYour final round is confirmed for Monday, June 8:\n\n10:00 - 10:45  Ravi Patel, Staff Engineer (coding)\n10:45 - 11:30  Dana Lee, Engineering Manager (behavioral)\n11:30 - 12:00  Lunch with the team\n12:00 - 12:45  Tom Baker, VP Engineering\n\nThe coordinator, Ana Flores, will meet you in the lobby at 9:45.\n\nBest,\nKim Ng"


def test_the_people_of_a_schedules_slots(understander: Understander) -> None:
    message = email(
        SCHEDULE,
        subject="Final round schedule",
        sender="Kim Ng <kim.ng@acme.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("America/New_York")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Ravi Patel", "Dana Lee", "Tom Baker"}


def test_someone_met_with_you_and_the_writer(understander: Understander) -> None:
    message = email(
        "Hi Jordan,\n\nI'm the hiring manager for the Backend Engineer role. I'd like to schedule a 45-minute technical conversation with you and Marcus Webb from my team. Would Thursday at 3pm ET work?\n\nBest,\nElena Rossi\nEngineering Manager",
        subject="Technical interview",
        sender="Elena Rossi <elena@devco.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("America/New_York")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Elena Rossi", "Marcus Webb"}


CONFIRMED = "Confirmed - see you Tuesday!\n\nKim\n\nOn Mon, Jun 1, 2026 at 9:00 AM Jordan Avery <jordan.avery@example.net> wrote:\n> Tuesday at 2pm works for me.\n>\n> On Fri, May 29, 2026, Kim Ng <kim.ng@acme.example> wrote:\n>> Hi Jordan, we'd like to invite you to a panel interview with Dana Lee (Engineering Manager) and Ravi Patel (Staff Engineer). Would Tuesday June 2 at 2pm ET or Wednesday at 10am ET work?\n>> Kim"


def test_the_users_own_quoted_words_say_nothing_of_who_interviews(
    understander: Understander,
) -> None:
    message = email(
        CONFIRMED,
        subject="Re: Panel interview",
        sender="Kim Ng <kim.ng@acme.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("America/New_York")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Dana Lee", "Ravi Patel"}


def test_someone_the_user_spoke_with_last_week_is_of_an_earlier_round() -> None:
    clause = "Greg Lund, who you spoke with last week, passed along very positive notes"
    assert earlier_round(clause, "Greg Lund")
    assert not earlier_round("You will meet Tom Hardy, who leads our data team", "Tom Hardy")


def test_the_writer_named_among_those_met_and_a_shadow_who_asks_nothing(
    understander: Understander,
) -> None:
    italian = "Incontrerai l'Ing. Luca Bianchi, responsabile tecnico, e la Dott.ssa Chiara Conti dell'ufficio HR."
    assert observes("Sofia Marin", "Sofia Marin will shadow the interview and won't ask questions.")
    assert not observes("Tom Hardy", "Tom Hardy will ask you about system design.")
    message = email(
        f"Ciao Jordan,\n\nti confermo il colloquio di giovedì 11 giugno alle 15:00. {italian}\n\nA presto,\nChiara Conti\nHR Specialist",
        sender="Chiara Conti <c.conti@azienda.example.it>",
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Luca Bianchi", "Chiara Conti"}


def test_the_people_column_of_a_table_in_other_languages() -> None:
    assert table_column("Entrevistador | Puesto") == 0
    assert table_column("Zeit | Gesprächspartner | Thema") == 1


def test_someone_out_while_the_interview_goes_on_with_another_only() -> None:
    line = (
        "Your interview is now on Thursday at 10am ET, with Dana Lee only - Ravi is out that week."
    )
    assert absent(line) == {"ravi"}
    assert absent("Lisa is out on Monday, so the only slot is Tuesday.") == set()


def test_recruiting_titles_in_more_languages() -> None:
    for title in (
        "İşe Alım Uzmanı | İnsan Kaynakları",
        "Técnica de Recursos Humanos",
        "人事部 採用担当",
    ):
        assert RECRUITING_TITLE.search(title), title
    assert not RECRUITING_TITLE.search("Teknik Direktör")


def test_the_writer_who_will_also_be_present_and_a_booking_page_for_a_panel() -> None:
    french = email(
        "Bonjour Jordan,\n\nje vous confirme votre entretien le mardi 9 juin à 14h avec Mme Claire Dubois, Directrice financière. Je serai également présente.\n\nBien cordialement,\nNathalie Roux\nResponsable recrutement",
        sender="Nathalie Roux <n.roux@groupe.example.fr>",
    )
    assert runs_it_themselves(french.new_text, french)
    panel = email(
        "Hi Jordan,\n\nIt will be a panel with three people from the team: Ana, Ben and Chloe. Please pick a time here: https://calendly.com/acme/panel\n\nKim Ng\nRecruiter",
        sender="Kim Ng <kim.ng@acme.example>",
    )
    assert not runs_it_themselves(panel.new_text, panel)
    own = email(
        "Hi Jordan,\n\nPlease grab 30 minutes for a first chat: https://calendly.com/kim-ng/30min\n\nKim Ng\nRecruiter",
        sender="Kim Ng <kim.ng@acme.example>",
    )
    assert runs_it_themselves(own.new_text, own)


PANEL_KE = "Dear Jordan,\n\nYou are invited for an oral interview on Thursday 11th June 2026 at 10.00 a.m.\n\nThe interview panel shall be chaired by Mr. John Kamau, Chairperson CPSB, and will include Mrs. Grace Wanjiru and Dr. Peter Otieno.\n\nSigned,\nMary Akinyi\nSecretary/CEO, County Public Service Board"
SCHOOL = "Dear Jordan,\n\nWe would like to invite you to a video interview on Tuesday 9 June at 4pm Singapore time.\n\nYour interview will be conducted by our Principal, Dr Susan Tan, and the Head of Mathematics, Mr Kevin Lim.\n\nBest regards,\nHR Department"


def test_signed_closes_and_a_title_read_too_far_hides_no_one(understander: Understander) -> None:
    kenya = email(
        PANEL_KE,
        subject="Invitation for interview",
        sender="CPSB <cpsb@county.example.go.ke>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("Africa/Nairobi")),
    )
    names = {p.name for p in understander.facts(kenya).interviewers}
    assert names == {"John Kamau", "Grace Wanjiru", "Peter Otieno"}
    school = email(
        SCHOOL,
        subject="Interview - Mathematics Teacher",
        sender="HR <hr@greenfield.example.edu.sg>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("Asia/Singapore")),
    )
    names = {p.name for p in understander.facts(school).interviewers}
    assert names == {"Susan Tan", "Kevin Lim"}


def test_as_mentioned_the_call_with_our_head_of_engineering(understander: Understander) -> None:
    message = email(
        "Hi Jordan,\n\nGreat speaking with you earlier! As mentioned, the next step is a call with our Head of Engineering, Michael Chen. I've sent a calendar invite for Friday at 11am ET.\n\nCheers,\nKim Ng\nTalent Partner",
        subject="Next step",
        sender="Kim Ng <kim.ng@acme.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("America/New_York")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Michael Chen"}


def test_a_later_step_of_the_day_and_a_secretarys_label(understander: Understander) -> None:
    day = email(
        "Hi Jordan,\n\nWe're pleased to invite you to our final round on Monday, June 8 at 9am ET at our Boston office. You'll meet Partner Sarah Whitman and Principal James O'Connor, then have lunch with our Analyst Program Lead.\n\nBest,\nKim Ng\nRecruiting",
        subject="Final round",
        sender="Kim Ng <kim.ng@consult.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("America/New_York")),
    )
    names = {p.name for p in understander.facts(day).interviewers}
    assert names == {"Sarah Whitman", "James O'Connor"}
    tribunal = email(
        "Estimado Jordan:\n\nLe convocamos a la entrevista el martes 9 de junio a las 10:00.\n\nTribunal:\n- Presidente: D. Andrés Molina García\n- Vocal: Dña. Elena Vidal Soler\n- Secretaria: Dña. Lucía Prieto Ruiz (con voz y sin voto)\n\nAtentamente,\nServicio de Personal",
        subject="Convocatoria",
        sender="Servicio de Personal <personal@ayto.example.es>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("Europe/Madrid")),
    )
    names = {p.name for p in understander.facts(tribunal).interviewers}
    assert "Lucía Prieto Ruiz" not in names


def test_a_paper_to_bring_is_no_japanese_name() -> None:
    assert list_item("職務経歴書") == []
    assert [m.name for m in list_item("開発部長 佐藤 健")] == ["佐藤 健"]


def test_an_optional_guest_who_may_join_if_his_schedule_allows() -> None:
    line = "Tom Baker is optional - he may join if his schedule allows."
    assert aside("Tom Baker", line, line)
    kept = "You'll meet Dana Lee, who is free all afternoon."
    assert not aside("Dana Lee", kept, kept)


def test_whom_to_confirm_with_is_no_interviewer(understander: Understander) -> None:
    message = email(
        "Hi Jordan,\n\nWe'd like to invite you to interview for the Marketing Manager role on Tuesday June 9 at 10am ET with Rachel Green, Head of Marketing.\n\nPlease confirm your availability with Phoebe Buffay in our People team.\n\nThanks,\nKim Ng",
        subject="Interview invitation",
        sender="Kim Ng <kim.ng@acme.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("America/New_York")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Rachel Green"}


def test_met_after_a_title_and_received_by_two(understander: Understander) -> None:
    portuguese = email(
        "Olá Jordan,\n\nGostaríamos de te convidar para uma conversa com a nossa coordenadora de enfermagem, Enf. Patrícia Lopes, na quinta-feira (11/06) às 14h, no Hospital Santa Luzia.\n\nAbraço,\nRenata Alves\nAnalista de R&S",
        subject="Convite para entrevista",
        sender="Renata Alves <renata.alves@hsl.example.com.br>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("America/Sao_Paulo")),
    )
    assert {p.name for p in understander.facts(portuguese).interviewers} == {"Patrícia Lopes"}
    french = email(
        "Bonjour M. Avery,\n\nNous avons le plaisir de vous inviter à un entretien le mercredi 10 juin 2026 à 9h00 dans nos bureaux d'Abidjan.\n\nVous serez reçu par M. Koffi Kouassi, Directeur Administratif et Financier, et Mme Aminata Traoré, Responsable des Ressources Humaines.\n\nCordialement,\nAwa Koné\nAssistante RH",
        subject="Invitation à un entretien",
        sender="Awa Koné <awa.kone@societe.example.ci>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("Africa/Abidjan")),
    )
    names = {p.name for p in understander.facts(french).interviewers}
    assert names == {"Koffi Kouassi", "Aminata Traoré"}


AGENCY_FORWARD = "Hi Jordan,\n\nGood news - Northwind have confirmed your interview, details below. Good luck!\n\nBest,\nSimon Reed\nSenior Consultant, TalentBridge Recruitment\n\n-----Original Message-----\nFrom: Helen Marsh <helen.marsh@northwind.example>\nSent: 01 June 2026 08:30\nTo: Simon Reed <simon.reed@talentbridge.example>\nSubject: Interview - J. Avery\n\nHi Simon,\n\nWe'd like to see Jordan on Thursday 4 June at 14:00 at our Leeds office. Jordan will meet Paul Grant (Finance Director) and me.\n\nThanks,\nHelen Marsh\nHR Business Partner, Northwind"


def test_the_me_of_a_forwarded_message_is_its_writer(understander: Understander) -> None:
    message = email(
        AGENCY_FORWARD,
        subject="FW: Interview - J. Avery",
        sender="Simon Reed <simon.reed@talentbridge.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("Europe/London")),
    )
    names = {p.name for p in understander.facts(message).interviewers}
    assert names == {"Paul Grant", "Helen Marsh"}


def test_it_will_just_be_the_other_one() -> None:
    assert absent("Small update: Ravi can't make it anymore, so it'll just be Dana.") == {"ravi"}
    assert absent("It'll just be a quick chat with Ravi.") == set()


def test_a_given_name_that_ends_a_sentence_and_a_chef_by_given_name(
    understander: Understander,
) -> None:
    bakery = email(
        "Hi Jordan! This is Maria from Sunrise Bakery. We got your application - can you come in for an interview Saturday at 8am? You'll meet our head baker, Luis. Thanks! Maria",
        subject="Sunrise Bakery",
        sender="Sunrise Bakery <sunrisebakery@yahoo.example>",
        to="Jordan Avery <jordan.avery@example.net>",
        date=datetime(2026, 6, 1, 9, tzinfo=zone("America/Chicago")),
    )
    assert {p.name for p in understander.facts(bakery).interviewers} == {"Luis"}
    line = "You'd work the line with Chef Marco for a couple hours."
    assert ("Marco", line.find("Marco")) in lone_given(line, 0, line, {})
