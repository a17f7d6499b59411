# ruff: noqa: E501
# Wave 7, batch B: more of the same inbox. Self-scheduling links, Spanish and Hungarian names,
# Ashby/Workday/SmartRecruiters/GoodTime mail, an itinerary across a DST change, people who are
# mentioned but do not interview, a slot confirmed under quoted proposals, a one-hour push; and
# hard negatives (a friend's forwarded invitation, a user-research "interview", a flat viewing,
# a careers-service mock interview, a candidate survey, a meeting at the current job).
from lib import add, ics
from mime import addr, hdr

# ================================================================ invitations / reschedules
add(
    name="inv-w7-nonprofit-hm-calendly-link",
    kind="invitation",
    frm="Marisol Vega <mvega@greenstreetfoodbank.example.org>",
    to="Jamal Carter <jamal.carter@example.com>",
    subject="Volunteer Program Coordinator - let's talk",
    date=(2026, 11, 18, 11, 34, "America/Phoenix"),
    fmt="alt",
    body="""
Hi Jamal,

Thank you for applying for the Volunteer Program Coordinator position at Green Street Food Bank. I read your cover letter twice. Your work running the weekend pantry at St. Mark's is exactly the kind of experience we need.

I'd like to set up a 30-minute conversation with you, just me for this first round. Please grab any open slot on my calendar over the next two weeks:

https://calendly.com/mvega-gsfb/30min

If none of those times work, reply here and we'll figure something out.

Warmly,
Marisol Vega
Director of Community Programs
Green Street Food Bank
""",
    company="Green Street Food Bank",
    role="Volunteer Program Coordinator",
    interviewers=[
        ("Marisol Vega", "mvega@greenstreetfoodbank.example.org", "Director of Community Programs"),
    ],
    notes="Self-scheduling link from the hiring manager, who says she alone runs the first round; no time chosen yet.",
)

add(
    name="inv-w7-madrid-spanish-two-surnames",
    kind="invitation",
    frm=addr("Carmen Ibáñez - Selección", "seleccion@bodegasalbar.example.es"),
    to=addr("Hugo Marín", "hugo.marin@example.es"),
    subject=hdr("Entrevista - Brand Manager Rioja (Bodegas Albar)"),
    date=(2027, 1, 5, 12, 48, "Europe/Madrid"),
    fmt="qp",
    body="""
Hola Hugo:

Te escribo de parte del equipo de Selección de Bodegas Albar. Nos ha gustado mucho tu candidatura para el puesto de Brand Manager Rioja y queremos conocerte.

Te proponemos una entrevista presencial el martes 12/01 a las 10:30 en nuestras oficinas de Madrid (Calle de Alcalá 187, 4.ª planta). Estarás con Lucía Fernández Ortega, Directora de Marketing, y con Javier Ruiz Salcedo, Responsable de Marca. La entrevista durará aproximadamente una hora.

Yo me encargo solo de la organización, así que para cualquier cambio escríbeme a este correo.

¿Nos confirmas tu asistencia?

Un saludo,
Carmen Ibáñez
Técnica de Selección
Bodegas Albar
""",
    company="Bodegas Albar",
    role="Brand Manager Rioja",
    interviewers=[
        ("Lucía Fernández Ortega", None, "Directora de Marketing"),
        ("Javier Ruiz Salcedo", None, "Responsable de Marca"),
    ],
    start="2027-01-12 10:30",
    end="2027-01-12 11:30",
    tz="Europe/Madrid",
    notes="Spanish, day-first '12/01' = 12 January, no zone (Madrid). Two-surname names kept whole; the recruiter says she only organises.",
)

add(
    name="inv-w7-budapest-hungarian-family-first",
    kind="invitation",
    frm=addr("Zsófia Horváth", "zsofia.horvath@danubiasoft.example.hu"),
    to="Oliver Grant <oliver.grant@example.com>",
    subject="Second interview - Financial Controller",
    date=(2027, 1, 14, 15, 3, "Europe/Budapest"),
    body="""
Dear Oliver,

Thank you for the first conversation last week. We would like to invite you to the second round for the Financial Controller position at DanubiaSoft.

Date: Thursday, 21 January 2027
Time: 13:00-14:30 CET
Place: DanubiaSoft, Váci út 45, Budapest (Building B, 6th floor)

You will meet Kovács Péter (Head of Finance) and Nagy Eszter (HR Business Partner). Kovács Péter will also ask you to walk through the case study we sent, so please bring your slides.

Kind regards,
Horváth Zsófia
Talent Acquisition Specialist
DanubiaSoft Kft.
""",
    company="DanubiaSoft",
    role="Financial Controller",
    interviewers=[
        ("Kovács Péter", None, "Head of Finance"),
        ("Nagy Eszter", None, "HR Business Partner"),
    ],
    start="2027-01-21 13:00",
    end="2027-01-21 14:30",
    tz="Europe/Budapest",
    notes="Hungarian family-name-first names kept as written; the HR business partner is in the interview, the talent acquisition sender only schedules.",
)

add(
    name="rsc-w7-ashby-reschedule-ics-utc-nyc",
    kind="reschedule",
    frm="Paperkite Recruiting <no-reply@ashbyhq.com>",
    to="Samira Haddad <samira.haddad@example.com>",
    reply_to="recruiting@paperkite.example",
    subject="Rescheduled: Hiring Manager Interview with Paperkite",
    date=(2027, 2, 1, 17, 20, "America/New_York"),
    fmt="alt",
    body="""
Hi Samira,

Your interview for Senior Content Designer at Paperkite has been rescheduled.

New time: Monday, February 8, 2027, 2:00 PM - 3:00 PM EST
Previously: Thursday, February 4, 2027, 11:00 AM - 12:00 PM EST

Interviewer
Tomás Herrera - Head of Content Design

Join with Google Meet: https://meet.google.com/pkt-hmrv-xqa

An updated calendar invitation is attached. If this time no longer works, use the link below to pick another.

Reschedule: https://app.ashbyhq.com/interviews/reschedule/2b7f1c

Powered by Ashby
""",
    ics=ics(
        uid="ashby-interview-2b7f1c0e-paperkite",
        start="2027-02-08 14:00",
        end="2027-02-08 15:00",
        tz="America/New_York",
        utc=True,
        organizer=("Paperkite Recruiting", "recruiting@paperkite.example"),
        attendees=[
            ("Tomás Herrera", "tomas.herrera@paperkite.example"),
            ("Samira Haddad", "samira.haddad@example.com"),
        ],
        summary="Hiring Manager Interview: Samira Haddad <> Tomás Herrera",
        seq=2,
        prodid="-//Ashby//Ashby Scheduling//EN",
    ),
    ics_style="attach",
    company="Paperkite",
    role="Senior Content Designer",
    interviewers=[
        ("Tomás Herrera", "tomas.herrera@paperkite.example", "Head of Content Design"),
    ],
    start="2027-02-08 14:00",
    end="2027-02-08 15:00",
    tz="America/New_York",
    notes="Ashby reschedule, ICS in UTC; the previous time is listed too and is not the interview. Organizer is a shared mailbox.",
)

add(
    name="inv-w7-goodtime-onsite-itinerary-after-dst",
    kind="invitation",
    frm="Calyx Therapeutics Recruiting <recruiting@calyxtx.example>",
    to="Wen Liu <wen.liu.phd@example.com>",
    subject="Your onsite itinerary - Scientist II, Protein Engineering",
    date=(2027, 3, 5, 16, 10, "America/Los_Angeles"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Wen,</p>
<p>We're excited to host you at Calyx Therapeutics for your onsite interview for <strong>Scientist II, Protein Engineering</strong>. Your itinerary is below.</p>
<p><strong>Tuesday, March 16, 2027</strong><br>
Calyx Therapeutics, 10210 Campus Point Dr, San Diego, CA<br>
All times Pacific</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Time</th><th>Session</th><th>With</th></tr>
<tr><td>9:00 - 9:45 AM</td><td>Welcome &amp; team overview</td><td>Meera Iyer, PhD<br>Associate Director, Protein Sciences</td></tr>
<tr><td>9:45 - 10:30 AM</td><td>Technical interview</td><td>Jonathan Park<br>Senior Scientist</td></tr>
<tr><td>10:30 - 11:15 AM</td><td>Research seminar (your 35-minute talk + Q&amp;A)</td><td>Protein Engineering team</td></tr>
<tr><td>11:15 AM - 12:00 PM</td><td>Technical interview</td><td>Lisa Wong<br>Principal Scientist</td></tr>
</table>
<p>Please check in at the front desk at 8:45 AM; Brianna Lopez from our recruiting team will meet you, take you through the seminar room setup, and walk you out at the end of the day.</p>
<p>Parking is validated in the visitor lot. Please bring a USB-C or HDMI-compatible laptop for your seminar.</p>
<p>Best,<br>The Calyx Therapeutics Recruiting Team</p>
<p style="font-size:11px;color:#888">Scheduled with GoodTime</p>
</body></html>
""",
    company="Calyx Therapeutics",
    role="Scientist II, Protein Engineering",
    interviewers=[
        ("Meera Iyer", None, "Associate Director, Protein Sciences"),
        ("Jonathan Park", None, "Senior Scientist"),
        ("Lisa Wong", None, "Principal Scientist"),
    ],
    start="2027-03-16 09:00",
    end="2027-03-16 12:00",
    tz="America/Los_Angeles",
    notes="HTML-only GoodTime itinerary; 'PhD' is a credential, not part of the name; the seminar audience and the recruiting escort are not interviewers. Sent in PST, interview after the Mar 14 DST change (PDT).",
)

add(
    name="inv-w7-hm-next-wednesday-ceo-not-in-round",
    kind="invitation",
    frm="Derek Osei <derek@tallyhq.example>",
    to="Hannah Brooks <hannah.brooks.data@example.com>",
    subject="Analytics Engineer - next round",
    date=(2026, 11, 19, 14, 5, "America/Los_Angeles"),
    body="""
Hi Hannah,

Great chatting on Monday. I'd love to move you forward for the Analytics Engineer role.

Next round would be next Wednesday at 11:30 (Pacific), about an hour, with me and Deepak Menon from our data platform team. It's mostly a walk through a dbt project we'll share the day before, plus some SQL.

Our CEO, Laura Kim, usually likes to meet finalists, but she won't be part of this one. If it goes well we'd set that up separately.

Does that time work?

Derek

Derek Osei
Head of Data, Tally
""",
    company="Tally",
    role="Analytics Engineer",
    interviewers=[
        ("Derek Osei", "derek@tallyhq.example", "Head of Data"),
        ("Deepak Menon", None, None),
    ],
    start="2026-11-25 11:30",
    end="2026-11-25 12:30",
    tz="America/Los_Angeles",
    notes="'next Wednesday' from Thu Nov 19 = Nov 25. The hiring manager and Deepak Menon interview; the CEO is mentioned but explicitly not in this round.",
)

add(
    name="inv-w7-workday-recruiter-screen-last-first",
    kind="invitation",
    frm="Midland Mutual Insurance <midlandmutual@myworkday.com>",
    to="Kayla Simmons <kayla.simmons@example.com>",
    subject="Interview Scheduled: Claims Adjuster I",
    date=(2027, 1, 13, 9, 2, "America/Chicago"),
    fmt="alt",
    body="""
Hello Kayla,

An interview has been scheduled for you for the position below.

Job Posting: Claims Adjuster I (JR-48213)
Interview Type: Recruiter Phone Screen
Date/Time: Tuesday, January 19, 2027 10:00 AM - 10:30 AM (Central Standard Time)
Interviewer: Okonkwo, Adaeze (Talent Acquisition Partner)
Phone: The interviewer will call you at the primary phone number in your candidate profile.

To review your interview details, sign in to the Midland Mutual Insurance Careers site.

Thank you,
Midland Mutual Insurance Talent Acquisition

This email was sent from an unmonitored mailbox.
""",
    company="Midland Mutual Insurance",
    role="Claims Adjuster I",
    interviewers=[("Adaeze Okonkwo", None, "Talent Acquisition Partner")],
    start="2027-01-19 10:00",
    end="2027-01-19 10:30",
    tz="America/Chicago",
    notes="Workday notice: 'Okonkwo, Adaeze' in natural order; the talent acquisition partner runs the phone screen and is the interviewer; JR number not in the role.",
)

add(
    name="inv-w7-smartrecruiters-pune-ddmmyyyy-ist",
    kind="invitation",
    frm="Veda Fintech Hiring <noreply@smartrecruiters.com>",
    to="Rohan Deshmukh <rohan.deshmukh@example.in>",
    reply_to="talent@vedafintech.example.in",
    subject="Interview invitation | Associate Product Manager | Veda Fintech",
    date=(2027, 1, 28, 18, 45, "Asia/Kolkata"),
    fmt="alt64",
    body="""
Dear Rohan,

Greetings from Veda Fintech!

We are pleased to inform you that you have been shortlisted for the next round of interviews for the role of Associate Product Manager.

Round: Product Case Interview (Round 2)
Date: 05-02-2027 (Friday)
Time: 15:00 to 16:00 IST
Mode: Google Meet (link will be shared by the panel)
Panel: Ramesh Iyer (Group Product Manager) and Sneha Kulkarni (Senior Product Manager)

Kindly keep your laptop charged and be in a quiet place with a stable internet connection. Please confirm your availability by replying to this mail.

Regards,
Talent Acquisition Team
Veda Fintech Pvt. Ltd.
""",
    company="Veda Fintech",
    role="Associate Product Manager",
    interviewers=[
        ("Ramesh Iyer", None, "Group Product Manager"),
        ("Sneha Kulkarni", None, "Senior Product Manager"),
    ],
    start="2027-02-05 15:00",
    end="2027-02-05 16:00",
    tz="Asia/Kolkata",
    notes="SmartRecruiters mail (Date in UTC) with a day-first dd-mm-yyyy date; 05-02-2027 is confirmed as 5 February by '(Friday)'.",
)

add(
    name="inv-w7-joburg-confirms-slot-quoted-proposals",
    kind="invitation",
    frm="Nomsa Dlamini <nomsa.dlamini@kestrelcx.example.co.za>",
    to="Ayanda Zulu <ayanda.zulu@example.co.za>",
    subject="RE: Customer Success Manager - 2nd interview slots",
    date=(2027, 1, 22, 10, 17, "Africa/Johannesburg"),
    in_reply_to="<ayanda-slots-reply@example.co.za>",
    body="""
Hi Ayanda

Perfect, that's confirmed for Friday the 29th at 11:00 at our Rosebank office. You'll be meeting Oluwaseun Bello (Head of Customer Success) and Thandiwe Nkosi (Team Lead, Enterprise Accounts) for about an hour.

Regards
Nomsa

Nomsa Dlamini | People & Culture Coordinator | Kestrel CX

-----Original Message-----
From: Ayanda Zulu <ayanda.zulu@example.co.za>
Sent: Thursday, 21 January 2027 19:52
To: Nomsa Dlamini <nomsa.dlamini@kestrelcx.example.co.za>
Subject: RE: Customer Success Manager - 2nd interview slots

Hi Nomsa, Friday 11:00 works best for me. Thank you!

-----Original Message-----
From: Nomsa Dlamini <nomsa.dlamini@kestrelcx.example.co.za>
Sent: Thursday, 21 January 2027 09:30
Subject: Customer Success Manager - 2nd interview slots

Hi Ayanda, Pieter Botha enjoyed your first interview and would like you to meet the team. Could you do one of:
- Wed 27 Jan 14:00
- Thu 28 Jan 09:00
- Fri 29 Jan 11:00
""",
    company="Kestrel CX",
    role="Customer Success Manager",
    interviewers=[
        ("Oluwaseun Bello", None, "Head of Customer Success"),
        ("Thandiwe Nkosi", None, "Team Lead, Enterprise Accounts"),
    ],
    start="2027-01-29 11:00",
    end="2027-01-29 12:00",
    tz="Africa/Johannesburg",
    notes="Confirmation above quoted slot proposals: only the chosen slot counts; Pieter Botha (first round, quoted) and the coordinator are not interviewers. No zone: SAST.",
)

add(
    name="rsc-w7-hm-push-by-an-hour-no-zone",
    kind="reschedule",
    frm="Brian Kowalski <bkowalski@lakeshoremfg.example>",
    to="Nadia Petrov <nadia.petrov@example.com>",
    subject="RE: Interview Thursday",
    date=(2026, 12, 8, 7, 51, "America/Chicago"),
    body="""
Nadia,

Something came up on the plant floor Thursday afternoon. Could we push our interview from 2 to 3pm, same day (Thursday the 10th)? Still planning on an hour, and still just me. Same Teams link.

Sorry for the hassle.

Brian Kowalski
Quality Engineering Manager
Lakeshore Manufacturing
Sent from my iPhone
""",
    company="Lakeshore Manufacturing",
    role=None,
    interviewers=[
        ("Brian Kowalski", "bkowalski@lakeshoremfg.example", "Quality Engineering Manager")
    ],
    start="2026-12-10 15:00",
    end="2026-12-10 16:00",
    tz="America/Chicago",
    notes="Hiring manager moves his own interview by an hour, no zone (Chicago); the old 2pm is not the interview. The role is never named.",
)

# ================================================================ other kinds
add(
    name="rej-w7-personio-german-absage",
    kind="rejection",
    frm=addr("Grünwerk Energie GmbH", "jobs@gruenwerk-energie.jobs.personio.de"),
    to="Felix Braun <felix.braun@example.de>",
    subject=hdr("Ihre Bewerbung als Projektingenieur Photovoltaik (m/w/d)"),
    date=(2026, 12, 10, 9, 30, "Europe/Berlin"),
    fmt="alt",
    body="""
Hallo Herr Braun,

vielen Dank für Ihr Interesse an der Position als Projektingenieur Photovoltaik (m/w/d) und die Zeit, die Sie sich für das Gespräch mit uns genommen haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin bzw. einen anderen Kandidaten entschieden haben, deren Profil noch besser zu unseren aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Grünwerk Energie GmbH
""",
    company="Grünwerk Energie",
    role="Projektingenieur Photovoltaik (m/w/d)",
    notes="German Personio rejection after an interview.",
)

add(
    name="nxt-w7-sydney-five-business-days",
    kind="next_steps",
    frm="Jess Nguyen <jess.nguyen@harbourlinecouncil.example.gov.au>",
    to="Liam O'Connor <liam.oconnor@example.com.au>",
    subject="Senior Urban Planner - update",
    date=(2027, 3, 2, 16, 40, "Australia/Sydney"),
    body="""
Hi Liam,

Thanks for coming in this morning, the panel appreciated your preparation for the heritage overlay question.

We finish the remaining interviews tomorrow and then need to complete referee checks for the preferred candidate. We'll come back to you with an outcome within 5 business days.

Kind regards,
Jess Nguyen
Recruitment Advisor
Harbourline Council
""",
    company="Harbourline Council",
    role="Senior Urban Planner",
    decision_by="2027-03-09",
    notes="Status after the interview; 'within 5 business days' from Tue 2 Mar (NSW, no public holiday in between) = Tue 9 Mar.",
)

add(
    name="info-w7-ottawa-transcripts-permit-vague-timeline",
    kind="info_request",
    frm="Saltmarsh Ports Authority - Student Hiring <studenthiring@saltmarshports.example.ca>",
    to="Mei Chen <mei.chen@example.ca>",
    subject="Documents required - Junior Policy Analyst (co-op)",
    date=(2026, 12, 17, 13, 15, "America/Toronto"),
    body="""
Hello Mei Chen,

Following your interview, you have been identified as a candidate who may be placed in the Junior Policy Analyst (co-op) position with the Saltmarsh Ports Authority for the Winter 2027 work term.

To continue, please upload the following documents to your candidate portal by January 8, 2027:

- an unofficial transcript for your most recent academic term;
- proof of enrolment from your co-op office;
- a copy of your study permit, if applicable.

Once your file is complete, it will be reviewed and you will be contacted in the coming weeks regarding next steps.

Thank you,
Student Hiring Team
Saltmarsh Ports Authority
""",
    company="Saltmarsh Ports Authority",
    role="Junior Policy Analyst (co-op)",
    notes="Asks for documents: January 8 is the candidate's upload deadline; 'in the coming weeks' is vague, so no decision date.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w7-friend-forwards-own-invitation",
    kind="other",
    frm="Chloe Martin <chloe.m.martin@example.com>",
    to="Jamal Carter <jamal.carter@example.com>",
    subject="Fwd: Interview invitation - Account Manager, Brightpath Media",
    date=(2026, 11, 21, 20, 14, "America/Phoenix"),
    body="""
omg look at this!! they want me for a panel on Tuesday. can you help me prep on Sunday? you did that mock panel thing with your old boss right

---------- Forwarded message ---------
From: Talent Team <talent@brightpathmedia.example>
Date: Fri, Nov 20, 2026 at 4:02 PM
Subject: Interview invitation - Account Manager, Brightpath Media
To: <chloe.m.martin@example.com>

Hi Chloe,

We'd like to invite you to a panel interview for the Account Manager role on Tuesday, November 24 at 1:00 PM MST with Rob Steiner (VP Sales) and Alicia Nunez (Client Services Director).

Best,
Brightpath Media Talent Team
""",
    notes="A friend forwards her own invitation: the interview is Chloe's, not the user's, so other with no interview.",
)

add(
    name="oth-w7-user-research-interview-gift-card",
    kind="other",
    frm="Pocketbook Research <research@pocketbook.example>",
    to="Hannah Brooks <hannah.brooks.data@example.com>",
    subject="Confirmed: your 30-min user interview on Thu, Dec 3",
    date=(2026, 11, 30, 10, 0, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Hannah,

Thanks for signing up to help us improve Pocketbook! Your user interview is confirmed:

Thursday, December 3, 2026 at 10:00 AM PST (30 minutes)
Interviewer: Sofia Alvarez, UX Researcher
Zoom: https://pocketbook.zoom.us/j/5531902214

We'll ask about how you budget and track shared expenses. There are no right or wrong answers. As a thank-you, you'll receive a $50 gift card within 5 business days after the session.

See you then,
The Pocketbook Research team
""",
    notes="A user-research interview (the user is a research participant paid with a gift card): 'interview', 'Interviewer' and a time, but not hiring.",
)

add(
    name="oth-w7-flat-viewing-appointment",
    kind="other",
    frm="Hartley & Finch Lettings <lettings@hartleyfinch.example.co.uk>",
    to="Imran Siddiqui <imran.siddiqui@example.co.uk>",
    subject="Viewing confirmed: Flat 4, 27 Albion Road - Sat 12/12 at 10.30",
    date=(2026, 12, 7, 17, 2, "Europe/London"),
    body="""
Dear Imran,

Thank you for your enquiry. Your viewing is confirmed:

Property: Flat 4, 27 Albion Road, Leeds LS6
Date: Saturday 12/12/2026
Time: 10.30am
Negotiator: Ellie Morgan (07700 900781)

If you wish to proceed after the viewing we'll need a holding deposit and referencing, including an employer reference. Please call us if you need to rearrange.

Kind regards,
Hartley & Finch Lettings
""",
    notes="A personal appointment (flat viewing) with a day-first date and a named negotiator; the 'employer reference' is for the tenancy. Other.",
)

add(
    name="oth-w7-careers-service-mock-interview",
    kind="other",
    frm="Northgate University Careers Service <careers@northgate.example.ac.uk>",
    to="Callum Reid <callum.reid.teach@example.com>",
    subject="Booking confirmation: Mock interview (teaching) with Dr Alison Reeve",
    date=(2026, 4, 20, 9, 15, "Europe/London"),
    body="""
Booking confirmation

Appointment type: Mock interview - teaching posts (45 minutes)
Adviser: Dr Alison Reeve, Careers Consultant
Date: Wednesday 29 April 2026
Time: 14:00
Location: Careers Hub, Room 2.05, or MS Teams (link sent 24 hours before)

Please bring the job description for a real post you are applying to, so your adviser can tailor the questions. If you can no longer attend, cancel at least 24 hours in advance via the Careers portal.

Northgate University Careers Service
""",
    notes="A careers-service mock interview is practice, not an employer's interview: other.",
)

add(
    name="oth-w7-candidate-experience-survey",
    kind="other",
    frm="Harborview Analytics <surveys@candidatepulse.example>",
    to="Chidi Okeke <chidi.okeke@example.com>",
    subject="How was your interview experience with Harborview Analytics?",
    date=(2026, 10, 28, 12, 0, "America/New_York"),
    fmt="alt",
    body="""
Hi Chidi,

You recently interviewed with Harborview Analytics for the Senior Backend Engineer role. We'd love to hear about your experience, whatever the outcome.

This 3-minute survey is anonymous and is not shared with your interviewers or used in any hiring decision.

How likely are you to recommend interviewing at Harborview Analytics to a friend?
0 1 2 3 4 5 6 7 8 9 10

Take the survey: https://candidatepulse.example/s/hva-7741

Thank you,
Candidate Pulse on behalf of Harborview Analytics
""",
    notes="Survey about an interview experience (the same process as a batch A reschedule): other, no interview, no decision date.",
)

add(
    name="oth-w7-current-job-quarterly-review-ics",
    kind="other",
    frm="Karen Doyle <karen.doyle@fernwaylogistics.example>",
    to="Nadia Petrov <nadia.petrov@fernwaylogistics.example>",
    subject="Invitation: Q4 check-in - Nadia / Karen @ Mon Dec 14, 2026 9am - 9:45am (CST)",
    date=(2026, 12, 4, 15, 30, "America/Chicago"),
    body="""
Hi Nadia, let's use this slot for our Q4 check-in. Please bring your self-review and goals for next year; we'll also talk about the open Quality Lead position on my team and whether you'd like to interview for it when it posts in January.

Karen Doyle
Director, Quality & Compliance
Fernway Logistics
""",
    ics=ics(
        uid="q4checkin-nadia-karen-2026@google.com",
        start="2026-12-14 09:00",
        end="2026-12-14 09:45",
        tz="America/Chicago",
        organizer=("Karen Doyle", "karen.doyle@fernwaylogistics.example"),
        attendees=[
            ("Karen Doyle", "karen.doyle@fernwaylogistics.example"),
            ("Nadia Petrov", "nadia.petrov@fernwaylogistics.example"),
        ],
        summary="Q4 check-in - Nadia / Karen",
    ),
    ics_style="google",
    notes="A meeting at the user's current job (manager check-in, internal address), Google Calendar ICS; mentions a possible future interview but schedules none. Other.",
)

add(
    name="oth-w7-job-alert-digest-matching-roles",
    kind="other",
    frm="Seek Jobs Alert <alerts@jobmail.example.com.au>",
    to="Daniel Whitaker <dan.whitaker@example.com.au>",
    subject="8 new jobs for 'Finance Business Partner' in Sydney NSW",
    date=(2026, 12, 3, 6, 30, "Australia/Sydney"),
    fmt="alt",
    headers="List-Unsubscribe: <https://jobmail.example.com.au/unsubscribe?a=fbp-syd>",
    body="""
New jobs matching your saved search: Finance Business Partner, Sydney NSW

Finance Business Partner
Coastline Freight - Sydney CBD
$130k - $145k + super | Full time
"Partner with operations leaders across our east-coast network..."
Listed 1d ago - Quick apply

Senior Finance Business Partner - Commercial
Marlow Health Group - North Sydney
Full time | Hybrid
Listed 2d ago

Finance Business Partner (12-month contract)
NSW Government agency via Hays - Parramatta
$95 - $110 per hour
Listed 3d ago

Commercial Analyst
Bayside Brewing Co. - Marrickville
Listed 5d ago

...and 4 more. View all jobs: https://jobmail.example.com.au/search/fbp-syd

Tip: employers are most active on Tuesdays. Update your profile to stand out.

You're receiving this alert because you saved a search. Manage alerts or unsubscribe.
""",
    notes="Job-alert digest listing the role and company of the user's real process (batch A agency interview): still other.",
)
