"""Round 7 probes of the kinds: interviews a careful reader sees at once whose words the cue
patterns might miss, so that the message reads as `other` or `next_steps` and loses all its
interviewers — a next round set in a thank-you, a formal letter of invitation in other
languages with honorifics, a postponement, a small employer's "can you come in", an
agency's client meeting. Written from the issue's definitions and everyday hiring mail, not
from any corpus message. Same shape as `probes_kinds.py`.
"""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

# (kind, subject, sender, body): hiring mail that sets or moves an interview.
POSITIVES: list[tuple[str, str, str, str]] = [
    (
        "invitation",
        "Re: Thank you",
        "Hannah Cole <hannah.cole@brightwell.example>",
        "Hi Jordan,\n\nThanks for speaking with us yesterday - the team really enjoyed it. We'd love to have you back for the final round: you'll meet Tom and Lisa from the analytics team on Tuesday, March 10 at 2:00 PM CT, on site at our Wacker Drive office.\n\nBest,\nHannah",
    ),
    (
        "invitation",
        "Einladung zum Vorstellungsgespräch",
        "Personalabteilung Lindqvist GmbH <karriere@lindqvist.example>",
        "Sehr geehrter Herr Avery,\n\nvielen Dank für Ihre Bewerbung als Controller (m/w/d). Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Dienstag, den 10. März 2026, um 14:00 Uhr in unsere Zentrale in Hamburg ein.\n\nIhre Gesprächspartner sind Frau Dr. Katrin Schulz (Leiterin Finanzen) und Herr Tobias Meier (Teamleiter Controlling).\n\nBitte bestätigen Sie den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nSabine Wolf\nPersonalabteilung",
    ),
    (
        "invitation",
        "Convocazione a colloquio - Analista Finanziario",
        "Ufficio Risorse Umane <hr@ferrantigroup.example>",
        "Gentile Jordan,\n\nla ringraziamo per la candidatura alla posizione di Analista Finanziario. Siamo lieti di invitarla a un colloquio conoscitivo martedì 10 marzo alle ore 15:00 presso la nostra sede di Milano, via Dante 12.\n\nIncontrerà il Dott. Marco Rossi, Direttore Amministrativo, e l'Ing. Giulia Bianchi.\n\nCordiali saluti,\nUfficio Risorse Umane\nFerranti Group",
    ),
    (
        "invitation",
        "Convite para entrevista - Analista de Dados",
        "Recrutamento Vale Azul <recrutamento@valeazul.example>",
        "Olá Jordan,\n\nAgradecemos seu interesse na vaga de Analista de Dados. Gostaríamos de convidá-lo para uma entrevista na terça-feira, 10 de março, às 14h (horário de Brasília), por Google Meet, com a Sra. Ana Paula Ribeiro, gerente da área.\n\nPor favor, confirme sua presença respondendo a este e-mail.\n\nAtenciosamente,\nEquipe de Recrutamento",
    ),
    (
        "invitation",
        "Convocation à un entretien",
        "Service RH Maison Berthier <rh@berthier.example>",
        "Monsieur,\n\nSuite à votre candidature au poste de Contrôleur de gestion, nous avons le plaisir de vous convier à un entretien le mardi 10 mars à 10h30 dans nos locaux de Lyon.\n\nVous serez reçu par Mme Hélène Dubois, Directrice administrative et financière, et M. Pierre Martin.\n\nNous vous prions d'agréer, Monsieur, nos salutations distinguées.\n\nLe service des ressources humaines",
    ),
    (
        "invitation",
        "Citación a entrevista",
        "Talento Humano Andina <seleccion@andina.example>",
        "Estimado Jordan:\n\nNos complace informarle que ha sido preseleccionado para el cargo de Ingeniero de Procesos. Le citamos a una entrevista el martes 10 de marzo a las 9:00 en nuestras oficinas de Bogotá, con el Sr. Andrés Castillo y la Sra. María Fernanda Gómez.\n\nCordialmente,\nÁrea de Talento Humano",
    ),
    (
        "reschedule",
        "Re: Interview Thursday",
        "Priya Raman <priya.raman@acme-robotics.example>",
        "Hi Jordan,\n\nTom got pulled into an offsite on Thursday, so could we do Friday, March 6 at 3pm CT instead? Same Zoom link, same panel.\n\nSorry for the shuffle!\nPriya",
    ),
    (
        "reschedule",
        "Your interview - new date",
        "Grace Lin <grace.lin@harborview.example>",
        "Hi Jordan,\n\nWe need to postpone your interview with Lisa Park to next Wednesday, March 11, at 11:00 AM CT, as she has been called away. Everything else stays the same.\n\nApologies,\nGrace Lin\nTalent Acquisition",
    ),
    (
        "reschedule",
        "Interview - change of time",
        "Grace Lin <grace.lin@harborview.example>",
        "Hi Jordan,\n\nUnfortunately Lisa is unwell, so your interview on Friday will now take place on Monday, March 9 at 10:00 AM CT with Lisa Park and Omar Haddad.\n\nThank you for your flexibility,\nGrace",
    ),
    (
        "invitation",
        "Line cook position",
        "Marco <marco@trattoriabella.example>",
        "Hi Jordan, got your resume for the line cook job. Can you come in Friday at 3 for a chat with me and our head chef Luca? We're at 210 Main St.\n\nMarco",
    ),
    (
        "invitation",
        "Senior Analyst opportunity - client meeting",
        "Dev Patel <dev.patel@northstar-search.example>",
        "Hi Jordan,\n\nGreat news - my client Kestrel Capital would like to meet you for the Senior Analyst role. They have proposed Thursday, March 12 at 11am CT with their CFO, Rachel Stein. I'll send the calendar details once you confirm.\n\nDev Patel\nNorthstar Search",
    ),
    (
        "invitation",
        "Data Analyst - next stage",
        "Claire Dunn <claire.dunn@meridianhealth.example>",
        "Hi Jordan,\n\nI'm pleased to say you're through to the next stage for the Data Analyst role. This will be a 45-minute technical conversation with Tom Baker and Lisa Park on Tuesday 10 March at 2pm CT over Teams.\n\nKind regards,\nClaire Dunn\nRecruitment Partner",
    ),
    (
        "invitation",
        "Uitnodiging sollicitatiegesprek",
        "Afdeling HR Van Dijk <hr@vandijk.example>",
        "Beste Jordan,\n\nBedankt voor je sollicitatie als data-analist. Graag nodigen we je uit voor een gesprek op dinsdag 10 maart om 14.00 uur op ons kantoor in Utrecht. Je spreekt met dhr. Pieter de Vries en mevr. Anouk Jansen.\n\nMet vriendelijke groet,\nAfdeling HR",
    ),
    (
        "invitation",
        "Thanks for applying - video interview",
        "Talent Team <talent@lumenbank.example>",
        "Hi Jordan,\n\nThank you for applying for the Risk Analyst position. We reviewed your application and would like to invite you to a video interview with Omar Haddad, Risk Manager, on Monday, March 9 at 9:30 AM CT.\n\nTalent Team, Lumen Bank",
    ),
    (
        "invitation",
        "Next steps",
        "Ben Ortiz <ben.ortiz@tidewater.example>",
        "Hi Jordan,\n\nGreat talking earlier today! As a next step, I've put 45 minutes on the calendar for you with our VP of Product, Sarah Kim, on Wednesday, March 11 at 1pm CT. The invite should already be in your inbox.\n\nBen",
    ),
    (
        "invitation",
        "Meeting request",
        "Nadia Flores <nadia.flores@copperline.example>",
        "Hi Jordan,\n\nWould you be free to meet with Tom Baker and Lisa Park on Tuesday, March 10 at 2pm CT to talk about the analyst opening? It would be at our River North office and take about an hour.\n\nThanks,\nNadia",
    ),
    (
        "invitation",
        "一次面接のご案内",
        "採用担当 <saiyo@hoshizora.example>",
        "Jordan Avery 様\n\nこの度はデータアナリスト職にご応募いただきありがとうございます。書類選考の結果、一次面接にお進みいただくことになりました。\n\n日時：3月10日（火）14:00〜15:00\n面接官：山田 太郎（開発部長）\n\nよろしくお願いいたします。\n株式会社ほしぞら 採用担当",
    ),
    (
        "invitation",
        "Quick question",
        "Sam Reed <sam@foundry-labs.example>",
        "Jordan - loved your portfolio. I'm the founder here and we're hiring our first designer. Any chance you could hop on Zoom with me and my cofounder Ava Chen on Thursday at 4pm ET?\n\nSam",
    ),
    (
        "reschedule",
        "Updated: Interview - Jordan Avery",
        "Talent Team <talent@lumenbank.example>",
        "Hi Jordan,\n\nPlease note the time of your interview with Omar Haddad has changed. It is now Tuesday, March 10 at 3:30 PM CT (previously Monday, March 9 at 9:30 AM).\n\nTalent Team",
    ),
    (
        "reschedule",
        "Interview Thursday",
        "Claire Dunn <claire.dunn@meridianhealth.example>",
        "Hi Jordan,\n\nWould it be possible to bring your interview forward to Wednesday 11 March at 10am? Tom is travelling on Thursday. Lisa will still join.\n\nClaire Dunn\nRecruitment Partner",
    ),
    (
        "invitation",
        "Your onsite at Kestrel",
        "Rachel Stein <rachel.stein@kestrelcap.example>",
        "Hi Jordan,\n\nHere is the plan for Friday, March 13:\n\n9:00 - 9:45  Rachel Stein, CFO\n10:00 - 10:45  Mark Ellis, Controller\n11:00 - 11:30  Team lunch\n\nAsk for me at reception.\n\nRachel",
    ),
    (
        "reschedule",
        "Re: Tuesday",
        "Ben Okoro <ben@shiplane.example>",
        "hey Jordan, something came up on my end - can we push our chat to Wed same time? sorry!\n\nben\n\nOn Mon, Mar 2, 2026 at 9:00 AM Ben Okoro <ben@shiplane.example> wrote:\n> saw your application for the data role. free Tuesday at 2pm for 20 min with me + our CTO?",
    ),
    (
        "invitation",
        "Assessment centre invitation",
        "Graduate Recruitment <graduates@hollandbank.example>",
        "Dear Jordan,\n\nCongratulations on passing the online tests for our 2026 Graduate Programme. We would like to invite you to our assessment centre on Thursday 12 March from 9:00 to 16:00 at our London office. You will take part in a group exercise, a case study and a final interview with a senior manager.\n\nGraduate Recruitment Team",
    ),
    (
        "invitation",
        "Zaproszenie na rozmowę rekrutacyjną",
        "Dział HR Wisła Bank <rekrutacja@wislabank.example>",
        "Dzień dobry Panie Jordanie,\n\ndziękujemy za przesłanie aplikacji na stanowisko Analityka Danych. Chcielibyśmy zaprosić Pana na rozmowę rekrutacyjną we wtorek 10 marca o godz. 14:00 przez Microsoft Teams. W rozmowie wezmą udział Pani Anna Nowak (kierownik zespołu) i Pan Piotr Zieliński.\n\nPozdrawiamy,\nDział HR",
    ),
    (
        "invitation",
        "Mülakat Daveti - Veri Analisti",
        "İnsan Kaynakları <ik@bogazici-yazilim.example>",
        "Merhaba Jordan,\n\nVeri Analisti pozisyonu için yaptığınız başvuru için teşekkür ederiz. Sizi 10 Mart Salı günü saat 14:00'te ofisimizde bir mülakata davet etmek istiyoruz. Görüşmeyi Ayşe Demir ve Mehmet Kaya yapacaktır.\n\nSaygılarımızla,\nİnsan Kaynakları",
    ),
    (
        "invitation",
        "Undangan Wawancara - Data Analyst",
        "Tim Rekrutmen <rekrutmen@nusantara.example>",
        "Halo Jordan,\n\nTerima kasih atas lamaran Anda untuk posisi Data Analyst. Kami mengundang Anda untuk wawancara pada hari Selasa, 10 Maret 2026 pukul 14.00 WIB melalui Zoom bersama Ibu Siti Rahmawati dan Bapak Budi Santoso.\n\nSalam,\nTim Rekrutmen",
    ),
    (
        "invitation",
        "Inbjudan till intervju",
        "Rekrytering Nordvik AB <rekrytering@nordvik.example>",
        "Hej Jordan,\n\nTack för din ansökan till tjänsten som dataanalytiker. Vi vill gärna träffa dig för en intervju tisdagen den 10 mars kl. 14.00 på vårt kontor i Stockholm. Du träffar Erik Lindberg och Sara Holm.\n\nVänliga hälsningar,\nRekrytering",
    ),
    (
        "invitation",
        "Pozvánka na pohovor",
        "HR Vltava <hr@vltava.example>",
        "Dobrý den, pane Avery,\n\nděkujeme za Váš zájem o pozici datového analytika. Rádi bychom Vás pozvali na pohovor v úterý 10. března ve 14:00 v naší kanceláři v Praze. Setkáte se s paní Janou Novákovou a panem Tomášem Dvořákem.\n\nS pozdravem,\nHR",
    ),
    (
        "invitation",
        "[한빛소프트] 1차 면접 안내",
        "채용팀 <recruit@hanbit.example>",
        "Jordan Avery 님, 안녕하세요.\n\n데이터 분석가 포지션에 지원해 주셔서 감사합니다. 1차 면접 일정을 안내드립니다.\n\n일시: 3월 10일(화) 오후 2시\n장소: 본사 5층 회의실\n면접관: 김민준 팀장\n\n감사합니다.\n채용팀",
    ),
    (
        "invitation",
        "Приглашение на собеседование",
        "HR Северсталь-Данные <hr@sever.example>",
        "Здравствуйте, Джордан!\n\nБлагодарим за отклик на вакансию аналитика данных. Приглашаем вас на собеседование во вторник, 10 марта, в 14:00 по московскому времени в Zoom. Собеседование проведут Анна Смирнова и Иван Петров.\n\nС уважением,\nОтдел персонала",
    ),
    (
        "invitation",
        "Mời phỏng vấn - Chuyên viên phân tích dữ liệu",
        "Phòng Nhân sự <tuyendung@saigontech.example>",
        "Chào Jordan,\n\nCảm ơn bạn đã ứng tuyển vị trí Chuyên viên phân tích dữ liệu. Chúng tôi trân trọng mời bạn tham dự buổi phỏng vấn vào lúc 14:00 thứ Ba, ngày 10/03/2026 tại văn phòng công ty. Người phỏng vấn: anh Nguyễn Văn An.\n\nTrân trọng,\nPhòng Nhân sự",
    ),
    (
        "invitation",
        "Kutsu haastatteluun",
        "Rekrytointi Aalto Data <rekry@aaltodata.example>",
        "Hei Jordan,\n\nKiitos hakemuksestasi data-analyytikon tehtävään. Haluaisimme kutsua sinut haastatteluun tiistaina 10.3. klo 14.00 toimistollemme Helsinkiin. Haastattelijoina ovat Janne Virtanen ja Mikko Laine.\n\nYstävällisin terveisin,\nRekrytointi",
    ),
]

# (subject, sender, body, calendars): not a new or moved interview.
NEGATIVES: list[tuple[str, str, str, list[str]]] = [
    (
        "Reunión de equipo - martes",
        "Carlos Díaz <carlos.diaz@fairwaylogistics.example>",
        "Hola Jordan,\n\nTe cito a la reunión de planificación del martes 10 de marzo a las 9:00 con la Sra. Gómez y el Sr. Castillo para revisar el presupuesto del trimestre.\n\nSaludos,\nCarlos",
        [],
    ),
    (
        "Your interview experience",
        "Lumen Bank <survey@lumenbank.example>",
        "Hi Jordan,\n\nYou recently interviewed with Omar Haddad for the Risk Analyst position. Please take 2 minutes on Monday to tell us about your interview experience: https://survey.example/abc\n\nLumen Bank Talent Team",
        [],
    ),
    (
        "Интервью для журнала «Цифра»",
        "Редакция журнала Цифра <redakciya@cifra-mag.example>",
        "Здравствуйте, Джордан!\n\nПриглашаем вас дать интервью нашему журналу о рынке аналитики данных во вторник, 10 марта, в 14:00 по Zoom. Беседа займёт около 40 минут.\n\nС уважением,\nРедакция журнала «Цифра»",
        [],
    ),
    (
        "Undangan wawancara untuk artikel kami",
        "Redaksi Warta Data <redaksi@wartadata.example>",
        "Halo Jordan,\n\nKami dari redaksi Warta Data ingin mengundang Anda untuk wawancara singkat tentang tren analitik data untuk artikel kami pada hari Selasa, 10 Maret 2026 pukul 14.00 WIB.\n\nSalam,\nRedaksi Warta Data",
        [],
    ),
]
