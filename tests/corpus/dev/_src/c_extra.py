# ruff: noqa: E501
from lib import add, ics
from mime import hdr, vtz_outlook_eu

add(
    name="inv-lagos-engr-by-time",
    kind="invitation",
    frm="Adaeze Nwosu <adaeze.nwosu@sahelpay.example>",
    to="Kwame Mensah <kwame.mensah@example.com>",
    subject="INVITATION FOR INTERVIEW - BACKEND DEVELOPER",
    date=(2026, 11, 13, 10, 0, "Africa/Lagos"),
    fmt="plain",
    body="""
Dear Kwame,

Trust this mail finds you well.

Following your application for the role of Backend Developer, we are pleased to invite you for a physical interview at our office as follows:

Date: Wednesday, 18th November 2026
Time: 11:00am prompt
Venue: SahelPay Ltd, 14B Admiralty Way, Lekki Phase 1, Lagos
Panel: Engr. Chinedu Okafor (Head of Engineering) and Mrs. Funmilayo Adebayo (Senior Backend Engineer)

Kindly come along with a copy of your CV and a valid means of identification. The interview is expected to last about one hour.

Please acknowledge receipt of this mail.

Best regards,
Adaeze Nwosu
HR Officer, SahelPay Ltd
""",
    company="SahelPay",
    role="Backend Developer",
    interviewers=[
        ("Chinedu Okafor", None, "Head of Engineering"),
        ("Funmilayo Adebayo", None, "Senior Backend Engineer"),
    ],
    start="2026-11-18 11:00",
    end="2026-11-18 12:00",
    tz="Africa/Lagos",
    notes="Nigerian phrasing; 'Engr.' and 'Mrs.' dropped; no zone written, sender in Lagos (WAT +01:00).",
)

add(
    name="inv-seoul-korean",
    kind="invitation",
    frm=f"{hdr('한빛소프트 인사팀', encoding='b')} <recruit@hanbit-soft.example>",
    to="Minh Nguyen <minh.nguyen@example.com>",
    subject=hdr("[한빛소프트] 1차 면접 안내 / First interview - Android Developer", encoding="b"),
    date=(2026, 8, 3, 16, 20, "Asia/Seoul"),
    fmt="b64",
    body="""
Minh Nguyen 님, 안녕하세요.

한빛소프트 Android Developer 포지션에 지원해 주셔서 감사합니다. 1차 면접 일정을 안내드립니다.

- 일시: 2026년 8월 6일(목) 오후 2시 ~ 3시
- 장소: 화상 면접 (Zoom)
- 면접관: Kim Ji-ho (모바일 개발팀장), Park Seo-yeon (시니어 안드로이드 개발자)

[English]
Thank you for applying for the Android Developer position at Hanbit Soft. Your first interview:
Date: Thursday, August 6, 2026, 2:00–3:00 PM KST
Interviewers: Kim Ji-ho (Head of Mobile Development), Park Seo-yeon (Senior Android Developer)

감사합니다.
한빛소프트 인사팀 드림
""",
    company="Hanbit Soft",
    role="Android Developer",
    interviewers=[
        ("Kim Ji-ho", None, "Head of Mobile Development"),
        ("Park Seo-yeon", None, "Senior Android Developer"),
    ],
    start="2026-08-06 14:00",
    end="2026-08-06 15:00",
    tz="Asia/Seoul",
    notes="Korean/English, B-encoded headers; company in romanised form from the English part; family-name-first names kept as written (KST +09:00).",
)

add(
    name="inv-dubai-sunday-week",
    kind="invitation",
    frm="Reem Haddad <reem.haddad@falconcapital.example>",
    to="Fatima Al-Sayed <fatima.alsayed@example.com>",
    subject="Interview - Treasury Analyst - Falcon Capital",
    date=(2026, 3, 1, 9, 25, "Asia/Dubai"),
    fmt="alt",
    body="""
Dear Fatima,

Thank you for your interest in the Treasury Analyst position at Falcon Capital. We would like to invite you for an interview on Tuesday 3rd March at 11:30 AM (UAE time) at our DIFC office, Gate Village 5, Level 3.

You will meet Mohammed Al-Farsi, Head of Treasury, and Eng. Fatma Saeed, Treasury Systems Lead. Please allow 60 minutes.

Kindly confirm your availability.

Best regards,
Reem Haddad
Talent Acquisition Specialist
Falcon Capital
""",
    company="Falcon Capital",
    role="Treasury Analyst",
    interviewers=[
        ("Mohammed Al-Farsi", None, "Head of Treasury"),
        ("Fatma Saeed", None, "Treasury Systems Lead"),
    ],
    start="2026-03-03 11:30",
    end="2026-03-03 12:30",
    tz="Asia/Dubai",
    notes="Sent on a Sunday (UAE work week); Gulf time +04:00; 'Eng.' dropped.",
)

ICS_ROMANCE = ics(
    uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC0100000000000000001000000099CC",
    start="2026-06-29 14:00",
    end="2026-06-29 15:00",
    tz="Europe/Paris",
    tzid="Romance Standard Time",
    vtz=vtz_outlook_eu("Romance Standard Time", 1, 2),
    prodid="Microsoft Exchange Server 2010",
    organizer=("Moreau, Julien", "julien.moreau@azurmobilite.example"),
    attendees=[
        ("Isabella Rossi", "isabella.rossi@example.it"),
        ("Benali, Sarah", "sarah.benali@azurmobilite.example"),
    ],
    summary="Entretien - Isabella Rossi - Chef de projet mobilité",
    stamp="20260624T081500Z",
)
add(
    name="inv-outlook-romance-html",
    kind="invitation",
    frm='"Moreau, Julien" <julien.moreau@azurmobilite.example>',
    to="Isabella Rossi <isabella.rossi@example.it>",
    cc='"Benali, Sarah" <sarah.benali@azurmobilite.example>',
    subject=hdr("Entretien - Isabella Rossi - Chef de projet mobilité"),
    date=(2026, 6, 24, 10, 15, "Europe/Paris"),
    ics=ICS_ROMANCE,
    ics_style="outlook",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour Isabella,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de Chef de projet mobilité le lundi 29 juin à 14h00, avec Sarah Benali (Directrice des opérations) et moi-même.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Bien cordialement,</p>
<p class="MsoNormal"><b>Julien Moreau</b><br>Responsable recrutement | Azur Mobilité<br>Nice</p>
</div></body></html>
""",
    body="""
Bonjour Isabella,

Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de Chef de projet mobilité le lundi 29 juin à 14h00, avec Sarah Benali (Directrice des opérations) et moi-même.

Bien cordialement,

Julien Moreau
Responsable recrutement | Azur Mobilité
Nice
""",
    company="Azur Mobilité",
    role="Chef de projet mobilité",
    interviewers=[
        ("Sarah Benali", "sarah.benali@azurmobilite.example", "Directrice des opérations"),
        ("Julien Moreau", "julien.moreau@azurmobilite.example", "Responsable recrutement"),
    ],
    start="2026-06-29 14:00",
    end="2026-06-29 15:00",
    tz="Europe/Paris",
    notes="French Outlook invitation, 'Romance Standard Time' zone (CEST in June); the recruiter ('et moi-même') interviews too; 'Benali, Sarah' in headers.",
)

add(
    name="nxt-end-of-month",
    kind="next_steps",
    frm="Marta Nowak <marta.nowak@tidepool-media.example>",
    to="fatima.alsayed@example.com",
    subject="Re: Thank you - Video Producer",
    date=(2026, 9, 14, 12, 40, "America/New_York"),
    fmt="plain",
    in_reply_to="<fatima-ty-tidepool@mail.example.com>",
    body="""
Hi Fatima,

Thanks so much for your note, and for the reel — Isaac and I keep quoting the cold open. We have one more candidate to meet, then the team will decide before the end of the month.

Talk soon,
Marta

Marta Nowak
Executive Producer, Tidepool Media
""",
    company="Tidepool Media",
    role=None,
    decision_by="2026-09-30",
    notes="'before the end of the month' from Sep 14 = Sep 30.",
)

add(
    name="nxt-three-weeks-spelled",
    kind="next_steps",
    frm="Careers <careers@stratos-aero.example>",
    to="Ana Beatriz Souza <anabeatriz.souza@example.com.br>",
    subject="Stratos Aerospace - Interview Follow Up",
    date=(2026, 4, 16, 15, 0, "America/Chicago"),
    fmt="html64",
    html="""<html><body>
<p>Dear Ana Beatriz,</p>
<p>Thank you for taking part in our virtual interview day for the Flight Software Engineer position. Your application is now with the hiring committee, which meets after the final interview day. We expect to notify all candidates of a decision within three weeks.</p>
<p>Sincerely,<br>Stratos Aerospace Talent Acquisition</p>
</body></html>
""",
    company="Stratos Aerospace",
    role="Flight Software Engineer",
    decision_by="2026-05-07",
    notes="'within three weeks' spelled out, from Apr 16 = May 7.",
)

add(
    name="rej-german-personio",
    kind="rejection",
    frm="Rhein Logistik GmbH <noreply@rheinlogistik.jobs.personio.de>",
    to="t.kowalski@example.pl",
    subject=hdr("Ihre Bewerbung als Teamleiter Disposition"),
    date=(2026, 11, 27, 9, 0, "Europe/Berlin"),
    fmt="qp",
    body="""
Hallo Tomasz Kowalski,

vielen Dank für Ihr Interesse an der Position Teamleiter Disposition und die Zeit, die Sie sich für uns genommen haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin bzw. einen anderen Kandidaten entschieden haben.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Viele Grüße
Ihr Rhein Logistik Recruiting-Team
""",
    company="Rhein Logistik",
    role="Teamleiter Disposition",
    notes="German Personio rejection.",
)

add(
    name="off-japanese-naitei",
    kind="offer",
    frm="Hiroshi Sato <hiroshi.sato@kumo-robotics.example>",
    to="Aiko Tanaka <aiko.tanaka@example.jp>",
    subject=hdr("内定のご連絡 / Offer of employment - Kumo Robotics", encoding="b"),
    date=(2026, 10, 21, 17, 30, "Asia/Tokyo"),
    fmt="b64",
    body="""
田中 愛子 様

先日は面接にお越しいただき、ありがとうございました。
厳正なる選考の結果、田中様を Controls Engineer として採用させていただくことが決定いたしましたので、ご連絡いたします。

Dear Tanaka-san,

I am pleased to inform you that Kumo Robotics would like to offer you the position of Controls Engineer. The formal offer letter (労働条件通知書) with salary and start date is attached. We would appreciate your reply by October 30.

Sincerely,
Hiroshi Sato
HR Manager, Kumo Robotics
""",
    company="Kumo Robotics",
    role="Controls Engineer",
    notes="Japanese naitei (offer) notice, bilingual; reply-by is the candidate's deadline.",
)

add(
    name="info-greenhouse-questionnaire",
    kind="info_request",
    frm="Lattice Point <no-reply@us.greenhouse-mail.io>",
    reply_to="Maya Chen <maya.chen@latticepoint.example>",
    to="noah.schwartz@example.com",
    subject="Action requested: a few questions about your application",
    date=(2026, 3, 24, 13, 0, "America/New_York"),
    fmt="alt64",
    body="""
Hi Noah,

Thanks again for applying for Staff Platform Engineer at Lattice Point. Before we move to interviews, please answer a few short questions (work authorization, location, and earliest start date) using the link below:

https://app.greenhouse.io/tests/5c9f1b?utm_medium=email

Thank you,
Maya Chen
Recruiter, Lattice Point
""",
    company="Lattice Point",
    role="Staff Platform Engineer",
    notes="Greenhouse questionnaire request before interviews.",
)

add(
    name="res-calendly-host",
    kind="reschedule",
    frm="Calendly <notifications@calendly.com>",
    reply_to="Marco Bianchi <marco@lanterna.example>",
    to="sofia.ramirez@example.net",
    subject="Updated: Marco Bianchi rescheduled your 30 Minute Meeting",
    date=(2026, 5, 20, 8, 12, "Europe/Rome"),
    fmt="alt",
    body="""
Hi Sofía Ramírez,

Marco Bianchi has rescheduled your event.

Former: 10:00am - Thursday, May 21, 2026
Updated: 10:30am - Friday, May 22, 2026 (Central European Time)

Event Type: 30 Minute Meeting with Marco Bianchi
Location: Google Meet

Reason: "Sorry, a board call landed on Thursday. Friday works better. — Marco"

View event in Calendly
""",
    company="Lanterna",
    role=None,
    interviewers=[("Marco Bianchi", "marco@lanterna.example", None)],
    start="2026-05-22 10:30",
    end="2026-05-22 11:00",
    tz="Europe/Rome",
    notes="Calendly host reschedule; 'Central European Time' label but May is CEST (+02:00). Company only from the Reply-To domain: lanterna.",
)

add(
    name="can-calendly",
    kind="cancellation",
    frm="Calendly <notifications@calendly.com>",
    reply_to="Wen Zhao <wen.zhao@cobaltworks.example>",
    to="Aiko Tanaka <aiko.tanaka@example.jp>",
    subject="Canceled: Cobalt Works intro call with Wen Zhao",
    date=(2026, 8, 7, 15, 2, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Aiko Tanaka,

Wen Zhao canceled the event below.

Event Type: Cobalt Works intro call
Date/Time: 11:00am - Monday, August 10, 2026 (Pacific Time - US & Canada)
Cancellation reason: "The role is being re-scoped; Aaron from recruiting will reach out with a new link."

Schedule another time: https://calendly.com/wen-cobaltworks
""",
    company="Cobalt Works",
    role=None,
    interviewers=[("Wen Zhao", "wen.zhao@cobaltworks.example", None)],
    start="2026-08-10 11:00",
    end=None,
    tz="America/Los_Angeles",
    notes="Calendly cancellation by the interviewer; no duration given.",
)

add(
    name="ack-japanese",
    kind="application_ack",
    frm=f"{hdr('株式会社ミナト 採用担当', encoding='b')} <saiyo@minato-tech.example>",
    to="Minh Nguyen <minh.nguyen@example.com>",
    subject=hdr("ご応募ありがとうございます / Thank you for your application", encoding="b"),
    date=(2026, 10, 20, 10, 3, "Asia/Tokyo"),
    fmt="b64",
    body="""
Minh Nguyen 様

この度は株式会社ミナトの「Backend Engineer」ポジションにご応募いただき、誠にありがとうございます。
書類選考の結果は、1週間以内にご連絡いたします。

Thank you for applying for the Backend Engineer position at Minato Technologies. We will contact you with the result of the document screening within one week.

株式会社ミナト 採用担当
Minato Technologies Recruiting Team
""",
    company="Minato Technologies",
    role="Backend Engineer",
    decision_by="2026-10-27",
    notes="Japanese acknowledgement; the screening result is promised 'within one week' from Oct 20 = Oct 27.",
)

OTHER = {"kind": "other"}
add(
    name="oth-conference-talk-rejected",
    **OTHER,
    frm="PyCon Nordic Program Committee <program@pycon-nordic.example>",
    to="Emma Lindqvist <emma.lindqvist@example.se>",
    subject='Your proposal "Observability for small teams"',
    date=(2026, 2, 20, 14, 0, "Europe/Stockholm"),
    fmt="plain",
    body="""
Dear Emma,

Thank you for submitting "Observability for small teams" to PyCon Nordic 2026. We received over 400 proposals this year.

Unfortunately, we are unable to accept your talk. This was a difficult decision, and we hope you will submit again next year. Reviewer feedback is below.

Best regards,
The Program Committee
""",
    notes="Conference talk rejection: rejection-shaped, not hiring.",
)

add(
    name="oth-premium-offer",
    **OTHER,
    frm="JobPing Premium <premium@jobping.example>",
    to="Jamal Carter <jamal.carter@example.com>",
    subject="Jamal, an exclusive offer: 2 months of Premium for $0",
    date=(2026, 6, 1, 10, 0, "America/New_York"),
    fmt="html",
    html="""<html><body>
<h2>Stand out to recruiters, Jamal</h2>
<p>Premium members are 2.6x more likely to get an interview. For a limited time, we&rsquo;re extending you an exclusive offer: <b>2 months free</b>.</p>
<p>See who viewed your profile, message hiring managers directly, and prepare with AI interview practice.</p>
<p><a href="https://jobping.example/premium">Claim offer</a> &mdash; offer expires June 8.</p>
</body></html>
""",
    notes="Marketing 'offer' from a job board: not a job offer.",
)

add(
    name="oth-employee-newsletter-interviewing",
    **OTHER,
    frm="People Team <people@acme-corp.example>",
    to="all@acme-corp.example",
    subject="New: structured interviewing training, sign up by Dec 4",
    date=(2026, 11, 23, 9, 0, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi everyone,

Starting in January every interviewer at Acme needs to complete our structured interviewing course. Sessions run Tuesday, December 8 at 10am PT and Thursday, December 10 at 2pm PT, led by Hannah Reyes (Director of Talent).

Please sign up by December 4 in Workday Learning. Hiring managers: we expect to make a decision on the new interview rubric by December 15 and will share it then.

People Team
""",
    notes="Internal training announcement at the user's current employer, with 'interview', dates and a 'decision' date: other.",
)
