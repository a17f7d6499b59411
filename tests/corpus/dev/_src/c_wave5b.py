# ruff: noqa: E501
# Wave 5, batch B: the same fifth voice (outside software, many countries, second-language
# English and local languages). Committees in HTML tables, replaced panelists under French
# Outlook quoting, Windows zones, an ICS in UTC against loose wording, an iPhone one-liner; and
# negatives the user meets around a job: panels they sit on, exit and visa "interviews", vivas.
from lib import add, ics, vtz_fixed
from mime import addr, hdr, vtz_outlook_eu

# ================================================================ invitations and reschedules
add(
    name="w5-inv-uk-university-committee-table",
    kind="invitation",
    frm="Academic Recruitment <academic.recruitment@northbridge.example.ac.uk>",
    to="Ruth Mwangi <ruth.mwangi.rn@example.com>",
    subject="Interview invitation: Lecturer in Adult Nursing (ref. NB-2611)",
    date=(2026, 11, 9, 10, 5, "Europe/London"),
    fmt="html",
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Arial",sans-serif;} --></style></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoNormal>Dear Ruth</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Lecturer in Adult Nursing, School of Nursing and Midwifery</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>I am pleased to let you know that you have been shortlisted for the above post. The selection process will take place on <b>Wednesday 25 November 2026</b> at the Health Sciences Building, Room HS2.14, City Campus.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>You are asked to give a 15-minute presentation at 10.00 on &#8220;How would you bring simulation into the first-year curriculum?&#8221;, followed directly by the interview, which will end by 11.30.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The selection committee will be:</p>
<table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse">
<tr><td><p class=MsoNormal><b>Panel member</b></p></td><td><p class=MsoNormal><b>Position</b></p></td></tr>
<tr><td><p class=MsoNormal>Professor Margaret Ellison (Chair)</p></td><td><p class=MsoNormal>Pro-Vice-Chancellor (Education)</p></td></tr>
<tr><td><p class=MsoNormal>Dr Samuel Adeyemi</p></td><td><p class=MsoNormal>Head of School of Nursing and Midwifery</p></td></tr>
<tr><td><p class=MsoNormal>Dr Fiona Grant</p></td><td><p class=MsoNormal>Senior Lecturer, Adult Nursing</p></td></tr>
<tr><td><p class=MsoNormal>Professor Henrik Larsen</p></td><td><p class=MsoNormal>External Assessor, Aarhus University</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Please email your slides to me by 12 noon on Monday 23 November. Travel expenses will be reimbursed in line with University policy.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Kind regards</p>
<p class=MsoNormal>Helen Ashworth</p>
<p class=MsoNormal>HR Officer (Academic Recruitment)</p>
<p class=MsoNormal>University of Northbridge</p>
</div></body></html>
""",
    company="University of Northbridge",
    role="Lecturer in Adult Nursing",
    interviewers=[
        ("Margaret Ellison", None, "Pro-Vice-Chancellor (Education)"),
        ("Samuel Adeyemi", None, "Head of School of Nursing and Midwifery"),
        ("Fiona Grant", None, "Senior Lecturer, Adult Nursing"),
        ("Henrik Larsen", None, "External Assessor, Aarhus University"),
    ],
    start="2026-11-25 10:00",
    end="2026-11-25 11:30",
    tz="Europe/London",
    notes="HTML-only Outlook mail; the committee is only a table, names with Professor/Dr and a '(Chair)' marker. Presentation at 10.00 then interview, 'end by 11.30'. The HR officer only organises. The slides deadline is the candidate's. GMT.",
)

add(
    name="w5-resched-french-hospital-outlook-quote",
    kind="reschedule",
    frm="Claire Dumas <c.dumas@hp-montsdor.example.fr>",
    to="Nadia Benali <nadia.benali@example.fr>",
    subject="RE: Entretien - Cadre de santé Bloc opératoire",
    date=(2026, 11, 10, 17, 26, "Europe/Paris"),
    fmt="alt",
    body="""
Bonjour Madame Benali,

Suite à un imprévu, nous sommes contraints de décaler votre entretien de jeudi. Nous vous proposons le lundi 16 novembre à 9h30, toujours à la Direction des soins (bâtiment A, 2e étage), pour une durée d'une heure.

Mme Bernard ne pourra pas être présente ; elle sera remplacée par M. Julien Roche, Responsable des Ressources Humaines. Mme Garnier conduira l'entretien avec lui.

Merci de me confirmer que ce nouveau créneau vous convient.

Bien cordialement,

Claire Dumas
Assistante de direction - Direction des soins
Hôpital privé des Monts d'Or
04 72 00 00 00

De : Claire Dumas
Envoyé : vendredi 6 novembre 2026 15:12
À : Nadia Benali <nadia.benali@example.fr>
Objet : Entretien - Cadre de santé Bloc opératoire

Bonjour Madame,

Nous avons le plaisir de vous convier à un entretien pour le poste de Cadre de santé - Bloc opératoire le jeudi 12 novembre 2026 à 14h00.

Vous serez reçue par :
- Mme Hélène Garnier, Directrice des soins
- Mme Sylvie Bernard, Directrice des Ressources Humaines

Bien cordialement,
Claire Dumas
""",
    company="Hôpital privé des Monts d'Or",
    role="Cadre de santé - Bloc opératoire",
    interviewers=[
        ("Hélène Garnier", None, "Directrice des soins"),
        ("Julien Roche", None, "Responsable des Ressources Humaines"),
    ],
    start="2026-11-16 09:30",
    end="2026-11-16 10:30",
    tz="Europe/Paris",
    notes="French Outlook reply with 'De : / Envoyé : / À : / Objet :' history. Sylvie Bernard is replaced by Julien Roche; Hélène Garnier stays (her title from the quoted list). The assistant only schedules. Mme/M. dropped. CET.",
)

add(
    name="w5-inv-dutch-municipality-outlook-weurope",
    kind="invitation",
    frm="Secretariaat Ruimte en Wonen <secretariaat.ruimte@zaanstede.example.nl>",
    to="Youssef Haddou <y.haddou@example.nl>",
    subject="Uitnodiging: Sollicitatiegesprek Beleidsadviseur Wonen - Y. Haddou",
    date=(2026, 11, 3, 11, 48, "Europe/Amsterdam"),
    ics_style="outlook",
    body="""
Beste Youssef,

Naar aanleiding van je sollicitatie op de functie Beleidsadviseur Wonen nodigen wij je graag uit voor een eerste gesprek op dinsdag 17 november van 14.00 tot 15.00 uur in het Stadskantoor, Vincent van Goghplein 1, Zaanstede. Meld je bij de centrale balie.

Het gesprek wordt gevoerd door:
Pieter Jansen, teamleider Wonen
Fatima El Amrani, beleidsadviseur Wonen
Sanne de Boer, HR-adviseur

Wil je deze uitnodiging accepteren in je agenda? Mocht het tijdstip niet uitkomen, laat het ons dan weten.

Met vriendelijke groet,

Anouk Visser
Secretariaat Ruimte en Wonen
Gemeente Zaanstede
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E008000000004E3FA1C4A36BDC01000000000000000010000000",
        start="2026-11-17 14:00",
        end="2026-11-17 15:00",
        tz="Europe/Amsterdam",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Secretariaat Ruimte en Wonen", "secretariaat.ruimte@zaanstede.example.nl"),
        attendees=[
            ("Youssef Haddou", "y.haddou@example.nl"),
            ("Jansen, Pieter", "p.jansen@zaanstede.example.nl"),
            ("El Amrani, Fatima", "f.elamrani@zaanstede.example.nl"),
            ("Boer, Sanne de", "s.deboer@zaanstede.example.nl"),
        ],
        summary="Sollicitatiegesprek Beleidsadviseur Wonen - Y. Haddou",
        prodid="Microsoft Exchange Server 2010",
        location="Stadskantoor, spreekkamer 3.12",
        stamp="20261103T104800Z",
    ),
    company="Gemeente Zaanstede",
    role="Beleidsadviseur Wonen",
    interviewers=[
        ("Pieter Jansen", "p.jansen@zaanstede.example.nl", "teamleider Wonen"),
        ("Fatima El Amrani", "f.elamrani@zaanstede.example.nl", "beleidsadviseur Wonen"),
        ("Sanne de Boer", "s.deboer@zaanstede.example.nl", "HR-adviseur"),
    ],
    start="2026-11-17 14:00",
    end="2026-11-17 15:00",
    tz="Europe/Amsterdam",
    notes="Dutch Outlook meeting request, 'W. Europe Standard Time'. Dutch directory order 'Boer, Sanne de' in the ICS; label 'Sanne de Boer'. The secretariat organises only. '14.00 tot 15.00 uur' with dots.",
)

add(
    name="w5-inv-japanese-bank-second-interview",
    kind="invitation",
    frm=f"{hdr('東和銀行 人事部 採用担当')} <saiyo@towa-bank.example.jp>",
    to="Haruka Ito <haruka.ito.0821@example.jp>",
    subject=hdr("【東和銀行】二次面接のご案内"),
    date=(2026, 11, 4, 18, 2, "Asia/Tokyo"),
    fmt="alt64",
    body="""
伊藤 遥 様

株式会社東和銀行 人事部 採用担当の山本でございます。
先日は一次面接にお越しいただき、誠にありがとうございました。

選考の結果、二次面接にお進みいただくことになりましたので、下記のとおりご案内いたします。

■募集職種：法人営業（総合職）
■日時：2026年11月13日（金）14:00～15:00
■場所：東和銀行 本店 8階 会議室（東京都中央区日本橋1-1-1）
■面接官：
　法人営業部 部長　佐藤 誠
　人事部 課長　高橋 由美

当日は受付にて「二次面接で来た」旨をお伝えください。
ご都合が悪い場合は、11月9日（月）までにご連絡ください。

何卒よろしくお願い申し上げます。

株式会社東和銀行
人事部 採用担当　山本 拓也
""",
    company="東和銀行",
    role="法人営業（総合職）",
    interviewers=[
        ("佐藤 誠", None, "法人営業部 部長"),
        ("高橋 由美", None, "人事部 課長"),
    ],
    start="2026-11-13 14:00",
    end="2026-11-13 15:00",
    tz="Asia/Tokyo",
    notes="Japanese, base64 alternative. Interviewers listed as 'department title  family-name given-name'; names kept family-name first as written. The 採用担当 (recruiting staff) who writes does not interview. The 11/9 reply deadline is the candidate's.",
)

add(
    name="w5-inv-iphone-reply-construction-denver",
    kind="invitation",
    frm="Mike Sullivan <msullivan@keystonepeak.example.com>",
    to="Emma Carlsen <emma.carlsen@example.com>",
    subject="Re: Assistant Project Manager - follow up",
    date=(2026, 11, 16, 9, 41, "America/Denver"),
    in_reply_to="<A7C1E2F4-99B0-4D3E-8F11-2B5E6C7D8E90@example.com>",
    body="""
Thursday works. Let's do 3pm at the Lowry jobsite trailer, me and our superintendent Raj Patel. Wear boots, we'll walk the site after.

-Mike

Sent from my iPhone

> On Nov 16, 2026, at 8:12 AM, Emma Carlsen <emma.carlsen@example.com> wrote:
>
> Hi Mike,
>
> Thank you for the call on Friday and for considering me for the Assistant Project Manager position at Keystone Peak Builders. For the next conversation I'm available Tuesday 11/17 after 2pm or Thursday 11/19 any time.
>
> Best regards,
> Emma
""",
    company="Keystone Peak Builders",
    role="Assistant Project Manager",
    interviewers=[
        ("Mike Sullivan", "msullivan@keystonepeak.example.com", None),
        ("Raj Patel", None, "superintendent"),
    ],
    start="2026-11-19 15:00",
    end=None,
    tz="America/Denver",
    notes="iPhone one-liner from the hiring manager confirming a time the candidate offered: 'Thursday' resolves to 11/19 via the quoted options and the Date header. He and the superintendent interview; no end given. MST.",
)

add(
    name="w5-inv-teamtailor-uk-retail-hr-and-area",
    kind="invitation",
    frm="Harlow & Finch <notifications@mail.teamtailor.com>",
    to="Aisha Rahman <aisha.rahman88@example.co.uk>",
    reply_to="talent@harlowfinch.example.co.uk",
    subject="Interview for Store Manager - Manchester Arndale",
    date=(2026, 11, 12, 15, 20, "Europe/London"),
    fmt="alt",
    body="""
Hi Aisha,

Great news - we'd love to meet you for the Store Manager - Manchester Arndale role!

Your interview
Friday 20 November 2026, 11:00 - 12:00 (UK time)
Harlow & Finch, Manchester Arndale store (ask any colleague on the shop floor for the manager's office)

Who you'll meet
Gemma Holt - Area Manager, North West
Daniel Osei - HR Business Partner

It's a relaxed conversation about how you lead a team, how you drive sales and what great customer service looks like to you. Afterwards Gemma will show you round the store.

Can't make it? Use the link below to let us know and pick another time.
https://careers.harlowfinch.example.co.uk/jobs/3391/interview

See you soon,
Chloe
Talent Team, Harlow & Finch
""",
    company="Harlow & Finch",
    role="Store Manager - Manchester Arndale",
    interviewers=[
        ("Gemma Holt", None, "Area Manager, North West"),
        ("Daniel Osei", None, "HR Business Partner"),
    ],
    start="2026-11-20 11:00",
    end="2026-11-20 12:00",
    tz="Europe/London",
    notes="Teamtailor mail (Date header in UTC): a line manager plus HR. Chloe of the talent team only sends it.",
)

add(
    name="w5-inv-polish-bank-teams",
    kind="invitation",
    frm=addr("Karolina Nowicka", "karolina.nowicka@bankpomorski.example.pl"),
    to="Jakub Wójcik <jakub.wojcik@example.pl>",
    subject=hdr("Zaproszenie na rozmowę rekrutacyjną – Analityk Ryzyka Kredytowego"),
    date=(2026, 11, 2, 13, 5, "Europe/Warsaw"),
    fmt="qp",
    body="""
Szanowny Panie Jakubie,

dziękujemy za przesłanie aplikacji na stanowisko Analityk Ryzyka Kredytowego w Banku Pomorskim. Z przyjemnością zapraszamy Pana na rozmowę rekrutacyjną, która odbędzie się w czwartek 12 listopada 2026 r. o godz. 10:00 przez aplikację Microsoft Teams. Rozmowa potrwa ok. 60 minut.

W rozmowie wezmą udział:
- Anna Kowalska – Dyrektor Departamentu Ryzyka Kredytowego
- Marek Lewandowski – Starszy Specjalista ds. Rekrutacji

Link do spotkania prześlę w osobnym zaproszeniu. Prosimy o potwierdzenie udziału w odpowiedzi na tę wiadomość.

Z poważaniem
Karolina Nowicka
Specjalista ds. Rekrutacji
Bank Pomorski S.A.
""",
    company="Bank Pomorski",
    role="Analityk Ryzyka Kredytowego",
    interviewers=[
        ("Anna Kowalska", None, "Dyrektor Departamentu Ryzyka Kredytowego"),
        ("Marek Lewandowski", None, "Starszy Specjalista ds. Rekrutacji"),
    ],
    start="2026-11-12 10:00",
    end="2026-11-12 11:00",
    tz="Europe/Warsaw",
    notes="Polish, quoted-printable; the writer (a recruitment specialist) schedules only, her colleague from recruitment sits on the interview. Company in the text inflected ('w Banku Pomorskim') and in the signature. CET.",
)

add(
    name="w5-resched-kenya-hospital-outlook-update",
    kind="reschedule",
    frm="Faith Chebet <hr@kilimanimission.example.or.ke>",
    to="Brian Otieno <brian.otieno.hsm@example.com>",
    subject="Updated: Interview - Hospital Administrator",
    date=(2026, 11, 5, 16, 40, "Africa/Nairobi"),
    ics_style="outlook",
    body="""
Dear Brian,

Kindly note that your interview for the position of Hospital Administrator has been moved from Tuesday 10th November to Wednesday 11th November 2026 from 11:00am to 12:30pm, due to a Board meeting which has been called on Tuesday. The venue remains the Board Room, Administration Block.

The interview panel is:
Dr. Wambui Njoroge - Medical Director
Mr. Peter Mwangi - Board Member, Finance Committee
Sr. Mary Atieno - Matron / Head of Nursing Services

Please accept the updated meeting request. Sorry for any inconvenience caused.

Regards,
Faith Chebet
Human Resource Officer
Kilimani Mission Hospital
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000C2D8E0F1B46BDC01000000000000000010000000",
        start="2026-11-11 11:00",
        end="2026-11-11 12:30",
        tz="Africa/Nairobi",
        tzid="E. Africa Standard Time",
        vtz=vtz_fixed("E. Africa Standard Time", "+0300", "EAT"),
        organizer=("Faith Chebet", "hr@kilimanimission.example.or.ke"),
        attendees=[
            ("Brian Otieno", "brian.otieno.hsm@example.com"),
            ("Wambui Njoroge", "w.njoroge@kilimanimission.example.or.ke"),
            ("Peter Mwangi", "pmwangi.board@example.co.ke"),
            ("Mary Atieno", "matron@kilimanimission.example.or.ke"),
        ],
        summary="Interview - Hospital Administrator",
        seq=1,
        prodid="Microsoft Exchange Server 2010",
        location="Board Room, Administration Block",
        stamp="20261105T134000Z",
    ),
    company="Kilimani Mission Hospital",
    role="Hospital Administrator",
    interviewers=[
        ("Wambui Njoroge", "w.njoroge@kilimanimission.example.or.ke", "Medical Director"),
        ("Peter Mwangi", "pmwangi.board@example.co.ke", "Board Member, Finance Committee"),
        (
            "Mary Atieno",
            "matron@kilimanimission.example.or.ke",
            "Matron / Head of Nursing Services",
        ),
    ],
    start="2026-11-11 11:00",
    end="2026-11-11 12:30",
    tz="Africa/Nairobi",
    notes="Outlook update (SEQUENCE 1) with 'E. Africa Standard Time'; the old Tuesday date is only mentioned. 'Sr.' (Sister) and 'Dr.'/'Mr.' honorifics dropped; the HR officer organises only.",
)

add(
    name="w5-inv-workday-bank-ics-utc-est-wording",
    kind="invitation",
    frm="Northgate Bank Careers <northgate@myworkday.example.com>",
    to="Daniel Okafor <daniel.okafor.cfa@example.com>",
    subject="Interview Confirmation: Commercial Banking Associate",
    date=(2026, 9, 29, 16, 3, "America/New_York"),
    ics_style="attach",
    fmt="alt",
    body="""
Dear Daniel,

Thank you for your interest in Northgate Bank. We are pleased to confirm your interview for the Commercial Banking Associate position (Job Requisition R-0045117).

Date: Tuesday, October 6, 2026
Time: 10:00 AM EST
Format: Video interview (Zoom details in the attached calendar invitation)

Interviewers:
Rachel Kim, Vice President, Commercial Lending
Omar Haddad, Senior Credit Officer

Please add the attached invitation to your calendar. If you need an accommodation during the interview process, please contact us.

Sincerely,
Northgate Bank Talent Acquisition
""",
    ics=ics(
        uid="WD-INTERVIEW-0045117-7781@myworkday.example.com",
        start="2026-10-06 10:00",
        end="2026-10-06 11:00",
        tz="America/New_York",
        utc=True,
        organizer=("Northgate Bank Talent Acquisition", "northgate@myworkday.example.com"),
        attendees=[
            ("Daniel Okafor", "daniel.okafor.cfa@example.com"),
            ("Rachel Kim", "rachel.kim@northgatebank.example.com"),
            ("Omar Haddad", "omar.haddad@northgatebank.example.com"),
        ],
        summary="Interview: Commercial Banking Associate - Daniel Okafor",
        prodid="-//Workday//Workday Calendar//EN",
        stamp="20260929T200300Z",
    ),
    company="Northgate Bank",
    role="Commercial Banking Associate",
    interviewers=[
        (
            "Rachel Kim",
            "rachel.kim@northgatebank.example.com",
            "Vice President, Commercial Lending",
        ),
        ("Omar Haddad", "omar.haddad@northgatebank.example.com", "Senior Credit Officer"),
    ],
    start="2026-10-06 10:00",
    end="2026-10-06 11:00",
    tz="America/New_York",
    notes="Body says '10:00 AM EST' in October (loosely; it is EDT); the attached ICS in UTC (14:00Z) is exact and gives 10:00 EDT and the end. Requisition R-number kept out of the role.",
)

add(
    name="w5-inv-south-africa-water-board-panel",
    kind="invitation",
    frm="Recruitment <recruitment@mzansiwater.example.co.za>",
    to="Kagiso Molefe <kagiso.molefe.pr.eng@example.co.za>",
    subject="INVITATION TO INTERVIEW: SENIOR CIVIL ENGINEER: BULK INFRASTRUCTURE (REF MWB 41/2026)",
    date=(2026, 11, 11, 14, 25, "Africa/Johannesburg"),
    fmt="alt",
    body="""
Dear Mr Molefe

INVITATION TO INTERVIEW: SENIOR CIVIL ENGINEER: BULK INFRASTRUCTURE

We are pleased to inform you that you have been shortlisted for the above-mentioned position. You are invited to attend an interview as follows:

Date: Monday, 23 November 2026
Time: 10:00
Venue: Mzansi Water Board Head Office, 2 Dam Road, Mbombela, Committee Room 1

Interview panel:
Chairperson: Dr Nomvula Zulu, Executive Manager: Infrastructure
Member: Mr Johan Pretorius, Chief Engineer: Bulk Water
Member: Ms Lerato Molefe, Manager: Project Management Unit
Secretariat: Ms Precious Ndlovu, HR Practitioner

Kindly bring your original ID, qualifications and ECSA registration certificate. Shortlisted candidates will complete a short technical exercise after the interview. Please note that S&T will not be paid.

Kindly confirm attendance by 16 November 2026.

Regards
Precious Ndlovu
HR Practitioner: Recruitment
Mzansi Water Board
""",
    company="Mzansi Water Board",
    role="Senior Civil Engineer: Bulk Infrastructure",
    interviewers=[
        ("Nomvula Zulu", None, "Executive Manager: Infrastructure"),
        ("Johan Pretorius", None, "Chief Engineer: Bulk Water"),
        ("Lerato Molefe", None, "Manager: Project Management Unit"),
    ],
    start="2026-11-23 10:00",
    end=None,
    tz="Africa/Johannesburg",
    notes="South African public-sector panel list with roles (Chairperson/Member/Secretariat); the secretariat takes minutes and writes the mail, not an interviewer. A panel member shares the candidate's surname. Reference number out of the role. No end.",
)

add(
    name="w5-inv-brazil-hospital-google-invite",
    kind="invitation",
    frm="Bruna Carvalho <bruna.carvalho@hsantaaurora.example.com.br>",
    to="Camila Teixeira <camila.teixeira.enf@example.com.br>",
    subject="Convite: Entrevista - Enfermeiro(a) Supervisor(a) de UTI @ qui 12 de nov de 2026 15:00 - 16:00 (BRT) (camila.teixeira.enf@example.com.br)",
    date=(2026, 11, 9, 11, 17, "America/Sao_Paulo"),
    ics_style="google",
    body="""
Oi Camila, tudo bem?

Conforme falamos por telefone, segue o convite para a sua entrevista para a vaga de Enfermeiro(a) Supervisor(a) de UTI no Hospital Santa Aurora.

A entrevista será com a Patrícia Nogueira, Gerente de Enfermagem, e com a Dra. Renata Alves, Coordenadora Médica da UTI. Eu vou te receber na recepção principal e te levar até a sala, mas não participo da entrevista.

Traga por favor sua carteira do COREN.

Abraço,
Bruna Carvalho
Analista de RH - Hospital Santa Aurora

Entrevista - Enfermeiro(a) Supervisor(a) de UTI
Quando: quinta-feira, 12 de novembro de 2026 15:00 – 16:00 (BRT)
Onde: Hospital Santa Aurora - Recepção principal
Convidados:
Bruna Carvalho - organizador
Camila Teixeira
Patrícia Nogueira
Renata Alves

Convite do Google Agenda
""",
    ics=ics(
        uid="5k9q2rj0v7m3b8c1d4e6f0a2h7@google.com",
        start="2026-11-12 15:00",
        end="2026-11-12 16:00",
        tz="America/Sao_Paulo",
        vtz=vtz_fixed("America/Sao_Paulo", "-0300", "-03"),
        organizer=("Bruna Carvalho", "bruna.carvalho@hsantaaurora.example.com.br"),
        attendees=[
            ("Camila Teixeira", "camila.teixeira.enf@example.com.br"),
            ("Patrícia Nogueira", "patricia.nogueira@hsantaaurora.example.com.br"),
            ("Renata Alves", "renata.alves@hsantaaurora.example.com.br"),
            ("Bruna Carvalho", "bruna.carvalho@hsantaaurora.example.com.br"),
        ],
        summary="Entrevista - Enfermeiro(a) Supervisor(a) de UTI",
        location="Hospital Santa Aurora - Recepção principal",
        stamp="20261109T141700Z",
    ),
    company="Hospital Santa Aurora",
    role="Enfermeiro(a) Supervisor(a) de UTI",
    interviewers=[
        (
            "Patrícia Nogueira",
            "patricia.nogueira@hsantaaurora.example.com.br",
            "Gerente de Enfermagem",
        ),
        ("Renata Alves", "renata.alves@hsantaaurora.example.com.br", "Coordenadora Médica da UTI"),
    ],
    start="2026-11-12 15:00",
    end="2026-11-12 16:00",
    tz="America/Sao_Paulo",
    notes="Portuguese Google Calendar invitation. The HR analyst organises and is an attendee but says she does not take part in the interview. 'Dra.' dropped.",
)

# ================================================================ other outcomes
add(
    name="w5-rej-spanish-ngo-after-interview",
    kind="rejection",
    frm=addr("Íñigo Aranburu", "seleccion@horizontesolidario.example.org"),
    to="Laura Benítez <laura.benitez.coop@example.es>",
    subject="Proceso de selección Coordinador/a de Proyectos (Perú)",
    date=(2026, 11, 6, 12, 44, "Europe/Madrid"),
    fmt="qp",
    body="""
Hola Laura:

Muchas gracias por tu tiempo en la entrevista del pasado martes con Elena y conmigo, y por el interés mostrado en el puesto de Coordinador/a de Proyectos en Terreno (Perú).

Lamentamos comunicarte que en esta ocasión hemos decidido seguir adelante con otra candidatura cuyo perfil se ajusta más a las necesidades actuales del proyecto, especialmente en la gestión de fondos de la AECID.

Nos ha gustado mucho conocerte y, si nos lo permites, guardaremos tu CV para futuras vacantes.

Un abrazo y mucha suerte,

Íñigo Aranburu
Responsable de Personas
Fundación Horizonte Solidario
""",
    company="Fundación Horizonte Solidario",
    role="Coordinador/a de Proyectos en Terreno (Perú)",
    notes="Spanish rejection after an interview; names of past interviewers are not interviewers.",
)

add(
    name="w5-offer-singapore-bank-letter",
    kind="offer",
    frm="Jasmine Tan <jasmine.tan@straitsmeridian.example.sg>",
    to="Arjun Menon <arjun.menon.ops@example.com>",
    subject="Letter of Offer - Assistant Manager, Trade Finance Operations",
    date=(2026, 11, 12, 17, 58, "Asia/Singapore"),
    fmt="alt",
    body="""
Dear Arjun,

Further to your interviews with us, we are pleased to extend to you an offer of employment for the position of Assistant Manager, Trade Finance Operations with Straits Meridian Bank Limited.

Please find attached the Letter of Offer, which sets out your monthly basic salary, AWS, variable bonus eligibility and benefits. Your commencement date is 4 January 2027.

Kindly sign and return the acceptance copy to me by 20 November 2026. Do let me know if you have any questions, happy to arrange a call.

Congratulations once again and we look forward to having you on board!

Warm regards,
Jasmine Tan
Manager, Talent Acquisition
Straits Meridian Bank
""",
    company="Straits Meridian Bank",
    role="Assistant Manager, Trade Finance Operations",
    notes="Offer letter; 20 November is the candidate's acceptance deadline, not a decision date.",
)

add(
    name="w5-next-japan-pharma-five-business-days",
    kind="next_steps",
    frm="Yuki Nakamura <y.nakamura@kansai-seiyaku.example.jp>",
    to="Elena Petrova <elena.petrova.ra@example.com>",
    subject="Thank you for attending the final interview",
    date=(2026, 11, 13, 17, 35, "Asia/Tokyo"),
    body="""
Dear Ms. Petrova,

Thank you very much for coming to our Osaka head office today for the final interview with our Executive Officer, Mr. Kobayashi. We really appreciate your time.

We will inform you of the result within 5 business days by email. If you have any questions in meantime, please feel free to contact me.

Best regards,

Yuki Nakamura
Human Resources Department
Kansai Seiyaku Co., Ltd.
""",
    company="Kansai Seiyaku",
    role=None,
    decision_by="2026-11-20",
    notes="Status after the final interview, Japanese writer's English. 'within 5 business days' from Fri 13 Nov = Fri 20 Nov (no Japanese holiday in between). Role not named.",
)

add(
    name="w5-info-singapore-university-referees",
    kind="info_request",
    frm="Office of Human Resources <ohr-academic@siah.example.edu.sg>",
    to="Dr Mei Lin Goh <meilin.goh.physio@example.com>",
    subject="Senior Lecturer, Physiotherapy - referees and documents",
    date=(2026, 11, 19, 10, 12, "Asia/Singapore"),
    fmt="alt",
    body="""
Dear Dr Goh,

Thank you for meeting the Search Committee on 17 November for the position of Senior Lecturer, Physiotherapy at the Singapore Institute of Applied Health.

To proceed, we would be grateful if you could send us by 27 November 2026:
1. the names and contact details of three referees, including your current Head of Department;
2. certified copies of your degree certificates;
3. your AHPC registration.

The Search Committee expects to make its decision by 11 December 2026, after which we will contact you.

Yours sincerely,
Office of Human Resources (Academic)
Singapore Institute of Applied Health
""",
    company="Singapore Institute of Applied Health",
    role="Senior Lecturer, Physiotherapy",
    decision_by="2026-12-11",
    notes="Request for referees and documents after the interview; 27 Nov is the candidate's deadline, the committee's decision date is 11 Dec.",
)

add(
    name="w5-ack-recruitee-dutch-builder-vague",
    kind="application_ack",
    frm="Veldhoven Bouwgroep <no-reply@recruitee.example.com>",
    to="Bram Hendriks <bram.hendriks.bouw@example.nl>",
    subject="Thanks for applying to Veldhoven Bouwgroep!",
    date=(2026, 11, 4, 20, 31, "Europe/Amsterdam"),
    fmt="alt",
    body="""
Hi Bram,

Thank you for your application for the position of Uitvoerder Utiliteitsbouw. We have received your CV and motivation.

Our recruiters and the project team will review your application carefully. We will get back to you in the coming weeks, whether it is yes or no.

In the meantime, follow us on LinkedIn to see our projects.

Kind regards,
Team Recruitment
Veldhoven Bouwgroep
""",
    company="Veldhoven Bouwgroep",
    role="Uitvoerder Utiliteitsbouw",
    notes="Recruitee acknowledgement; 'in the coming weeks' is vague, so no decision date.",
)

# ================================================================ hard negatives (other)
add(
    name="w5-other-user-interviews-trainees-outlook",
    kind="other",
    frm="Graduate Recruitment <graduates@ashcombe-law.example.co.uk>",
    to="Priyanka Shah <priyanka.shah@ashcombe-law.example.co.uk>",
    subject="Interviewer: Trainee Solicitor Assessment Day - Panel 3",
    date=(2026, 11, 10, 9, 15, "Europe/London"),
    ics_style="outlook",
    body="""
Hi Priyanka,

Thank you for volunteering to interview at our Trainee Solicitor assessment day. You are on Panel 3 with Jonathan Reeve (Partner, Real Estate). You will interview four candidates between 2pm and 5pm; candidate packs and the scoring grid will be in the room.

Please complete the unconscious bias e-learning before the day if you have not already done so.

Many thanks,
Olivia
Graduate Recruitment, Ashcombe Law LLP
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000D1A4C3B2A16BDC01000000000000000010000000",
        start="2026-11-26 14:00",
        end="2026-11-26 17:00",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz=vtz_outlook_eu("GMT Standard Time", 0, 1),
        organizer=("Graduate Recruitment", "graduates@ashcombe-law.example.co.uk"),
        attendees=[
            ("Shah, Priyanka", "priyanka.shah@ashcombe-law.example.co.uk"),
            ("Reeve, Jonathan", "jonathan.reeve@ashcombe-law.example.co.uk"),
        ],
        summary="Trainee Solicitor Assessment Day - Interview Panel 3",
        prodid="Microsoft Exchange Server 2010",
        location="Meeting Room 4.02",
        stamp="20261110T091500Z",
    ),
    notes="The user (an associate) is an interviewer at her own firm's assessment day: an Outlook request with a partner's name, but it is her job, not her interview.",
)

add(
    name="w5-other-exit-interview-current-job",
    kind="other",
    frm="Ngozi Eze <ngozi.eze@lagoonlogistics.example.ng>",
    to="Chinedu Obi <chinedu.obi@lagoonlogistics.example.ng>",
    subject="Exit Interview - Friday 27th November",
    date=(2026, 11, 18, 11, 3, "Africa/Lagos"),
    body="""
Dear Chinedu,

Further to your resignation letter dated 30th October, 2026, kindly be informed that your exit interview has been fixed for Friday 27th November, 2026 at 3:00pm in the HR office, 2nd floor.

Please also ensure you return your ID card, laptop and any company property to the Admin unit before your last working day, and complete the clearance form attached.

We thank you for your service and wish you the best in your next role.

Regards,
Ngozi Eze
HR Business Partner
Lagoon Logistics Ltd
""",
    notes="An exit interview at the user's current employer: a meeting at the current job, not a hiring interview.",
)

add(
    name="w5-other-nursing-podcast-interview",
    kind="other",
    frm="Afya Voices Podcast <hello@afyavoices.example.co.ke>",
    to="Achieng Odhiambo <achieng.odhiambo@example.com>",
    subject="Guest interview on Afya Voices? (community health episode)",
    date=(2026, 11, 3, 19, 22, "Africa/Nairobi"),
    fmt="alt",
    body="""
Hi Achieng,

I'm Kevin, host of Afya Voices, a podcast about the people behind Kenya's health system. A listener pointed us to your work on community water and sanitation programmes in Kisumu and we'd love to interview you for an episode.

The recording takes about 45 minutes over Riverside.fm. We are recording on Tuesday 17th and Thursday 19th November, any time from 10am. Would one of those work?

Asante sana,
Kevin Mutiso
Host & Producer, Afya Voices
""",
    notes="A podcast interview invitation with proposed dates: press, not hiring.",
)

add(
    name="w5-other-nursing-interview-tips-newsletter",
    kind="other",
    frm="Nursing Careers Weekly <newsletter@nursingcareersweekly.example.co.uk>",
    to="Grace Eze <grace.eze@example.co.uk>",
    subject="Your Band 7 interview: the 10 questions panels always ask",
    date=(2026, 11, 5, 7, 0, "Europe/London"),
    fmt="html",
    body="""
NURSING CAREERS WEEKLY - Issue 212

Your Band 7 interview: the 10 questions panels always ask
Matron Sarah Whitfield has sat on more than 200 interview panels. She shares what a typical panel (a matron, a ward manager and someone from HR) is really listening for, from "Tell us about a time you managed a difficult staff member" to the dreaded safeguarding scenario.

Free webinar: Ace your NHS interview - Thursday 19 November, 7pm
Register now, places are limited.

This week's top jobs
Ward Manager, Acute Medicine - Band 7 - Leeds
Sister/Charge Nurse, Theatres - Band 6 - Bristol

You are receiving this because you subscribed to Nursing Careers Weekly. Unsubscribe.
""",
    notes="Interview-tips newsletter with a webinar date and a matron's name: other.",
)

add(
    name="w5-other-scam-retailer-telegram",
    kind="other",
    frm="Lion City Mart HR <lioncitymart.hr.sg@outlook.example.com>",
    to="Priya Nair <priya.nair.rn@example.com>",
    subject="Lion City Mart - Part Time Online Assistant (Interview via Telegram)",
    date=(2026, 11, 7, 22, 48, "Asia/Singapore"),
    body="""
Hello,

We are Lion City Mart HR team. Your profile was selected from online job portal for our Part Time Online Assistant position, work from home, earn SGD 300-800 per day, only 1-2 hours daily using your mobile phone.

Interview will be conducted on Telegram by our HR Manager Ms. Cheryl Lim, please add her now @cheryl_lcm_hr and send "Interview" to start. Slots for interview today and tomorrow only!!

No experience needed. Age 23 and above, Singaporean/PR only.

Thank you,
Lion City Mart Recruitment Team
""",
    notes="A job scam imitating a supermarket chain: free-mail sender, Telegram 'interview', unrealistic pay. Other.",
)

add(
    name="w5-other-us-visa-interview-appointment",
    kind="other",
    frm="U.S. Visa Information Service <no-reply@ais.usvisa-info.example.com>",
    to="Maria Joy Dizon <mjdizon.rn@example.com>",
    subject="Appointment Confirmation - U.S. Embassy Manila",
    date=(2026, 11, 2, 14, 10, "Asia/Manila"),
    fmt="alt",
    body="""
Dear MARIA JOY DIZON,

Your appointment is confirmed.

Visa Class: H-1B
Consular Section Interview: U.S. Embassy Manila, 1201 Roxas Boulevard
Date/Time: 24 November, 2026, 07:45 Manila local time

Please arrive no more than 15 minutes before your appointment time. Bring your appointment confirmation page, DS-160 confirmation page, passport, and one 2x2 photograph. Electronic devices are not allowed inside the Embassy.

To reschedule, sign in to your profile.

U.S. Visa Information Service
""",
    notes="A consular visa 'interview' appointment (for a job abroad): a personal appointment, not a hiring interview.",
)

add(
    name="w5-other-spanish-thesis-tribunal",
    kind="other",
    frm=addr("Escuela de Doctorado", "doctorado@univ-levante.example.es"),
    to="Dra. Carmen Ortega <carmen.ortega@example.es>",
    subject=hdr("Nombramiento como miembro del tribunal de tesis doctoral"),
    date=(2026, 11, 6, 10, 30, "Europe/Madrid"),
    fmt="qp",
    body="""
Estimada Dra. Ortega:

Le comunicamos que la Comisión Académica del Programa de Doctorado en Ingeniería Civil la ha nombrado vocal del tribunal que juzgará la tesis doctoral de D. Pablo Martín Serrano, titulada «Comportamiento a fatiga de puentes mixtos de acero y hormigón».

El acto de defensa tendrá lugar el viernes 4 de diciembre de 2026 a las 11:00 horas en la Sala de Grados de la Escuela de Ingenieros de Caminos. Presidirá el tribunal el Prof. Dr. Andrés Vila Cortés.

Le rogamos que confirme su asistencia y, en su caso, nos indique si necesita reserva de alojamiento.

Atentamente,
Escuela de Doctorado
Universidad de Levante
""",
    notes="The user is named to a PhD defence tribunal (examining someone else): not hiring, though it has a panel, a chair and a time.",
)

add(
    name="w5-other-walk-in-interview-day-ad",
    kind="other",
    frm="Luzon Hypermart Careers <careers-news@hypermart-careers.example.ph>",
    to="Maria Joy Dizon <mjdizon.rn@example.com>",
    subject="MEGA WALK-IN INTERVIEW DAY this Saturday! Store Supervisors, Cashiers, Clinic Nurses",
    date=(2026, 11, 16, 8, 0, "Asia/Manila"),
    fmt="html",
    body="""
WE'RE HIRING! MEGA WALK-IN INTERVIEW DAY

Saturday, November 21, 2026, 8:00 AM - 4:00 PM
Luzon Hypermart Mandaluyong, Activity Center

Open positions:
Store Supervisors, Cashiers, Merchandisers, Clinic Nurses (RN)

Just bring 2 copies of your resume, a 2x2 ID picture and a valid ID. On-the-spot interview and initial exam for qualified applicants!

Share this with your friends and family.

You are receiving this email because you subscribed to career news. Unsubscribe.
""",
    notes="A mass recruitment advert for a walk-in interview day sent to subscribers: a job ad, not an interview with the user.",
)

add(
    name="w5-other-doctolib-appointment-french",
    kind="other",
    frm="Doctolib <no-reply@doctolib.example.fr>",
    to="Nadia Benali <nadia.benali@example.fr>",
    subject=hdr("Votre rendez-vous du mardi 17 novembre à 18:15 est confirmé"),
    date=(2026, 11, 9, 20, 4, "Europe/Paris"),
    fmt="alt",
    body="""
Bonjour Nadia BENALI,

Votre rendez-vous est confirmé.

Dr Martin Lefort - Médecin généraliste
Mardi 17 novembre 2026 à 18:15
12 avenue Jean Jaurès, 69007 Lyon

Motif : Consultation de suivi

En cas d'empêchement, pensez à annuler votre rendez-vous au plus tard 24 heures à l'avance pour libérer le créneau.

L'équipe Doctolib
""",
    notes="A personal medical appointment (French): a name, a date, a time; not hiring.",
)
