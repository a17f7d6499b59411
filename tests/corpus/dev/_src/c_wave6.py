# ruff: noqa: E501
# Wave 6: a blind wave written from the issue text only. A general job seeker's inbox across
# many countries, industries and ATS: who interviews (tables, prose, "myself", ICS attendees,
# agency-relayed, lunch hosts who do not evaluate, replaced panelists, honorifics in several
# languages), times written every way, and about 40% hard negatives of the item 3.
from lib import add, ics
from mime import addr, hdr, vtz_outlook_eu, vtz_outlook_us

# ================================================================ invitations
add(
    name="inv-w6-greenhouse-html-table-sydney",
    kind="invitation",
    frm="Quandong Health Recruiting <no-reply@us.greenhouse-mail.io>",
    reply_to="Mia Tran <mia.tran@quandonghealth.example>",
    to="Georgia Whitlam <georgia.whitlam@example.com.au>",
    subject="Interview confirmation: Clinical Data Analyst at Quandong Health",
    date=(2026, 11, 26, 16, 5, "Australia/Sydney"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Georgia,</p>
<p>Thank you for your interest in the <b>Clinical Data Analyst</b> position at Quandong Health. We're pleased to confirm your interview as detailed below.</p>
<p><b>Date:</b> Thursday, December 3, 2026<br>
<b>Location:</b> Video call (Microsoft Teams &ndash; link to follow from your interviewers)<br>
<b>Time zone:</b> Australia/Sydney (AEDT)</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#eef3f7"><th align="left">Time</th><th align="left">Interviewer</th><th align="left">Focus</th></tr>
<tr><td>9:30 AM &ndash; 10:15 AM</td><td>Dr. Harriet Lowe<br><span style="color:#666">Head of Clinical Analytics</span></td><td>Clinical data, stakeholder work</td></tr>
<tr><td>10:15 AM &ndash; 11:00 AM</td><td>Sanjay Kulkarni<br><span style="color:#666">Senior Data Engineer</span></td><td>SQL and data modelling exercise</td></tr>
</table>
<p>If you need to reschedule, please reply to this email at least 24 hours in advance.</p>
<p>Kind regards,<br>Mia Tran<br>Recruitment Coordinator, Quandong Health</p>
<p style="font-size:11px;color:#999">Powered by Greenhouse</p>
</body></html>
""",
    company="Quandong Health",
    role="Clinical Data Analyst",
    interviewers=[
        ("Harriet Lowe", None, "Head of Clinical Analytics"),
        ("Sanjay Kulkarni", None, "Senior Data Engineer"),
    ],
    start="2026-12-03 09:30",
    end="2026-12-03 11:00",
    tz="Australia/Sydney",
    notes="Greenhouse HTML-only schedule table, name and title in one cell; Date header is UTC (Greenhouse) while times are AEDT (+11:00). The coordinator signs only. 'Dr.' dropped.",
)

add(
    name="inv-w6-quebec-recruiter-phone-screen-fr",
    kind="invitation",
    frm=addr("Émilie Bélanger", "emilie.belanger@groupeboreal.example"),
    to="Mathieu Tremblay <mathieu.tremblay@example.ca>",
    subject=hdr("Analyste principal, cybersécurité – premier appel"),
    date=(2026, 11, 24, 14, 20, "America/Toronto"),
    fmt="qp",
    body="""
Bonjour Mathieu,

Merci d'avoir postulé au poste d'Analyste principal, cybersécurité chez Groupe Boréal. Votre profil a retenu notre attention!

J'aimerais planifier un premier appel téléphonique de 30 minutes avec moi afin de mieux connaître votre parcours et de vous présenter l'équipe et les conditions du poste. Je vous propose le mardi 1er décembre à 11 h (heure de l'Est). Je vous appellerai au numéro indiqué dans votre candidature.

Si ce moment ne vous convient pas, n'hésitez pas à me proposer d'autres disponibilités.

Au plaisir de discuter avec vous,

Émilie Bélanger
Conseillère principale en acquisition de talents
Groupe Boréal | 1250, boul. René-Lévesque Ouest, Montréal (Québec)
""",
    company="Groupe Boréal",
    role="Analyste principal, cybersécurité",
    interviewers=[
        (
            "Émilie Bélanger",
            "emilie.belanger@groupeboreal.example",
            "Conseillère principale en acquisition de talents",
        )
    ],
    start="2026-12-01 11:00",
    end="2026-12-01 11:30",
    tz="America/Toronto",
    notes="Quebec French; the recruiter proposes a 30-minute phone screen 'avec moi', so she is the interviewer. '11 h (heure de l'Est)' in December is EST -05:00.",
)

add(
    name="inv-w6-outlook-warsaw-windows-zone",
    kind="invitation",
    frm=addr("Zofia Wróblewska", "zofia.wroblewska@bursztyn.example"),
    to="Ilya Markov <ilya.markov@example.net>",
    subject="Technical interview - Senior Backend Developer (Java)",
    date=(2026, 11, 20, 10, 12, "Europe/Warsaw"),
    ics_style="outlook",
    body="""
Dear Ilya,

Thank you for the HR call last week. I'm happy to invite you to the technical interview for the Senior Backend Developer (Java) position at Bursztyn Systems.

Date: Wednesday, 2 December 2026
Time: 13:00–14:30 (Warsaw time)
Format: Microsoft Teams (link in the invitation)

You will meet:
- Tomasz Kędzierski – Head of Backend
- Agnieszka Nowak-Pawlak – Senior QA Engineer

I will only send the invitation and will not join the call myself, but feel free to contact me with any questions.

Best regards,
Zofia Wróblewska
Talent Acquisition Specialist
Bursztyn Systems sp. z o.o.
ul. Długa 44, 80-831 Gdańsk
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000B0A9F2C5E27FDB0100000000000000001000000012E4C0F1A9D3",
        start="2026-12-02 13:00",
        end="2026-12-02 14:30",
        tz="Europe/Warsaw",
        tzid="Central European Standard Time",
        vtz=vtz_outlook_eu("Central European Standard Time", 1, 2),
        organizer=("Zofia Wróblewska", "zofia.wroblewska@bursztyn.example"),
        attendees=[
            ("Ilya Markov", "ilya.markov@example.net"),
            ("Tomasz Kędzierski", "tomasz.kedzierski@bursztyn.example"),
            ("Agnieszka Nowak-Pawlak", "agnieszka.nowak-pawlak@bursztyn.example"),
        ],
        summary="Technical interview - Senior Backend Developer (Java) - Ilya Markov",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
        stamp="20261120T091200Z",
    ),
    company="Bursztyn Systems",
    role="Senior Backend Developer (Java)",
    interviewers=[
        ("Tomasz Kędzierski", "tomasz.kedzierski@bursztyn.example", "Head of Backend"),
        (
            "Agnieszka Nowak-Pawlak",
            "agnieszka.nowak-pawlak@bursztyn.example",
            "Senior QA Engineer",
        ),
    ],
    start="2026-12-02 13:00",
    end="2026-12-02 14:30",
    tz="Europe/Warsaw",
    notes="Outlook invite with the Windows zone 'Central European Standard Time'; the organizer (TA specialist) says she will not join; interviewers' emails come from the ICS attendees. RFC 2047 From with Polish letters.",
)

add(
    name="inv-w6-hm-reply-adds-colleague-quoted-austin",
    kind="invitation",
    frm="Pat Okafor <pat.okafor@lonestarrobotics.example>",
    to="Chris Nguyen <chris.nguyen.dev@example.com>",
    cc="Dana Whitfield <dana.whitfield@lonestarrobotics.example>",
    subject="Re: Senior Embedded Engineer - next conversation",
    date=(2026, 10, 27, 9, 10, "America/Chicago"),
    in_reply_to="<CAJ8x2w6-okafor-thread@mail.gmail.com>",
    body="""
Hi Chris,

Thursday at 4 works great. I'll pull in Rosa Delgado, who leads our firmware team, so you can meet her as well - we'll do it as one hour-long conversation at our office (2200 S Congress Ave, suite 300). Just check in at the front desk.

See you then,
Pat

--
Pat Okafor
Director, Hardware Engineering
Lonestar Robotics

On Mon, Oct 26, 2026 at 3:02 PM Chris Nguyen <chris.nguyen.dev@example.com> wrote:
> Hi Dana and Pat,
>
> Thanks! Thursday at 4pm would be my first choice, Wednesday at 2pm also works.
>
> Best,
> Chris
>
> On Mon, Oct 26, 2026 at 11:47 AM Dana Whitfield <dana.whitfield@lonestarrobotics.example> wrote:
>> Hi Chris,
>>
>> Great speaking with you Friday. Pat Okafor, our Director of Hardware Engineering, would like to
>> meet you in person. Greg Lund, who you spoke with last week, passed along very positive notes.
>> Pat has Wednesday 10/28 at 2pm or Thursday 10/29 at 4pm open - which works for you?
>>
>> Dana Whitfield
>> Technical Recruiter, Lonestar Robotics
""",
    company="Lonestar Robotics",
    role="Senior Embedded Engineer",
    interviewers=[
        ("Pat Okafor", "pat.okafor@lonestarrobotics.example", "Director, Hardware Engineering"),
        ("Rosa Delgado", None, None),
    ],
    start="2026-10-29 16:00",
    end="2026-10-29 17:00",
    tz="America/Chicago",
    notes="Hiring manager confirms 'Thursday at 4' (Oct 29, CDT) in a reply and adds a colleague; the recruiter (Cc) and Greg Lund (earlier screen) appear only in quoted mail and are not interviewers. Rosa has a description, not a title.",
)

add(
    name="inv-w6-calendly-link-from-hm-lisbon",
    kind="invitation",
    frm=addr("Inês Ferraz", "ines@caravelalabs.example"),
    to="Hugo Lemaire <hugo.lemaire@example.fr>",
    subject="Growth Marketing Lead @ Caravela Labs - let's talk",
    date=(2026, 10, 14, 12, 31, "Europe/Lisbon"),
    fmt="alt",
    body="""
Hi Hugo,

Thanks for the thoughtful application for our Growth Marketing Lead role - the write-up on your referral experiments at your last company was great.

Next step is a conversation with me (45 min, video). Please grab any slot that suits you on my calendar here:
https://calendly.com/ines-ferraz-caravela/45min

The slots are shown in your local time. If nothing works, just reply and we'll figure something out.

Um abraço,
Inês Ferraz
Head of Marketing, Caravela Labs
""",
    company="Caravela Labs",
    role="Growth Marketing Lead",
    interviewers=[("Inês Ferraz", "ines@caravelalabs.example", "Head of Marketing")],
    notes="Self-scheduling link from the hiring manager herself: an invitation with her as the interviewer, no time yet.",
)

add(
    name="inv-w6-workday-pt-br-lastname-comma-b64",
    kind="invitation",
    frm="Ipê Energia Recrutamento <ipeenergia@myworkday.com>",
    to="Lucas Moreira <lucas.moreira@example.com.br>",
    subject=hdr("Convite para entrevista técnica – Analista de Dados Pleno"),
    date=(2026, 12, 7, 17, 45, "America/Sao_Paulo"),
    fmt="b64",
    body="""
Olá Lucas,

Obrigado pelo seu interesse na Ipê Energia!

Temos o prazer de convidá-lo para a entrevista técnica referente à vaga Analista de Dados Pleno (R-04417).

Data: 15/12/2026 (terça-feira)
Horário: 10h00 às 11h00 (horário de Brasília)
Formato: Microsoft Teams – o link será enviado pela equipe

Entrevistadores:
Albuquerque, Marina – Gerente de Dados
Rocha, Thiago – Especialista em BI

Por favor, confirme sua presença respondendo a este e-mail.

Atenciosamente,
Equipe de Atração de Talentos
Ipê Energia

Esta mensagem foi enviada automaticamente pelo Workday. Não responda diretamente a este endereço.
""",
    company="Ipê Energia",
    role="Analista de Dados Pleno",
    interviewers=[
        ("Marina Albuquerque", None, "Gerente de Dados"),
        ("Thiago Rocha", None, "Especialista em BI"),
    ],
    start="2026-12-15 10:00",
    end="2026-12-15 11:00",
    tz="America/Sao_Paulo",
    notes="Workday Portuguese (Brazil), base64 body and RFC 2047 subject; 'Sobrenome, Nome' names put in natural order; requisition number dropped from the role; day-first date; Brasília time -03:00 (no DST).",
)

add(
    name="inv-w6-japan-second-round-family-first",
    kind="invitation",
    frm=addr("株式会社ミドリ技研 採用担当", "saiyo@midori-giken.example", "b"),
    to=addr("佐藤 健", "ken.sato@example.jp", "b"),
    subject=hdr("【ミドリ技研】二次面接のご案内", encoding="b"),
    date=(2026, 10, 30, 18, 2, "Asia/Tokyo"),
    fmt="b64",
    body="""
佐藤 健 様

この度は株式会社ミドリ技研の組込みソフトウェアエンジニア職にご応募いただき、誠にありがとうございます。
一次面接の結果、ぜひ二次面接にお進みいただきたく、ご案内申し上げます。

■日時：2026年11月10日（火）14:00〜15:00
■場所：本社 5階 会議室B（東京都品川区東五反田2-8-1）
■面接官：
　開発部 部長　高橋 誠
　人事部 課長　中村 由美

当日は受付にて「採用面接で来社」とお伝えください。
ご都合が悪い場合は、11月4日（水）までにご返信ください。

何卒よろしくお願い申し上げます。

株式会社ミドリ技研
人事部 採用担当　小林
""",
    company="ミドリ技研",
    role="組込みソフトウェアエンジニア",
    interviewers=[
        ("高橋 誠", None, "開発部 部長"),
        ("中村 由美", None, "人事部 課長"),
    ],
    start="2026-11-10 14:00",
    end="2026-11-10 15:00",
    tz="Asia/Tokyo",
    notes="Japanese, base64 body, B-encoded headers; family-name-first names kept as written; 小林 (the recruiting contact who signs) does not interview; the reply-by date is the candidate's deadline.",
)

add(
    name="inv-w6-agency-relays-client-frankfurt",
    kind="invitation",
    frm="Harriet Cole <harriet.cole@brightpath-recruitment.example>",
    to="Owen Price <owen.price@example.co.uk>",
    subject="Interview confirmed - QA Validation Lead with Kessler Pharma",
    date=(2026, 12, 2, 15, 10, "Europe/London"),
    body="""
Hi Owen,

Great news - Kessler Pharma would like to meet you for the QA Validation Lead role!

Interview details:
Tuesday 8th December, 10:30 CET (9:30 UK time)
Microsoft Teams - the invite will come directly from their HR team
Duration: 1 hour

You'll be meeting Dr. Katrin Vogt (Head of Quality Assurance) and Mr. Ahmed Rahimi (Validation Manager). Katrin will want to go through your CSV and Annex 11 experience in detail, Ahmed is more hands-on and will likely ask about your recent FAT/SAT work.

Give me a call on Monday and we'll do a proper prep session.

Best,
Harriet

Harriet Cole
Senior Consultant - Life Sciences
Brightpath Recruitment Ltd | 020 7946 0321
""",
    company="Kessler Pharma",
    role="QA Validation Lead",
    interviewers=[
        ("Katrin Vogt", None, "Head of Quality Assurance"),
        ("Ahmed Rahimi", None, "Validation Manager"),
    ],
    start="2026-12-08 10:30",
    end="2026-12-08 11:30",
    tz="Europe/Berlin",
    notes="UK agency relays a client interview: the company is the client, not the agency; the consultant only arranges. Both times given (CET and UK); honorifics Dr./Mr. dropped.",
)

add(
    name="inv-w6-goodtime-itinerary-lunch-host-seattle",
    kind="invitation",
    frm="Evergreen Outfitters <scheduling@goodtime.io>",
    reply_to="Brianna Koh <brianna.koh@evergreenoutfitters.example>",
    to="Alexis Romero <alexis.romero@example.com>",
    subject="Your onsite interview itinerary - Software Engineer II, Evergreen Outfitters",
    date=(2026, 11, 4, 13, 30, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Alexis,

We're excited to host you at our Seattle HQ for your onsite interview for the Software Engineer II position! Here is your itinerary for Thursday, November 12, 2026 (all times Pacific):

9:30 AM - 10:15 AM   Coding interview
                     Marcus Chen, Senior Software Engineer
10:15 AM - 11:00 AM  System design
                     Aaliyah Brooks, Principal Engineer
11:00 AM - 12:00 PM  Lunch with Jordan Pike
                     Jordan is an engineer on the team and your lunch host. Lunch is
                     informal and not part of the evaluation - ask anything!
12:00 PM - 12:45 PM  Hiring manager conversation
                     Rebecca Stoltz, Engineering Manager

Address: 1520 Westlake Ave N, Seattle, WA 98109. Please arrive 10 minutes early and check in at the 2nd floor reception.

If anything comes up, reply to this email or text me at (206) 555-0147.

Brianna Koh
Recruiting Coordinator
Evergreen Outfitters

Sent via GoodTime
""",
    company="Evergreen Outfitters",
    role="Software Engineer II",
    interviewers=[
        ("Marcus Chen", None, "Senior Software Engineer"),
        ("Aaliyah Brooks", None, "Principal Engineer"),
        ("Rebecca Stoltz", None, "Engineering Manager"),
    ],
    start="2026-11-12 09:30",
    end="2026-11-12 12:45",
    tz="America/Los_Angeles",
    notes="GoodTime itinerary; the lunch host is explicitly not part of the evaluation, so not an interviewer; the coordinator only schedules. Nov 12 is after DST ended: PST -08:00.",
)

add(
    name="inv-w6-milan-dottssa-ing-honorifics",
    kind="invitation",
    frm="Officine Lariane S.p.A. <noreply@smartrecruiters.com>",
    reply_to="selezione@officinelariane.example",
    to="Chiara Bassi <chiara.bassi@example.it>",
    subject="Invito a colloquio – Responsabile Qualità Fornitori",
    date=(2026, 10, 20, 11, 15, "Europe/Rome"),
    fmt="alt",
    body="""
Gentile Chiara,

a seguito della Sua candidatura per la posizione di Responsabile Qualità Fornitori, siamo lieti di invitarLa a un colloquio conoscitivo presso la nostra sede di Lecco.

Data: giovedì 29 ottobre 2026
Orario: dalle 9:30 alle 10:30
Indirizzo: Via Valsugana 18, 23900 Lecco

Il colloquio sarà condotto dalla Dott.ssa Giulia Ferri (HR Business Partner) e dall'Ing. Paolo Marchetti (Responsabile Produzione).

La preghiamo di confermare la Sua presenza rispondendo a questa e-mail e di portare con sé un documento d'identità.

Cordiali saluti,
Ufficio Selezione del Personale
Officine Lariane S.p.A.

Questo messaggio è stato inviato tramite SmartRecruiters.
""",
    company="Officine Lariane",
    role="Responsabile Qualità Fornitori",
    interviewers=[
        ("Giulia Ferri", None, "HR Business Partner"),
        ("Paolo Marchetti", None, "Responsabile Produzione"),
    ],
    start="2026-10-29 09:30",
    end="2026-10-29 10:30",
    tz="Europe/Rome",
    notes="Italian via SmartRecruiters (Date header in UTC); Italian honorifics 'Dott.ssa' and 'Ing.' dropped; Oct 29 is after EU DST ended (Oct 25): CET +01:00 though the mail is sent in CEST.",
)

add(
    name="inv-w6-founder-terse-tmrw-nyc",
    kind="invitation",
    frm="Katarina Novak <kat@tinyloop.example>",
    to="Sam Iverson <sam.iverson@example.com>",
    subject="quick call?",
    date=(2026, 9, 14, 18, 22, "America/New_York"),
    body="""
hey Sam - loved your portfolio, esp. the onboarding teardown.

can you do a call tmrw at 3pm? it'd be me + Dev Malhotra (our CTO), 30 min, just to chat about the product designer role. meet link: https://meet.google.com/kpz-qrst-uvw

lmk!
kat

--
Katarina Novak
Founder, Tinyloop
""",
    company="Tinyloop",
    role="Product Designer",
    interviewers=[
        ("Katarina Novak", "kat@tinyloop.example", "Founder"),
        ("Dev Malhotra", None, "CTO"),
    ],
    start="2026-09-15 15:00",
    end="2026-09-15 15:30",
    tz="America/New_York",
    notes="Terse founder mail, lowercase; 'tmrw at 3pm' resolved against the Date header (Mon Sep 14, EDT); no zone given, so the sender's zone. The founder herself interviews.",
)

add(
    name="inv-w6-nz-dayfirst-dot-time-myself",
    kind="invitation",
    frm="Aroha Ngata <aroha.ngata@totarawater.example>",
    to="Ben Fitzgerald <ben.fitz@example.co.nz>",
    subject=hdr("Interview invitation – Water Network Planner, Tōtara Water"),
    date=(2026, 11, 30, 15, 48, "Pacific/Auckland"),
    fmt="qp",
    body="""
Kia ora Ben,

Thanks for applying for the Water Network Planner role with Tōtara Water. We'd like to invite you to an interview on Wednesday 9/12 at 10.30am at our Hamilton office (Level 2, 35 Victoria Street). Please allow an hour.

The panel will be myself, Hemi Walker (Operations Manager) and Claire Dunlop (Senior Network Engineer). We'll ask you to talk us through a network planning project you're proud of - no slides needed.

Parking is available on Victoria Street, and there's a visitor park behind the building.

Ngā mihi,
Aroha Ngata
People & Capability Advisor
Tōtara Water
""",
    company="Tōtara Water",
    role="Water Network Planner",
    interviewers=[
        ("Aroha Ngata", "aroha.ngata@totarawater.example", "People & Capability Advisor"),
        ("Hemi Walker", None, "Operations Manager"),
        ("Claire Dunlop", None, "Senior Network Engineer"),
    ],
    start="2026-12-09 10:30",
    end="2026-12-09 11:30",
    tz="Pacific/Auckland",
    notes="NZ day-first '9/12' = 9 December; '10.30am' with a dot; the HR sender is on the panel ('myself'), so she is an interviewer. NZDT +13:00.",
)

# ================================================================ reschedules
add(
    name="res-w6-outlook-update-eastern-dst",
    kind="reschedule",
    frm="Derek Salas <dsalas@beaconhillmutual.example>",
    to="Nadia Rahman <nadia.rahman@example.com>",
    subject="Updated: Interview - Financial Analyst II - Nadia Rahman / Gwen Harlow",
    date=(2026, 3, 6, 16, 40, "America/New_York"),
    ics_style="outlook",
    body="""
Hi Nadia,

Apologies for the shuffle - Gwen has a board prep session that landed on Tuesday afternoon, so we've moved your interview with Gwen Harlow (VP, FP&A) from Tuesday 3/10 at 2:00 PM to Wednesday 3/11 at 9:00 AM EST. It's still 45 minutes on Teams, same link.

The updated invitation is attached; please accept it so it lands on your calendar.

Thanks for your flexibility,
Derek

Derek Salas
Talent Acquisition Coordinator | Beacon Hill Mutual
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000060F1D7B2AB9DDC010000000000000000100000004BEACON6",
        start="2026-03-11 09:00",
        end="2026-03-11 09:45",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Derek Salas", "dsalas@beaconhillmutual.example"),
        attendees=[
            ("Nadia Rahman", "nadia.rahman@example.com"),
            ("Gwen Harlow", "gharlow@beaconhillmutual.example"),
        ],
        summary="Interview - Financial Analyst II - Nadia Rahman / Gwen Harlow",
        seq=2,
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
        stamp="20260306T214000Z",
    ),
    company="Beacon Hill Mutual",
    role="Financial Analyst II",
    interviewers=[("Gwen Harlow", "gharlow@beaconhillmutual.example", "VP, FP&A")],
    start="2026-03-11 09:00",
    end="2026-03-11 09:45",
    tz="America/New_York",
    notes="Outlook update (SEQUENCE 2, 'Eastern Standard Time'); sent in EST, the new slot is after DST starts (Mar 8): EDT -04:00 although the body says '9:00 AM EST' out of habit - the attached invitation wins. The old Tuesday time is not the interview; the coordinator organizes only.",
)

add(
    name="res-w6-ashby-moved-and-panelist-replaced-london",
    kind="reschedule",
    frm="Northlight <no-reply@ashbyhq.com>",
    reply_to="Freya Lund <freya.lund@northlight.example>",
    to=addr("Tomás Ó Briain", "tomas.obriain@example.ie"),
    subject="Your Final Round interview with Northlight has been rescheduled",
    date=(2026, 10, 21, 17, 3, "Europe/London"),
    fmt="alt",
    ics_style="attach",
    body="""
Hi Tomás,

Your Final Round interview for the Senior Product Manager role at Northlight has been rescheduled.

New time
Monday, November 2, 2026
3:00 PM - 4:00 PM (GMT, London)

Previously: Friday, October 23, 2026, 2:00 PM - 3:00 PM (BST)

Interviewers
Grace Oyelaran - VP Product
Liam Fairbairn - Head of Design (replacing Sebastian Roy, who is no longer available)

Join with Google Meet: https://meet.google.com/nlt-final-rnd

An updated calendar invitation is attached. If the new time doesn't work, reply to this email and Freya will help.

Northlight Recruiting Team
Powered by Ashby
""",
    ics=ics(
        uid="ashby-interview-6d1c2f0e-91b4-4a77-8f0e-2a1d5c9b7e31",
        start="2026-11-02 15:00",
        end="2026-11-02 16:00",
        tz="Europe/London",
        organizer=("Northlight Recruiting", "no-reply@ashbyhq.com"),
        attendees=[
            ("Tomás Ó Briain", "tomas.obriain@example.ie"),
            ("Grace Oyelaran", "grace.oyelaran@northlight.example"),
            ("Liam Fairbairn", "liam.fairbairn@northlight.example"),
        ],
        summary="Final Round: Tomás Ó Briain <> Northlight (Senior Product Manager)",
        seq=1,
        prodid="-//Ashby//Ashby Scheduling//EN",
        utc=True,
        stamp="20261021T160300Z",
    ),
    company="Northlight",
    role="Senior Product Manager",
    interviewers=[
        ("Grace Oyelaran", "grace.oyelaran@northlight.example", "VP Product"),
        ("Liam Fairbairn", "liam.fairbairn@northlight.example", "Head of Design"),
    ],
    start="2026-11-02 15:00",
    end="2026-11-02 16:00",
    tz="Europe/London",
    notes="Ashby reschedule, ICS in UTC; the replaced panelist (Sebastian Roy) is not an interviewer; the previous time (BST) is not the interview. New time after UK DST ends: GMT +00:00.",
)

add(
    name="res-w6-german-verschiebung-ich-bleibe",
    kind="reschedule",
    frm="Miriam Schulte <miriam.schulte@rheinwerk-optik.example>",
    to=addr("Emre Yılmaz", "emre.yilmaz@example.de"),
    subject=hdr("Verschiebung Ihres Vorstellungsgesprächs – Werkstudent Data Science"),
    date=(2026, 11, 13, 8, 55, "Europe/Berlin"),
    fmt="qp",
    body="""
Sehr geehrter Herr Yılmaz,

leider muss Herr Dr. Brandt am kommenden Dienstag kurzfristig einen Kundentermin wahrnehmen. Wir möchten Ihr Vorstellungsgespräch für die Stelle Werkstudent Data Science daher vom Dienstag, 17.11.2026, auf

Donnerstag, 19.11.2026, 14:00–15:00 Uhr

verschieben. Das Gespräch findet wie geplant bei uns vor Ort statt (Rheinallee 12, 55116 Mainz, Empfang im Erdgeschoss).

Ihre Gesprächspartner sind weiterhin Dr. Felix Brandt (Leiter Data Science) und ich.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt. Für die Unannehmlichkeiten bitten wir um Entschuldigung.

Mit freundlichen Grüßen

Miriam Schulte
Personalreferentin
Rheinwerk Optik GmbH
""",
    company="Rheinwerk Optik",
    role="Werkstudent Data Science",
    interviewers=[
        ("Felix Brandt", None, "Leiter Data Science"),
        ("Miriam Schulte", "miriam.schulte@rheinwerk-optik.example", "Personalreferentin"),
    ],
    start="2026-11-19 14:00",
    end="2026-11-19 15:00",
    tz="Europe/Berlin",
    notes="German HR referent moves the interview and says she interviews too ('und ich'); day-first dotted dates; the old date is not the interview. CET +01:00.",
)

add(
    name="res-w6-lagos-by-11am-candidate-asked",
    kind="reschedule",
    frm="Ifeoma Nwosu <ifeoma.nwosu@savannamfb.example>",
    to="Chiamaka Eze <chiamaka.eze@example.com.ng>",
    subject="RE: Interview Invitation - Credit Risk Analyst",
    date=(2026, 10, 19, 10, 26, "Africa/Lagos"),
    in_reply_to="<DB9PR02MB7211A4F0C3E@DB9PR02MB7211.eurprd02.prod.outlook.com>",
    body="""
Dear Chiamaka,

Thank you for letting us know. Your interview with Mr. Babatunde Adeyemi (Head of Credit Risk) has now been moved to Thursday, 22nd October 2026 by 11am. It will still hold at our head office and last for one hour. Please note that Mrs. Ogunleye will be away on official assignment that day, so Mr. Adeyemi will conduct the interview alone.

Kindly come along with your original credentials.

Best regards,

Ifeoma Nwosu
Human Resources Officer
Savanna Microfinance Bank
Plot 14, Adeola Odeku Street, Victoria Island, Lagos

-----Original Message-----
From: Chiamaka Eze <chiamaka.eze@example.com.ng>
Sent: Saturday, October 17, 2026 8:14 PM
To: Ifeoma Nwosu <ifeoma.nwosu@savannamfb.example>
Subject: RE: Interview Invitation - Credit Risk Analyst

Good evening Ma,

Thank you for the invitation. Please, would it be possible to move the interview to later in the week? I will be writing a professional exam on Tuesday.

Regards,
Chiamaka

-----Original Message-----
From: Ifeoma Nwosu <ifeoma.nwosu@savannamfb.example>
Sent: Friday, October 16, 2026 3:40 PM
Subject: Interview Invitation - Credit Risk Analyst

Dear Chiamaka,

Following your application, you are invited for an interview for the position of Credit Risk Analyst on Tuesday, 20th October 2026 by 10am at our head office. Your panel will be Mr. Babatunde Adeyemi and Mrs. Funke Ogunleye (Senior Credit Officer).
""",
    company="Savanna Microfinance Bank",
    role="Credit Risk Analyst",
    interviewers=[("Babatunde Adeyemi", None, "Head of Credit Risk")],
    start="2026-10-22 11:00",
    end="2026-10-22 12:00",
    tz="Africa/Lagos",
    notes="Nigerian English 'by 11am' = at 11am; the new message says the second panelist (Mrs. Ogunleye, named with title only in quoted mail) will be away, so only Mr. Adeyemi interviews; the old date is in quoted mail. WAT +01:00.",
)

# ================================================================ cancellations
add(
    name="can-w6-lever-ics-cancel-utc-denver",
    kind="cancellation",
    frm="Stackwell <no-reply@hire.lever.co>",
    to="Jamal Whitaker <jamal.whitaker@example.com>",
    subject="Canceled: Interview with Hannah Kowalczyk - Platform Engineer",
    date=(2026, 11, 16, 9, 12, "America/Denver"),
    ics_style="attach",
    ics_method="CANCEL",
    body="""
Hi Jamal,

Your interview with Hannah Kowalczyk for the Platform Engineer role at Stackwell on Wednesday, November 18 at 1:00 PM MST has been canceled.

Your recruiter will be in touch shortly about next steps. We apologize for any inconvenience.

- Stackwell Recruiting
""",
    ics=ics(
        uid="lever-interview-3f0b8e72-5a1d-4c6e-9d2a-7b1e4f0c9a55@lever.co",
        start="2026-11-18 13:00",
        end="2026-11-18 14:00",
        tz="America/Denver",
        organizer=("Stackwell Recruiting", "no-reply@hire.lever.co"),
        attendees=[
            ("Jamal Whitaker", "jamal.whitaker@example.com"),
            ("Hannah Kowalczyk", "hannah.k@stackwell.example"),
        ],
        summary="Interview: Jamal Whitaker <> Hannah Kowalczyk (Platform Engineer)",
        method="CANCEL",
        seq=1,
        status="CANCELLED",
        prodid="-//Lever//Lever Interview Scheduling//EN",
        utc=True,
        stamp="20261116T161200Z",
    ),
    company="Stackwell",
    role="Platform Engineer",
    interviewers=[("Hannah Kowalczyk", "hannah.k@stackwell.example", None)],
    start="2026-11-18 13:00",
    end="2026-11-18 14:00",
    tz="America/Denver",
    notes="Lever cancellation with METHOD:CANCEL ICS in UTC; the cancelled interview and its interviewer are labelled. MST -07:00.",
)

add(
    name="can-w6-nairobi-role-on-hold",
    kind="cancellation",
    frm="Peter Kamau <p.kamau@baobabfreight.example>",
    to="Aditi Shah <aditi.shah@example.co.ke>",
    subject="Regional Finance Manager - interview on Friday",
    date=(2026, 12, 1, 16, 5, "Africa/Nairobi"),
    fmt="alt",
    body="""
Dear Aditi,

I'm sorry to let you know that we need to cancel your interview with Ms. Wanjiru Odhiambo, our Chief Financial Officer, scheduled for Friday 4 December at 2pm. The Regional Finance Manager position has been put on hold while the board reviews the regional structure for next year.

We were impressed by your application and I will reach out personally if the position reopens. Please accept our apologies for the short notice.

Kind regards,

Peter Kamau
HR Manager
Baobab Freight Ltd, Mombasa Road, Nairobi
""",
    company="Baobab Freight",
    role="Regional Finance Manager",
    interviewers=[("Wanjiru Odhiambo", None, "Chief Financial Officer")],
    start="2026-12-04 14:00",
    end=None,
    tz="Africa/Nairobi",
    notes="Plain cancellation (role on hold), no ICS; the cancelled interview's time and interviewer are labelled; no duration, so end null. EAT +03:00.",
)

# ================================================================ outcomes and requests
add(
    name="rej-w6-teamtailor-swedish-after-interview",
    kind="rejection",
    frm="Norrsken Bygg <noreply@teamtailor.com>",
    reply_to="rekrytering@norrskenbygg.example",
    to=addr("Linnéa Åberg", "linnea.aberg@example.se"),
    subject=hdr("Angående din ansökan till Backendutvecklare"),
    date=(2026, 11, 9, 14, 0, "Europe/Stockholm"),
    fmt="related",
    body="""
Hej Linnéa!

Tack för att du sökte tjänsten som Backendutvecklare hos Norrsken Bygg och för att du tog dig tid att träffa Erik och Sara förra veckan. Vi uppskattade verkligen samtalet.

Vi har nu gått igenom alla kandidater och har tyvärr valt att gå vidare med en annan kandidat vars erfarenhet bättre matchar våra behov just nu.

Vi sparar gärna din ansökan och hör av oss om en liknande roll blir aktuell. Lycka till i ditt fortsatta sökande!

Vänliga hälsningar,
Rekryteringsteamet på Norrsken Bygg
""",
    company="Norrsken Bygg",
    role="Backendutvecklare",
    notes="Swedish rejection via Teamtailor after an interview; the past interviewers are first names only and no interview is scheduled.",
)

add(
    name="off-w6-singapore-accept-by",
    kind="offer",
    frm="Rachel Lim <rachel.lim@merliontrust.example>",
    to="Arjun Pillai <arjun.pillai@example.sg>",
    subject="Offer of Employment - Regional Compliance Manager",
    date=(2026, 11, 27, 17, 20, "Asia/Singapore"),
    fmt="qp",
    body="""
Dear Arjun,

Further to your interviews with our panel, we are delighted to offer you the position of Regional Compliance Manager at Merlion Trust, reporting to Mr. Vincent Goh, Head of Compliance (APAC).

Please find the letter of offer attached via our e-signature portal. A summary of the key terms:
- Monthly base salary: SGD 13,500
- Annual wage supplement (13th month) and a variable bonus of up to 20%
- Proposed start date: 4 January 2027
- Notice period during probation: 1 month

Kindly confirm your acceptance by 4 December 2026 by signing the letter in the portal. If you have any questions about the terms, I'm happy to arrange a call with Vincent.

We look forward to welcoming you to the team.

Warm regards,
Rachel Lim
Senior Manager, Talent Acquisition
Merlion Trust
""",
    company="Merlion Trust",
    role="Regional Compliance Manager",
    notes="Offer with a candidate deadline (accept by 4 December), which is not a decision date; the future manager is not an interviewer.",
)

add(
    name="nxt-w6-uk-no-later-than-friday-18",
    kind="next_steps",
    frm="Helen Marsh <helen.marsh@fenwickcouncil.example>",
    to="Daniel Osei <daniel.osei@example.co.uk>",
    subject="Senior Planning Officer - thank you for attending",
    date=(2026, 12, 10, 11, 35, "Europe/London"),
    body="""
Dear Daniel,

Thank you for attending the interview for the post of Senior Planning Officer on Tuesday, and for the presentation on the town centre masterplan - the panel found it very useful.

We are interviewing two further candidates this week. The panel will meet on Monday 14th December to make its decision, and we will let you know the outcome no later than Friday 18th December.

In the meantime, please don't hesitate to contact me if you have any questions.

Yours sincerely,

Helen Marsh
HR Advisor
Fenwick District Council
""",
    company="Fenwick District Council",
    role="Senior Planning Officer",
    decision_by="2026-12-18",
    notes="Timeline after the interview; the panel meeting (Monday 14th) is not the decision date given to the candidate, 'no later than Friday 18th December' is.",
)

add(
    name="nxt-w6-three-business-days-quoted-deadline-chicago",
    kind="next_steps",
    frm="Marisol Vega <mvega@harborlinelogistics.example>",
    to="Trevor Banks <trevor.banks@example.com>",
    subject="Re: Operations Supervisor - thank you",
    date=(2026, 10, 16, 15, 50, "America/Chicago"),
    in_reply_to="<PH7PR11MB5918C2B1E6@PH7PR11MB5918.namprd11.prod.outlook.com>",
    body="""
Hi Trevor,

You're very welcome, and thanks again for coming out to the Joliet facility today. Tony and Angela enjoyed meeting you.

We have one last candidate to see on Monday morning, and we'll have an answer for you within 3 business days of today. I'll call you either way.

Have a great weekend!

Marisol Vega
HR Generalist | Harborline Logistics

On Fri, Oct 16, 2026 at 1:05 PM Trevor Banks <trevor.banks@example.com> wrote:
> Hi Marisol,
> Thank you for arranging today's interviews. As I mentioned, I have another offer I need to
> respond to by October 28, so any update on timing would be very helpful.
> Best,
> Trevor
""",
    company="Harborline Logistics",
    role="Operations Supervisor",
    decision_by="2026-10-21",
    notes="'within 3 business days of today' from Fri Oct 16 = Wed Oct 21; the candidate's own Oct 28 deadline in the quoted mail is not the employer's decision date.",
)

add(
    name="info-w6-references-portfolio-decide-by-30-oct",
    kind="info_request",
    frm="Noor Hamdan <noor@sandstonestudio.example>",
    to="Yasmin Haddad <yasmin.haddad@example.com>",
    subject="Senior UX Designer - references & portfolio",
    date=(2026, 10, 19, 10, 4, "Asia/Amman"),
    fmt="alt",
    body="""
Hi Yasmin,

Thank you again for the conversation on Thursday - the whole team enjoyed it.

Before we finalise, could you please send us:
1. Contact details for two professional references (ideally one manager)
2. A link to your full portfolio, including the banking app case study you mentioned
3. Your notice period and salary expectations

It would help if we could have these by Wednesday. We are aiming to make a final decision by 30 October.

Best regards,
Noor Hamdan
Design Director
Sandstone Studio, Amman
""",
    company="Sandstone Studio",
    role="Senior UX Designer",
    decision_by="2026-10-30",
    notes="Requests references, portfolio and salary details; 'by Wednesday' is the candidate's deadline, 'final decision by 30 October' is the employer's decision date.",
)

add(
    name="ack-w6-smartrecruiters-spanish-vague",
    kind="application_ack",
    frm="Grupo Alcarria <noreply@smartrecruiters.com>",
    to=addr("Nerea Domínguez", "nerea.dominguez@example.es"),
    subject=hdr("Hemos recibido tu candidatura – Técnica de Mantenimiento Industrial"),
    date=(2026, 11, 3, 9, 47, "Europe/Madrid"),
    fmt="alt64",
    body="""
Hola Nerea:

¡Gracias por tu interés en Grupo Alcarria!

Hemos recibido correctamente tu candidatura para el puesto de Técnica de Mantenimiento Industrial (REF 2026-118) en nuestra planta de Guadalajara.

Nuestro equipo de selección revisará tu perfil con atención. Si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil de candidato.

Un saludo,
Equipo de Talento de Grupo Alcarria
""",
    company="Grupo Alcarria",
    role="Técnica de Mantenimiento Industrial",
    notes="Spanish SmartRecruiters acknowledgement, base64 HTML twin; 'en las próximas semanas' is vague, so no decision date; the reference number is not part of the role.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w6-stepstone-job-alert-german",
    frm="StepStone Job-Agent <jobagent@stepstone.de>",
    to="Jonas Keller <jonas.keller@example.de>",
    subject=hdr("8 neue Jobs für „Projektmanager IT“ in Köln"),
    date=(2026, 11, 18, 7, 2, "Europe/Berlin"),
    fmt="alt",
    body="""
Hallo Jonas,

Ihr Job-Agent hat 8 neue Stellenangebote für Sie gefunden:

Projektmanager IT (m/w/d) – Rheinland Versicherung AG, Köln – vor 1 Tag
Schnelle Bewerbung · Vorstellungsgespräch per Video möglich

IT-Projektleiter SAP S/4HANA (m/w/d) – Domstadt Logistik GmbH, Köln – vor 2 Tagen
Gesprächstermine bereits ab nächster Woche!

Technischer Projektmanager Netzwerk (m/w/d) – NetzWerk Colonia, Hürth – vor 2 Tagen

Junior Projektmanager Digitalisierung – Stadtwerke Brühl, Brühl – vor 3 Tagen
Bewerbungsfrist: 30.11.2026

... und 4 weitere Angebote

Alle Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse

Tipp der Woche: So überzeugen Sie im Vorstellungsgespräch am Dienstag genauso wie am Freitag – unsere 7 Regeln für den ersten Eindruck.

Job-Agent bearbeiten · Abmelden
""",
    notes="German job-alert digest: many employers, 'Vorstellungsgespräch' and dates, none about the user's application.",
)

add(
    name="oth-w6-newsletter-questions-to-ask",
    frm="The Career Brief <hello@careerbrief.example>",
    to="priya.nair@example.com",
    subject="The 6 questions that win the last 5 minutes of an interview",
    date=(2026, 10, 8, 6, 30, "America/New_York"),
    fmt="html",
    html="""<html><body style="margin:0;background:#f6f6f2">
<table width="600" align="center" style="background:#fff;font-family:Georgia,serif"><tr><td style="padding:24px">
<h1 style="font-size:24px">"Do you have any questions for us?"</h1>
<p>It's the moment most candidates waste. Here's what hiring managers told us they want to hear when your interview wraps up on Thursday at 4:00 - or whenever yours is.</p>
<ol>
<li><b>"What would success look like in the first 90 days?"</b></li>
<li><b>"What is the biggest challenge the team faces right now?"</b></li>
<li><b>"How do you see this role growing?"</b></li>
<li><b>"When do you expect to make a decision?"</b> &mdash; then write the date down.</li>
<li><b>"Is there anything in my background that gives you pause?"</b></li>
<li><b>"Who else will I meet in the process?"</b></li>
</ol>
<p>Reader story: "My panel with the VP of Engineering and two staff engineers ran long, but asking #5 turned it around," writes Dana from Portland.</p>
<p><a href="https://careerbrief.example/thank-you-template">Next week: the thank-you note template that gets replies &rarr;</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed to The Career Brief. <a href="https://careerbrief.example/unsub">Unsubscribe</a></p>
</td></tr></table></body></html>
""",
    notes="Interview-tips newsletter, HTML only; mentions an interview 'on Thursday at 4:00', a panel and a decision date only as generic advice.",
)

add(
    name="oth-w6-employer-careers-webinar-ics",
    frm="Halcyon Bank Early Careers <earlycareers@halcyonbank.example>",
    to="Tariq Mahmood <tariq.mahmood@example.co.uk>",
    subject="You're registered: Inside Halcyon – Graduate Programme Live Q&A",
    date=(2026, 10, 2, 12, 0, "Europe/London"),
    ics_style="google",
    body="""
Hi Tariq,

Thanks for registering for Inside Halcyon – our Graduate Programme Live Q&A.

When: Wednesday 14 October 2026, 18:00–19:00 (UK time)
Where: online (Zoom webinar – your personal join link is below)

You'll hear from our recruiters and from graduates currently on the Technology and Risk rotations, and get tips on our application process, the online assessments and what to expect at our assessment centres. Hosted by Megan Doyle, Early Careers Recruitment Lead.

Join: https://halcyonbank.zoom.us/w/98214455120?tk=registrant

We've attached a calendar invitation so you don't miss it. Applications for the 2027 programme close on 8 November.

See you there,
Halcyon Bank Early Careers team
""",
    ics=ics(
        uid="zoom-webinar-98214455120-tariq@zoom.us",
        start="2026-10-14 18:00",
        end="2026-10-14 19:00",
        tz="Europe/London",
        organizer=("Halcyon Bank Early Careers", "earlycareers@halcyonbank.example"),
        attendees=[("Tariq Mahmood", "tariq.mahmood@example.co.uk")],
        summary="Inside Halcyon - Graduate Programme Live Q&A (webinar)",
        prodid="-//Zoom Video Communications//Zoom Webinar//EN",
        location="https://halcyonbank.zoom.us/w/98214455120",
        stamp="20261002T110000Z",
    ),
    notes="An employer's careers webinar with an ICS REQUEST: recruiters and a host are named, but it is a marketing event, not an interview of the user.",
)

add(
    name="oth-w6-podcast-guest-riverside",
    frm="Leo Santangelo <leo@shippedpodcast.example>",
    to="Maya Goldberg <maya@example.com>",
    subject="Shipped podcast - interview recording Thursday",
    date=(2026, 9, 21, 11, 14, "America/Los_Angeles"),
    body="""
Hi Maya,

Really excited to have you on Shipped! Confirming our interview recording for Thursday, Sept 24 at 10am PT. We'll talk about how your team rebuilt the checkout flow and what you learned from the migration. Plan for about 60 minutes; the episode will be edited down to ~40.

We record on Riverside: https://riverside.fm/studio/shipped-leo - use headphones and Chrome if you can. My co-host Farah Idris will join too and will ask a couple of the questions.

No prep needed, but if there's anything you'd rather not discuss, just let me know beforehand.

Cheers,
Leo Santangelo
Host, Shipped - a podcast about building software
""",
    notes="A podcast 'interview' of the user as a guest, with a time and two hosts: not hiring mail.",
)

add(
    name="oth-w6-greenhouse-user-is-interviewer",
    frm="Greenhouse <no-reply@greenhouse-mail.io>",
    to="Elena Petrova <elena.petrova@fernbrook.example>",
    subject="You're scheduled to interview Jamie Lopez for Backend Engineer",
    date=(2026, 11, 5, 10, 20, "America/New_York"),
    ics_style="google",
    body="""
Hi Elena,

You have been scheduled to interview a candidate.

Candidate: Jamie Lopez
Job: Backend Engineer (Payments)
Interview: Technical Deep Dive
When: Tuesday, November 10, 2026, 2:00 PM - 3:00 PM EST
Where: Zoom - https://fernbrook.zoom.us/j/84412009931

Interview kit (questions, scorecard and the candidate's resume):
https://app.greenhouse.io/guides/4419023/people/72110934?application_id=88123401

Please submit your scorecard within 24 hours of the interview.

Fernbrook Recruiting Team
""",
    ics=ics(
        uid="greenhouse-interview-88123401-5521@greenhouse.io",
        start="2026-11-10 14:00",
        end="2026-11-10 15:00",
        tz="America/New_York",
        organizer=("Fernbrook Recruiting", "recruiting@fernbrook.example"),
        attendees=[("Elena Petrova", "elena.petrova@fernbrook.example")],
        summary="Interview: Jamie Lopez - Backend Engineer (Payments) - Technical Deep Dive",
        prodid="-//Greenhouse//Greenhouse Scheduler//EN",
        stamp="20261105T152000Z",
    ),
    notes="The user is the interviewer at their current job (Greenhouse interviewer notice with ICS and a scorecard link): not an interview of the user.",
)

add(
    name="oth-w6-reference-call-for-former-report",
    frm="Ruth Abernathy <ruth.abernathy@clearpointhr.example>",
    to="Gabriel Santos <gabriel.santos@example.com>",
    subject="Reference check - Marcus Bell",
    date=(2026, 11, 12, 13, 5, "America/Denver"),
    body="""
Hello Gabriel,

Marcus Bell has applied for a Senior Project Manager position with one of our clients and has listed you as a professional reference from his time at Summit Civil.

Would you be available for a 15-minute phone call on Tuesday, November 17 at 11:00 AM MT? I'll ask about his role on your team, his strengths and areas for development. If that time doesn't suit, feel free to suggest another.

Everything you share will be kept confidential and used only for this hiring decision.

Thank you in advance,

Ruth Abernathy
Reference Specialist, ClearPoint HR Services
""",
    notes="The user is a reference for someone else; the call has a time but is not an interview of the user.",
)

add(
    name="oth-w6-current-job-quarterly-review-outlook",
    frm="Sandra Okoye <sandra.okoye@meridianfoods.example>",
    to="Kevin Brandt <kevin.brandt@meridianfoods.example>",
    cc="Luis Ortega <luis.ortega@meridianfoods.example>",
    subject="Q4 business review - Supply Planning",
    date=(2026, 11, 19, 8, 45, "America/Chicago"),
    ics_style="outlook",
    body="""
Hi Kevin,

Setting up our Q4 business review for Supply Planning. Please bring the forecast accuracy numbers and the open items from the S&OP meeting; Luis will walk us through the warehouse consolidation plan.

Thanks,
Sandra

Sandra Okoye
Director, Supply Chain | Meridian Foods
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000E0C2A55E3B7ADB01000000000000000010000000MERIDQ4",
        start="2026-12-01 10:00",
        end="2026-12-01 11:30",
        tz="America/Chicago",
        tzid="Central Standard Time",
        vtz=vtz_outlook_us("Central Standard Time", -6, -5),
        organizer=("Sandra Okoye", "sandra.okoye@meridianfoods.example"),
        attendees=[
            ("Kevin Brandt", "kevin.brandt@meridianfoods.example"),
            ("Luis Ortega", "luis.ortega@meridianfoods.example"),
        ],
        summary="Q4 business review - Supply Planning",
        prodid="Microsoft Exchange Server 2010",
        location="Conf Rm 3B / Teams",
        stamp="20261119T144500Z",
    ),
    notes="A meeting at the user's current job, Outlook ICS with a Windows zone name: not hiring mail.",
)

add(
    name="oth-w6-vet-appointment-reminder",
    frm="Willowbank Veterinary Clinic <appointments@willowbankvets.example>",
    to="fiona.mcallister@example.co.uk",
    subject="Reminder: Biscuit's appointment on Thursday",
    date=(2026, 10, 6, 9, 0, "Europe/London"),
    fmt="alt",
    body="""
Dear Fiona,

This is a reminder that Biscuit is booked in for his annual vaccination and health check:

Thursday 8 October 2026 at 16:20
with Dr. Aisling Burke, Veterinary Surgeon
Willowbank Veterinary Clinic, 4 Mill Lane, Harrogate HG1 2PL

Please arrive 5 minutes early and bring Biscuit on a lead or in a carrier. If you need to cancel or change the appointment, please give us at least 24 hours' notice on 01423 555 019.

Kind regards,
The Willowbank team
""",
    notes="A personal (vet) appointment with a time and a named doctor: not hiring mail.",
)

add(
    name="oth-w6-interview-experience-survey",
    frm="Brightwell Careers <surveys@candidate-feedback.example>",
    to="Ahmed Farouk <ahmed.farouk@example.com>",
    subject="How was your interview with Brightwell?",
    date=(2026, 11, 6, 15, 0, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Ahmed,</p>
<p>Thank you for interviewing with Brightwell for the <b>Senior Data Scientist</b> role on November 4. Whatever the outcome, we'd love to hear how it went.</p>
<p>This 2-minute survey is anonymous and is <b>not</b> shared with your interviewers or the hiring team. Your answers will not affect your candidacy.</p>
<p style="text-align:center"><a href="https://candidate-feedback.example/s/brw-7731" style="background:#2b59c3;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Rate your interview experience</a></p>
<p>How likely are you to recommend applying to Brightwell to a friend? 0 &ndash; 10</p>
<p>Thank you,<br>Brightwell Talent Experience</p>
</body></html>
""",
    notes="A candidate-experience survey about a past interview: no interview, no decision, so other.",
)

add(
    name="oth-w6-scam-telegram-remote-job",
    frm="Amazon HR Department <hr.recruitment.amazon.jobs@gmail.com>",
    to="rosa.jimenez@example.com",
    subject="CONGRATULATIONS: Your Remote Interview Has Been Scheduled",
    date=(2026, 11, 10, 3, 17, "UTC"),
    body="""
Dear Applicant,

Congratulations! Your resume was shortlisted for the position of Remote Data Entry Clerk / Customer Service (Part-Time, $45/hr) with Amazon.

Your online interview has been scheduled for Thursday 12th November 2026 by 2:00pm EST with our Hiring Manager Mr. David Wilson. The interview will be conducted via TELEGRAM text chat. Please download the Telegram app and add the Hiring Manager @DavidWilson_AmazonHR before the interview.

Note: Successful applicants will receive a company check to purchase work-from-home equipment from our approved vendor.

Please reply with your full name, home address and cell phone number to confirm your slot.

Regards,
Amazon Human Resources Department
Recruitment Team
""",
    notes="A scam imitating an employer (free-mail sender, Telegram 'interview', equipment check): stays other with no interview.",
)

add(
    name="oth-w6-journalist-press-interview",
    frm="Clara Wendt <clara.wendt@handelskurier.example>",
    to="Jan Vermeulen <jan@solarbloc.example>",
    subject="Interview request - Handelskurier feature on battery start-ups",
    date=(2026, 10, 12, 14, 40, "Europe/Amsterdam"),
    body="""
Dear Mr. Vermeulen,

I'm a reporter at Handelskurier working on a feature about European battery start-ups, and I would very much like to interview you about Solarbloc's new factory in Eindhoven.

Would Thursday 15 October at 11:00 work for a 30-minute phone interview? My editor, Bas de Groot, may listen in. I'd send you the quotes for a fact check before publication.

Kind regards,
Clara Wendt
Technology Correspondent, Handelskurier
+31 20 555 0188
""",
    notes="A press interview request to the user as a founder: an 'interview' with a time, not hiring.",
)

add(
    name="oth-w6-us-visa-consular-interview",
    frm="U.S. Visa Information Service <no-reply@ustraveldocs-appointments.example>",
    to="Ravi Krishnan <ravi.krishnan@example.in>",
    subject="Appointment Confirmation - Visa Interview, U.S. Consulate General Chennai",
    date=(2026, 11, 2, 19, 30, "Asia/Kolkata"),
    fmt="alt",
    body="""
Dear RAVI KRISHNAN,

Your appointment has been successfully scheduled.

Applicant: RAVI KRISHNAN
Visa class: H-1B
OFC appointment: 18 November 2026, 09:15 AM, VAC Chennai
Consular interview: 24 November 2026, 08:30 AM, U.S. Consulate General Chennai, Gemini Circle, Anna Salai

Please bring your appointment confirmation, DS-160 confirmation page, passport, I-797 approval notice and your employment letter. Electronic devices are not permitted inside the consulate.

This is an automated message. Please do not reply.
""",
    notes="A government visa 'interview' appointment (for a job already obtained): personal appointment, not an interview for a job.",
)

add(
    name="oth-w6-ux-research-study-invite",
    frm="Respondly Studies <studies@respondly.example>",
    to="Olga Ivanova <olga.ivanova@example.com>",
    subject="You're invited: 45-min interview about invoicing software ($75)",
    date=(2026, 9, 29, 16, 2, "America/New_York"),
    fmt="alt",
    body="""
Hi Olga,

Good news - you qualified for a research study!

Study: How freelancers send and track invoices
Format: 1:1 video interview, 45 minutes
Incentive: $75 Amazon gift card
Session: Thursday, October 1, 2026 at 1:00 PM ET, with researcher Noah Feldman

Please confirm your session within 24 hours, or it will be released to another participant.

Confirm session: https://respondly.example/p/confirm/55102

Thanks for helping shape better products,
The Respondly team
""",
    notes="A paid user-research 'interview' with a named researcher and time: the user is a study participant, not a job candidate.",
)

add(
    name="oth-w6-friend-shares-final-round",
    frm="Tess Morgan <tess.morgan88@example.com>",
    to="Nina Castillo <nina.castillo@example.com>",
    subject="eek, final round!!",
    date=(2026, 10, 5, 21, 48, "America/Los_Angeles"),
    body="""
Nina!!

Just got the email - I'm in the final round at Cobalt Health for the Staff Designer job! It's Thursday at 10, four back-to-back interviews with the design director, two PMs and someone from research. Honestly terrified.

Can I steal 20 min of your time Wednesday night to practice the portfolio walkthrough? You're so good at that stuff. Wine on me after.

love,
T
""",
    notes="A friend's own final round (her interview, not the user's): other, though it names an employer, a role, a time and a panel.",
)

add(
    name="oth-w6-school-parent-teacher-ics",
    frm="Riverside Primary School <office@riversideprimary.example>",
    to="Parents of Year 3 <year3-parents@riversideprimary.example>",
    subject="Parent-teacher meetings: your booking",
    date=(2026, 11, 11, 15, 30, "Australia/Melbourne"),
    ics_style="attach",
    body="""
Dear Parent/Carer,

Thank you for booking a parent-teacher meeting. Your appointment details are below.

Student: Oscar Lindqvist (3B)
Teacher: Mrs. Deborah Hale
Date: Tuesday 24 November 2026
Time: 4:10pm - 4:25pm
Location: Room 3B

A calendar file is attached. If you can no longer attend, please cancel through the school booking portal.

Kind regards,
Riverside Primary School Office
""",
    ics=ics(
        uid="ptm-2026-t4-3b-1610-lindqvist@schoolbookings.example",
        start="2026-11-24 16:10",
        end="2026-11-24 16:25",
        tz="Australia/Melbourne",
        organizer=("Riverside Primary School", "office@riversideprimary.example"),
        attendees=[("Deborah Hale", "d.hale@riversideprimary.example")],
        summary="Parent-teacher meeting - Oscar Lindqvist (3B) with Mrs. Hale",
        prodid="-//SchoolBookings//Parent Teacher Interviews//EN",
        location="Room 3B",
        stamp="20261111T043000Z",
    ),
    notes="A school parent-teacher meeting with an ICS (its PRODID even says 'Parent Teacher Interviews'): a personal appointment.",
)

add(
    name="oth-w6-workday-password-reset",
    frm="Keystone Aerospace Careers <keystoneaero@myworkday.com>",
    to="dmitri.volkov@example.com",
    subject="Reset your password - Keystone Aerospace Careers",
    date=(2026, 11, 20, 22, 41, "America/Phoenix"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We received a request to reset the password for your candidate account on the Keystone Aerospace careers site.</p>
<p><a href="https://keystoneaero.wd5.myworkdayjobs.com/en-US/Careers/passwordreset?token=7f1e9c">Reset password</a></p>
<p>This link expires in 24 hours. If you didn't request a password reset, you can ignore this email; your password will not change.</p>
<p>You can sign in at any time to review your applications and any scheduled interviews.</p>
<p>Keystone Aerospace Talent Acquisition<br><span style="color:#888">This email was sent by Workday. Please do not reply.</span></p>
</body></html>
""",
    notes="An ATS account password reset from an employer's Workday site: hiring-adjacent but no hiring event, so other.",
)
