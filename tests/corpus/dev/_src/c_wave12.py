# ruff: noqa: E501
# Wave 12: a blind wave in a new voice, the inboxes of career changers and new graduates:
# teachers moving into learning design, nurses into health-tech, people leaving the forces,
# accountants into data, graduates on trainee and rotational programmes. Scandinavia, France,
# Switzerland, South Africa, Egypt, Turkey, Vietnam, the Philippines, Chile, Colombia, New
# Zealand and the US; assessment centres, panel days, site visits, second rounds with the team,
# agencies and ATS mail, and hard negatives from the same lives (mock interviews, exit
# interviews, reference calls, research sessions, podcasts, scams).
from lib import add, ics, vtz_fixed
from mime import addr, hdr, vtz_outlook_eu, vtz_outlook_us

# ====================================================================== invitations
add(
    name="inv-w12-oslo-teacher-second-round-me-again-dot-time",
    kind="invitation",
    frm="Kari Nygaard <kari.nygaard@lysverket.example>",
    to=addr("Ingvild Røed", "ingvild.roed@example.no"),
    subject="Learning Experience Designer - second round with the team",
    date=(2026, 3, 4, 15, 12, "Europe/Oslo"),
    fmt="alt",
    body="""
Hei Ingvild,

Thanks again for the good conversation last week. Your stories from eight years of teaching lower secondary in Bergen landed well with all of us.

We would like to invite you to a second round with the team for the Learning Experience Designer position. The plan is a 20-minute walkthrough of the lesson you would turn into an e-learning module (the brief I sent on Friday), then questions from us.

Thursday 12 March at 13.00, at our office in Torggata 5, 3rd floor. Set aside about an hour.

You'll meet me again, together with Ingrid Halvorsen, our Lead Learning Experience Designer, and Mats Brekke, who runs the content studio. Siri in HR will send you a calendar invite and the door code the day before.

Ha en fin dag!
Kari

Kari Nygaard
Head of Learning Design | Lysverket Læring
+47 912 34 567
""",
    company="Lysverket Læring",
    role="Learning Experience Designer",
    interviewers=[
        ("Kari Nygaard", "kari.nygaard@lysverket.example", "Head of Learning Design"),
        ("Ingrid Halvorsen", None, "Lead Learning Experience Designer"),
        ("Mats Brekke", None, None),
    ],
    start="2026-03-12 13:00",
    end="2026-03-12 14:00",
    tz="Europe/Oslo",
    notes="The sender interviews again ('you'll meet me again'); two colleagues named in prose, one with a title, one described by what he does (no title). Siri only sends the invite. Day-first date, dot time, no zone: Oslo time; 'about an hour'.",
)

add(
    name="inv-w12-boston-nurse-outlook-eastern-ics-says-est",
    kind="invitation",
    frm="Danielle Price <dprice@carepathhealth.example>",
    to="Marisol Ortega <marisol.ortega.rn@example.com>",
    subject="Interview Confirmation - Clinical Implementation Specialist",
    date=(2026, 3, 5, 11, 20, "America/New_York"),
    ics_style="outlook",
    body="""
Hi Marisol,

Thank you for your interest in the Clinical Implementation Specialist position at CarePath Health. I'm pleased to confirm your video interview:

Date: Tuesday, March 10, 2026
Time: 11:00 AM - 12:00 PM EST
Location: Microsoft Teams (link in the calendar invitation)

Interviewers:
Greg Halvorsen, RN, MSN - Director of Clinical Success
Anjali Mehta - Implementation Manager

Greg will ask about your experience on the med-surg floor and how you've supported colleagues through EHR go-lives; Anjali will walk you through a typical hospital implementation.

I'll hop on at the start to make sure everyone connects, then hand over to the team.

Best regards,

Danielle Price
Recruiting Coordinator | CarePath Health
617-555-0148
""",
    company="CarePath Health",
    role="Clinical Implementation Specialist",
    interviewers=[
        ("Greg Halvorsen", "ghalvorsen@carepathhealth.example", "Director of Clinical Success"),
        ("Anjali Mehta", "amehta@carepathhealth.example", "Implementation Manager"),
    ],
    start="2026-03-10 11:00",
    end="2026-03-10 12:00",
    tz="America/New_York",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A0C1D3B6F7ACDC01000000000000000010000000C2E1",
        start="2026-03-10 11:00",
        end="2026-03-10 12:00",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Danielle Price", "dprice@carepathhealth.example"),
        attendees=[
            ("Marisol Ortega", "marisol.ortega.rn@example.com"),
            ("Greg Halvorsen", "ghalvorsen@carepathhealth.example"),
            ("Anjali Mehta", "amehta@carepathhealth.example"),
        ],
        summary="Interview: Marisol Ortega - Clinical Implementation Specialist",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
    ),
    notes="Coordinator only connects the call; credentials after a name (RN, MSN) are not part of it. Body says 'EST' but March 10 is after the US DST change: the Outlook ICS (Eastern Standard Time, Windows name) gives 11:00 EDT. Interviewer emails come from the ICS attendees.",
)

add(
    name="inv-w12-san-antonio-veteran-site-visit-greenhouse-itinerary",
    kind="invitation",
    frm="Tasha Greer <no-reply@us.greenhouse-mail.io>",
    reply_to="tasha.greer@harlanforge.example",
    to="Derrick Mason <derrick.mason.sfc@example.com>",
    subject="Your site visit at Harlan Forge - Production Supervisor",
    date=(2026, 3, 11, 14, 35, "America/Chicago"),
    fmt="alt",
    body="""
Hi Derrick,

Thank you for your service, and thank you for making time for us. We're excited to host you at our San Antonio plant for the Production Supervisor role.

Date: Thursday, March 19, 2026
Please arrive by 8:15 AM for badging at Gate 2 (4100 Roosevelt Ave). Steel-toe boots are required on the floor; we'll provide glasses, hearing protection and a hard hat.

Itinerary (Central Time)
8:30 AM  Welcome and safety briefing - Tasha Greer, Talent Acquisition
9:00 AM  Escorted walk through the melt shop and finishing lines
9:45 AM  Interview - Danielle Okafor, Plant Manager
10:30 AM  Interview - Luis Cantu, Production Superintendent
11:15 AM  Interview - Whitney Park, HR Business Partner
12:00 PM  Wrap-up and departure

If anything changes with your out-processing schedule at Fort Sam, just reply here and we'll work around it.

Tasha Greer
Talent Acquisition | Harlan Forge
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Derrick,</p>
<p>Thank you for your service, and thank you for making time for us. We're excited to host you at our San Antonio plant for the <b>Production Supervisor</b> role.</p>
<p><b>Date:</b> Thursday, March 19, 2026<br>
Please arrive by 8:15 AM for badging at Gate 2 (4100 Roosevelt Ave). Steel-toe boots are required on the floor; we'll provide glasses, hearing protection and a hard hat.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#f2f2f2"><th align="left">Time (CT)</th><th align="left">Session</th><th align="left">With</th></tr>
<tr><td>8:30 AM</td><td>Welcome and safety briefing</td><td>Tasha Greer, Talent Acquisition</td></tr>
<tr><td>9:00 AM</td><td>Escorted walk through the melt shop and finishing lines</td><td>Safety escort</td></tr>
<tr><td>9:45 AM</td><td>Interview</td><td>Danielle Okafor, Plant Manager</td></tr>
<tr><td>10:30 AM</td><td>Interview</td><td>Luis Cantu, Production Superintendent</td></tr>
<tr><td>11:15 AM</td><td>Interview</td><td>Whitney Park, HR Business Partner</td></tr>
<tr><td>12:00 PM</td><td>Wrap-up and departure</td><td></td></tr>
</table>
<p>If anything changes with your out-processing schedule at Fort Sam, just reply here and we'll work around it.</p>
<p>Tasha Greer<br>Talent Acquisition | Harlan Forge</p>
<img src="https://us.greenhouse-mail.io/o/5f1c2a" width="1" height="1" alt="">
</body></html>
""",
    company="Harlan Forge",
    role="Production Supervisor",
    interviewers=[
        ("Danielle Okafor", None, "Plant Manager"),
        ("Luis Cantu", None, "Production Superintendent"),
        ("Whitney Park", None, "HR Business Partner"),
    ],
    start="2026-03-19 08:30",
    end="2026-03-19 12:00",
    tz="America/Chicago",
    notes="Greenhouse site-visit itinerary (HTML table + text). The recruiter gives the welcome and safety briefing and the walk-through is with an escort: neither is an interview. The visit runs 8:30-12:00 CT (8:15 is the badging arrival). Date header stamped in UTC by the ATS.",
)

add(
    name="inv-w12-paris-accountant-data-analyst-mme-m-qp",
    kind="invitation",
    frm=addr("Élodie Garnier", "recrutement@quantelia.example"),
    to=addr("Thomas Lefèvre", "thomas.lefevre@example.fr"),
    subject=hdr("Convocation à un entretien – Data Analyst Junior"),
    date=(2026, 4, 3, 9, 47, "Europe/Paris"),
    fmt="qp",
    body="""
Bonjour Thomas,

Suite à notre échange téléphonique de mardi, j'ai le plaisir de vous convier à un entretien pour le poste de Data Analyst Junior au sein de la Direction Financière de Quantélia.

L'entretien aura lieu le mardi 14 avril à 10h30 dans nos locaux (12 rue de la Chaussée-d'Antin, 75009 Paris) et durera environ 45 minutes. Vous rencontrerez :
- Mme Claire Dubois-Martel, Responsable Data & Reporting
- M. Julien Ferrand, Data Analyst Senior

Un court cas pratique sur Excel et SQL vous sera proposé ; aucune préparation n'est nécessaire. Votre parcours d'expert-comptable sera un vrai atout pour l'équipe.

Merci de me confirmer votre présence par retour de mail.

Bien cordialement,

Élodie Garnier
Chargée de recrutement
Quantélia – 01 84 60 22 17
""",
    company="Quantélia",
    role="Data Analyst Junior",
    interviewers=[
        ("Claire Dubois-Martel", None, "Responsable Data & Reporting"),
        ("Julien Ferrand", None, "Data Analyst Senior"),
    ],
    start="2026-04-14 10:30",
    end="2026-04-14 11:15",
    tz="Europe/Paris",
    notes="French convocation; Mme/M. honorifics dropped, hyphenated surname kept. The recruiter ran the earlier phone call but does not sit in this interview. 10h30, about 45 minutes, Paris time (CEST).",
)

add(
    name="inv-w12-sandton-graduate-assessment-centre-panel",
    kind="invitation",
    frm="Marula Capital Graduate Recruitment <graduates@marulacapital.example>",
    to="Lerato Khumalo <lerato.khumalo@example.co.za>",
    subject="Invitation: Finance Graduate Programme Assessment Centre - 22 April 2026",
    date=(2026, 4, 9, 14, 5, "Africa/Johannesburg"),
    fmt="alt",
    body="""
Dear Lerato

CONGRATULATIONS! You have been shortlisted for the assessment centre of the Marula Capital Finance Graduate Programme.

Date: Wednesday, 22 April 2026
Time: 08:30 - 15:30 (please arrive at 08:00 for registration)
Venue: Marula Capital, 14 Fredman Drive, Sandton (visitor parking on Level P2)

Programme for the day
08:30  Welcome by the Graduate Programme team
09:00  Group case exercise (observed by our assessors)
11:00  Numerical and written assessment
12:30  Lunch with current graduates
13:30  Panel interview
15:30  Close

Your panel interview will be conducted by Ms Thandiwe Mokoena (Head: Graduate Development) and Mr Pieter van der Merwe (Senior Manager, Treasury).

Dress code is business formal. Please bring your ID and a certified copy of your academic transcript. If you require any reasonable accommodation, let us know by Friday 17 April.

Kind regards

Nadia Pillay
Graduate Recruitment Specialist
Marula Capital | 14 Fredman Drive, Sandton
""",
    company="Marula Capital",
    role="Finance Graduate Programme",
    interviewers=[
        ("Thandiwe Mokoena", None, "Head: Graduate Development"),
        ("Pieter van der Merwe", None, "Senior Manager, Treasury"),
    ],
    start="2026-04-22 08:30",
    end="2026-04-22 15:30",
    tz="Africa/Johannesburg",
    notes="Assessment centre day 08:30-15:30 SAST (08:00 is registration). Only the two panel members are named as interviewers; the assessors and current graduates are anonymous. Honorifics Ms/Mr dropped, the particle in 'van der Merwe' kept lower-case. 17 April is a deadline for the candidate.",
)

add(
    name="inv-w12-istanbul-video-mulakat-turkish-b64",
    kind="invitation",
    frm=addr("Zeynep Aydın", "zeynep.aydin@anadoluyazilim.example", encoding="b"),
    to=addr("Elif Demir", "elif.demir@example.com.tr"),
    subject=hdr("Video Mülakat Daveti – Junior Yazılım Geliştirici", encoding="b"),
    date=(2026, 3, 12, 10, 5, "Europe/Istanbul"),
    fmt="b64",
    body="""
Merhaba Elif Hanım,

Anadolu Yazılım Genç Yetenek Programı kapsamında Junior Yazılım Geliştirici pozisyonu için yaptığınız başvuru olumlu değerlendirilmiştir. Sizi video mülakata davet etmek isteriz.

Tarih: 19 Mart 2026, Perşembe
Saat: 14:00 - 14:45 (TSİ)
Platform: Microsoft Teams (bağlantı ayrıca gönderilecektir)

Mülakatınız, İnsan Kaynakları Uzmanı Zeynep Aydın (ben) ve Yazılım Ekip Lideri Emre Çelik ile gerçekleştirilecektir. Görüşmenin son 15 dakikasında kısa bir kodlama sorusu yer alacaktır.

Uygun olup olmadığınızı bu e-postayı yanıtlayarak bildirmenizi rica ederiz.

Saygılarımızla,
Zeynep Aydın
İnsan Kaynakları Uzmanı
Anadolu Yazılım A.Ş.
""",
    company="Anadolu Yazılım",
    role="Junior Yazılım Geliştirici",
    interviewers=[
        ("Zeynep Aydın", "zeynep.aydin@anadoluyazilim.example", "İnsan Kaynakları Uzmanı"),
        ("Emre Çelik", None, "Yazılım Ekip Lideri"),
    ],
    start="2026-03-19 14:00",
    end="2026-03-19 14:45",
    tz="Europe/Istanbul",
    notes="Turkish, base64 body, RFC 2047 B-encoded From and Subject. Titles come before the names in Turkish prose ('Uzmanı Zeynep Aydın (ben) ve ... Lideri Emre Çelik'); the HR specialist who writes also interviews. 'Hanım' after the candidate's name is an honorific. TSİ = Turkey time, +03:00.",
)

add(
    name="inv-w12-hcmc-html-only-family-name-first-panel",
    kind="invitation",
    frm=addr("Lê Thị Mai Anh", "maianh.le@saigonledger.example"),
    to=addr("Phạm Quốc Bảo", "quocbao.pham@example.vn"),
    subject="[Saigon Ledger] Interview Invitation - Junior Data Analyst",
    date=(2026, 3, 20, 16, 40, "Asia/Ho_Chi_Minh"),
    fmt="html64",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px">
<p>Dear Bảo,</p>
<p>Thank you for applying for the <strong>Junior Data Analyst</strong> position at Saigon Ledger Technologies. After reviewing your profile, we are happy to invite you to a face-to-face interview as below:</p>
<ul>
<li><strong>Time:</strong> 9:30 AM, Friday 27/03/2026</li>
<li><strong>Duration:</strong> about 60 minutes (including a 20-minute SQL test)</li>
<li><strong>Venue:</strong> 8th floor, Etown 3, 364 Cộng Hòa, Tân Bình District, HCMC</li>
<li><strong>Interview panel:</strong>
<ul>
<li>Ms. Nguyễn Thị Thu Hà – Head of Data Analytics</li>
<li>Mr. Trần Minh Khoa – Senior BI Engineer</li>
</ul></li>
</ul>
<p>Your experience as an auditor at a Big Four firm is very relevant for our finance data team, so please feel free to share examples.</p>
<p>Please bring your ID card and a copy of your degree, and kindly reply to confirm your attendance.</p>
<p>Best regards,<br>
<b>Lê Thị Mai Anh</b><br>
HR Executive | Saigon Ledger Technologies<br>
Hotline: (028) 3812 4567</p>
</body></html>
""",
    company="Saigon Ledger Technologies",
    role="Junior Data Analyst",
    interviewers=[
        ("Nguyễn Thị Thu Hà", None, "Head of Data Analytics"),
        ("Trần Minh Khoa", None, "Senior BI Engineer"),
    ],
    start="2026-03-27 09:30",
    end="2026-03-27 10:30",
    tz="Asia/Ho_Chi_Minh",
    notes="HTML-only, base64. Vietnamese names family-name first, kept as written; Ms./Mr. dropped. The HR executive only invites. dd/mm/yyyy date, no zone: Vietnam time (+07:00); about 60 minutes.",
)

add(
    name="inv-w12-manila-calendly-recruiter-screen-ics-utc",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    to="Rowena Dela Cruz <rowena.delacruz@example.ph>",
    subject="Confirmed: Clinical Onboarding Specialist - Recruiter Screen with Patricia Villanueva on Tuesday, March 24, 2026",
    date=(2026, 3, 18, 19, 2, "Asia/Manila"),
    ics_style="attach",
    fmt="alt",
    body="""
Hi Rowena Dela Cruz,

Your event has been scheduled.

Event Type:
Clinical Onboarding Specialist - Recruiter Screen

With:
Patricia Villanueva (Senior Talent Partner, Brightwell Health)

Event Date/Time:
09:00pm - 09:30pm (Philippine Time) on Tuesday, March 24, 2026

Location:
This is a Zoom web conference. A link will be sent before the call.

Description:
A 30-minute conversation about your nursing background, why you're moving into health-tech, and the Clinical Onboarding Specialist role (fully remote, overlapping US Eastern business hours).

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7b1e0c44-2f5e
Reschedule: https://calendly.com/reschedulings/7b1e0c44-2f5e

Powered by Calendly.com
""",
    company="Brightwell Health",
    role="Clinical Onboarding Specialist",
    interviewers=[
        (
            "Patricia Villanueva",
            "patricia.villanueva@brightwellhealth.example",
            "Senior Talent Partner",
        ),
    ],
    start="2026-03-24 21:00",
    end="2026-03-24 21:30",
    tz="Asia/Manila",
    ics=ics(
        uid="7b1e0c44-2f5e-4a2b-9d6e-2c8b1f3a5e01@calendly.com",
        start="2026-03-24 21:00",
        end="2026-03-24 21:30",
        tz="Asia/Manila",
        utc=True,
        organizer=("Patricia Villanueva", "patricia.villanueva@brightwellhealth.example"),
        attendees=[("Rowena Dela Cruz", "rowena.delacruz@example.ph")],
        summary="Clinical Onboarding Specialist - Recruiter Screen between Patricia Villanueva and Rowena Dela Cruz",
        prodid="-//Calendly//Calendly//EN",
        location="Zoom",
    ),
    notes="Calendly booking confirmation: the recruiter who hosts the screen is the interviewer (email from the ICS organizer). ICS in UTC (13:00Z); the mail shows Philippine Time, 21:00-21:30 +08:00.",
)

add(
    name="inv-w12-santiago-spanish-team-interview-after-dst-end",
    kind="invitation",
    frm=addr("Javiera Muñoz", "javiera.munoz@pehuendigital.example"),
    to="Francisca Rojas <fran.rojas.profe@example.cl>",
    subject=hdr("Entrevista con el equipo – UX Researcher Jr. 🎉"),
    date=(2026, 4, 1, 10, 20, "America/Santiago"),
    fmt="alt",
    body="""
Hola Francisca:

¡Gracias por tu interés en el cargo de UX Researcher Jr. en Pehuén Digital! Nos encantó tu experiencia como profesora de lenguaje y cómo describes tus conversaciones con apoderados 😊

Queremos invitarte a una entrevista con el equipo:

📅 Miércoles 8 de abril
🕚 11:00 a 12:00 hrs (hora de Chile continental)
📍 Online por Google Meet (te llegará la invitación al calendario)

Conversarás con Catalina Fuentes, Jefa de Investigación UX, y con Rodrigo Pizarro Soto, Diseñador de Servicios Senior. La idea es que nos cuentes un proyecto donde hayas levantado necesidades de usuarios (¡puede ser del colegio!).

Ojo: este fin de semana termina el horario de verano, así que revisa tu reloj 😉

Saludos,
Javiera Muñoz
Analista de Reclutamiento | Pehuén Digital
""",
    company="Pehuén Digital",
    role="UX Researcher Jr.",
    interviewers=[
        ("Catalina Fuentes", None, "Jefa de Investigación UX"),
        ("Rodrigo Pizarro Soto", None, "Diseñador de Servicios Senior"),
    ],
    start="2026-04-08 11:00",
    end="2026-04-08 12:00",
    tz="America/Santiago",
    notes="Chilean Spanish with emoji; the recruitment analyst only invites. Two surnames kept. Chile leaves summer time on 5 April 2026, so the interview is at -04:00 while the mail is sent at -03:00.",
)

add(
    name="inv-w12-bogota-reply-confirms-slot-quoted-thread",
    kind="invitation",
    frm=addr("Luisa Fernanda Gómez", "lfgomez@andinacargo.example"),
    to="Camilo Restrepo <camilo.restrepo.v@example.co>",
    subject="Re: Entrevista - Coordinador de Operaciones",
    date=(2026, 4, 14, 9, 3, "America/Bogota"),
    in_reply_to="<CAF3r9x1mQ7pZ@mail.example.co>",
    references="<a1b2c3d4.e5f6a7b8c9d0.e1f2a3@andinacargo.example> <CAF3r9x1mQ7pZ@mail.example.co>",
    body="""
Hola Camilo,

Perfecto, queda confirmada la entrevista para el jueves 23 de abril a las 3:00 p.m. en nuestra sede de Fontibón (Calle 17 # 96-30, bodega 4). Te reciben Andrés Felipe Rojas, Gerente de Operaciones, y Diana Carolina Ospina, Jefe de Bodega. Calcula más o menos hora y media, porque después te quieren mostrar el centro de distribución.

En portería pregunta por Andrés Felipe; ya dejé tu nombre registrado. Trae la cédula.

Un abrazo,

Luisa Fernanda Gómez
Analista de Talento Humano
Andina Cargo S.A.S.
PBX (601) 555 4400 ext. 212

El lun, 13 abr 2026 a las 8:12 p.m., Camilo Restrepo <camilo.restrepo.v@example.co> escribió:
> Buenas noches Luisa Fernanda,
>
> Muchas gracias por la llamada del viernes. Me queda perfecto el jueves 23 en la tarde o el viernes 24 en la mañana.
>
> Saludos,
> Camilo
>
> El lun, 13 abr 2026 a las 11:05 a.m., Luisa Fernanda Gómez <lfgomez@andinacargo.example> escribió:
>> Hola Camilo, ¿cómo estás?
>> Fue un gusto hablar contigo el viernes. Como te conté, el siguiente paso es una entrevista presencial con el área de operaciones. ¿Qué disponibilidad tienes la próxima semana?
>> Luisa Fernanda
""",
    company="Andina Cargo",
    role="Coordinador de Operaciones",
    interviewers=[
        ("Andrés Felipe Rojas", None, "Gerente de Operaciones"),
        ("Diana Carolina Ospina", None, "Jefe de Bodega"),
    ],
    start="2026-04-23 15:00",
    end="2026-04-23 16:30",
    tz="America/Bogota",
    notes="Reply confirming one of the candidate's proposed slots; the quoted thread holds the recruiter's earlier phone call and other dates (viernes 24). The recruiter only schedules this round. Compound given names. 'más o menos hora y media' = 90 minutes, Bogotá -05:00.",
)

add(
    name="inv-w12-auckland-second-round-quoted-phone-chat-dst-end",
    kind="invitation",
    frm="Rachel Dunn <rachel.dunn@kauriinfra.example.nz>",
    to="Josh Tuhiwai <josh.tuhiwai@example.nz>",
    subject="RE: Project Coordinator - phone chat",
    date=(2026, 3, 31, 10, 14, "Pacific/Auckland"),
    fmt="alt",
    body="""
Kia ora Josh,

Great news - Hemi and the team enjoyed reading my notes from our phone chat and would like to meet you for a second-round interview for the Project Coordinator role.

When: Tue 7/4 at 2.30pm (allow an hour)
Where: Level 4, 20 Customs Street East, Auckland CBD - sign in at reception

You'll be meeting Hemi Walker (Programme Manager, Transport) and Sophie Tan from our PMO. Expect a mix of behavioural questions and a short scenario about sequencing a road-works programme - your logistics background from the Army will be really relevant.

Ngā mihi,
Rachel Dunn
Talent Advisor | Kauri Infrastructure
M 021 555 0192

-----Original Message-----
From: Rachel Dunn
Sent: Tuesday, 24 March 2026 4:51 pm
To: Josh Tuhiwai <josh.tuhiwai@example.nz>
Subject: Project Coordinator - phone chat

Hi Josh, thanks for applying. Are you free for a 20 minute phone chat with me on Thursday 26/3 at 11am? I'll call the mobile number on your CV.

Cheers, Rachel
""",
    company="Kauri Infrastructure",
    role="Project Coordinator",
    interviewers=[
        ("Hemi Walker", None, "Programme Manager, Transport"),
        ("Sophie Tan", None, None),
    ],
    start="2026-04-07 14:30",
    end="2026-04-07 15:30",
    tz="Pacific/Auckland",
    notes="Second round; the quoted first mail is the recruiter's own phone screen (26/3 11am), not this interview, so she is not an interviewer here. 'Tue 7/4' is NZ day-first (7 April). NZ daylight time ends on 5 April: the interview is NZST +12:00 while the mail is sent at +13:00. 'from our PMO' is not a title.",
)

add(
    name="inv-w12-zurich-outlook-w-europe-graduate-trainee-german",
    kind="invitation",
    frm="Sandra Keller <sandra.keller@alpenrueck.example>",
    to="Noah Baumann <noah.baumann@example.ch>",
    subject=hdr("Einladung zum Vorstellungsgespräch – Graduate Trainee Actuarial & Risk"),
    date=(2026, 3, 23, 14, 10, "Europe/Zurich"),
    ics_style="outlook",
    body="""
Grüezi Herr Baumann

Vielen Dank für Ihre Bewerbung als Graduate Trainee Actuarial & Risk und Ihr Interesse an Alpenrück Versicherungen. Gerne laden wir Sie zu einem ersten Gespräch ein:

Datum: Montag, 30. März 2026
Zeit: 09:00 – 10:15 Uhr
Ort: Alpenrück Versicherungen, Lagerstrasse 33, 8004 Zürich, Empfang Haus B

Ihre Gesprächspartner:
- Dr. Lukas Brunner, Leiter Actuarial Analytics
- Sandra Keller, HR Business Partner

Den Termin haben wir Ihnen als Kalendereintrag beigefügt. Bitte bringen Sie Ihre Diplome und Arbeitszeugnisse mit.

Wir freuen uns auf das Gespräch.

Freundliche Grüsse

Sandra Keller
HR Business Partner
Alpenrück Versicherungen AG
Telefon +41 44 555 31 20
""",
    company="Alpenrück Versicherungen",
    role="Graduate Trainee Actuarial & Risk",
    interviewers=[
        ("Lukas Brunner", "lukas.brunner@alpenrueck.example", "Leiter Actuarial Analytics"),
        ("Sandra Keller", "sandra.keller@alpenrueck.example", "HR Business Partner"),
    ],
    start="2026-03-30 09:00",
    end="2026-03-30 10:15",
    tz="Europe/Zurich",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000090B5E7A1C2BADC01000000000000000010000000A7F4",
        start="2026-03-30 09:00",
        end="2026-03-30 10:15",
        tz="Europe/Zurich",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Sandra Keller", "sandra.keller@alpenrueck.example"),
        attendees=[
            ("Noah Baumann", "noah.baumann@example.ch"),
            ("Brunner Lukas", "lukas.brunner@alpenrueck.example"),
        ],
        summary="Vorstellungsgespräch Noah Baumann - Graduate Trainee Actuarial & Risk",
        prodid="Microsoft Exchange Server 2010",
        location="Lagerstrasse 33, Zürich, Haus B",
    ),
    notes="Swiss German (ss for ß), Outlook ICS with the Windows zone 'W. Europe Standard Time'. 'Gesprächspartner' lists both interviewers; the HR partner who writes is one of them. Dr. dropped; the Exchange directory writes the attendee surname first ('Brunner Lukas') but the body gives natural order. Sent in CET, interview after the 29 March change: +02:00.",
)

add(
    name="inv-w12-copenhagen-teamtailor-self-schedule-with-me",
    kind="invitation",
    frm="Freja Lindqvist <no-reply@teamtailor.com>",
    reply_to="Freja Lindqvist <freja.lindqvist@nordlysenergi.example>",
    to=addr("Mikkel Sørensen", "mikkel.sorensen@example.dk"),
    subject="Maintenance Planner at Nordlys Energi - book your video interview",
    date=(2026, 3, 16, 9, 30, "Europe/Copenhagen"),
    fmt="alt",
    body="""
Hi Mikkel,

Thanks for applying for the Maintenance Planner position at Nordlys Energi. We were really pleased to see an application from someone with your ten years in the Danish Defence logistics regiment.

I'd like to invite you to a first video interview with me, around 30 minutes. Please choose a time that suits you here:

Book your interview: https://nordlysenergi.teamtailor.com/meetings/9f2c1a7e-41d0

The slots are shown in your own time zone. If none of them work, just reply to this email and we'll find something.

Best regards,
Freja Lindqvist
Talent Acquisition Partner
Nordlys Energi A/S

This email was sent via Teamtailor on behalf of Nordlys Energi.
""",
    company="Nordlys Energi",
    role="Maintenance Planner",
    interviewers=[
        ("Freja Lindqvist", "freja.lindqvist@nordlysenergi.example", "Talent Acquisition Partner"),
    ],
    notes="Self-scheduling link from Teamtailor: an invitation without a time. The talent partner runs the first video interview herself ('with me'), so she is the interviewer; her address is in Reply-To.",
)

add(
    name="inv-w12-geneva-hm-iphone-tomorrow-bring-first-name",
    kind="invitation",
    frm="Olivier Rochat <olivier.rochat@lemanrobotics.example>",
    to=addr("Aïcha Benali", "aicha.benali@example.ch"),
    subject="Léman Robotics - Regulatory Affairs Associate - tomorrow?",
    date=(2026, 4, 15, 18, 42, "Europe/Zurich"),
    body="""
Hi Aïcha,

Thanks for the call earlier. Your years as a research nurse in the clinical trials unit sound like a great fit for what we need on the regulatory side.

Could you come by the office tomorrow at 9? I'll bring Noémie from QA, it should take 45 min max. Rue de Lausanne 64, 2nd floor, ring Léman Robotics.

Olivier

Sent from my iPhone
""",
    company="Léman Robotics",
    role="Regulatory Affairs Associate",
    interviewers=[
        ("Olivier Rochat", "olivier.rochat@lemanrobotics.example", None),
        ("Noémie", None, None),
    ],
    start="2026-04-16 09:00",
    end="2026-04-16 09:45",
    tz="Europe/Zurich",
    notes="Terse hiring manager from his phone, proposing a specific slot: 'tomorrow at 9' against the Date header (Wed 15 April) = Thu 16 April 09:00 Geneva time, 45 min. The sender interviews; the colleague is named only by first name, which is all a reader can write.",
)

add(
    name="inv-w12-cape-town-agency-forwards-client-slot-accepted",
    kind="invitation",
    frm="Jenna Botha <jenna@capetalentpartners.example>",
    to="Ayanda Zulu <ayanda.zulu@example.co.za>",
    subject="Fwd: Interview - Clinical Product Specialist",
    date=(2026, 4, 20, 17, 40, "Africa/Johannesburg"),
    fmt="alt",
    body="""
Hi Ayanda

Great news, Fynbos Health would like to meet you! See their note below. I've accepted Thursday 10:00 on your behalf as we discussed this morning; shout if that has changed.

Quick prep tips: Nomvula is very big on patient safety, so have two or three ward examples ready, and Jaco will probably ask how you'd explain a new feature to a sceptical sister-in-charge.

Chat soon
Jenna Botha
Senior Consultant - Healthcare & Life Sciences
Cape Talent Partners
082 555 0174

---------- Forwarded message ---------
From: Megan Jacobs <megan.jacobs@fynboshealth.example>
Date: Mon, 20 Apr 2026 at 15:22
Subject: Interview - Clinical Product Specialist
To: Jenna Botha <jenna@capetalentpartners.example>

Hi Jenna,

Thanks for sending Ayanda's CV through. We'd love to interview her for the Clinical Product Specialist role. Could she do Thursday 23 April at 10:00 or Friday 24 April at 14:00? It'll be at our Woodstock office (The Old Biscuit Mill, Block C), about an hour, with our Clinical Informatics Lead, Dr Nomvula Dlamini, and Jaco Steyn, Product Owner.

Best,
Megan Jacobs
People & Culture Coordinator, Fynbos Health
""",
    company="Fynbos Health",
    role="Clinical Product Specialist",
    interviewers=[
        ("Nomvula Dlamini", None, "Clinical Informatics Lead"),
        ("Jaco Steyn", None, "Product Owner"),
    ],
    start="2026-04-23 10:00",
    end="2026-04-23 11:00",
    tz="Africa/Johannesburg",
    notes="Agency consultant forwards the client's proposal and says which of the two slots she accepted (Thursday 10:00). The forwarded part is this interview, not older mail, so its panel counts; the agency consultant and the client's coordinator do not interview. Company is the client, not the agency. Dr dropped.",
)

# ====================================================================== reschedules
add(
    name="res-w12-denver-lever-moved-panelist-swapped",
    kind="reschedule",
    frm="Kendra Ellis <no-reply@hire.lever.co>",
    reply_to="kendra.ellis@summitlearn.example",
    to="Megan Foley <megan.foley.teaches@example.com>",
    subject="Update: your panel interview for Instructional Designer II at SummitLearn",
    date=(2026, 3, 30, 12, 25, "America/Denver"),
    fmt="alt",
    body="""
Hi Megan,

I'm sorry for the shuffle: we need to move your panel interview for the Instructional Designer II role. It was scheduled for Wednesday, April 1 at 10:00 AM MT; the new time is Friday, April 3, 1:30 - 2:30 PM MT (same Zoom link).

There is also a change on the panel. Priya Raman is out that week, so Daniel Reyes will join in her place. You'll now meet:

- Daniel Reyes, Senior Instructional Designer
- Colleen Bauer, Director of Learning Experience

Please bring the storyboard from your portfolio (the fractions unit you built for your 5th graders was a hit with Colleen). An updated calendar invitation is on its way. Let me know if Friday doesn't work.

Thanks,
Kendra Ellis
Recruiting Coordinator, SummitLearn
""",
    company="SummitLearn",
    role="Instructional Designer II",
    interviewers=[
        ("Daniel Reyes", None, "Senior Instructional Designer"),
        ("Colleen Bauer", None, "Director of Learning Experience"),
    ],
    start="2026-04-03 13:30",
    end="2026-04-03 14:30",
    tz="America/Denver",
    notes="Lever reschedule from the coordinator: new time Fri 3 April 1:30-2:30 PM MT (MDT, -06:00); the old Wednesday time is not the interview. Priya Raman is replaced and drops out; the coordinator does not interview.",
)

add(
    name="res-w12-cairo-outlook-update-egypt-standard-time",
    kind="reschedule",
    frm="Hany Mostafa <hany.mostafa@pyramidsclinical.example>",
    to="Mariam Abdelrahman <mariam.abdelrahman@example.com.eg>",
    subject="Updated: Interview - Clinical Data Coordinator",
    date=(2026, 4, 19, 21, 10, "Africa/Cairo"),
    ics_style="outlook",
    body="""
Dear Mariam,

Apologies for the late change. I have been pulled into a sponsor audit on Tuesday, so I've moved our interview to Wednesday 22 April, 12:30 to 13:30 Cairo time, same place (Pyramids Clinical Research, Smart Village, Building B115, 2nd floor).

Dr. Rania Samir, our Clinical Operations Manager, will still join us. Please bring a copy of your nursing syndicate card and your GCP certificate.

Best regards,

Hany Mostafa
Data Management Lead
Pyramids Clinical Research
Smart Village, Giza
""",
    company="Pyramids Clinical Research",
    role="Clinical Data Coordinator",
    interviewers=[
        ("Hany Mostafa", "hany.mostafa@pyramidsclinical.example", "Data Management Lead"),
        ("Rania Samir", "rania.samir@pyramidsclinical.example", "Clinical Operations Manager"),
    ],
    start="2026-04-22 12:30",
    end="2026-04-22 13:30",
    tz="Africa/Cairo",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000F03A9C55D4C7DC01000000000000000010000000B1D9",
        start="2026-04-22 12:30",
        end="2026-04-22 13:30",
        tz="Africa/Cairo",
        tzid="Egypt Standard Time",
        vtz=vtz_fixed("Egypt Standard Time", "+0200", "EET"),
        organizer=("Hany Mostafa", "hany.mostafa@pyramidsclinical.example"),
        attendees=[
            ("Mariam Abdelrahman", "mariam.abdelrahman@example.com.eg"),
            ("Rania Samir", "rania.samir@pyramidsclinical.example"),
        ],
        summary="Interview - Clinical Data Coordinator (Mariam Abdelrahman)",
        prodid="Microsoft Exchange Server 2010",
        seq=1,
        location="Smart Village B115 - Meeting Room Luxor",
        stamp="20260419T191000Z",
    ),
    notes="Outlook meeting update (SEQUENCE 1, METHOD REQUEST) from the hiring manager, who interviews ('our interview'); a colleague 'will still join us'. Windows zone 'Egypt Standard Time'; 22 April is before Egypt's summer time (last Friday of April), so +02:00. Dr. dropped.",
)

add(
    name="res-w12-lausanne-deplacement-second-entretien-fr",
    kind="reschedule",
    frm=addr("Mélanie Crausaz", "m.crausaz@santeo.example"),
    to="Camille Rey <camille.rey@example.ch>",
    subject=hdr("Déplacement de votre second entretien – Spécialiste Formation Clients"),
    date=(2026, 4, 13, 11, 0, "Europe/Zurich"),
    fmt="qp",
    body="""
Madame,

Pour des raisons d'agenda, nous sommes contraints de déplacer votre second entretien pour le poste de Spécialiste Formation Clients, initialement prévu le jeudi 16 avril à 10h00.

Nous vous proposons le vendredi 17 avril de 14h00 à 15h00, toujours dans nos locaux de Lausanne (avenue de Rhodanie 58, 4e étage).

Vous serez reçue par Mme Anne-Laure Perrin, Directrice des Opérations Clients, et M. Yannick Berset, Formateur Senior.

Nous vous remercions de votre compréhension et vous prions de bien vouloir nous confirmer cette nouvelle date.

Meilleures salutations

Mélanie Crausaz
Responsable RH
Santéo SA – Logiciels pour les soins à domicile
""",
    company="Santéo",
    role="Spécialiste Formation Clients",
    interviewers=[
        ("Anne-Laure Perrin", None, "Directrice des Opérations Clients"),
        ("Yannick Berset", None, "Formateur Senior"),
    ],
    start="2026-04-17 14:00",
    end="2026-04-17 15:00",
    tz="Europe/Zurich",
    notes="Swiss French reschedule from HR: the new slot (vendredi 17 avril 14h00-15h00) is the interview, the old Thursday 10h00 is not. HR only writes; Mme/M. dropped, hyphenated given name kept.",
)

# ====================================================================== other hiring kinds
add(
    name="can-w12-aarhus-graduate-assessment-day-cancel-ics",
    kind="cancellation",
    frm="Line Kjærgaard <line.kjaergaard@vestkystvind.example>",
    to=addr("Astrid Mølgaard", "astrid.molgaard@example.dk"),
    subject="Cancelled: Assessment Day - Finance Graduate, Vestkyst Vind Graduate Programme 2026",
    date=(2026, 3, 17, 13, 45, "Europe/Copenhagen"),
    ics_style="google",
    ics_method="CANCEL",
    body="""
Dear Astrid,

Unfortunately we have to cancel the assessment day for the Finance Graduate track on Thursday 26 March in Aarhus. Following an organisational review, the Finance track of the Vestkyst Vind Graduate Programme will not open this year. We are very sorry for the short notice, and we know many of you had arranged time off from your studies.

Your application stays on file, and you are welcome to apply to the Operations or Engineering tracks, which continue as planned.

The calendar invitation has been withdrawn.

Kind regards
Line Kjærgaard
Graduate Programme Manager
Vestkyst Vind A/S
""",
    company="Vestkyst Vind",
    role="Finance Graduate",
    start="2026-03-26 09:00",
    end="2026-03-26 16:00",
    tz="Europe/Copenhagen",
    ics=ics(
        uid="3q8k1v0d5t2m7h9c4b6n1x0s2e@google.com",
        start="2026-03-26 09:00",
        end="2026-03-26 16:00",
        tz="Europe/Copenhagen",
        organizer=("Line Kjærgaard", "line.kjaergaard@vestkystvind.example"),
        attendees=[("Astrid Mølgaard", "astrid.molgaard@example.dk")],
        summary="Assessment Day - Finance Graduate (Vestkyst Vind)",
        method="CANCEL",
        seq=1,
        status="CANCELLED",
        location="Vestkyst Vind, Sønder Allé 21, Aarhus",
    ),
    notes="Google Calendar CANCEL of a graduate assessment day because the track is not opening: a cancellation (no rejection wording, the application stays on file). No interviewer is named.",
)

add(
    name="rej-w12-ashby-edtech-after-final-names-thanked",
    kind="rejection",
    frm="Brightpath Learning <no-reply@ashbyhq.com>",
    reply_to="talent@brightpathlearning.example",
    to="Keisha Morgan <keisha.morgan@example.com>",
    subject="Your application to Brightpath Learning",
    date=(2026, 4, 24, 16, 12, "America/New_York"),
    fmt="alt",
    body="""
Hi Keisha,

Thank you for the time you spent with us over the past few weeks, and especially for the sample lesson you built for your final round. Jordan and Aisha both mentioned how well you handled the feedback segment.

After a lot of discussion, we've decided to move forward with another candidate for the Curriculum Developer, K-8 Math role, whose experience with digital assessment design was a closer match for what the team needs right now.

This was a hard decision. Your move from the classroom into curriculum work is a strong one, and we'd genuinely like to stay in touch; we expect to open more content roles in the autumn.

Warmly,
The Brightpath Learning Talent Team
""",
    company="Brightpath Learning",
    role="Curriculum Developer, K-8 Math",
    notes="Rejection after the final round via Ashby. The first names are people she already met, thanked in passing; there is no interview ahead, so no interviewers.",
)

add(
    name="off-w12-manila-clinical-content-offer-sign-by",
    kind="offer",
    frm="Joanna Reyes-Tan <joanna.reyestan@kalingahealth.example>",
    to="Rowena Dela Cruz <rowena.delacruz@example.ph>",
    subject="Job Offer - Clinical Content Associate | Kalinga Health",
    date=(2026, 4, 27, 17, 30, "Asia/Manila"),
    fmt="alt",
    body="""
Hi Rowena,

Good afternoon! On behalf of Kalinga Health, I am very happy to offer you the position of Clinical Content Associate, reporting to Dr. Ramon Abad, our Medical Content Lead.

Here are the highlights (full details in the attached offer letter):
- Monthly basic salary: PHP 62,000, plus HMO coverage for you and one dependent from day one
- Hybrid set-up: 2 days a week at our BGC office, 26th St. corner 9th Ave, Taguig
- Start date: Monday, 1 June 2026

Kindly sign the offer letter through the DocuSign link and return it by Thursday, 30 April 2026. Once signed, our HR team will send the list of pre-employment requirements (NBI clearance, medical exam, SSS/PhilHealth/Pag-IBIG numbers).

We were all impressed by how you used your ER experience in the case exercise. Welcome to the team!

Warm regards,
Joanna Reyes-Tan
Talent Acquisition Manager
Kalinga Health Inc.
""",
    company="Kalinga Health",
    role="Clinical Content Associate",
    notes="Offer from the Philippines with a candidate deadline (sign by 30 April): an offer carries no decision date. The future manager is named but no interview is scheduled.",
)

add(
    name="nxt-w12-auckland-after-second-round-end-of-next-week",
    kind="next_steps",
    frm="Rachel Dunn <rachel.dunn@kauriinfra.example.nz>",
    to="Josh Tuhiwai <josh.tuhiwai@example.nz>",
    subject="RE: Project Coordinator - second round",
    date=(2026, 4, 8, 11, 2, "Pacific/Auckland"),
    in_reply_to="<CAJ7w1nZ0Lk3@mail.example.nz>",
    body="""
Kia ora Josh,

Thanks for your note, and thanks for coming in yesterday. Hemi and Sophie really enjoyed the conversation, especially your approach to the road-works scenario.

We're finishing the last two second-round interviews this week, and Hemi expects to make a decision by the end of next week. I'll give you a call either way as soon as I know.

If anything changes on your side in the meantime (another offer, your release date from the Army), just flick me a message.

Ngā mihi,
Rachel Dunn
Talent Advisor | Kauri Infrastructure

-----Original Message-----
From: Josh Tuhiwai <josh.tuhiwai@example.nz>
Sent: Tuesday, 7 April 2026 6:48 pm
To: Rachel Dunn <rachel.dunn@kauriinfra.example.nz>
Subject: Project Coordinator - second round

Hi Rachel, thanks for organising today, it was great to meet Hemi and Sophie. Let me know if you need anything else from me.
Josh
""",
    company="Kauri Infrastructure",
    role="Project Coordinator",
    decision_by="2026-04-17",
    notes="Status after the second round: 'a decision by the end of next week' against Wed 8 April = Fri 17 April. Names of people already met are not interviewers.",
)

add(
    name="info-w12-sandton-certified-copies-decision-by-8-may",
    kind="info_request",
    frm="Nadia Pillay <nadia.pillay@marulacapital.example>",
    to="Lerato Khumalo <lerato.khumalo@example.co.za>",
    subject="Finance Graduate Programme - documents required",
    date=(2026, 4, 24, 10, 15, "Africa/Johannesburg"),
    body="""
Dear Lerato

Thank you for attending the assessment centre on Wednesday. We are pleased to let you know that you have progressed to the final selection stage of the Finance Graduate Programme.

To complete your file, please send the following by Wednesday, 29 April 2026:
1. Certified copy of your ID (certified within the last 3 months)
2. Certified copy of your matric certificate
3. Full academic transcript and degree certificate (or proof of completion)
4. Contact details for two referees, one of them a lecturer or supervisor
5. Signed consent form for background and credit checks (attached)

The selection committee will make its final decisions by 8 May 2026, and we will contact all finalists by telephone.

Kind regards

Nadia Pillay
Graduate Recruitment Specialist
Marula Capital
""",
    company="Marula Capital",
    role="Finance Graduate Programme",
    decision_by="2026-05-08",
    notes="Documents and referees requested with a candidate deadline (29 April, not a decision date); the employer's decision date is 8 May 2026.",
)

add(
    name="ack-w12-taleo-veteran-aerospace-req-in-subject",
    kind="application_ack",
    frm="Corvane Aerospace Careers <corvane@taleo.net>",
    to="Derrick Mason <derrick.mason.sfc@example.com>",
    subject="Corvane Aerospace - Application Received - Logistics Program Manager (Req 26-0412)",
    date=(2026, 3, 2, 7, 5, "America/Chicago"),
    fmt="html",
    html="""<html><body>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Verdana,sans-serif;font-size:12px">
<tr><td><p>Dear Derrick Mason,</p>
<p>Thank you for your interest in Corvane Aerospace. This message confirms that we have received your application for the position of <b>Logistics Program Manager</b> (Requisition 26-0412), posted under our Military Talent Program.</p>
<p>Our recruiting team reviews every application. If your qualifications match the requirements of the position, a recruiter will contact you to discuss next steps. You can check the status of your application at any time in the Candidate Zone.</p>
<p>Corvane Aerospace is proud to be a military-friendly employer. If you are transitioning from service, make sure your profile includes your DD-214 separation date so we can plan around it.</p>
<p>Sincerely,<br>Corvane Aerospace Talent Acquisition</p>
<p style="color:#888;font-size:10px">Please do not reply to this message. This mailbox is not monitored.</p>
</td></tr></table>
</body></html>
""",
    company="Corvane Aerospace",
    role="Logistics Program Manager",
    notes="Taleo HTML-only acknowledgement; the requisition number is not part of the role. No timeline given.",
)

# ====================================================================== hard negatives
add(
    name="oth-w12-finn-job-alert-oslo-rolling-interviews",
    frm="FINN jobbagent <jobbagent@finn.example>",
    to=addr("Ingvild Røed", "ingvild.roed@example.no"),
    subject=hdr("6 nye stillinger for «instruksjonsdesign» i Oslo"),
    date=(2026, 3, 2, 7, 0, "Europe/Oslo"),
    fmt="alt",
    body="""
Hei Ingvild,

Jobbagenten din «instruksjonsdesign, Oslo» har funnet 6 nye stillinger siden i går.

Læringsdesigner
Lysverket Læring AS - Oslo
Søknadsfrist: 20.03.2026 - Intervjuer gjennomføres fortløpende

Rådgiver digital kompetanse
Oslo kommune, Utdanningsetaten - Oslo
Søknadsfrist: 15.03.2026

E-læringsutvikler (vikariat 12 mnd)
Statens helsetilsyn - Oslo
Søknadsfrist: 24.03.2026 - Intervjuer planlegges i uke 14

Pedagogisk konsulent, kurs og opplæring
Norsk Folkehjelp - Oslo
Søknadsfrist: Snarest

Instructional Designer (English-speaking)
Skyhaven Games - Oslo / Remote
Søknadsfrist: 31.03.2026

Kursutvikler
Bergfrid Forlag - Oslo
Søknadsfrist: 27.03.2026

Se alle treff: https://www.finn.example/job/fulltime/search?q=instruksjonsdesign&location=oslo

Du får denne e-posten fordi du har en aktiv jobbagent. Endre eller slett jobbagenten under «Mine jobbagenter».
""",
    notes="Norwegian job-alert digest: application deadlines and 'interviews held on a rolling basis / planned in week 14' but no interview for the user.",
)

add(
    name="oth-w12-veterans-transition-newsletter-panel-tips-webinar",
    frm="Forward March Careers <newsletter@forwardmarchcareers.example>",
    to="Derrick Mason <derrick.mason.sfc@example.com>",
    subject="Transition Tuesday: how to answer 'Tell me about yourself' on a panel interview",
    date=(2026, 3, 10, 6, 30, "America/New_York"),
    fmt="html",
    html="""<html><body style="margin:0;background:#eef1f4">
<table width="640" align="center" cellpadding="20" style="background:#fff;font-family:Georgia,serif">
<tr><td><h1 style="color:#1b3a5c">Transition Tuesday</h1>
<p>Hi Derrick,</p>
<h2>Your panel interview is not a promotion board</h2>
<p>Most of our members tell us their first civilian panel interview felt like a promotion board. It isn't. Civilian interviewers rarely know what an E-7 does, so translate: lead with outcomes (people, budget, equipment readiness), not rank or MOS codes.</p>
<ul>
<li>Answer "Tell me about yourself" in 90 seconds: where you served, what you ran, why this job.</li>
<li>Use STAR, but keep the acronyms out of the Result.</li>
<li>Ask every panelist for a business card so you can send a thank-you note within 24 hours.</li>
</ul>
<h2>Live webinar: Mock Panel Interview</h2>
<p>Thursday, March 12 at 7:00 PM ET. Retired Col. Angela Whitfield (now VP Operations at a Fortune 500 manufacturer) and recruiter Marcus Lee will run a live mock panel with two volunteers from our community.</p>
<p><a href="https://forwardmarchcareers.example/events/mock-panel">Save my seat</a></p>
<p style="font-size:11px;color:#777">You are receiving this because you joined Forward March Careers. <a href="https://forwardmarchcareers.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
""",
    notes="Interview-tips newsletter for people leaving the military, with a webinar (a demonstration 'mock panel'): no hiring process, no interview for the user.",
)

add(
    name="oth-w12-manila-trainee-program-info-session-ics",
    frm="Luzon Power Campus Recruitment <campus@luzonpower.example>",
    to="Kevin Santos <kevin.santos.ece@example.ph>",
    subject="You're registered: Management Trainee Program 2026 Online Info Session",
    date=(2026, 3, 9, 10, 0, "Asia/Manila"),
    ics_style="google",
    body="""
Hi Kevin,

Thank you for registering for the Luzon Power Management Trainee Program 2026 Online Info Session!

When: Saturday, March 14, 2026, 10:00 AM - 11:30 AM (Philippine Time)
Where: Zoom webinar (the link is in the attached calendar invite)

What to expect:
- A walkthrough of the program's three rotations (Generation, Grid Operations, Finance)
- "A day in the life" with our 2024 trainees Bea Gonzales and Paolo Mendoza
- Live Q&A with our Campus Recruitment team on the application process, assessments and interviews

Applications for the program close on March 31. Attending the info session is not required to apply.

See you on Saturday!
Luzon Power Campus Recruitment
""",
    ics=ics(
        uid="mtp2026-infosession-0314@luzonpower.example",
        start="2026-03-14 10:00",
        end="2026-03-14 11:30",
        tz="Asia/Manila",
        organizer=("Luzon Power Campus Recruitment", "campus@luzonpower.example"),
        attendees=[("Kevin Santos", "kevin.santos.ece@example.ph")],
        summary="Luzon Power MTP 2026 Online Info Session",
        desc="Zoom webinar. Join: https://zoom.example/j/88123456789",
        location="Zoom",
    ),
    notes="Employer careers webinar with a calendar invitation: a graduate-programme info session before applying, not an interview. Names are presenters.",
)

add(
    name="oth-w12-podcast-scrubs-to-startups-guest-interview",
    frm="Leah Brandt <leah@scrubstostartups.example>",
    to="Marisol Ortega <marisol.ortega.rn@example.com>",
    subject="Podcast interview? Scrubs to Startups",
    date=(2026, 4, 6, 13, 48, "America/New_York"),
    body="""
Hi Marisol,

I host Scrubs to Startups, a podcast about nurses who've moved into health-tech (about 4,000 listeners a week, mostly bedside nurses thinking about the jump). A listener pointed me to your LinkedIn post about going from med-surg nights to implementation work, and I'd love to interview you for an episode.

Format: a relaxed 45-minute conversation, recorded remotely on Riverside, lightly edited. We'd talk about what made you leave the bedside, what surprised you in the interview process, and advice for nurses making the move.

Would Thursday, April 16 at 2 PM ET work for recording? If not, send me a couple of times that suit you.

Thanks so much,
Leah Brandt, BSN
Host, Scrubs to Startups
""",
    notes="Podcast interview request: the user is the guest of a media interview, not a job candidate.",
)

add(
    name="oth-w12-wellington-principal-asks-teacher-to-sit-on-panel",
    frm="Tania Whaanga <principal@kowhaicollege.example.nz>",
    to="Ana Faleolo <a.faleolo@kowhaicollege.example.nz>",
    subject="Interview panel - Year 9/10 maths position",
    date=(2026, 3, 18, 16, 5, "Pacific/Auckland"),
    body="""
Kia ora Ana,

Could you sit on the interview panel for the Year 9/10 maths position? We've shortlisted two candidates, Ben Phillips and Aroha Ngata, and we're interviewing both next Wednesday 25 March in the staffroom, 3.30-5pm. It'll be you, me and Grant Hollis from the Board.

I'll send you the CVs and our interview questions on Friday. Please have a think about a short teaching scenario we could give them.

Thanks heaps,
Tania

Tania Whaanga
Principal | Kōwhai College
""",
    notes="The user (a teacher still at her school) is asked to sit on a panel interviewing other candidates: she is the interviewer, not interviewed. A meeting at her current job.",
)

add(
    name="oth-w12-staffing-agency-reference-call-for-former-soldier",
    frm="Brooke Hansen <bhansen@ironbridgestaffing.example>",
    to="Derrick Mason <derrick.mason.sfc@example.com>",
    subject="Reference request: Tyler Grant - Warehouse Operations Lead",
    date=(2026, 3, 24, 9, 15, "America/Chicago"),
    fmt="alt",
    body="""
Good morning Mr. Mason,

Tyler Grant has applied for a Warehouse Operations Lead position with one of our clients and listed you as a professional reference from his time in your platoon at Fort Cavazos.

Would you have 15 minutes for a quick reference call this week? I have Thursday, March 26 at 10:00 AM CT or Friday morning open, or I can call whenever suits you. Questions will cover his reliability, leadership and how he handled pressure.

If you'd prefer, I can send the questions by email instead.

Thank you for your time,

Brooke Hansen
Recruiter | Ironbridge Staffing
(210) 555-0133
""",
    notes="The user is a reference for someone else; the proposed call is a reference check, not an interview of the user.",
)

add(
    name="oth-w12-boston-hospital-annual-review-outlook-ics",
    frm="Karen Holt <kholt@mercybayhospital.example>",
    to="Marisol Ortega <mortega@mercybayhospital.example>",
    subject="Annual Performance Review - Marisol Ortega",
    date=(2026, 3, 2, 8, 40, "America/New_York"),
    ics_style="outlook",
    body="""
Hi Marisol,

Time for your annual performance review. I've booked us the 6 West conference room on Monday, March 9, 2:00-2:45 PM, after your shift.

Please complete the self-evaluation in Workday before then and bring your CEU certificates so we can update your file. We'll also talk about your goals for next year, including the charge nurse track.

Thanks,
Karen

Karen Holt, MSN, RN
Nurse Manager, 6 West Med-Surg
Mercy Bay Hospital
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000D1E2A7B9C0A6DC01000000000000000010000000E5C3",
        start="2026-03-09 14:00",
        end="2026-03-09 14:45",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Karen Holt", "kholt@mercybayhospital.example"),
        attendees=[("Marisol Ortega", "mortega@mercybayhospital.example")],
        summary="Annual Performance Review - Marisol Ortega",
        prodid="Microsoft Exchange Server 2010",
        location="6 West Conference Room",
    ),
    notes="Meeting at the user's current job (performance review) with an Outlook calendar invitation: not hiring mail.",
)

add(
    name="oth-w12-auckland-physio-appointment-ics",
    frm="Harbourside Physio <bookings@harboursidephysio.example.nz>",
    to="Josh Tuhiwai <josh.tuhiwai@example.nz>",
    subject="Appointment confirmed: Initial Consultation with Liam Carter",
    date=(2026, 4, 1, 12, 31, "Pacific/Auckland"),
    ics_style="attach",
    fmt="alt",
    body="""
Hi Josh,

Your appointment is confirmed.

Initial Consultation (45 min) with Liam Carter, Physiotherapist
Thursday 9 April 2026, 7:15am
Harbourside Physio, 12 Quay Street, Auckland

This is an ACC-covered appointment. Please bring your ACC claim number and wear comfortable clothing so we can assess your knee.

Need to reschedule? Please give us at least 24 hours' notice: https://harboursidephysio.example.nz/manage/AB12CD

Harbourside Physio
""",
    ics=ics(
        uid="appt-55821937@harboursidephysio.example.nz",
        start="2026-04-09 07:15",
        end="2026-04-09 08:00",
        tz="Pacific/Auckland",
        organizer=("Harbourside Physio", "bookings@harboursidephysio.example.nz"),
        attendees=[("Josh Tuhiwai", "josh.tuhiwai@example.nz")],
        summary="Initial Consultation with Liam Carter",
        prodid="-//Cliniko//Cliniko//EN",
        location="Harbourside Physio, 12 Quay Street, Auckland",
    ),
    notes="Personal appointment (physiotherapy consultation) with an ICS and a named practitioner: not an interview.",
)

add(
    name="oth-w12-zurich-candidate-experience-survey-german",
    frm="Alpenrück Versicherungen Recruiting <umfrage@alpenrueck.example>",
    to="Noah Baumann <noah.baumann@example.ch>",
    subject=hdr("Wie war Ihr Vorstellungsgespräch bei Alpenrück? (2 Minuten)"),
    date=(2026, 4, 1, 10, 0, "Europe/Zurich"),
    fmt="alt",
    body="""
Guten Tag Herr Baumann

Am 30. März haben Sie sich mit Dr. Lukas Brunner und Sandra Keller zum Gespräch für die Stelle Graduate Trainee Actuarial & Risk getroffen. Vielen Dank dafür!

Wir möchten unseren Bewerbungsprozess laufend verbessern. Würden Sie uns in einer kurzen, anonymen Umfrage (5 Fragen, ca. 2 Minuten) erzählen, wie Sie das Gespräch erlebt haben?

Zur Umfrage: https://survey.alpenrueck.example/s/cx-2026?t=8f1d

Ihre Antworten haben keinen Einfluss auf Ihre Bewerbung.

Freundliche Grüsse
Ihr Recruiting-Team
Alpenrück Versicherungen AG
""",
    notes="Candidate-experience survey about a past interview: names the interviewers and the past date, but announces nothing. Hard negative (other).",
)

add(
    name="oth-w12-scam-imitating-airline-telegram-interview-fee",
    frm="Mekong Air HR Department <mekongair.recruitment.hr@gmail.example>",
    to=addr("Phạm Quốc Bảo", "quocbao.pham@example.vn"),
    subject="CONGRATULATION !! You are shortlisted - Mekong Air Remote Data Entry (Work From Home)",
    date=(2026, 3, 25, 23, 17, "Asia/Ho_Chi_Minh"),
    body="""
Dear Applicant,

We are pleased to inform you that your CV was selected from JobStreet for the position of REMOTE DATA ENTRY CLERK at Mekong Air Vietnam. Salary: 25,000,000 VND / month, work from home 4 hours per day, no experience required.

Your online interview is scheduled for tomorrow at 10:00 AM with our HR Manager Mrs. Jennifer Lee via Telegram (@MekongAir_HR_Jennifer). Please add her now and send a copy of your CCCD (front and back) and bank account details.

IMPORTANT: All selected candidates must pay a refundable equipment and training deposit of 1,500,000 VND before the interview to confirm the slot. Payment details will be given on Telegram.

Slots are limited. Failure to respond within 24 hours will result in cancellation.

Best Regards,
HR Department
Mekong Air Vietnam
""",
    notes="Recruitment scam imitating an airline: free-mail sender, Telegram 'interview', deposit demanded, asks for ID and bank details. Must stay other despite the interview wording and time.",
)

add(
    name="oth-w12-bogota-university-mock-interview-booking",
    frm=addr("Centro de Egresados – Universidad del Altiplano", "egresados@ualtiplano.example"),
    to="Camilo Restrepo <camilo.restrepo.v@example.co>",
    subject=hdr("Confirmación de cita: Simulación de entrevista laboral"),
    date=(2026, 4, 15, 8, 30, "America/Bogota"),
    fmt="alt",
    body="""
Hola Camilo,

Tu cita con el Centro de Egresados ha sido confirmada.

Servicio: Simulación de entrevista laboral (entrevista por competencias)
Asesora: Paola Cárdenas, Asesora de Carrera
Fecha: martes 21 de abril de 2026
Hora: 4:00 p.m. a 5:00 p.m.
Lugar: Edificio de Bienestar, oficina 302, o por Teams si lo prefieres

Trae la oferta del cargo al que te estás presentando y tu hoja de vida actualizada. Paola te hará una entrevista simulada y al final te dará retroalimentación sobre cómo presentar tu experiencia militar en términos del sector privado.

Si no puedes asistir, cancela con 24 horas de anticipación desde el portal de egresados.

Centro de Egresados
Universidad del Altiplano
""",
    notes="University careers-service mock interview: a real booking with a named adviser and a time, but a practice session, not an employer's interview.",
)

add(
    name="oth-w12-norwegian-education-magazine-press-interview",
    frm=addr("Sindre Løvås", "sindre.lovas@skolebladet.example"),
    to=addr("Ingvild Røed", "ingvild.roed@example.no"),
    subject="Intervju om lærere som slutter? / Interview request",
    date=(2026, 4, 20, 11, 25, "Europe/Oslo"),
    body="""
Hei Ingvild,

Jeg er journalist i Skolebladet og jobber med en sak om lærere som forlater klasserommet for å jobbe med læringsdesign og edtech. En tidligere kollega av deg tipset meg om at du nettopp har tatt det steget.

Kunne du tenke deg å stille til et intervju? Det tar rundt 30 minutter, på telefon eller over en kaffe i sentrum. Jeg er fleksibel, men torsdag 23. april kl. 10.00 hadde passet fint for meg. Vi sender deg sitatene til godkjenning før publisering.

(In case you prefer English: I'm a journalist at Skolebladet writing about teachers who move into learning design and edtech, and I'd love to interview you. Thursday 23 April at 10:00 would suit me.)

Vennlig hilsen
Sindre Løvås
Journalist, Skolebladet
""",
    notes="Press interview request to the user about her career change (Norwegian with an English summary): a media interview, not a job interview.",
)

add(
    name="oth-w12-calendly-ux-research-session-teachers-paid",
    frm="Calendly <notifications@calendly.com>",
    to="Megan Foley <megan.foley.teaches@example.com>",
    subject="Confirmed: Teacher Research Interview (45 min) with Lina Park on Wednesday, March 25, 2026",
    date=(2026, 3, 20, 15, 10, "America/Denver"),
    ics_style="attach",
    fmt="alt",
    body="""
Hi Megan Foley,

Your event has been scheduled.

Event Type:
Teacher Research Interview (45 min)

With:
Lina Park (UX Researcher, Quizzle)

Event Date/Time:
03:30pm - 04:15pm (Mountain Time - US & Canada) on Wednesday, March 25, 2026

Description:
Thanks for volunteering to help us improve Quizzle for classrooms! In this session we'll ask how you plan quizzes, what frustrates you about grading, and show you a few early prototypes. There are no right or wrong answers. As a thank-you, you'll receive a $75 Amazon gift card within a week of the session.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/c41d9a20-77ef
Reschedule: https://calendly.com/reschedulings/c41d9a20-77ef

Powered by Calendly.com
""",
    ics=ics(
        uid="c41d9a20-77ef-4b1a-8f2e-6d0c9b3e7a15@calendly.com",
        start="2026-03-25 15:30",
        end="2026-03-25 16:15",
        tz="America/Denver",
        utc=True,
        organizer=("Lina Park", "lina.park@quizzle.example"),
        attendees=[("Megan Foley", "megan.foley.teaches@example.com")],
        summary="Teacher Research Interview (45 min) between Lina Park and Megan Foley",
        prodid="-//Calendly//Calendly//EN",
        location="Google Meet",
    ),
    notes="Calendly-booked paid user-research session: the 'interview' is product research with the user as participant (gift card), not a job interview. Same ATS-like shape as a recruiter screen.",
)

add(
    name="oth-w12-san-antonio-hiring-fair-registration",
    frm="Alamo Veterans Hiring Fair <events@alamovetsfair.example>",
    to="Derrick Mason <derrick.mason.sfc@example.com>",
    subject="Registration confirmed: Alamo Veterans & Military Spouse Hiring Fair - April 9",
    date=(2026, 3, 26, 12, 0, "America/Chicago"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#8b0000">You're registered!</h2>
<p>Hi Derrick,</p>
<p>Thanks for registering for the <b>Alamo Veterans &amp; Military Spouse Hiring Fair</b>.</p>
<p><b>Thursday, April 9, 2026, 9:00 AM - 1:00 PM</b><br>Freeman Coliseum Exhibit Hall, San Antonio, TX</p>
<p>More than 60 employers will be there, including Harlan Forge, Corvane Aerospace, Lone Star Rail and USAA-area contractors. Many employers conduct on-the-spot interviews, so bring 10 copies of your resume and dress for success.</p>
<p>Free resume reviews from 8:00 AM in Room B. Transitioning service members may attend in uniform.</p>
<p>Your QR ticket: <a href="https://alamovetsfair.example/t/DM-20418">DM-20418</a></p>
<p>See you there,<br>The Alamo Veterans Hiring Fair team</p>
</body></html>
""",
    notes="Hiring-fair registration: an event with employers and possible on-the-spot interviews, but no interview scheduled for the user with any employer.",
)

add(
    name="oth-w12-hcmc-employer-newsletter-graduate-stories",
    frm="Saigon Ledger Talent Community <talent@saigonledger.example>",
    to=addr("Phạm Quốc Bảo", "quocbao.pham@example.vn"),
    subject="Life at Saigon Ledger: 3 questions for our 2025 Graduate Trainees",
    date=(2026, 4, 10, 9, 0, "Asia/Ho_Chi_Minh"),
    fmt="alt",
    body="""
Hi Bảo,

Welcome to the April edition of the Saigon Ledger Talent Community newsletter.

3 QUESTIONS FOR OUR GRADUATE TRAINEES
We interviewed Võ Thanh Tâm (Data team) and Đặng Ngọc Hân (Risk) about their first year. Tâm on her final-round interview: "I was nervous about the SQL test, but the panel cared more about how I explained my thinking."
Read the full interview: https://careers.saigonledger.example/stories/graduates-2025

OPEN ROLES THIS MONTH
- Junior Data Analyst (HCMC)
- Risk Analyst (Hanoi)
- Graduate Trainee Program 2026 (applications close 15 May)

EVENTS
Campus talk at University of Economics HCMC, Friday 24 April, 2:00 PM.

You are receiving this email because you joined our Talent Community. Unsubscribe: https://careers.saigonledger.example/unsubscribe
""",
    notes="Employer's talent-community newsletter from a company the user has applied to: staff 'interviews' and an event, but nothing for the user. Same sender domain as a real invitation.",
)

add(
    name="oth-w12-cape-town-hospital-exit-interview",
    frm="HR Services - Groote Vallei Hospital <hrservices@grootevallei.example>",
    to="Ayanda Zulu <ayanda.zulu@grootevallei.example>",
    subject="Exit interview - Sr A. Zulu, Ward C4",
    date=(2026, 4, 27, 8, 5, "Africa/Johannesburg"),
    body="""
Dear Sister Zulu

We acknowledge receipt of your resignation, with your last working day on 30 April 2026. Thank you for your eleven years of service in Ward C4.

As part of our exit process, we would like to invite you to an exit interview with Charlene Adams, HR Business Partner, on Wednesday, 29 April 2026 at 14:00 in the HR boardroom (Admin Block, Level 1). The conversation is confidential and takes about 30 minutes. Your feedback helps us improve conditions for nursing staff.

Please also return your access card and keys to the Nursing Services office on your last day, and make sure your final leave days have been captured on ESS.

Kind regards
HR Services
Groote Vallei Hospital
""",
    notes="Exit interview at the user's current employer as she leaves nursing: an HR meeting at her current job, not a job interview. Named person, date and time are all present.",
)
