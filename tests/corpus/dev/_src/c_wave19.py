# ruff: noqa: E501
# Wave 19 (blind): one shared inbox of five job seekers -- Priya Natarajan (data analyst,
# Boston), Tomasz Wójcik (mechanical/embedded engineer, Munich), Aroha Ngata (registered
# nurse, Auckland), Malik Johnson (teacher moving into instructional design, Atlanta) and
# Sophie Laurent (risk analyst, London). Hand-written mail and ATS mail, replies and forwards,
# calendar files, and hard negatives that name people and times but hold no interview of theirs.
from lib import add, ics
from mime import VTZ_NEW_YORK, addr, hdr, vtz_outlook_eu, vtz_outlook_us

PRIYA = "Priya Natarajan <priya.natarajan@example.com>"
TOMASZ = addr("Tomasz Wójcik", "tomasz.wojcik@example.de")
AROHA = "Aroha Ngata <aroha.ngata@example.co.nz>"
MALIK = "Malik Johnson <malik.j.johnson@example.net>"
SOPHIE = "Sophie Laurent <sophie.laurent@example.co.uk>"

# ---------------------------------------------------------------- 1 Greenhouse, ICS panel
add(
    name="inv-w19-greenhouse-lumen-two-interviewers-ics",
    kind="invitation",
    frm="Kayla Brennan <no-reply@greenhouse-mail.io>",
    reply_to="kayla.brennan@lumenhealth.example",
    to=PRIYA,
    subject="Interview Confirmation: Senior Data Analyst at Lumen Health",
    date=(2026, 4, 7, 15, 12, "America/New_York"),
    fmt="alt",
    body="""
Hi Priya,

Thank you for making time to speak with us! Your virtual interview for the Senior Data Analyst position at Lumen Health is confirmed.

Date: Tuesday, April 14, 2026
Time: 10:00 AM - 11:30 AM EDT
Location: Zoom (link in the calendar invitation)

Schedule
10:00 AM - 10:45 AM  Hannah Osei, Analytics Manager
10:45 AM - 11:30 AM  Victor Lam, Staff Data Scientist

Hannah's session is a walk-through of a past project of yours; Victor will do a SQL and experimentation exercise in CoderPad, so please have a laptop handy.

If you need to reschedule, reply to this email and I'll find another slot.

Best,
Kayla Brennan
Recruiting Coordinator, Lumen Health

Powered by Greenhouse
""",
    ics=ics(
        uid="gh-8841290-lumen@greenhouse.io",
        start="2026-04-14 10:00",
        end="2026-04-14 11:30",
        tz="America/New_York",
        vtz=VTZ_NEW_YORK,
        organizer=("Kayla Brennan", "kayla.brennan@lumenhealth.example"),
        attendees=[
            ("Priya Natarajan", "priya.natarajan@example.com"),
            ("Hannah Osei", "hannah.osei@lumenhealth.example"),
            ("Victor Lam", "victor.lam@lumenhealth.example"),
        ],
        summary="Priya Natarajan <> Lumen Health: Senior Data Analyst Interview",
        prodid="-//Greenhouse Software//Greenhouse//EN",
        location="https://lumenhealth.zoom.us/j/91822734410",
    ),
    company="Lumen Health",
    role="Senior Data Analyst",
    interviewers=[
        ("Hannah Osei", "hannah.osei@lumenhealth.example", "Analytics Manager"),
        ("Victor Lam", "victor.lam@lumenhealth.example", "Staff Data Scientist"),
    ],
    start="2026-04-14 10:00",
    end="2026-04-14 11:30",
    tz="America/New_York",
    notes="Greenhouse confirmation; the coordinator organises the event and signs but does not interview. Emails from the ICS attendees.",
)

# ---------------------------------------------------------------- 2 job alert digest
add(
    name="oth-w19-linkedin-alert-analyst-digest",
    kind="other",
    frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
    to=PRIYA,
    subject="“senior data analyst”: 14 new jobs in Greater Boston",
    date=(2026, 4, 8, 7, 2, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="font-size:18px">Your job alert for senior data analyst in Greater Boston</h2>
<p>14 new jobs match your preferences.</p>
<table cellpadding="8">
<tr><td><a href="https://www.linkedin.example/jobs/view/3990112">Senior Data Analyst</a><br>Tidewater Insurance &middot; Boston, MA (Hybrid)<br><span style="color:#666">Actively recruiting &middot; 2 days ago</span></td></tr>
<tr><td><a href="https://www.linkedin.example/jobs/view/3990587">Senior Data Analyst, Growth</a><br>Copper Kettle Foods &middot; Cambridge, MA<br><span style="color:#666">Be an early applicant &middot; Easy Apply</span></td></tr>
<tr><td><a href="https://www.linkedin.example/jobs/view/3991004">Lead Analyst, Clinical Operations</a><br>Lumen Health &middot; Remote<br><span style="color:#666">Your profile matches this job &middot; 1 connection works here</span></td></tr>
</table>
<p>Prepare for your next interview: see how you compare to other applicants with Premium. Try 1 month free.</p>
<p style="font-size:11px;color:#999">You are receiving Job Alert emails. Unsubscribe &middot; LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085</p>
</body></html>
""",
    notes="Job-alert digest (item 3); names companies and roles and says 'interview' but is not about any application.",
)

# ---------------------------------------------------------------- 3 reschedule, replaced panelist, quoted history
add(
    name="rsc-w19-brandt-replaced-panelist-daymonth",
    kind="reschedule",
    frm="Jens Albrecht <j.albrecht@brandt-antriebe.example>",
    to=TOMASZ,
    subject="AW: Interview Design Engineer Gearboxes – new date",
    date=(2026, 4, 29, 11, 48, "Europe/Berlin"),
    in_reply_to="<CAK2w19tw.8812@mail.example.de>",
    fmt="qp",
    body="""
Dear Mr Wójcik,

I am afraid I have to move our interview. Mr Hoffmann has to travel to our plant in Brno next week, so he will not be available. Dr. Katrin Weiß, our Head of Gearbox Development, will take his place in the interview, and I will join as before.

New date: Tuesday, 12.05.2026, 14:00 to 15:30, at our site in Garching (Lichtenbergstraße 8, building C, reception).

Please confirm briefly whether this suits you.

Best regards

Jens Albrecht
Team Lead Mechanical Design
Brandt Antriebstechnik GmbH
Tel. +49 89 3200 4417

-----Ursprüngliche Nachricht-----
Von: Jens Albrecht <j.albrecht@brandt-antriebe.example>
Gesendet: Donnerstag, 23. April 2026 09:12
An: Tomasz Wójcik <tomasz.wojcik@example.de>
Betreff: Interview Design Engineer Gearboxes

Dear Mr Wójcik,

thank you for your application as Design Engineer Gearboxes. We would like to invite you to an interview on Wednesday, 06.05.2026 at 10:00 with Mr Stefan Hoffmann (Head of Engineering) and myself.

Best regards
Jens Albrecht
""",
    company="Brandt Antriebstechnik",
    role="Design Engineer Gearboxes",
    interviewers=[
        ("Katrin Weiß", None, "Head of Gearbox Development"),
        ("Jens Albrecht", "j.albrecht@brandt-antriebe.example", "Team Lead Mechanical Design"),
    ],
    start="2026-05-12 14:00",
    end="2026-05-12 15:30",
    tz="Europe/Berlin",
    notes="Day-first 12.05.2026 from a German sender; Hoffmann is replaced (and appears in the quoted Outlook history) so is not an interviewer; the sender says he joins, so he is. 'Dr.' dropped.",
)

# ---------------------------------------------------------------- 4 webinar with ICS
add(
    name="oth-w19-webinar-panel-interview-ics",
    kind="other",
    frm="Careers Collective Events <events@careerscollective.example>",
    to=MALIK,
    subject="You're registered: Teachers to Instructional Design — Nailing the Portfolio Interview",
    date=(2026, 3, 2, 12, 30, "America/New_York"),
    fmt="alt",
    body="""
Hi Malik,

You're registered for our live webinar!

Teachers to Instructional Design: Nailing the Portfolio Interview
Thursday, March 5, 2026 · 7:00 PM – 8:00 PM ET

Hosted by Renée Castillo, Senior Learning Experience Designer, with guest panelist Omar Haddad, Director of L&D at a Fortune 500 company. They'll run a live mock interview and answer your questions.

Add it to your calendar with the attached invite. The replay goes out to all registrants within 48 hours.

See you there,
The Careers Collective team
""",
    ics=ics(
        uid="webinar-20260305-ctid@careerscollective.example",
        start="2026-03-05 19:00",
        end="2026-03-05 20:00",
        tz="America/New_York",
        vtz=VTZ_NEW_YORK,
        organizer=("Careers Collective Events", "events@careerscollective.example"),
        attendees=[("Malik Johnson", "malik.j.johnson@example.net")],
        summary="Webinar: Nailing the Portfolio Interview",
        prodid="-//Zoom Video Communications//Webinar//EN",
    ),
    ics_style="attach",
    notes="Webinar invite with ICS (item 3): a mock interview on stage, not the user's interview.",
)

# ---------------------------------------------------------------- 5 Calendly phone screen with recruiter
add(
    name="inv-w19-calendly-brightpath-recruiter-screen",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    reply_to="dana.whitfield@brightpathlearning.example",
    to=MALIK,
    subject="Confirmed: Phone Screen - Instructional Designer with Dana Whitfield on Tuesday, March 10, 2026",
    date=(2026, 3, 4, 16, 41, "America/New_York"),
    fmt="html",
    html="""<html><body>
<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif;color:#1a1a1a">
<p>Hi Malik Johnson,</p>
<p>Your event has been scheduled.</p>
<p><b>Event Type:</b><br>Phone Screen - Instructional Designer</p>
<p><b>Event Date/Time:</b><br>11:00am - 11:30am (Eastern Time - US &amp; Canada)<br>Tuesday, March 10, 2026</p>
<p><b>Host:</b><br>Dana Whitfield &lt;dana.whitfield@brightpathlearning.example&gt;<br>Talent Acquisition Partner, Brightpath Learning</p>
<p><b>Location:</b><br>Dana will call you at +1 404-555-0188.</p>
<p><b>Questions:</b><br>Anything you'd like us to know before the call? <i>I'm currently a middle school science teacher and finishing an ATD certificate.</i></p>
<p><a href="https://calendly.com/cancellations/8a1f">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/8a1f">Reschedule</a></p>
<p style="font-size:12px;color:#777">Sent from Calendly</p>
</div></body></html>
""",
    company="Brightpath Learning",
    role="Instructional Designer",
    interviewers=[
        (
            "Dana Whitfield",
            "dana.whitfield@brightpathlearning.example",
            "Talent Acquisition Partner",
        ),
    ],
    start="2026-03-10 11:00",
    end="2026-03-10 11:30",
    tz="America/New_York",
    notes="Calendly HTML-only confirmation; the recruiter (host) runs the phone screen, so she is the interviewer. Mar 10 is after the DST change (EDT) though sent in EST.",
)

# ---------------------------------------------------------------- 6 user interviews someone else
add(
    name="oth-w19-principal-asks-malik-sit-on-panel",
    kind="other",
    frm="Denise Harlow <dharlow@dunmorems.example.org>",
    to=MALIK,
    cc="Terrence Boyd <tboyd@dunmorems.example.org>",
    subject="Science teacher interviews Thursday",
    date=(2026, 3, 9, 7, 5, "America/New_York"),
    body="""
Malik,

Could you sit on the interview panel for the 7th grade science vacancy this Thursday? We have two candidates, Ms. Alvarez at 2:15 and Mr. Chen at 3:00, in the conference room by the front office. Terrence and I will ask the classroom management questions; I'd like you to cover lab safety and the NGSS stuff.

I'll have a sub cover your 6th period.

Thanks,
Denise

Denise Harlow, Ed.S.
Principal, Dunmore Middle School
""",
    notes="The user interviewing candidates at his current job (item 3); names and times, no interview of his own.",
)

# ---------------------------------------------------------------- 7 Workday HTML-only, NZ DST end trap
add(
    name="inv-w19-workday-harbourview-nurse-panel-nzst",
    kind="invitation",
    frm="Harbourview Health Careers <harbourview@myworkday.example>",
    to=AROHA,
    subject="Interview Invitation – Registered Nurse – Surgical Ward (R-20871)",
    date=(2026, 3, 30, 14, 20, "Pacific/Auckland"),
    fmt="html",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#00525e;color:#fff;padding:12px 18px"><b>Harbourview Health</b> | Careers</td></tr></table>
<p>Kia ora Aroha,</p>
<p>Thank you for applying for the <b>Registered Nurse – Surgical Ward</b> position (R-20871). We are pleased to invite you to an interview.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Date</b></td><td>Thursday 9 April 2026</td></tr>
<tr><td><b>Time</b></td><td>10:30am – 11:15am</td></tr>
<tr><td><b>Venue</b></td><td>Level 3, Ward 7 Seminar Room, Harbourview Hospital, 12 Park Road, Grafton, Auckland</td></tr>
<tr><td><b>Interview panel</b></td><td>Sione Tupou, Nurse Unit Manager<br>Claire Donnelly, Clinical Nurse Educator</td></tr>
</table>
<p>Please bring your photo ID and current Annual Practising Certificate. If you are unable to attend, please contact Recruitment Coordinator Jade Whiu on 09 555 0172.</p>
<p>Ngā mihi,<br>Talent Acquisition Team<br>Harbourview Health</p>
<p style="font-size:11px;color:#888">This email was sent via Workday. Please do not reply directly to this message.</p>
</body></html>
""",
    company="Harbourview Health",
    role="Registered Nurse – Surgical Ward",
    interviewers=[
        ("Sione Tupou", None, "Nurse Unit Manager"),
        ("Claire Donnelly", None, "Clinical Nurse Educator"),
    ],
    start="2026-04-09 10:30",
    end="2026-04-09 11:15",
    tz="Pacific/Auckland",
    notes="Workday HTML-only; requisition number stripped from the role. NZ daylight saving ends 5 April, so NZST +12:00 although sent in NZDT. The coordinator is a contact, not a panelist.",
)

# ---------------------------------------------------------------- 8 candidate survey
add(
    name="oth-w19-candidate-experience-survey-lumen",
    kind="other",
    frm="Lumen Health Talent Team <no-reply@greenhouse-mail.io>",
    to=PRIYA,
    subject="How was your interview with Lumen Health?",
    date=(2026, 4, 15, 9, 0, "America/New_York"),
    fmt="alt",
    body="""
Hi Priya,

Thank you for interviewing with Lumen Health yesterday for the Senior Data Analyst role. We're always working to improve how we interview, and we'd love to hear about your experience with Hannah, Victor and our recruiting team.

The survey takes about 3 minutes and is anonymous — your answers will not be shared with your interviewers or affect your candidacy in any way.

Take the survey: https://survey.greenhouse.example/s/lumen-7Yq2

Thank you,
Lumen Health Talent Team
""",
    notes="Interview-experience survey (item 3): names past interviewers but announces no interview and gives no decision date.",
)

# ---------------------------------------------------------------- 9 Outlook ICS, GMT Standard Time, BST starts
add(
    name="inv-w19-kestrel-outlook-gmt-standard-time",
    kind="invitation",
    frm="Nadia Rahman <nadia.rahman@kestrelcapital.example>",
    to=SOPHIE,
    cc="Oliver Pryce <oliver.pryce@kestrelcapital.example>",
    subject="Kestrel Capital – Risk Analyst – first interview",
    date=(2026, 3, 24, 17, 55, "Europe/London"),
    body="""
Hi Sophie,

Thanks for sending your CV through. Oliver and I would like to meet you for a first interview for the Risk Analyst role in the Market Risk team. I've sent the invitation for Tuesday 31 March, 3–4pm at our office, 25 Canada Square, 18th floor. We'll talk through your VaR backtesting work and there will be a short case on stress testing.

Please let me know if the time doesn't work.

Best regards,
Nadia

Nadia Rahman
VP, Market Risk
Kestrel Capital
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A1C3E2F0B3BBDC01000000000000000010000000",
        start="2026-03-31 15:00",
        end="2026-03-31 16:00",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz=vtz_outlook_eu("GMT Standard Time", 0, 1),
        organizer=("Nadia Rahman", "nadia.rahman@kestrelcapital.example"),
        attendees=[
            ("Sophie Laurent", "sophie.laurent@example.co.uk"),
            ("Oliver Pryce", "oliver.pryce@kestrelcapital.example"),
        ],
        summary="Interview: Sophie Laurent – Risk Analyst",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="25 Canada Square, 18th floor",
    ),
    ics_style="outlook",
    company="Kestrel Capital",
    role="Risk Analyst",
    interviewers=[
        ("Nadia Rahman", "nadia.rahman@kestrelcapital.example", "VP, Market Risk"),
        ("Oliver Pryce", "oliver.pryce@kestrelcapital.example", None),
    ],
    start="2026-03-31 15:00",
    end="2026-03-31 16:00",
    tz="Europe/London",
    notes="Outlook invitation with the Windows zone 'GMT Standard Time'; BST begins 29 March so the interview is at +01:00 though sent in GMT. Oliver has no title anywhere.",
)

# ---------------------------------------------------------------- 10 scam imitating an employer
add(
    name="oth-w19-scam-brightpath-text-interview",
    kind="other",
    frm="Brightpath Learning HR <brightpath.hiring.dept@gmail.example>",
    to=MALIK,
    subject="Re: Remote Instructional Designer – Online Interview Schedule",
    date=(2026, 3, 6, 3, 14, "America/New_York"),
    body="""
Dear Applicant,

Your resume has been reviewed by Brightpath Learning and you have been shortlisted for the position of Remote Instructional Designer ($48/hr). The interview will be conducted through text chat on the Telegram app with our Hiring Manager Mr. Kevin Dawson today by 11:00am EST.

Add him on Telegram: @kevindawson_hr

After the interview you will receive a check to purchase your home office equipment (MacBook Pro and Adobe license) from our approved vendor. Kindly provide your full name, address and cell phone number.

Regards,
HR Department
Brightpath Learning
""",
    notes="Scam imitating a real employer (item 3): free-mail sender, Telegram 'interview', equipment check.",
)

# ---------------------------------------------------------------- 11 next steps, "by the 24th"
add(
    name="nxt-w19-brandt-decision-by-the-27th",
    kind="next_steps",
    frm="Jens Albrecht <j.albrecht@brandt-antriebe.example>",
    to=TOMASZ,
    subject="Re: Thank you – Design Engineer Gearboxes",
    date=(2026, 5, 14, 16, 20, "Europe/Berlin"),
    fmt="qp",
    body="""
Dear Mr Wójcik,

thank you for your kind note and again for your time on Tuesday. Dr. Weiß and I enjoyed the discussion about the planetary stage.

We are speaking with one more candidate next week and will make our decision by the 27th. You will hear from me either way.

Best regards
Jens Albrecht
Team Lead Mechanical Design
Brandt Antriebstechnik GmbH

Am 13.05.2026 um 08:02 schrieb Tomasz Wójcik <tomasz.wojcik@example.de>:
> Dear Mr Albrecht, dear Dr. Weiß,
> thank you for the interview yesterday. I especially enjoyed the tour of the test bench.
> Best regards, Tomasz Wójcik
""",
    company="Brandt Antriebstechnik",
    role="Design Engineer Gearboxes",
    decision_by="2026-05-27",
    notes="After the interview, a stated decision date 'by the 27th' resolved against the Date header (14 May) -> 27 May 2026. No new interview.",
)

# ---------------------------------------------------------------- 12 meeting at current job with ICS
add(
    name="oth-w19-current-job-q2-risk-review-ics",
    kind="other",
    frm="Gareth Lowe <gareth.lowe@pembertoninsurance.example>",
    to="Risk Team <risk-team@pembertoninsurance.example>",
    cc=SOPHIE,
    subject="Q2 risk appetite review – prep session",
    date=(2026, 4, 1, 10, 3, "Europe/London"),
    body="""
All,

Booking an hour on Thursday to walk through the draft Q2 risk appetite pack before it goes to ExCo. Sophie – could you take the market risk limits section? Priyanka will cover op risk.

Thanks,
Gareth

Gareth Lowe
Head of Enterprise Risk
Pemberton Insurance
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000030F1A9C4B1C1DC01000000000000000010000000",
        start="2026-04-02 14:00",
        end="2026-04-02 15:00",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz=vtz_outlook_eu("GMT Standard Time", 0, 1),
        organizer=("Gareth Lowe", "gareth.lowe@pembertoninsurance.example"),
        attendees=[
            ("Sophie Laurent", "sophie.laurent@example.co.uk"),
            ("Priyanka Shah", "priyanka.shah@pembertoninsurance.example"),
        ],
        summary="Q2 risk appetite review – prep",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="Meeting room 4.02 / Teams",
    ),
    ics_style="outlook",
    notes="A meeting at the user's current job with an Outlook calendar request (item 3).",
)

# ---------------------------------------------------------------- 13 Lever schedule, three interviewers
add(
    name="inv-w19-lever-tidewater-three-slot-schedule",
    kind="invitation",
    frm="Tidewater Insurance <no-reply@hire.lever.co>",
    reply_to="marisol.vega@tidewaterins.example",
    to=PRIYA,
    subject="Your interview schedule with Tidewater Insurance",
    date=(2026, 4, 16, 13, 37, "America/New_York"),
    fmt="alt",
    body="""
Hi Priya,

We're excited to continue the conversation about the Analytics Engineer role! Below is your schedule for Thursday, April 23. All sessions take place on Google Meet: meet.google.com/pxa-rmoq-tkb

1:00 PM – 1:45 PM EDT
Sam Okafor — Analytics Engineering Lead
dbt project design discussion

1:45 PM – 2:30 PM EDT
Rebecca Stein — Senior Analytics Engineer
Live SQL modelling exercise

2:30 PM – 3:00 PM EDT
Luis Hernández — Director of Data
Values and career conversation

If anything comes up, just reply and let me know.

Marisol Vega
Recruiting Coordinator | Tidewater Insurance
""",
    company="Tidewater Insurance",
    role="Analytics Engineer",
    interviewers=[
        ("Sam Okafor", None, "Analytics Engineering Lead"),
        ("Rebecca Stein", None, "Senior Analytics Engineer"),
        ("Luis Hernández", None, "Director of Data"),
    ],
    start="2026-04-23 13:00",
    end="2026-04-23 15:00",
    tz="America/New_York",
    notes="Lever schedule with three back-to-back blocks; the interview runs 1:00-3:00 PM. The coordinator signs only.",
)

# ---------------------------------------------------------------- 14 GoodTime reschedule across DST
add(
    name="rsc-w19-goodtime-brightpath-second-round",
    kind="reschedule",
    frm="Brightpath Learning Recruiting <scheduling@goodtime.example>",
    to=MALIK,
    subject="Updated: Your interview with Brightpath Learning has been rescheduled",
    date=(2026, 3, 11, 10, 2, "America/New_York"),
    fmt="alt64",
    body="""
Hi Malik,

Your interview for Instructional Designer with Brightpath Learning has been rescheduled.

NEW TIME
Monday, March 16, 2026
2:00 PM - 3:00 PM (EDT, UTC-04:00)

PREVIOUS TIME (cancelled)
Thursday, March 12, 2026, 1:00 PM - 2:00 PM (EDT)

Interviewers
Gemma Ortiz, Director of Learning Design
Paul Fenwick, Senior Instructional Designer

Join with Zoom: https://brightpath.zoom.us/j/88210392277

Please add the updated time to your calendar. Need to make a change? Contact your recruiter, Dana Whitfield.

Powered by GoodTime
""",
    company="Brightpath Learning",
    role="Instructional Designer",
    interviewers=[
        ("Gemma Ortiz", None, "Director of Learning Design"),
        ("Paul Fenwick", None, "Senior Instructional Designer"),
    ],
    start="2026-03-16 14:00",
    end="2026-03-16 15:00",
    tz="America/New_York",
    notes="GoodTime reschedule; the new time (not the cancelled one) is the label; the recruiter is only a contact here.",
)

# ---------------------------------------------------------------- 15 podcast interview
add(
    name="oth-w19-podcast-guest-request-data-voices",
    kind="other",
    frm="Ben Achterberg <ben@datavoicespod.example>",
    to=PRIYA,
    subject="Guest spot on Data Voices?",
    date=(2026, 4, 9, 20, 11, "America/New_York"),
    fmt="alt",
    body="""
Hi Priya,

I loved your talk at Boston dbt Meetup last month on messy claims data. Would you be up for being interviewed on Data Voices, our podcast for analysts? It's a relaxed 40-minute conversation, recorded remotely. My co-host Sara Lindqvist and I have open recording slots next Tuesday at 6 PM or Wednesday at 12:30 PM Eastern.

No prep needed beyond a decent mic. We'll send the questions ahead.

Cheers,
Ben Achterberg
Host, Data Voices
""",
    notes="Podcast 'interview' (item 3) with hosts, times and 'interviewed' -- not hiring.",
)

# ---------------------------------------------------------------- 16 cancellation with CANCEL ICS, W. Europe Standard Time
add(
    name="can-w19-nordwerk-position-on-hold-cancel-ics",
    kind="cancellation",
    frm="Melanie Kruse <melanie.kruse@nordwerk-robotics.example>",
    to=TOMASZ,
    subject="Abgesagt: Interview Tomasz Wójcik – Embedded Software Engineer (Motion Control)",
    date=(2026, 4, 20, 9, 34, "Europe/Berlin"),
    body="""
Dear Tomasz,

unfortunately I have to cancel our interview on Friday. The Embedded Software Engineer (Motion Control) position has been put on hold following a budget review, and we are not able to continue the process at the moment.

I am very sorry for the short notice. If the position is reopened, I will contact you first.

Kind regards
Melanie Kruse
Talent Acquisition
Nordwerk Robotics GmbH
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000F0A2C6D1A0CBDC01000000000000000010000000",
        start="2026-04-24 11:00",
        end="2026-04-24 12:00",
        tz="Europe/Berlin",
        tzid="W. Europe Standard Time",
        vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
        organizer=("Melanie Kruse", "melanie.kruse@nordwerk-robotics.example"),
        attendees=[("Tomasz Wójcik", "tomasz.wojcik@example.de")],
        summary="Abgesagt: Interview Tomasz Wójcik – Embedded Software Engineer (Motion Control)",
        method="CANCEL",
        seq=1,
        status="CANCELLED",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    ),
    ics_method="CANCEL",
    ics_style="outlook",
    company="Nordwerk Robotics",
    role="Embedded Software Engineer (Motion Control)",
    start="2026-04-24 11:00",
    end="2026-04-24 12:00",
    tz="Europe/Berlin",
    notes="Outlook CANCEL (German 'Abgesagt:' subject prefix) with the Windows zone 'W. Europe Standard Time'; the cancelled event's times come from the ICS. No interviewer is named.",
)

# ---------------------------------------------------------------- 17 the user as a reference
add(
    name="oth-w19-reference-call-for-former-colleague",
    kind="other",
    frm="Harriet Cole <harriet.cole@vantageresourcing.example>",
    to=SOPHIE,
    subject="Reference request – Daniel Mercer",
    date=(2026, 4, 13, 11, 26, "Europe/London"),
    fmt="alt",
    body="""
Dear Sophie,

Daniel Mercer has given your name as a referee for a Credit Risk Manager role with one of our clients, and he speaks highly of your time working together at Pemberton.

Would you have 15 minutes for a short reference call on Thursday 16 April at 3pm? Alternatively, I can send a written questionnaire if that is easier.

Kind regards,

Harriet Cole
Senior Consultant – Risk & Compliance
Vantage Resourcing
""",
    notes="The user asked to be a reference for someone else (item 3): a call with a time, but not her own hiring.",
)

# ---------------------------------------------------------------- 18 Ashby self-scheduling link
add(
    name="inv-w19-ashby-veloce-self-schedule-tech",
    kind="invitation",
    frm="Inês Carvalho <no-reply@ashbyhq.com>",
    reply_to="ines.carvalho@velocemobility.example",
    to=TOMASZ,
    subject="Veloce Mobility – schedule your technical interview",
    date=(2026, 4, 27, 10, 5, "Europe/Lisbon"),
    fmt="alt",
    body="""
Hi Tomasz,

Thanks for the chat last week! Next up for the Embedded Systems Engineer role is a 60-minute technical interview with me, where we'll go through a CAN bus debugging problem together and talk about your work on the Sigma drive controller.

Please pick a time that suits you here:
https://app.ashbyhq.com/interview-briefings/velocemobility/schedule/3f6c2a

Slots are shown in your local time. If none of them work, reply to this email and I'll open more.

Obrigada,
Inês Carvalho
Senior Embedded Engineer · Veloce Mobility
Lisbon, Portugal
""",
    company="Veloce Mobility",
    role="Embedded Systems Engineer",
    interviewers=[
        ("Inês Carvalho", "ines.carvalho@velocemobility.example", "Senior Embedded Engineer")
    ],
    notes="Ashby self-scheduling link (an invitation without a time); the engineer sending it will run the interview ('with me'). Email from Reply-To.",
)

# ---------------------------------------------------------------- 19 rejection via SmartRecruiters
add(
    name="rej-w19-smartrecruiters-halberd-moore",
    kind="rejection",
    frm="Halberd & Moore Talent <noreply@smartrecruiters.com>",
    to=SOPHIE,
    subject="Your application for Quantitative Risk Associate at Halberd & Moore",
    date=(2026, 4, 17, 16, 45, "Europe/London"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Sophie,</p>
<p>Thank you for taking the time to interview with us for the <strong>Quantitative Risk Associate</strong> position at Halberd &amp; Moore, and for the thought you put into the case study.</p>
<p>After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the requirements of the role at this time.</p>
<p>We will keep your details on file and may be in touch about future opportunities. We wish you every success in your search.</p>
<p>Kind regards,<br>Eleanor Fitzgerald<br>Talent Acquisition Manager<br>Halberd &amp; Moore</p>
<p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
</body></html>
""",
    company="Halberd & Moore",
    role="Quantitative Risk Associate",
    notes="SmartRecruiters HTML-only rejection after an interview.",
)

# ---------------------------------------------------------------- 20 interview-tips newsletter
add(
    name="oth-w19-tips-newsletter-questions-to-ask",
    kind="other",
    frm="The Daily Stretch <hello@dailystretchcareers.example>",
    to=MALIK,
    subject="7 questions to ask at the end of your interview (and 2 to skip)",
    date=(2026, 3, 11, 6, 30, "America/New_York"),
    fmt="html",
    html="""<html><body style="background:#f6f4ef"><div style="max-width:580px;margin:auto;background:#fff;padding:24px;font-family:Georgia,serif">
<p style="font-size:12px;color:#999">Wednesday edition &middot; 4 min read</p>
<h1 style="font-size:24px">&ldquo;Do you have any questions for us?&rdquo;</h1>
<p>It&rsquo;s the last five minutes of your interview, and the hiring manager leans back. Here&rsquo;s what recruiter Tasha Greene, who has run more than 2,000 interviews, says to ask:</p>
<ol><li>What does success look like in the first 90 days?</li><li>When do you expect to make a decision, and what are the next steps?</li><li>Who will I be working with most closely?</li></ol>
<p><b>Skip:</b> &ldquo;How soon can I take vacation?&rdquo;</p>
<p><b>This week&rsquo;s free webinar:</b> Panel interviews, decoded &mdash; Thursday at 12 PM ET.</p>
<p style="font-size:11px;color:#999">You&rsquo;re getting this because you signed up at dailystretchcareers.example. Unsubscribe.</p>
</div></body></html>
""",
    notes="Interview-tips newsletter (item 3), HTML-only, with a recruiter's name, decision wording and a time.",
)

# ---------------------------------------------------------------- 21 agency forward of the client's invitation
add(
    name="inv-w19-agency-fwd-aldgate-credit-risk",
    kind="invitation",
    frm="Tom Keating <tom.keating@harperblake.example>",
    to=SOPHIE,
    subject="FW: Interview confirmation - Credit Risk Analyst - S. Laurent",
    date=(2026, 4, 14, 12, 18, "Europe/London"),
    fmt="alt",
    body="""
Hi Sophie,

Great news – Aldgate Bank would like to meet you! Confirmation from their HR team below. You'll be meeting Marcus Bell, who'd be your line manager, and Fiona Adair from his team. Marcus is very hands-on, so expect detailed questions on PD/LGD modelling.

Give me a call after and let me know how it went.

Cheers,
Tom

Tom Keating
Principal Consultant, Financial Services
Harper Blake Recruitment
M: 07700 900 412

From: Rosie Kemp <rosie.kemp@aldgatebank.example>
Sent: 14 April 2026 11:52
To: Tom Keating <tom.keating@harperblake.example>
Subject: Interview confirmation - Credit Risk Analyst - S. Laurent

Hi Tom,

Please can you confirm the below to Sophie:

Date: Wednesday 22nd April 2026
Time: 11:00 – 12:00
Location: Aldgate Bank, 30 Minories, London EC3N 1DD – please report to the ground floor reception
Interviewers: Marcus Bell (Head of Credit Risk) and Fiona Adair (Senior Credit Analyst)

Many thanks,
Rosie Kemp
HR Coordinator, Aldgate Bank
""",
    company="Aldgate Bank",
    role="Credit Risk Analyst",
    interviewers=[
        ("Marcus Bell", None, "Head of Credit Risk"),
        ("Fiona Adair", None, "Senior Credit Analyst"),
    ],
    start="2026-04-22 11:00",
    end="2026-04-22 12:00",
    tz="Europe/London",
    notes="Agency recruiter forwards the client's confirmation: the employer is Aldgate Bank, not the agency. The forwarded part is the invitation itself (not older history), so its panel counts; the HR coordinator and the agency consultant do not interview.",
)

# ---------------------------------------------------------------- 22 Glassdoor interview reviews digest
add(
    name="oth-w19-glassdoor-interview-reviews-tidewater",
    kind="other",
    frm="Glassdoor <noreply@glassdoor.example>",
    to=PRIYA,
    subject="New interview reviews at Tidewater Insurance",
    date=(2026, 4, 18, 8, 15, "America/New_York"),
    fmt="alt",
    body="""
Companies you follow

Tidewater Insurance — 3 new interview reviews

Analytics Engineer Interview · Boston, MA · Accepted offer
"Three rounds: recruiter screen, then a SQL modelling exercise with a senior engineer, then a chat with the director. Whole process took about 3 weeks."
Difficulty: Average · Experience: Positive

Data Analyst Interview · Remote · Declined offer
"Panel on a Thursday afternoon, 3 interviewers back to back. Asked about window functions and A/B testing."

Interview question: "How would you model policy lapses in dbt?"

See all 212 interview reviews for Tidewater Insurance
Glassdoor, Inc. · Unsubscribe
""",
    notes="Interview-review digest for a company the user is interviewing with: role, company and 'interview' but no interview of hers.",
)

# ---------------------------------------------------------------- 23 Singapore, family-name-first name
add(
    name="inv-w19-meridian-singapore-family-name-first",
    kind="invitation",
    frm="Jolene Koh <jolene.koh@meridianpay.example>",
    to=PRIYA,
    subject="Meridian Payments: Lead Data Analyst (Regional) – interview with the team",
    date=(2026, 4, 15, 22, 40, "Asia/Singapore"),
    fmt="qp",
    body="""
Dear Priya,

Thank you for speaking with me yesterday. I'm pleased to share that we'd like to move you to the next stage for the Lead Data Analyst (Regional) role.

Your video interview is confirmed for Wednesday 22 April, 9.00–10.00am Singapore time, which is Tuesday 21 April, 9.00pm in Boston. You will speak with:

- TAN Wei Ling, Head of Data & Analytics
- Arjun Mehta, Senior Manager, Fraud Analytics

The Microsoft Teams link will follow in a separate calendar invite. Wei Ling will focus on stakeholder management across our SEA markets; Arjun will walk through a fraud-rate case.

Best regards,
Jolene Koh
Talent Acquisition Specialist
Meridian Payments Pte. Ltd.
""",
    company="Meridian Payments",
    role="Lead Data Analyst (Regional)",
    interviewers=[
        ("Tan Wei Ling", None, "Head of Data & Analytics"),
        ("Arjun Mehta", None, "Senior Manager, Fraud Analytics"),
    ],
    start="2026-04-22 09:00",
    end="2026-04-22 10:00",
    tz="Asia/Singapore",
    notes="Family-name-first Chinese name kept in its order (surname capitalised in the mail); the time is given twice, Singapore and Boston, same instant. The recruiter who screened yesterday does not interview in this round.",
)

# ---------------------------------------------------------------- 24 recruiter moves her own phone screen
add(
    name="rsc-w19-northbeam-recruiter-pushes-call-pt",
    kind="reschedule",
    frm=addr("Carla Benítez", "carla.benitez@northbeamstudios.example"),
    to=MALIK,
    subject="Re: Phone screen – Learning Experience Designer",
    date=(2026, 3, 11, 9, 15, "America/Los_Angeles"),
    in_reply_to="<CAMw19mj.55021@mail.example.net>",
    fmt="alt",
    body="""
Hi Malik,

So sorry to do this — something came up with a launch on my side. Could we push our call from Thursday 2pm to Friday 10am PT instead? Still 30 minutes, and I'll still call your cell.

If Friday doesn't work, just send me a couple of times next week.

Thanks for understanding!
Carla

Carla Benítez
Senior Recruiter | Northbeam Studios
Seattle, WA

On Mon, Mar 9, 2026 at 6:47 PM Malik Johnson <malik.j.johnson@example.net> wrote:
> Hi Carla,
> Thursday at 2pm Pacific works great for me. Talk then!
> Malik
""",
    company="Northbeam Studios",
    role="Learning Experience Designer",
    interviewers=[
        ("Carla Benítez", "carla.benitez@northbeamstudios.example", "Senior Recruiter"),
    ],
    start="2026-03-13 10:00",
    end="2026-03-13 10:30",
    tz="America/Los_Angeles",
    notes="The recruiter who runs the phone screen moves it: she is the interviewer. 'Friday 10am PT' relative to the Date header (Wed 11 Mar) -> Fri 13 Mar, PDT.",
)

# ---------------------------------------------------------------- 25 personal appointment with ICS
add(
    name="oth-w19-dentist-appointment-ics",
    kind="other",
    frm="Back Bay Dental <appointments@backbaydental.example>",
    to=PRIYA,
    subject="Appointment confirmed: Monday, April 20 at 8:30 AM",
    date=(2026, 4, 13, 12, 0, "America/New_York"),
    body="""
Hi Priya,

Your appointment is confirmed.

Provider: Dr. Amelia Chen, DMD
Type: Cleaning & exam (60 min)
When: Monday, April 20, 2026 at 8:30 AM
Where: Back Bay Dental, 441 Boylston St, Suite 300, Boston, MA

Please arrive 10 minutes early. Reply C to confirm or call (617) 555-0143 to reschedule. A calendar file is attached.

Back Bay Dental
""",
    ics=ics(
        uid="bbd-appt-5529183@backbaydental.example",
        start="2026-04-20 08:30",
        end="2026-04-20 09:30",
        tz="America/New_York",
        vtz=VTZ_NEW_YORK,
        organizer=("Back Bay Dental", "appointments@backbaydental.example"),
        attendees=[("Priya Natarajan", "priya.natarajan@example.com")],
        summary="Dental appointment – Dr. Amelia Chen",
        prodid="-//Weave//Appointments//EN",
    ),
    ics_style="attach",
    notes="Personal appointment with a calendar file (item 3).",
)

# ---------------------------------------------------------------- 26 Teamtailor, Stockholm
add(
    name="inv-w19-teamtailor-fjallbo-stockholm",
    kind="invitation",
    frm=addr("Fjällbo Design AB", "no-reply@teamtailor.com"),
    reply_to="linnea.aberg@fjallbo.example",
    to=TOMASZ,
    subject="Interview: Mechanical Design Engineer at Fjällbo Design",
    date=(2026, 4, 28, 14, 2, "Europe/Stockholm"),
    fmt="alt",
    body="""
Hi Tomasz,

Thanks for your application for Mechanical Design Engineer! We'd like to get to know you better in a video interview.

🗓 Tuesday 5 May, 13:00–14:00 (Stockholm time)
📍 Google Meet – the link is in the calendar invite

You'll meet Linnea Åberg (Engineering Manager) and Johan Ek (Senior Mechanical Engineer). We'll talk about your experience with sheet-metal design and DFM, and you'll get to ask us anything about life at Fjällbo.

Looking forward to it!

Linnea Åberg
Engineering Manager, Fjällbo Design AB
Sent with Teamtailor
""",
    company="Fjällbo Design",
    role="Mechanical Design Engineer",
    interviewers=[
        ("Linnea Åberg", "linnea.aberg@fjallbo.example", "Engineering Manager"),
        ("Johan Ek", None, "Senior Mechanical Engineer"),
    ],
    start="2026-05-05 13:00",
    end="2026-05-05 14:00",
    tz="Europe/Stockholm",
    notes="Teamtailor (Date stamped in UTC) with an RFC 2047 From name; the sender is one of the two interviewers. CEST +02:00.",
)

# ---------------------------------------------------------------- 27 info request + decision date
add(
    name="info-w19-harbourview-apc-referees-end-next-week",
    kind="info_request",
    frm="Sione Tupou <sione.tupou@harbourviewhealth.example>",
    to=AROHA,
    subject="Referees and APC – RN Surgical Ward",
    date=(2026, 4, 10, 15, 30, "Pacific/Auckland"),
    body="""
Kia ora Aroha,

Thanks again for coming in yesterday, Claire and I really enjoyed meeting you.

To move things along, could you please send me:
- a copy of your current Annual Practising Certificate, and
- names and contact details for two referees, one of them your current line manager.

If you can get these to me by Wednesday 15 April that would be great. We expect to make a decision by the end of next week.

Ngā mihi,
Sione

Sione Tupou
Nurse Unit Manager – Ward 7 Surgical
Harbourview Health
""",
    company="Harbourview Health",
    role="RN Surgical Ward",
    decision_by="2026-04-17",
    notes="The employer asks for documents and referees; 'by Wednesday 15 April' is the candidate's deadline, 'by the end of next week' from Fri 10 April is the decision date, Fri 17 April. The role is as written in this mail's subject.",
)

# ---------------------------------------------------------------- 28 press interview request
add(
    name="oth-w19-journalist-model-risk-piece",
    kind="other",
    frm="Imogen Clarke <imogen.clarke@cityledger.example>",
    to=SOPHIE,
    subject="Interview request – model risk piece for City Ledger",
    date=(2026, 4, 7, 9, 48, "Europe/London"),
    body="""
Hi Sophie,

I'm a reporter at City Ledger working on a feature about how mid-size insurers validate their market risk models. A contact at the PRA roundtable suggested I speak to you.

Would you be open to a 20-minute interview, on background if you prefer, sometime before Friday? I could do Wednesday at 10am or Thursday after 2pm.

Best wishes,
Imogen

Imogen Clarke
Senior Reporter, City Ledger
""",
    notes="Press interview request (item 3).",
)

# ---------------------------------------------------------------- 29 iCIMS HTML table, hiring manager in the table
add(
    name="inv-w19-icims-castellan-table-central",
    kind="invitation",
    frm="Castellan Foods Talent Acquisition <castellan-careers@icims.example>",
    to=PRIYA,
    subject="Interview Scheduled - Supply Chain Data Analyst (Req #4471)",
    date=(2026, 4, 22, 10, 10, "America/Chicago"),
    fmt="html",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Priya Natarajan,</p>
<p>Thank you for your interest in Castellan Foods. Your interview for <b>Supply Chain Data Analyst</b> has been scheduled as follows. <b>All times are Central Time.</b></p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#e8e8e8"><th>Date</th><th>Time</th><th>Interviewer</th><th>Title</th></tr>
<tr><td>Thursday, April 30, 2026</td><td>9:00 AM - 9:45 AM</td><td>Marcus Delgado</td><td>Manager, Supply Chain Analytics (Hiring Manager)</td></tr>
<tr><td>Thursday, April 30, 2026</td><td>9:45 AM - 10:30 AM</td><td>Aisha Bello</td><td>Demand Planning Lead</td></tr>
<tr><td>Thursday, April 30, 2026</td><td>10:30 AM - 11:00 AM</td><td>Greg Sorensen</td><td>VP, Supply Chain</td></tr>
</table>
<p>Format: Microsoft Teams video. A link will be emailed by your coordinator, Tyler Nguyen, the day before.</p>
<p>If you require an accommodation, please contact Talent Acquisition.</p>
<p>Sincerely,<br>Castellan Foods Talent Acquisition</p>
<p style="font-size:10px;color:#777">This message was sent from iCIMS on behalf of Castellan Foods.</p>
</body></html>
""",
    company="Castellan Foods",
    role="Supply Chain Data Analyst",
    interviewers=[
        ("Marcus Delgado", None, "Manager, Supply Chain Analytics"),
        ("Aisha Bello", None, "Demand Planning Lead"),
        ("Greg Sorensen", None, "VP, Supply Chain"),
    ],
    start="2026-04-30 09:00",
    end="2026-04-30 11:00",
    tz="America/Chicago",
    notes="iCIMS HTML-only table; times in Central although the candidate is in Boston; req number stripped; the coordinator only sends the link.",
)

# ---------------------------------------------------------------- 30 offer
add(
    name="off-w19-brightpath-offer-accept-by",
    kind="offer",
    frm="Dana Whitfield <dana.whitfield@brightpathlearning.example>",
    to=MALIK,
    cc="Gemma Ortiz <gemma.ortiz@brightpathlearning.example>",
    subject="Offer of employment – Instructional Designer",
    date=(2026, 3, 25, 14, 5, "America/New_York"),
    fmt="alt",
    body="""
Hi Malik,

I'm delighted to let you know that we'd like to offer you the Instructional Designer position at Brightpath Learning! Gemma and Paul were so impressed with your portfolio walkthrough.

Your offer letter is attached via DocuSign, with a starting salary of $78,000, full benefits, and a proposed start date of Monday, June 15, after your school year ends. Please review and let us know your decision by Friday, March 27. I'm happy to jump on a call with any questions.

Congratulations!

Dana Whitfield
Talent Acquisition Partner
Brightpath Learning
""",
    company="Brightpath Learning",
    role="Instructional Designer",
    notes="An offer; 'let us know your decision by Friday, March 27' is the candidate's deadline, so no decision date.",
)

# ---------------------------------------------------------------- 31 Recruitee, Dutch particle name, HR joins
add(
    name="inv-w19-recruitee-dijkstra-de-vries",
    kind="invitation",
    frm="Bram Jansen <bram.jansen@dijkstramarine.example>",
    to=TOMASZ,
    subject="Uitnodiging / Invitation: interview Mechanical Engineer – Propulsion",
    date=(2026, 5, 1, 16, 25, "Europe/Amsterdam"),
    fmt="alt",
    body="""
Hi Tomasz,

Thank you for your application for the position of Mechanical Engineer – Propulsion at Dijkstra Marine Systems. We would like to invite you for a first interview at our office in Rotterdam.

Date: Monday 11 May 2026
Time: 10:00 - 11:00
Address: Waalhaven Zuidzijde 21, 3089 JH Rotterdam

You will speak with Sanne de Vries (Teamlead Mechanical Engineering) and me. Parking is available in front of the building; please report to the reception on the ground floor.

Could you let me know whether this works for you? Travel expenses from Munich will of course be reimbursed.

Met vriendelijke groet / Kind regards,

Bram Jansen
HR Advisor
Dijkstra Marine Systems B.V.

Sent via Recruitee
""",
    company="Dijkstra Marine Systems",
    role="Mechanical Engineer – Propulsion",
    interviewers=[
        ("Sanne de Vries", None, "Teamlead Mechanical Engineering"),
        ("Bram Jansen", "bram.jansen@dijkstramarine.example", "HR Advisor"),
    ],
    start="2026-05-11 10:00",
    end="2026-05-11 11:00",
    tz="Europe/Amsterdam",
    notes="Dutch HR advisor who sits in the interview ('with ... and me') is an interviewer; the surname particle 'de' is kept.",
)

# ---------------------------------------------------------------- 32 Teams invite, Eastern Standard Time, names only in ICS + signature
add(
    name="inv-w19-teams-fenway-eastern-standard-time",
    kind="invitation",
    frm="Grace Whitaker <gwhitaker@fenwaybio.example>",
    to=PRIYA,
    subject="Interview: Senior Analyst, Commercial Insights",
    date=(2026, 4, 20, 16, 48, "America/New_York"),
    body="""
Hi Priya – looking forward to talking with you. Devon from our forecasting team will join me.

Grace

Grace Whitaker | Director, Commercial Insights
Fenway Biologics

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 284 611 902 377
Passcode: vX7qNp
________________________________________________________________________________
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000D41F2B9EA6D0DC01000000000000000010000000",
        start="2026-04-28 11:00",
        end="2026-04-28 12:00",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Grace Whitaker", "gwhitaker@fenwaybio.example"),
        attendees=[
            ("Priya Natarajan", "priya.natarajan@example.com"),
            ("Devon Price", "dprice@fenwaybio.example"),
        ],
        summary="Interview: Senior Analyst, Commercial Insights",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="Microsoft Teams Meeting",
    ),
    ics_style="outlook",
    company="Fenway Biologics",
    role="Senior Analyst, Commercial Insights",
    interviewers=[
        ("Grace Whitaker", "gwhitaker@fenwaybio.example", "Director, Commercial Insights"),
        ("Devon Price", "dprice@fenwaybio.example", None),
    ],
    start="2026-04-28 11:00",
    end="2026-04-28 12:00",
    tz="America/New_York",
    notes="Outlook Teams invitation, Windows zone 'Eastern Standard Time'; the time is only in the ICS, Devon's surname only in the ICS attendee list.",
)

# ---------------------------------------------------------------- 33 next steps, within 5 business days
add(
    name="nxt-w19-kestrel-five-business-days",
    kind="next_steps",
    frm="Nadia Rahman <nadia.rahman@kestrelcapital.example>",
    to=SOPHIE,
    subject="RE: Thank you",
    date=(2026, 4, 14, 9, 12, "Europe/London"),
    in_reply_to="<LO2P265w19SL.77312@example.co.uk>",
    body="""
Hi Sophie,

Thank you, it was a pleasure meeting you again yesterday, and the stress-testing case was one of the strongest we have seen.

We have one final candidate to see today. Oliver and I will then meet with our CRO, and you will hear from us with a decision within 5 business days.

Best regards,
Nadia

Nadia Rahman
VP, Market Risk
Kestrel Capital

-----Original Message-----
From: Sophie Laurent <sophie.laurent@example.co.uk>
Sent: 13 April 2026 18:40
To: Nadia Rahman <nadia.rahman@kestrelcapital.example>
Subject: Thank you

Dear Nadia,
Thank you for the second interview today, and please pass my thanks to Oliver and to James Whitley for the walk-round of the desk.
Kind regards,
Sophie
""",
    company="Kestrel Capital",
    decision_by="2026-04-21",
    notes="'within 5 business days' from Tue 14 April (no UK bank holidays in the span) -> Tue 21 April. Names in the quoted thank-you are past interviewers. The role is not named in this message.",
)

# ---------------------------------------------------------------- 34 mock interview from careers service
add(
    name="oth-w19-alumni-careers-mock-interview-ics",
    kind="other",
    frm="Georgia State Alumni Career Services <alumnicareers@gsu.example.edu>",
    to=MALIK,
    subject="Booked: Mock Interview with Andre Phillips – Mon Mar 9, 4:00pm",
    date=(2026, 3, 5, 13, 20, "America/New_York"),
    fmt="alt",
    body="""
Hi Malik,

Your mock interview appointment is booked.

Career Coach: Andre Phillips, Associate Director, Alumni Career Services
Date: Monday, March 9, 2026
Time: 4:00pm – 5:00pm ET
Format: Zoom (link in the attached invite)
Focus: Behavioral questions for instructional design roles; portfolio presentation

Please upload your résumé and the job description you are targeting to Handshake before the session so Andre can tailor the questions.

Alumni Career Services
Georgia State University
""",
    ics=ics(
        uid="handshake-appt-66120934@gsu.example.edu",
        start="2026-03-09 16:00",
        end="2026-03-09 17:00",
        tz="America/New_York",
        vtz=VTZ_NEW_YORK,
        organizer=("Andre Phillips", "aphillips@gsu.example.edu"),
        attendees=[("Malik Johnson", "malik.j.johnson@example.net")],
        summary="Mock Interview – Malik Johnson",
        prodid="-//Handshake//Appointments//EN",
    ),
    ics_style="google",
    notes="A practice interview with a career coach, with a calendar request: no employer, not a hiring interview.",
)

# ---------------------------------------------------------------- 35 reply thread, first name only
add(
    name="inv-w19-corrib-reply-first-name-only-rahul",
    kind="invitation",
    frm="Megan Tully <megan.tully@corribmedical.example>",
    to=TOMASZ,
    subject="Re: R&D Engineer – second interview times",
    date=(2026, 5, 7, 17, 3, "Europe/Dublin"),
    in_reply_to="<CAKw19tw.99120@mail.example.de>",
    fmt="alt",
    body="""
Hi Tomasz,

Wednesday at 4 works. It'll be Rahul from our catheter platform team and myself, we have 45 minutes booked. I'll send a Teams link in the morning.

Talk then,
Megan

Megan Tully
Technical Recruiter, Corrib Medical
Galway, Ireland

On Thu, 7 May 2026 at 14:21, Tomasz Wójcik <tomasz.wojcik@example.de> wrote:
> Hi Megan,
>
> thanks for the update. I could do Tuesday 12 May after 3pm or Wednesday 13 May between 2 and 5pm (Irish time).
>
> Best,
> Tomasz
>
> On Wed, 6 May 2026 at 10:02, Megan Tully <megan.tully@corribmedical.example> wrote:
>> Hi Tomasz,
>> Chris really enjoyed your first call on Monday and we'd love to set up a second interview for the R&D Engineer role. Could you send me a few times that suit next week?
>> Megan
""",
    company="Corrib Medical",
    role="R&D Engineer",
    interviewers=[
        ("Rahul", None, None),
        ("Megan Tully", "megan.tully@corribmedical.example", "Technical Recruiter"),
    ],
    start="2026-05-13 16:00",
    end="2026-05-13 16:45",
    tz="Europe/Dublin",
    notes="Confirms one of the candidate's proposed slots ('Wednesday at 4' -> Wed 13 May, IST +01:00). Rahul is named by first name only, so the label is 'Rahul'; the recruiter joins ('and myself'). Chris from the quoted first round is not in this interview.",
)

# ---------------------------------------------------------------- 36 application ack
add(
    name="ack-w19-counties-coast-workday-cns",
    kind="application_ack",
    frm="Counties Coast Health <countiescoast@myworkday.example>",
    to=AROHA,
    subject="Thank you for applying – Clinical Nurse Specialist, Perioperative",
    date=(2026, 4, 21, 11, 2, "Pacific/Auckland"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Kia ora Aroha Ngata,</p>
<p>Thank you for applying for the <b>Clinical Nurse Specialist, Perioperative</b> role (JR-0441287) at Counties Coast Health. We have received your application.</p>
<p>Applications close on 3 May 2026. Our recruitment team will review all applications after the closing date and will be in touch in the coming weeks.</p>
<p>You can check the status of your application at any time in your Candidate Home account.</p>
<p>Ngā mihi nui,<br>Counties Coast Health Recruitment</p>
</body></html>
""",
    company="Counties Coast Health",
    role="Clinical Nurse Specialist, Perioperative",
    notes="Workday acknowledgement, HTML-only; 'in the coming weeks' is vague and the closing date is not a decision, so no decision date.",
)

# ---------------------------------------------------------------- 37 user interviews a nanny
add(
    name="oth-w19-care-site-nanny-interview-confirmed",
    kind="other",
    frm="Care Circle <notifications@carecircle.example>",
    to=MALIK,
    subject="Your interview with Tatiana M. is confirmed",
    date=(2026, 3, 10, 19, 44, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica,sans-serif">
<p>Hi Malik,</p>
<p><b>Tatiana M.</b> accepted your interview request for <b>After-school Nanny (2 kids, Decatur)</b>.</p>
<p>Saturday, March 14 &middot; 10:00 AM &middot; In person at your home</p>
<p>Tips for interviewing a caregiver: ask about CPR certification, discuss pay and schedule up front, and run a background check before the first day.</p>
<p><a href="https://www.carecircle.example/messages/77120">Message Tatiana</a></p>
<p style="font-size:11px;color:#888">Care Circle, Inc.</p>
</body></html>
""",
    notes="The user interviewing a caregiver he wants to hire (item 3): an 'interview' with a time, not his hiring.",
)

# ---------------------------------------------------------------- 38 SuccessFactors base64, RFC 2047 subject
add(
    name="inv-w19-successfactors-counties-coast-panel-b64",
    kind="invitation",
    frm="Counties Coast Health Recruitment <recruitment@countiescoasthealth.example>",
    to=AROHA,
    subject=hdr("Interview invitation – Clinical Nurse Specialist, Perioperative – Ngā mihi"),
    date=(2026, 5, 6, 9, 15, "Pacific/Auckland"),
    fmt="b64",
    body="""
Kia ora Aroha,

Thank you for your application for the position of Clinical Nurse Specialist, Perioperative. We are pleased to invite you to an interview.

Date:      Tuesday, 19 May 2026
Time:      2.00pm – 3.00pm
Location:  Ko Awatea Centre, Room 2, Middlemore, Auckland

Interview panel:
  Mere Karaka, Director of Nursing – Surgical Services
  Dr Hamish Boyd, Clinical Director, Anaesthesia
  Lisa Tran, Charge Nurse Manager, Theatres

Please bring two forms of identification and your current APC. Please confirm your attendance by replying to this email by Friday 8 May.

Ngā mihi,

Ruby Aperahama
Recruitment Coordinator
Counties Coast Health

This email was generated by SAP SuccessFactors Recruiting.
""",
    company="Counties Coast Health",
    role="Clinical Nurse Specialist, Perioperative",
    interviewers=[
        ("Mere Karaka", None, "Director of Nursing – Surgical Services"),
        ("Hamish Boyd", None, "Clinical Director, Anaesthesia"),
        ("Lisa Tran", None, "Charge Nurse Manager, Theatres"),
    ],
    start="2026-05-19 14:00",
    end="2026-05-19 15:00",
    tz="Pacific/Auckland",
    notes="SuccessFactors, base64 body, RFC 2047 subject with a macron; NZ '2.00pm' style; 'Dr' dropped; the coordinator signs only; 'by Friday 8 May' is the candidate's reply deadline.",
)

# ---------------------------------------------------------------- 39 newsletter interviewing a known interviewer
add(
    name="oth-w19-risk-weekly-interview-with-nadia",
    kind="other",
    frm="Risk Weekly <newsletter@riskweekly.example>",
    to=SOPHIE,
    subject="Risk Weekly: “Backtesting is a culture, not a report” – an interview with Nadia Rahman",
    date=(2026, 4, 10, 7, 0, "Europe/London"),
    fmt="alt",
    body="""
RISK WEEKLY · Friday 10 April 2026

THE INTERVIEW
"Backtesting is a culture, not a report"
Nadia Rahman, VP, Market Risk at Kestrel Capital, talks to our editor Paul Okonjo about FRTB, hiring junior analysts and why she still reads every exception report.

"When I interview graduates I ask them to explain a VaR breach to a trader in two minutes," she says.
Read the full interview →

ALSO THIS WEEK
· PRA sets out timeline for internal model reviews
· Webinar: stress testing after the gilt crisis, Tuesday 21 April, 2pm BST — register free

You are subscribed to Risk Weekly. Manage preferences · Unsubscribe
""",
    notes="A trade newsletter's press interview with someone who interviews the user elsewhere: still a newsletter, no interview of hers (item 3).",
)

# ---------------------------------------------------------------- 40 Outlook update moving the Kestrel interview, UTC ICS
add(
    name="rsc-w19-kestrel-outlook-update-utc",
    kind="reschedule",
    frm="Nadia Rahman <nadia.rahman@kestrelcapital.example>",
    to=SOPHIE,
    cc="Oliver Pryce <oliver.pryce@kestrelcapital.example>",
    subject="Updated: Interview: Sophie Laurent – Risk Analyst",
    date=(2026, 3, 26, 8, 41, "Europe/London"),
    body="""
Hi Sophie,

Apologies – a committee meeting has landed on Tuesday afternoon. I've moved us to Thursday 2 April, 10–11am, same place. Oliver will still join.

Nadia

Nadia Rahman
VP, Market Risk
Kestrel Capital
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A1C3E2F0B3BBDC01000000000000000010000000",
        start="2026-04-02 10:00",
        end="2026-04-02 11:00",
        tz="Europe/London",
        utc=True,
        organizer=("Nadia Rahman", "nadia.rahman@kestrelcapital.example"),
        attendees=[
            ("Sophie Laurent", "sophie.laurent@example.co.uk"),
            ("Oliver Pryce", "oliver.pryce@kestrelcapital.example"),
        ],
        summary="Interview: Sophie Laurent – Risk Analyst",
        seq=1,
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="25 Canada Square, 18th floor",
    ),
    ics_style="outlook",
    company="Kestrel Capital",
    role="Risk Analyst",
    interviewers=[
        ("Nadia Rahman", "nadia.rahman@kestrelcapital.example", "VP, Market Risk"),
        ("Oliver Pryce", "oliver.pryce@kestrelcapital.example", None),
    ],
    start="2026-04-02 10:00",
    end="2026-04-02 11:00",
    tz="Europe/London",
    notes="An Outlook update (same UID, SEQUENCE 1) with times in UTC: 09:00Z = 10:00 BST. Moves the interview of the earlier invitation.",
)
