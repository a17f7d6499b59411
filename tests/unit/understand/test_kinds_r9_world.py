"""Round 9: the kinds of letters public employers, schools, hospitals, NGOs and hotels write
in their own languages — an invitation in Bulgarian, Swahili, Indonesian or traditional
Chinese; a Korean interview held in a seminar room (세미나실), no seminar; a Turkish
acknowledgement; an Indonesian job offer; an Italian public competition's "idonea ma non in
posizione utile"; a Spanish timeline "le comunicaremos la decisión"; a Portuguese "adiada
para"; a French interview cancelled because the post was frozen; WhatsApp given as the way
to answer, no scam; "Reprogramar o cancelar: <link>" under a booked call; a friend's own
forwarded invitation ("Mine is the Markets one"); documents asked for after "Thank you for
appearing before the Selection Committee"; "your application" in other languages from a
shared mail domain. Written from everyday mail of each kind, not from any corpus message."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from followup.model import Kind, Person
from followup.understand.classify import decide, veto_score
from followup.understand.decision import decision_date
from followup.understand.forwarded import forwards_own_interview
from followup.understand.pipeline import Understander
from followup.understand.vetoes import own_application
from followup.understand.zones import zone
from understand_mail import email

LEANS_INVITATION = {"invitation": 0.6, "other": 0.35}
SENT = datetime(2026, 3, 4, 10, tzinfo=zone("Europe/Sofia"))


def kind(subject: str, body: str, textcat: dict[str, float], has_time: bool = False) -> Kind:
    return decide(subject, body, [], textcat, has_time=has_time).kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Покана за интервю",
            "Уважаема г-жо Иванова,\n\nБлагодарим Ви за интереса към позицията Финансов "
            "анализатор. Каним Ви на интервю във вторник, 10 март 2026 г. от 14:00 ч.",
        ),
        (
            "Mwaliko wa usaili - Afisa Ugavi",
            "Ndugu Juma,\n\nUmechaguliwa kwa usaili wa nafasi ya Afisa Ugavi. Usaili "
            "utafanyika Jumanne, tarehe 10 Machi 2026 katika ofisi za Kaunti.",
        ),
        (
            "Undangan Wawancara",
            "Yth. Sdr. Budi,\n\nBerdasarkan hasil seleksi administrasi, Saudara kami undang "
            "untuk mengikuti wawancara pada:\nHari/Tanggal: Selasa, 10 Maret 2026\nPukul: 09.00",
        ),
        (
            "甄試通知",
            "王小姐您好：\n\n經書面審查通過，敬邀您參加面試。\n日期：2026年3月10日\n面試委員：林主任",
        ),
    ],
)
def test_invitations_in_more_languages(subject: str, body: str) -> None:
    assert kind(subject, body, LEANS_INVITATION, True) is Kind.INVITATION


def test_an_interview_in_a_seminar_room_is_no_seminar() -> None:
    body = (
        "이지훈 선생님께\n\n아래와 같이 면접을 실시하오니 참석하여 주시기 바랍니다.\n"
        "1. 채용분야: 컴퓨터공학과 조교수\n2. 일시: 2026년 5월 29일(금) 15:00\n"
        "3. 장소: 공학관 4층 412호 세미나실"
    )
    assert kind("[한빛대학교] 전임교원 공개채용 면접 안내", body, LEANS_INVITATION, True) is (
        Kind.INVITATION
    )
    assert veto_score("Your interview is in Seminar Room 2 of the library.") == 0.0
    assert veto_score("Rendez-vous en salle de séminaire B.") == 0.0
    assert veto_score("Join our seminar on interviews.") > 0.0


def test_a_turkish_acknowledgement_and_its_announcement_date() -> None:
    body = (
        "Sayın ZEYNEP ARSLAN,\n\nŞehir Plancısı ilanına başvurunuz sistemimize "
        "kaydedilmiştir.\n\nÖn değerlendirme sonuçları ve sözlü sınava çağrılacak adayların "
        "listesi en geç 30 Haziran 2026 tarihinde internet sitesinde ilan edilecektir."
    )
    assert kind("Başvurunuz alınmıştır", body, LEANS_INVITATION) is Kind.APPLICATION_ACK
    assert decision_date(body, date(2026, 6, 8), "TR", True) == date(2026, 6, 30)


def test_an_indonesian_job_offer() -> None:
    body = (
        "Yth. Bapak Andi,\n\nMenindaklanjuti tes dan wawancara, dengan senang hati kami "
        "menawarkan posisi Supervisor Gudang dengan rincian sebagai berikut:\n- Gaji pokok: "
        "Rp 9.500.000\nMohon konfirmasi paling lambat Selasa, 20 Oktober 2026."
    )
    assert kind("Surat Penawaran Kerja - Supervisor Gudang", body, LEANS_INVITATION) is (Kind.OFFER)


def test_eligible_but_not_placed_in_a_public_competition_is_a_rejection() -> None:
    body = (
        "Gentile Dott.ssa Ferri,\n\ncon riferimento all'avviso pubblico per titoli e "
        "colloquio, Le comunichiamo che nella graduatoria approvata Ella risulta idonea ma "
        "non in posizione utile per il conferimento dell'incarico.\n\nDistinti saluti"
    )
    assert kind("Esito colloquio", body, {"invitation": 0.17, "other": 0.82}) is Kind.REJECTION


def test_a_spanish_timeline_after_the_interviews() -> None:
    body = (
        "Estimado Ing. Herrera:\n\nMuchas gracias por el tiempo que dedicó el pasado jueves "
        "a las entrevistas. Todavía estamos concluyendo entrevistas con otros dos finalistas "
        "y nos comprometemos a comunicarle la decisión final a más tardar el viernes 24 de "
        "julio."
    )
    textcat = {"invitation": 0.24, "next_steps": 0.04, "other": 0.7}
    assert kind("Seguimiento a su entrevista", body, textcat) is Kind.NEXT_STEPS
    assert decision_date(body, date(2026, 7, 13), "MX") == date(2026, 7, 24)


def test_a_portuguese_postponement_is_a_reschedule() -> None:
    body = (
        "Cara Joana,\n\nPor motivos de agenda, a sua entrevista prevista para dia 10 foi "
        "adiada para quinta-feira, dia 12 de março, às 15h00, no mesmo local."
    )
    assert kind("Adiamento da entrevista", body, LEANS_INVITATION, True) is Kind.RESCHEDULE


def test_an_interview_cancelled_because_the_post_was_frozen() -> None:
    body = (
        "Madame,\n\nNous sommes au regret de vous informer que l'entretien prévu le mardi "
        "10 mars à 10h est annulé, le poste de chargée de projet ayant été gelé. Nous "
        "reviendrons vers vous si le recrutement reprend."
    )
    assert kind("Annulation de votre entretien", body, LEANS_INVITATION, True) is (
        Kind.CANCELLATION
    )


def test_whatsapp_as_the_way_to_answer_is_no_scam() -> None:
    body = (
        "Ciao Alessio,\n\ngrazie per il curriculum. Se ti va passa giovedì alle 11 qui in "
        "hotel per un colloquio con me e con Federica. Se giovedì non riesci scrivimi pure su "
        "WhatsApp al 347 555 0182.\n\nMarco"
    )
    assert kind("Re: Candidatura Chef de rang", body, {"invitation": 0.9}, True) is (
        Kind.INVITATION
    )
    scam = (
        "Congratulations! You are shortlisted for a remote data entry role paid in USDT. Your "
        "interview is via WhatsApp with our coordinator on Tuesday at 10am."
    )
    assert kind("Interview", scam, {"invitation": 0.9}, True) is Kind.OTHER


def test_a_booking_tools_change_links_change_nothing() -> None:
    body = (
        "Hola, Martín:\n\nSe programó un nuevo evento.\n\nTipo de evento:\nEntrevista "
        "telefónica (30 min) – Analista\n\nFecha/hora del evento:\n16:30 - 17:00, jueves 27 de "
        "agosto de 2026\n\nReprogramar o cancelar: https://calendly.com/cancellations/c2a7"
    )
    assert kind("Evento confirmado: Entrevista telefónica", body, {"invitation": 0.96}, True) is (
        Kind.INVITATION
    )


def test_documents_after_appearing_before_the_committee() -> None:
    body = (
        "Dear Dr. Kulkarni,\n\nThank you for appearing before the Selection Committee on 11 "
        "September 2026 for the post of Senior Resident.\n\nTo complete your file, please "
        "email the following documents within 5 working days:\n1. Degree certificate\n"
        "2. Two reference letters"
    )
    textcat = {"invitation": 0.76, "info_request": 0.1, "other": 0.12}
    assert kind("Documents required - Senior Resident", body, textcat) is Kind.INFO_REQUEST


def test_a_friend_who_says_mine_forwards_their_own_invitation() -> None:
    note = "did you get one of these too?? Mine is the Markets one. Drinks after yours?"
    forwarded = "Dear Jess,\n\nWe are delighted to confirm your place at our Superday."
    jess = Person(name="Jess Okafor", email="jess.okafor@uni.example")
    user = [Person(name="Maya Chen", email="maya.chen@uni.example")]
    assert forwards_own_interview(note, forwarded, jess, user)


@pytest.mark.parametrize(
    "text",
    [
        "आपके आवेदन के संदर्भ में आपको सूचित किया जाता है",
        "Gracias por su candidatura al puesto de Enfermera.",
        "Başvurunuz değerlendirilmiştir.",
    ],
)
def test_your_application_in_other_languages(text: str) -> None:
    assert own_application("Interview", text, text)


def test_a_hindi_invitation_from_a_shared_mail_domain_is_no_colleagues_meeting() -> None:
    body = (
        "प्रति,\nश्री दीपक कुमार सैनी\n\nआपके आवेदन के संदर्भ में आपको सूचित किया जाता है कि पीजीटी "
        "रसायन विज्ञान पद हेतु साक्षात्कार निम्नानुसार होगा:\n\nदिनांक: 30 अप्रैल 2026 (गुरुवार)\n"
        "साक्षात्कार: प्रातः 11:30 बजे से"
    )
    facts = Understander().facts(
        email(
            body,
            subject="साक्षात्कार हेतु आमंत्रण – पीजीटी रसायन विज्ञान (PGT Chemistry)",
            sender="School Office <office.school@example.in>",
            to="Deepak Saini <deepak.saini@example.in>",
            date=datetime(2026, 4, 22, 13, tzinfo=zone("Asia/Kolkata")),
        )
    )
    assert facts.kind is Kind.INVITATION
    assert facts.start is not None and facts.start.isoformat() == "2026-04-30T11:30:00+05:30"


def test_a_guests_acceptance_goes_to_the_organiser() -> None:
    body = (
        "Omar Haddad has accepted this invitation.\n\nInterview - Jordan Avery\n"
        "Thu Mar 12, 2026 3pm - 4pm Central Time"
    )
    assert kind("Accepted: Interview - Jordan Avery", body, {"invitation": 0.9}, True) is (
        Kind.OTHER
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Rezultat selekcije",
            "Poštovani,\n\nzahvaljujemo na sudjelovanju u razgovoru za radno mjesto. Nažalost, "
            "obavještavamo Vas da niste izabrani.\n\nS poštovanjem",
        ),
        (
            "Sonuç bildirimi",
            "Sayın Aday,\n\nMülakatınız için teşekkür ederiz. Maalesef başvurunuz olumlu "
            "sonuçlanmamıştır.\n\nSaygılarımızla",
        ),
        (
            "Hasil Seleksi",
            "Yth. Sdr. Budi,\n\nTerima kasih telah mengikuti wawancara. Dengan berat hati kami "
            "sampaikan bahwa Saudara belum dapat kami terima pada posisi ini.",
        ),
        (
            "Kết quả phỏng vấn",
            "Chào anh Bảo,\n\nCảm ơn anh đã tham gia phỏng vấn vị trí Kỹ sư. Rất tiếc, anh không "
            "được chọn cho vị trí này.",
        ),
    ],
)
def test_rejections_in_more_languages(subject: str, body: str) -> None:
    assert kind(subject, body, {"invitation": 0.6, "rejection": 0.1, "other": 0.3}) is (
        Kind.REJECTION
    )


def test_a_croatian_acknowledgement() -> None:
    body = (
        "Poštovani,\n\nzaprimili smo Vašu prijavu na natječaj za radno mjesto stručnog "
        "suradnika. O rezultatima ćemo Vas obavijestiti."
    )
    assert kind("Prijava zaprimljena", body, {"other": 0.6, "invitation": 0.3}) is (
        Kind.APPLICATION_ACK
    )


@pytest.mark.parametrize(
    ("subject", "body", "country"),
    [
        (
            "Próximos passos",
            "Olá Joana,\n\nObrigada pela entrevista de ontem para a vaga. Daremos um retorno até "
            "o dia 20 de março.\n\nAbraços",
            "BR",
        ),
        (
            "Suite de votre entretien",
            "Madame,\n\nMerci pour votre entretien pour le poste. Le jury communiquera sa "
            "décision au plus tard le 20 mars 2026.\n\nCordialement",
            "SN",
        ),
        (
            "Esito colloquio - tempi",
            "Gentile candidata,\n\nLa commissione comunicherà l'esito del colloquio entro il 20 "
            "marzo 2026.\n\nCordiali saluti",
            "IT",
        ),
        (
            "Informasi hasil wawancara",
            "Yth. Sdr. Budi,\n\nTerima kasih atas kehadiran Saudara pada wawancara kemarin. Hasil "
            "seleksi akan kami umumkan paling lambat tanggal 20 Maret 2026.\n\nHormat kami",
            "ID",
        ),
        (
            "Informacja o rekrutacji",
            "Dzień dobry,\n\ndziękujemy za rozmowę kwalifikacyjną. Decyzję przekażemy najpóźniej "
            "do 20 marca 2026 r.\n\nPozdrawiamy",
            "PL",
        ),
    ],
)
def test_a_timeline_after_the_interview_in_more_languages(
    subject: str, body: str, country: str
) -> None:
    textcat = {"invitation": 0.4, "next_steps": 0.1, "other": 0.45}
    assert kind(subject, body, textcat) is Kind.NEXT_STEPS
    assert decision_date(body, date(2026, 3, 4), country, True) == date(2026, 3, 20)


def test_a_candidates_deadline_in_indonesian_is_no_decision_date() -> None:
    body = "Mohon konfirmasi kehadiran paling lambat tanggal 20 Maret 2026."
    assert decision_date(body, date(2026, 3, 4), "ID", True) is None


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Mülakat tarihi değişikliği",
            "Sayın Ayşe Hanım,\n\nMühendis pozisyonu için planlanan mülakatınız 12 Mart Perşembe "
            "günü saat 14:00'e ertelenmiştir.",
        ),
        (
            "Thay đổi lịch phỏng vấn",
            "Chào chị Lan,\n\nBuổi phỏng vấn vị trí Kế toán của chị được dời sang 14:00 thứ "
            "Năm, ngày 12/03/2026.",
        ),
        (
            "Perubahan jadwal wawancara",
            "Yth. Ibu Sari,\n\nJadwal wawancara untuk posisi Staf Keuangan diubah menjadi Kamis, "
            "12 Maret 2026 pukul 14.00 WIB.",
        ),
        (
            "면접 일정 변경 안내",
            "김민지 님 안녕하세요.\n\n3월 10일 예정이었던 면접 일정을 3월 12일(목) 오후 2시로 "
            "변경하게 되었습니다.",
        ),
        (
            "面接日程変更のお願い",
            "山田様\n\n3月10日に予定しておりました面接の日程を、3月12日（木）14時に変更させていただけますでしょうか。",
        ),
        (
            "Interviu reprogramat",
            "Stimată doamnă,\n\ninterviul pentru postul de asistent medical a fost reprogramat "
            "pentru joi, 12 martie 2026, ora 10:00.",
        ),
        (
            "Перенос собеседования",
            "Здравствуйте, Анна!\n\nНам нужно перенести собеседование на позицию аналитика на "
            "четверг, 12 марта, в 14:00.",
        ),
    ],
)
def test_reschedules_in_more_languages(subject: str, body: str) -> None:
    assert kind(subject, body, LEANS_INVITATION, True) is Kind.RESCHEDULE


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "إلغاء المقابلة",
            "السيد أحمد المحترم،\n\nنأسف لإبلاغكم بإلغاء المقابلة المقررة يوم الثلاثاء 10 مارس "
            "لوظيفة محاسب بسبب ظروف طارئة.",
        ),
        (
            "Entrevista cancelada",
            "Olá Joana,\n\nInfelizmente precisamos cancelar a sua entrevista de terça-feira para "
            "a vaga de Analista. Entraremos em contato para remarcar.",
        ),
        (
            "Mülakat iptali",
            "Sayın Ayşe Hanım,\n\nMühendis pozisyonu için 10 Mart'ta planlanan mülakat iptal "
            "edilmiştir.",
        ),
    ],
)
def test_cancellations_in_more_languages(subject: str, body: str) -> None:
    assert kind(subject, body, LEANS_INVITATION) is Kind.CANCELLATION


def test_a_link_to_book_the_next_round_after_a_meeting_invites() -> None:
    body = (
        "Hi Jordan,\n\nThanks for your patience. The partners met yesterday and you've been "
        "selected to move forward to the partner round. Please use the link below to pick a "
        "slot next week.\n\nhttps://calendly.com/mcallister/partner-round\n\nBest,\nRachel"
    )
    assert kind("Moving forward", body, {"invitation": 0.66, "other": 0.07}) is Kind.INVITATION


def test_a_hiring_managers_forwarded_note_about_the_candidate_is_about_a_job() -> None:
    body = (
        "Hi Jordan,\n\nForwarding Dana's note below - she and Ravi would love to meet you "
        "Thursday at 1pm ET. I'll send the invite.\n\nPriya"
    )
    thread = f"{body}\n\n---------- Forwarded message ---------\nPriya - loved Jordan's background."
    textcat = {"invitation": 0.79, "other": 0.18}
    assert decide("Fwd: Jordan", body, [], textcat, has_time=True, thread=thread).kind is (
        Kind.INVITATION
    )
    assert decide("Fwd: Jordan", body, [], textcat, has_time=True, thread=body).kind is Kind.OTHER


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("We will be making our decision over the next 10 days.", date(2026, 3, 14)),
        ("Decisions will be communicated on or before 20/03/2026.", date(2026, 3, 20)),
        ("We expect to have news for you in about two weeks' time.", date(2026, 3, 18)),
    ],
)
def test_more_ways_to_say_when_the_decision_comes(body: str, want: date) -> None:
    text = f"Hi Jordan,\n\nThanks for interviewing with us. {body}\n\nBest"
    assert kind("Update", text, {"next_steps": 0.1, "other": 0.5, "invitation": 0.3}) is (
        Kind.NEXT_STEPS
    )
    assert decision_date(text, date(2026, 3, 4), "US", True) == want


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Vaga de atendente",
            "Oi Joana, tudo bem? Vi seu currículo. Pode vir conversar com a gente amanhã às 15h? "
            "Fala com a Dona Célia no balcão.\n\nAbs, Marcos",
        ),
        (
            "Re: Lamaran Barista",
            "Halo Kak Rina, terima kasih lamarannya. Bisa datang interview hari Kamis jam 10 pagi "
            "di outlet Kemang? Nanti ketemu sama Mas Dimas, manager outlet.\n\nSalam, Ayu",
        ),
        (
            "Re: Cameriere",
            "Ciao Luca, grazie per il curriculum. Puoi passare giovedì alle 15 per fare due "
            "chiacchiere con Gino, il titolare?\n\nMaria",
        ),
    ],
)
def test_a_small_employers_informal_invitation_in_other_languages(subject: str, body: str) -> None:
    facts = Understander().facts(
        email(body, subject=subject, sender="Shop <shop@example.com>", date=SENT)
    )
    assert facts.kind is Kind.INVITATION
    assert facts.start is not None


def test_an_application_under_review_before_any_interview_is_an_acknowledgement() -> None:
    body = (
        "Dear Jordan,\n\nThank you for your interest in the Analyst role. Your application is "
        "under review and we will be in touch within two weeks regarding next steps."
    )
    textcat = {"next_steps": 0.35, "application_ack": 0.34, "other": 0.08}
    assert kind("Your application - update", body, textcat) is Kind.APPLICATION_ACK


def test_an_hr_observer_who_will_not_rate_is_no_survey() -> None:
    body = (
        "Dear Mr. Bell,\n\nThe selecting official would like to interview you for the position "
        "of Civil Engineer on Thursday, April 16, 2026 at 9:00 a.m. Mountain Time. This is a "
        "structured interview. Ms. Carol Ybarra will attend as the HR representative; she will "
        "not rate your responses."
    )
    assert kind("Interview Scheduling: Civil Engineer", body, {"invitation": 0.81}, True) is (
        Kind.INVITATION
    )
    assert veto_score("Please rate your interview experience in 2 minutes.") > 0.0


def test_a_named_panelist_who_will_sit_on_the_panel_is_no_request_to_the_user() -> None:
    body = (
        "Dear Rebecca,\n\nWe have had to change the date of your interview. Your new interview "
        "details are:\nDate: Monday 08/06/2026\nTime: 11:00\n\nPlease note that Dr Farah "
        "Qureshi will now sit on the panel in place of Mr Ian Doyle."
    )
    assert kind("Change to your interview", body, {"invitation": 0.47, "other": 0.52}, True) is (
        Kind.RESCHEDULE
    )
    assert veto_score("Could you sit on the interview panel for the analyst role?") > 0.0


def test_the_invitees_copy_of_a_booking_names_the_host() -> None:
    body = (
        "Hi João Pereira,\n\nA new event has been scheduled.\n\nEvent Type:\nConversa inicial - "
        "30 min\n\nEvent Host:\nCamila Rocha\n\nEvent Date/Time:\n14:00 - 14:30, Tuesday, July 7"
        ", 2026\n\nDescription:\nBate-papo inicial sobre a vaga de Analista de Dados."
    )
    assert kind("Confirmed: Conversa inicial", body, {"invitation": 0.93}, True) is (
        Kind.INVITATION
    )
    host = "A new event has been scheduled.\n\nInvitee:\nJoão Pereira\n\nEvent Date/Time: 14:00"
    assert veto_score(host) >= 4.5


def test_a_forward_of_the_panels_schedule_to_the_candidate() -> None:
    body = (
        "Hi Alex,\n\nSee below for your final round details - looking forward to having you "
        "in!\n\nSophie\n\n-----Original Message-----\nFrom: Sophie Tran\nSubject: Final round "
        "schedule\n\nHi all, final rounds for the Senior Product Manager role:\n\nAlex Morgan - "
        "Tuesday 3 March, 9:30-10:30am\n  Panel: Hamish McAllister (Head of Product)\n\n"
        "Scorecards in Lever by end of day please."
    )
    assert kind("FW: Final round schedule", body, {"invitation": 0.99}, True) is Kind.INVITATION
    panel_only = body.split("-----Original Message-----")[1]
    assert kind("Final round schedule", panel_only, {"invitation": 0.99}, True) is Kind.OTHER


def test_a_founder_meeting_investors_is_no_interview() -> None:
    body = (
        "Hi Daniel,\n\nThanks for the deck and the data room access. I'd like you to meet the "
        "partnership on Thursday, April 9 at 16:00. You'll present to Amir Peretz and Michal "
        "Golan (Managing Partners)."
    )
    assert kind("Partner meeting - Thursday", body, {"invitation": 0.91}, True) is Kind.OTHER


def test_the_bookers_own_copy_naming_them_as_invitee() -> None:
    body = (
        "Hi Arjun Mehta,\n\nA new event has been scheduled.\n\nEvent Type:\nPhone Screen - "
        "Public Health Epidemiologist\n\nInvitee:\nArjun Mehta\n\nEvent Date/Time:\n10:00am - "
        "10:30am on Tuesday, May 5, 2026\n\nDescription:\nThanks for your interest in the role!"
    )
    assert kind("Confirmed: Phone Screen", body, {"invitation": 0.99}, True) is Kind.INVITATION
    host = body.replace("Invitee:\nArjun Mehta", "Invitee:\nPriya Shah")
    assert kind("Confirmed: Phone Screen", host, {"invitation": 0.99}, True) is Kind.OTHER


def test_a_school_board_employer_is_no_board_election() -> None:
    body = (
        "Dear Amélie,\n\nTrillium Lakes District School Board has requested an interview with "
        "you for the following job posting:\n\nJob Title: Elementary Occasional Teacher\n"
        "Interview date: Thursday, November 12, 2026\nInterview time: 4:00 PM - 4:30 PM"
    )
    assert kind("Interview Request: Teacher", body, {"invitation": 0.05, "other": 0.95}, True) is (
        Kind.INVITATION
    )


def test_founder_office_hours_are_no_interview() -> None:
    body = (
        "Hi Ifeoma,\n\nA new event has been scheduled.\n\nEvent Type:\nFounder office hours (20 "
        "min)\n\nEvent Host:\nTunde Fashola\n\nInvitee answers:\nWhat are you building? A "
        "bookkeeping app (pre-seed)."
    )
    assert kind("Confirmed: Founder office hours", body, {"invitation": 0.52}, True) is Kind.OTHER


def test_a_decision_date_after_an_on_that_names_no_day() -> None:
    body = "We hope to have a final decision on the Robotics Engineer role by October 30."
    assert decision_date(body, date(2026, 10, 22), "CA") == date(2026, 10, 30)


def test_a_colleague_forwarding_the_user_their_panel_duty_stays_other() -> None:
    body = (
        "Hi Alex,\n\nSee below for your panel schedule - thanks for helping out!\n\nSophie\n\n"
        "-----Original Message-----\nSubject: Final round schedule\n\nJordan Kells - Wednesday 4 "
        "March, 2:00-3:00pm\n  Panel: Alex Morgan, Ruth Castellano\n\nScorecards in Lever by end "
        "of day please."
    )
    assert kind("FW: Final round schedule", body, {"invitation": 0.99}, True) is Kind.OTHER
