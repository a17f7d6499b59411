# ruff: noqa: E501
# Wave 4, batch A: a fourth, independent voice — the mixed inbox of mid-career candidates in
# software, data, design, product, marketing and finance ops across the US, Canada, the UK,
# Ireland, Germany, India and Australia. Written from the issue text only, before any tuning.
from lib import add, ics
from mime import addr, hdr, vtz_outlook_us, vtz_us

VTZ_AUS_EASTERN = """BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE"""

# ================================================================ invitations and reschedules
LARKSPUR_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Interview confirmation</title></head>
<body style="font-family: Helvetica, Arial, sans-serif; color:#1f2933; background:#f5f7fa;">
<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:24px 32px;">
<p>Hi Morgan,</p>
<p>Thank you for making time to interview with Larkspur Health for the <strong>Senior Product Designer</strong> position. Your virtual onsite is confirmed for <strong>Thursday, October 8, 2026</strong>. All times below are Eastern Time (ET).</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse; border-color:#d9e2ec; font-size:14px;">
<thead><tr style="background:#eef2f7;"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr></thead>
<tbody>
<tr><td>10:00 AM - 10:45 AM</td><td>Portfolio presentation</td><td>Noémie Gagnon<br><span style="color:#7b8794;">Design Director</span></td></tr>
<tr><td>10:45 AM - 11:30 AM</td><td>Product collaboration</td><td>Marcus Bell<br><span style="color:#7b8794;">Group Product Manager</span></td></tr>
<tr><td>11:30 AM - 12:15 PM</td><td>Design critique</td><td>Aditi Rao<br><span style="color:#7b8794;">Staff Product Designer</span></td></tr>
</tbody></table>
<p>Each session uses the same Zoom room: <a href="https://larkspurhealth.zoom.us/j/81234567890">https://larkspurhealth.zoom.us/j/81234567890</a>. Please share your portfolio deck at the start of the first session; a 30-minute presentation leaves time for questions.</p>
<p>If you need an accommodation or have to reschedule, reply to this email and I will take care of it.</p>
<p>Best,<br>Kayla Brooks<br>Recruiting Coordinator, Larkspur Health</p>
<p style="font-size:11px; color:#9aa5b1;">Sent via Greenhouse. Larkspur Health, 200 Front St W, Toronto, ON M5V 3K2</p>
</td></tr></table>
</body></html>
"""

add(
    name="inv-w4-greenhouse-html-schedule-table-toronto",
    kind="invitation",
    frm="Larkspur Health <no-reply@greenhouse-mail.io>",
    reply_to="Kayla Brooks <kayla.brooks@larkspurhealth.example>",
    to="Morgan Lefebvre <morgan.lefebvre@example.ca>",
    subject="Your interview schedule with Larkspur Health",
    date=(2026, 10, 2, 15, 10, "America/Toronto"),
    fmt="html",
    html=LARKSPUR_HTML,
    company="Larkspur Health",
    role="Senior Product Designer",
    interviewers=[
        ("Noémie Gagnon", None, "Design Director"),
        ("Marcus Bell", None, "Group Product Manager"),
        ("Aditi Rao", None, "Staff Product Designer"),
    ],
    start="2026-10-08 10:00",
    end="2026-10-08 12:15",
    tz="America/Toronto",
    notes="HTML-only Greenhouse schedule: a Time/Session/Interviewer table with the title under each name. The coordinator signs and only schedules. ET in October is EDT (-04:00).",
)

add(
    name="inv-w4-lever-recruiter-screen-dublin",
    kind="invitation",
    frm=addr("Siobhán O'Sullivan", "no-reply@hire.lever.co"),
    reply_to="siobhan.osullivan@brightfern.example",
    to="Aoife Brennan <aoife.brennan@example.ie>",
    subject="Brightfern - Growth Marketing Manager - let's chat",
    date=(2026, 10, 5, 9, 12, "Europe/Dublin"),
    body="""
Hi Aoife,

Thanks so much for applying for the Growth Marketing Manager role here at Brightfern. I've had a look through your CV and I'd love to have a quick chat to tell you a bit more about the team and hear about what you're looking for next.

Would Tuesday 13th October at 11:30 (Irish time) suit you? It'd be a 30 minute call with me, just a phone call, nothing to prepare. If that doesn't work, send me a couple of times that do and I'll work around you.

Talk soon,
Siobhán

Siobhán O'Sullivan
Senior Talent Acquisition Partner | Brightfern
siobhan.osullivan@brightfern.example | +353 1 555 0142
""",
    company="Brightfern",
    role="Growth Marketing Manager",
    interviewers=[
        (
            "Siobhán O'Sullivan",
            "siobhan.osullivan@brightfern.example",
            "Senior Talent Acquisition Partner",
        )
    ],
    start="2026-10-13 11:30",
    end="2026-10-13 12:00",
    tz="Europe/Dublin",
    notes="Lever relays the recruiter's mail from no-reply; the recruiter runs the phone screen herself, so she is the interviewer. Irish Summer Time (+01:00) until 25 October. Fada and apostrophe in the name.",
)

add(
    name="inv-w4-outlook-aus-eastern-panel",
    kind="invitation",
    frm="Hayley Nguyen <hayley.nguyen@quokkafreight.example>",
    to="Chris Tan <chris.tan@example.com.au>",
    subject="Interview: Data Analyst - Quokka Freight",
    date=(2026, 11, 9, 14, 2, "Australia/Sydney"),
    body="""
Hi Chris,

Please find attached a calendar invitation for your interview for the Data Analyst position.

You'll be meeting Brendan Walsh (Head of Analytics) and Priyanka Sharma (Senior Data Analyst). They'll spend the first half talking through your experience and the second half on a short SQL exercise you can do on screen share.

The interview is on Teams, Wednesday 18 November from 10:00 to 11:00am Sydney time. Please accept the invite so it lands in their calendars too.

Kind regards,

Hayley Nguyen
People Coordinator
Quokka Freight Pty Ltd | Level 4, 77 Pitt Street, Sydney NSW 2000
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000D0A1C8F4C4B6DC01000000000000000010000000A1F3",
        start="2026-11-18 10:00",
        end="2026-11-18 11:00",
        tz="Australia/Sydney",
        tzid="AUS Eastern Standard Time",
        vtz=VTZ_AUS_EASTERN,
        organizer=("Hayley Nguyen", "hayley.nguyen@quokkafreight.example"),
        attendees=[
            ("Chris Tan", "chris.tan@example.com.au"),
            ("Brendan Walsh", "brendan.walsh@quokkafreight.example"),
            ("Priyanka Sharma", "priyanka.sharma@quokkafreight.example"),
        ],
        summary="Interview - Chris Tan - Data Analyst",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
        stamp="20261109T030200Z",
    ),
    ics_style="outlook",
    company="Quokka Freight",
    role="Data Analyst",
    interviewers=[
        ("Brendan Walsh", "brendan.walsh@quokkafreight.example", "Head of Analytics"),
        ("Priyanka Sharma", "priyanka.sharma@quokkafreight.example", "Senior Data Analyst"),
    ],
    start="2026-11-18 10:00",
    end="2026-11-18 11:00",
    tz="Australia/Sydney",
    notes="Outlook REQUEST with the Windows zone 'AUS Eastern Standard Time' (AEDT +11:00 in November). The people coordinator is the organizer and only schedules; emails of the two interviewers come from the ATTENDEE lines.",
)

add(
    name="inv-w4-reply-second-round-quoted-first-berlin",
    kind="invitation",
    frm="Katrin Vogt <katrin.vogt@nordlicht-energie.example>",
    to="Sam Adeyemi <sam.adeyemi@example.de>",
    subject="Re: Second round - Senior Data Scientist",
    date=(2026, 11, 3, 17, 45, "Europe/Berlin"),
    in_reply_to="<CAK9x2q-sam-8812@mail.example.de>",
    body="""
Hi Sam,

thanks for the quick reply, Thursday works for us. So: this Thursday, 14:00 to 15:30, here at our office at Schlesische Str. 26. It will be me and Jan-Philipp Müller from our ML platform team. We'll go through a forecasting problem on the whiteboard, no laptop needed.

Just ring the bell for Nordlicht on the 3rd floor.

Best,
Katrin

--
Dr. Katrin Vogt
Head of Data Science
Nordlicht Energie GmbH | Berlin

On Mon, 2 Nov 2026 at 09:14, Sam Adeyemi <sam.adeyemi@example.de> wrote:
> Hi Katrin,
>
> thanks for the update, and please pass on my thanks to Ingrid Halvorsen for
> last week's conversation, I really enjoyed it. Thursday or Friday afternoon
> would both be fine for me.
>
> Best,
> Sam
>
> On Fri, 30 Oct 2026 at 16:02, Katrin Vogt <katrin.vogt@nordlicht-energie.example> wrote:
>> Hi Sam,
>>
>> Ingrid was very positive about your first interview on 27 October and we'd
>> like to invite you to a second round on site for the Senior Data Scientist
>> position. Which days would work for you next week?
>>
>> Katrin
""",
    company="Nordlicht Energie",
    role="Senior Data Scientist",
    interviewers=[
        ("Katrin Vogt", "katrin.vogt@nordlicht-energie.example", "Head of Data Science"),
        ("Jan-Philipp Müller", None, None),
    ],
    start="2026-11-05 14:00",
    end="2026-11-05 15:30",
    tz="Europe/Berlin",
    notes="Reply confirming 'this Thursday' (5 Nov, CET) with the sender and a hyphenated colleague; 'Dr.' only in the signature. Ingrid Halvorsen ran the first round and appears only in quoted history.",
)

add(
    name="inv-w4-workday-panel-bengaluru",
    kind="invitation",
    frm="Kestrel Finserv Talent Acquisition <kestrelfinserv@myworkday.com>",
    to="Neha Kulkarni <neha.kulkarni@example.in>",
    subject="Interview Scheduled: Senior Financial Analyst (JR-20931)",
    date=(2026, 11, 12, 11, 30, "Asia/Kolkata"),
    fmt="alt",
    body="""
Dear Neha Kulkarni,

Greetings from Kestrel Finserv!

We are pleased to inform you that you have been shortlisted for the next round of interviews for the position of Senior Financial Analyst (Job Requisition ID: JR-20931).

Interview Details
Date: 18-Nov-2026
Time: 3:00 PM - 4:00 PM (IST)
Mode: Microsoft Teams (link will be shared separately)
Interview Panel: Ramesh Iyer - Finance Controller; Priya Natarajan - Lead, FP&A

Kindly keep a copy of your updated resume and a valid photo ID handy. Please acknowledge this email by replying "Confirmed".

To view your application status, log in to the Kestrel Finserv Careers portal.

Regards,
Talent Acquisition Team
Kestrel Finserv Pvt. Ltd.

This is a system-generated email. Please do not reply to kestrelfinserv@myworkday.com.
""",
    company="Kestrel Finserv",
    role="Senior Financial Analyst",
    interviewers=[
        ("Ramesh Iyer", None, "Finance Controller"),
        ("Priya Natarajan", None, "Lead, FP&A"),
    ],
    start="2026-11-18 15:00",
    end="2026-11-18 16:00",
    tz="Asia/Kolkata",
    notes="Workday notification, Indian English; panel as 'Name - Title; Name - Title' with a comma inside the second title. Day-month-year date with a month name; the requisition ID is not part of the role.",
)

add(
    name="inv-w4-calendly-link-from-hm-austin",
    kind="invitation",
    frm="Derek Santos <derek@fieldnote.example>",
    to="Priya Raman <priya.raman@example.com>",
    subject="Fieldnote / Senior Backend Engineer - intro chat",
    date=(2026, 9, 14, 11, 20, "America/Chicago"),
    body="""
Hey Priya,

Lina on our recruiting team passed along your application for the Senior Backend Engineer role and I'd really like to talk. We're a small team (9 engineers), mostly Python and Postgres, and we're about to rebuild our sync engine, which is where your background fits.

Grab any 30 minutes that works for you here: https://calendly.com/derek-fieldnote/30min

It'll just be me. Casual conversation, I'll tell you what we're building and you tell me what you want to work on next.

Derek

--
Derek Santos · Engineering Manager, Fieldnote
Austin, TX
""",
    company="Fieldnote",
    role="Senior Backend Engineer",
    interviewers=[("Derek Santos", "derek@fieldnote.example", "Engineering Manager")],
    notes="The hiring manager sends his own Calendly link: an invitation with no time yet. He is the interviewer ('It'll just be me'); Lina is mentioned in passing only.",
)

add(
    name="inv-w4-goodtime-reschedule-replaced-panelist",
    kind="reschedule",
    frm="Cinder Cloud Recruiting <scheduling@goodtime.io>",
    reply_to="Brianna Cole <brianna.cole@cindercloud.example>",
    to="Devon Park <devon.park@example.com>",
    subject="Updated: Cinder Cloud Interview - Staff Site Reliability Engineer",
    date=(2026, 10, 16, 16, 40, "America/Los_Angeles"),
    body="""
Hi Devon,

Your interview has been updated. Please see the changes below and the attached calendar invite, which replaces the previous one.

WHAT CHANGED
Previous time: Tuesday, October 20, 2026, 1:00 PM - 2:00 PM PDT
New time:      Thursday, October 22, 2026, 10:00 AM - 11:00 AM PDT

Interview: Systems Design
Role: Staff Site Reliability Engineer
Location: Google Meet (link in the calendar invite)

Interviewers:
  Ayesha Rahman, Principal Engineer, Storage
  Tomás Ferreira, Senior SRE

Please note Marcus Lee is no longer able to join; Ayesha Rahman will interview you in his place.

If the new time does not work, reply to this email and your coordinator, Brianna Cole, will help.

Powered by GoodTime
""",
    ics=ics(
        uid="gt-7f3a9c21-cinder-devon-sysdesign@goodtime.io",
        start="2026-10-22 10:00",
        end="2026-10-22 11:00",
        tz="America/Los_Angeles",
        vtz=vtz_us("America/Los_Angeles", "-0800", "-0700", "PST", "PDT"),
        organizer=("Brianna Cole", "brianna.cole@cindercloud.example"),
        attendees=[
            ("Devon Park", "devon.park@example.com"),
            ("Ayesha Rahman", "ayesha.rahman@cindercloud.example"),
            ("Tomás Ferreira", "tomas.ferreira@cindercloud.example"),
        ],
        summary="Cinder Cloud - Systems Design - Devon Park",
        seq=1,
        prodid="-//GoodTime//Interview Scheduling//EN",
        stamp="20261016T234000Z",
    ),
    ics_style="attach",
    company="Cinder Cloud",
    role="Staff Site Reliability Engineer",
    interviewers=[
        ("Ayesha Rahman", "ayesha.rahman@cindercloud.example", "Principal Engineer, Storage"),
        ("Tomás Ferreira", "tomas.ferreira@cindercloud.example", "Senior SRE"),
    ],
    start="2026-10-22 10:00",
    end="2026-10-22 11:00",
    tz="America/Los_Angeles",
    notes="GoodTime update (SEQUENCE 1) moving the session two days and swapping a panelist: Marcus Lee is replaced and is not an interviewer; the coordinator is the organizer only.",
)

add(
    name="inv-w4-ashby-ics-utc-london",
    kind="invitation",
    frm="Saltmarsh <no-reply@ashbyhq.com>",
    reply_to="talent@saltmarsh.example",
    to="Ellis Carter <ellis.carter@example.co.uk>",
    subject="Interview confirmed: Product Manager, Payments at Saltmarsh",
    date=(2026, 9, 24, 12, 5, "Europe/London"),
    body="""
Hi Ellis,

Your interview for Product Manager, Payments at Saltmarsh is confirmed.

Wednesday, 30 September 2026
3:00pm - 4:00pm (British Summer Time)
Google Meet - the link is in the attached invite

Interviewers
Tom Hughes-Wright - Director of Product
Chloé Martin - Engineering Lead, Payments

This is a product sense conversation: expect to talk through a payments feature you'd build for small merchants and how you would measure it.

Need to change something? Reply to this email.

The Saltmarsh Talent Team
""",
    ics=ics(
        uid="ashby-int-5d2e1b7c-saltmarsh@ashbyhq.com",
        start="2026-09-30 15:00",
        end="2026-09-30 16:00",
        tz="Europe/London",
        utc=True,
        organizer=("Saltmarsh Talent", "talent@saltmarsh.example"),
        attendees=[
            ("Ellis Carter", "ellis.carter@example.co.uk"),
            ("Tom Hughes-Wright", "tom.hughes-wright@saltmarsh.example"),
            ("Chloé Martin", "chloe.martin@saltmarsh.example"),
        ],
        summary="Saltmarsh: Product Sense Interview (Ellis Carter)",
        prodid="-//Ashby//Ashby Scheduling//EN",
        stamp="20260924T110500Z",
    ),
    ics_style="google",
    company="Saltmarsh",
    role="Product Manager, Payments",
    interviewers=[
        ("Tom Hughes-Wright", "tom.hughes-wright@saltmarsh.example", "Director of Product"),
        ("Chloé Martin", "chloe.martin@saltmarsh.example", "Engineering Lead, Payments"),
    ],
    start="2026-09-30 15:00",
    end="2026-09-30 16:00",
    tz="Europe/London",
    notes="Ashby: ICS times in UTC (14:00Z), body in BST; label keeps London time. Hyphenated surname and an accented first name; the shared talent inbox organises.",
)

add(
    name="inv-w4-hm-terse-reply-cc-recruiter-denver",
    kind="invitation",
    frm="Megan Oyelaran <megan@switchbackoutdoor.example>",
    to="Jamie Ruiz <jamie.ruiz@example.com>",
    cc="Paul Dietz <paul.dietz@switchbackoutdoor.example>",
    subject="Re: Senior Brand Marketing Manager - next conversation",
    date=(2026, 10, 7, 8, 15, "America/Denver"),
    in_reply_to="<0f2e.paul.dietz.4471@switchbackoutdoor.example>",
    body="""
Friday at 2 works. I'll call you on the number Paul has on file, should take about 45 min. Looking forward to it.

Megan

Megan Oyelaran | Director, Brand Marketing | Switchback Outdoor
Sent from my iPhone

> On Oct 6, 2026, at 4:51 PM, Paul Dietz <paul.dietz@switchbackoutdoor.example> wrote:
>
> Hi Megan, Jamie -
>
> Connecting you two for the next conversation for the Senior Brand Marketing
> Manager role. Jamie is free Thursday morning or Friday afternoon this week.
> Megan, can you pick a time that suits you?
>
> Thanks!
> Paul Dietz | Recruiter, Switchback Outdoor
""",
    company="Switchback Outdoor",
    role="Senior Brand Marketing Manager",
    interviewers=[
        ("Megan Oyelaran", "megan@switchbackoutdoor.example", "Director, Brand Marketing")
    ],
    start="2026-10-09 14:00",
    end="2026-10-09 14:45",
    tz="America/Denver",
    notes="One-line reply from the hiring manager's phone: 'Friday at 2' with no zone is taken in her zone (MDT). The recruiter who connected them is CC'd and only in the quoted text; he does not interview.",
)

add(
    name="inv-w4-agency-forwards-client-munich",
    kind="invitation",
    frm="Lukas Brenner <l.brenner@talentbruecke.example>",
    to=addr("Tomasz Wójcik", "tomasz.wojcik@example.pl", "b"),
    subject=hdr("Fwd: Einladung zum Vorstellungsgespräch - Senior Frontend Developer (React)"),
    date=(2026, 11, 24, 10, 30, "Europe/Berlin"),
    fmt="qp",
    body="""
Hi Tomasz,

good news: Alpenblick would like to meet you in person. Their invitation is below (in German, I'm afraid). In short: Thursday 3 December at 10:00 at their office in Munich, about an hour, with their head of development and the product owner of the team.

Please confirm to me and I'll let Sabine know. Happy to do a prep call on Monday if useful.

Viele Grüße
Lukas

Lukas Brenner
Senior Consultant IT | TalentBrücke Personalberatung
Tel. +49 89 555 01 77

---------- Forwarded message ---------
Von: Sabine Hoffmann <s.hoffmann@alpenblick-software.example>
Date: Mo., 23. Nov. 2026 um 17:02
Subject: Einladung zum Vorstellungsgespräch - Senior Frontend Developer (React)
To: Lukas Brenner <l.brenner@talentbruecke.example>

Hallo Herr Brenner,

vielen Dank für das Profil von Herrn Wójcik. Wir möchten ihn gerne zu einem persönlichen Gespräch für die Position Senior Frontend Developer (React) einladen:

Termin: Donnerstag, 03.12.2026, 10:00 Uhr (Dauer ca. 60 Minuten)
Ort: Alpenblick Software GmbH, Landsberger Str. 110, 80339 München
Gesprächspartner: Herr Wolfgang Schäfer (Leiter Entwicklung) und Frau Dr. Ana Petrović (Product Owner)

Bitte geben Sie uns kurz Bescheid, ob der Termin passt.

Mit freundlichen Grüßen
Sabine Hoffmann
HR Business Partner
Alpenblick Software GmbH
""",
    company="Alpenblick Software",
    role="Senior Frontend Developer (React)",
    interviewers=[
        ("Wolfgang Schäfer", None, "Leiter Entwicklung"),
        ("Ana Petrović", None, "Product Owner"),
    ],
    start="2026-12-03 10:00",
    end="2026-12-03 11:00",
    tz="Europe/Berlin",
    notes="Agency consultant forwards the client's German invitation: the employer is Alpenblick, not the agency. 'Herr' and 'Frau Dr.' are dropped from the names; the HR partner and the consultant only arrange. Day-first dotted date, CET.",
)

add(
    name="inv-w4-icims-last-first-chicago",
    kind="invitation",
    frm="Harborview Insurance Careers <careers@harborviewins.icims.com>",
    to=addr("Ana Beltrán", "ana.beltran@example.com"),
    subject="Interview Invitation - Finance Operations Manager (2026-4417)",
    date=(2026, 11, 10, 9, 0, "America/Chicago"),
    fmt="alt",
    body="""
Dear Ana,

Thank you for your interest in Harborview Insurance. We would like to invite you to interview for the Finance Operations Manager (2026-4417) position.

Interview Type: Panel - Video (Microsoft Teams)
Date: 11/17/2026
Time: 1:30 PM - 2:30 PM CT
Interviewer(s): Okafor, Chinedu; Lindqvist, Maja
Scheduler: Reyes, Dana

Please click the link below to confirm your attendance. If you have any questions, contact the scheduler listed above.

Confirm attendance: https://careers-harborviewins.icims.com/jobs/4417/candidate/interview/confirm

Sincerely,
Talent Acquisition
Harborview Insurance

Harborview Insurance is an Equal Opportunity Employer.
""",
    company="Harborview Insurance",
    role="Finance Operations Manager",
    interviewers=[("Chinedu Okafor", None, None), ("Maja Lindqvist", None, None)],
    start="2026-11-17 13:30",
    end="2026-11-17 14:30",
    tz="America/Chicago",
    notes="iCIMS template: interviewers as 'Last, First' separated by a semicolon; the scheduler (also 'Last, First') is not an interviewer. US month-first date, CST. Requisition number in parentheses is not part of the role.",
)

# ================================================================ outcomes and other hiring kinds
add(
    name="rej-w4-smartrecruiters-treasury-uk",
    kind="rejection",
    frm="Kittiwake Bank <noreply@smartrecruiters.com>",
    to="Ellis Carter <ellis.carter@example.co.uk>",
    subject="Your application for Treasury Operations Analyst",
    date=(2026, 10, 12, 14, 30, "Europe/London"),
    fmt="alt",
    body="""
Dear Ellis,

Thank you for taking the time to meet with us about the Treasury Operations Analyst role, and for your patience while we completed our interviews.

We received a very strong field of applicants and, after careful consideration, we have decided to progress with other candidates whose experience more closely matches our current requirements. This was not an easy decision.

With your permission we will keep your details on file for 12 months and may contact you about future opportunities. You can withdraw this permission at any time from your candidate profile.

We wish you every success in your search.

Kind regards,

Resourcing Team
Kittiwake Bank plc
""",
    company="Kittiwake Bank",
    role="Treasury Operations Analyst",
    notes="British post-interview rejection via SmartRecruiters; '12 months' is about data retention, not a decision date.",
)

add(
    name="nxt-w4-end-of-next-week-melbourne",
    kind="next_steps",
    frm="Georgia Papadopoulos <georgia.p@ironbarkanalytics.example>",
    to="Chris Tan <chris.tan@example.com.au>",
    subject="Analytics Engineer - where things are at",
    date=(2026, 10, 14, 16, 50, "Australia/Melbourne"),
    body="""
Hi Chris,

Thanks again for coming in on Monday, the team really enjoyed the dbt walkthrough.

Quick update so you're not left wondering: we have two more final interviews this week, then the panel meets on Monday to compare notes. We've committed to letting everyone know the outcome by the end of next week, either way.

If anything changes on your side in the meantime (other offers etc.), just let me know.

Cheers,
Georgia

Georgia Papadopoulos
Talent Partner | Ironbark Analytics
""",
    company="Ironbark Analytics",
    role="Analytics Engineer",
    decision_by="2026-10-23",
    notes="After the final interview: 'by the end of next week' from Wednesday 14 October resolves to Friday 23 October.",
)

add(
    name="info-w4-references-and-i9-by-thursday",
    kind="info_request",
    frm="Rosa Delgado <rosa.delgado@pinecrestlabs.example>",
    to="Priya Raman <priya.raman@example.com>",
    subject="Pinecrest Labs - references + a couple of forms",
    date=(2026, 10, 19, 13, 5, "America/New_York"),
    body="""
Hi Priya,

The team loved meeting you last week. Before we can move forward for the Senior Data Engineer role we need a few things from you:

1. Contact details for three professional references, at least one a former manager (name, relationship, email and phone)
2. The signed background-check authorization (link: https://pinecrestlabs.example/forms/bgc)
3. A copy of your current work authorization if you are not a US citizen

If you could get these to me by Thursday, that would be ideal. We'll only reach out to references once you say we can.

Thank you!
Rosa

Rosa Delgado
Senior Recruiter, Pinecrest Labs
""",
    company="Pinecrest Labs",
    role="Senior Data Engineer",
    notes="Employer asks for references and documents; 'by Thursday' is the candidate's deadline, not a decision date.",
)

add(
    name="ack-w4-personio-german",
    kind="application_ack",
    frm="Fuchsbau Media GmbH <jobs@fuchsbau-media.jobs.personio.de>",
    to="Sam Adeyemi <sam.adeyemi@example.de>",
    subject="Ihre Bewerbung als Product Marketing Manager (m/w/d)",
    date=(2026, 9, 28, 8, 3, "Europe/Berlin"),
    fmt="alt",
    body="""
Hallo Sam Adeyemi,

vielen Dank für Ihre Bewerbung als Product Marketing Manager (m/w/d) und Ihr Interesse an Fuchsbau Media!

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sehen sie uns jetzt in Ruhe an und melden uns so schnell wie möglich bei Ihnen.

Bis dahin freuen wir uns, wenn Sie uns auf LinkedIn folgen.

Viele Grüße
Ihr Fuchsbau Media People Team

Diese E-Mail wurde automatisch über Personio versendet.
""",
    company="Fuchsbau Media",
    role="Product Marketing Manager",
    notes="German Personio receipt. '(m/w/d)' is the gender marker German ads require, not part of the job title. 'so schnell wie möglich' is vague: no decision date.",
)

add(
    name="can-w4-req-paused-vancouver",
    kind="cancellation",
    frm="Lena Chowdhury <lena.chowdhury@tidewaterpay.example>",
    to="Morgan Lefebvre <morgan.lefebvre@example.ca>",
    subject="Cancelling Thursday's interview - Product Analyst",
    date=(2026, 11, 2, 12, 25, "America/Vancouver"),
    body="""
Hi Morgan,

I'm sorry to be writing with this. We need to cancel your interview with Owen Fraser on Thursday, Nov 5 at 11:00 AM PT for the Product Analyst role. Leadership has paused hiring for the position while we finish next year's budget, and it wouldn't be fair to take your time until we know the role is going ahead.

I'll reach out as soon as I have news; if the role reopens, you won't need to repeat the earlier steps.

Again, apologies,
Lena

Lena Chowdhury
Recruiter, Tidewater Pay
""",
    company="Tidewater Pay",
    role="Product Analyst",
    interviewers=[("Owen Fraser", None, None)],
    start="2026-11-05 11:00",
    tz="America/Vancouver",
    notes="Cancellation (requisition paused) naming the cancelled interview's interviewer and time; no length stated, so end is null. PST after Nov 1.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w4-webinar-ics-design-interview",
    kind="other",
    frm="Hopscotch Careers Live <events@hopscotchcareers.example>",
    to="Morgan Lefebvre <morgan.lefebvre@example.ca>",
    subject="You're registered: Nail the Product Design Interview (live, Oct 21)",
    date=(2026, 10, 13, 9, 0, "America/New_York"),
    body="""
Hi Morgan,

You're registered for our live session!

Nail the Product Design Interview
Wednesday, October 21, 12:00 - 1:00 PM ET

Hosts:
  Renée Dubois, Head of Design at a Series C fintech
  Kwame Asante, former design hiring manager, now coach

What we'll cover: structuring a portfolio presentation, whiteboard challenges, how interviewers score you, and live Q&A.

Add the attached invite to your calendar. The join link will also be emailed an hour before we start.

See you there,
The Hopscotch Careers team

You are receiving this because you registered at hopscotchcareers.example. Unsubscribe: https://hopscotchcareers.example/u/7731
""",
    ics=ics(
        uid="webinar-2026-10-21-design-interview@hopscotchcareers.example",
        start="2026-10-21 12:00",
        end="2026-10-21 13:00",
        tz="America/New_York",
        vtz=vtz_us("America/New_York", "-0500", "-0400", "EST", "EDT"),
        organizer=("Hopscotch Careers Live", "events@hopscotchcareers.example"),
        attendees=[("Morgan Lefebvre", "morgan.lefebvre@example.ca")],
        summary="Webinar: Nail the Product Design Interview",
        prodid="-//Hopscotch//Events//EN",
    ),
    ics_style="attach",
    notes="Webinar registration with an ICS REQUEST and named hosts: about interviews, but no employer interviews the user.",
)

add(
    name="oth-w4-user-on-panel-greenhouse",
    kind="other",
    frm="Greenhouse <no-reply@greenhouse-mail.io>",
    to="Jamie Ruiz <jamie.ruiz@fernhillsystems.example>",
    subject="Interview scheduled: Rohan Mehta for Backend Engineer",
    date=(2026, 10, 20, 10, 30, "America/Denver"),
    body="""
Hi Jamie,

You have been added to an interview.

Candidate: Rohan Mehta
Job: Backend Engineer
Interview: Technical Deep Dive
When: Tuesday, October 27, 2026, 11:00 AM - 12:00 PM MDT
Where: Zoom (link in calendar invite)

Interview kit: https://app.greenhouse.io/guides/88213/people/551900
Please review the candidate's resume and the kit before the interview, and submit your scorecard within 24 hours.

Scheduled by Ivy Tran, Recruiting Coordinator, Fernhill Systems.
""",
    notes="The user is an interviewer at their current job (Fernhill Systems), interviewing someone else: not the user's own hiring process.",
)

add(
    name="oth-w4-reference-call-for-former-colleague",
    kind="other",
    frm="Nadia Haddad <nadia.haddad@copperbeam.example>",
    to="Neha Kulkarni <neha.kulkarni@example.in>",
    subject="Reference for Arjun Menon - Copperbeam",
    date=(2026, 11, 16, 15, 10, "Asia/Kolkata"),
    body="""
Dear Neha,

Arjun Menon has applied for the Finance Manager role at Copperbeam and has named you as a reference from your time together at Vantage Logistics.

Would you have 20 minutes for a call with me on Thursday, 19 November at 4:30 PM IST? If another time suits you better, please suggest one. The questions are about Arjun's work on month-end close and how he works with stakeholders.

Many thanks for your help,

Nadia Haddad
Talent Acquisition Lead, Copperbeam
""",
    notes="The user is being asked to act as a reference, with a proposed call time: the user is not the candidate.",
)

add(
    name="oth-w4-podcast-interview-booking",
    kind="other",
    frm="Olu Bankole <olu@shippedpodcast.example>",
    to="Devon Park <devon.park@example.com>",
    subject="Interview for Shipped (the podcast) - Tuesday?",
    date=(2026, 9, 30, 18, 2, "America/Los_Angeles"),
    body="""
Hey Devon,

Loved your post on the postmortem you ran after the storage outage. Would you be up for an interview on Shipped? It's a podcast about how infrastructure teams actually work, about 4k listeners, mostly SREs and platform folks.

We'd record remotely on Tuesday, October 6 at 10am PT for about 45 minutes, then I edit it down. My co-host Hannah Reid will join too. No prep needed, I'll send a rough outline of questions the day before.

If Tuesday is bad, here's my booking page: https://cal.com/olu-shipped/recording

Olu
Host, Shipped
""",
    notes="A podcast interview with a date, time, co-host and booking link: press, not hiring.",
)

add(
    name="oth-w4-physio-appointment-dublin",
    kind="other",
    frm="Ranelagh Physio <bookings@ranelaghphysio.example>",
    to="Aoife Brennan <aoife.brennan@example.ie>",
    subject="Appointment confirmed - Tue 20 Oct, 17:15",
    date=(2026, 10, 14, 12, 40, "Europe/Dublin"),
    body="""
Hi Aoife,

Your appointment is confirmed.

Practitioner: Ciara Doyle (Chartered Physiotherapist)
Date: Tuesday 20 October 2026
Time: 17:15 - 18:00
Location: Ranelagh Physio, 12 Ranelagh Road, Dublin 6

Please arrive 5 minutes early and wear comfortable clothing. If you need to cancel, please give us at least 24 hours' notice to avoid a cancellation fee.

Manage your booking: https://ranelaghphysio.example/booking/AB-20931

Ranelagh Physio
""",
    notes="Personal appointment with a named practitioner and a time.",
)

add(
    name="oth-w4-scam-imitates-larkspur",
    kind="other",
    frm="Larkspur Health HR Department <larkspurhealth.hr.recruit@gmail.com>",
    to="Morgan Lefebvre <morgan.lefebvre@example.ca>",
    subject="Congratulations!! Remote Interview - Larkspur Health",
    date=(2026, 10, 4, 22, 17, "America/Toronto"),
    body="""
Dear Applicant,

Congratulations! Your resume has been reviewed by our hiring team and you have been SHORTLISTED for the position of Remote Product Design Assistant at Larkspur Health (Pay: $42/hr, weekly pay).

Your online interview is scheduled with our Hiring Manager Mr. David Clarke on Monday by 10:00am EST. The interview will be conducted through Telegram text chat. Please add him on Telegram: @larkspur_hr_davidclarke and send the code LH-2231 to begin.

After a successful interview you will receive a check to purchase your home office equipment from our approved vendor.

Regards,
HR Department
Larkspur Health
""",
    notes="Scam imitating a company the user really is interviewing with: Gmail sender, Telegram chat 'interview', check for equipment. No real interview.",
)

add(
    name="oth-w4-survey-after-interview-quokka",
    kind="other",
    frm="Quokka Freight via CandidatePulse <survey@candidatepulse.example>",
    to="Chris Tan <chris.tan@example.com.au>",
    subject="How was your interview with Quokka Freight?",
    date=(2026, 11, 19, 9, 30, "Australia/Sydney"),
    fmt="alt",
    body="""
Hi Chris,

You recently interviewed with Quokka Freight for the Data Analyst role. We'd love to hear how it went.

How likely are you to recommend interviewing at Quokka Freight to a friend?
0  1  2  3  4  5  6  7  8  9  10

It takes less than 2 minutes and your answers are anonymous: Quokka Freight sees only combined results, never individual responses, and they won't affect your application.

Start the survey: https://candidatepulse.example/s/qf-8c1e

Thanks,
CandidatePulse on behalf of Quokka Freight
""",
    notes="Candidate-experience survey after a real interview: mentions the company, the role and 'interview' but asks for feedback only.",
)

add(
    name="oth-w4-naukri-style-alert-walk-in",
    kind="other",
    frm="JobsIndia Alerts <alerts@jobsindia.example>",
    to="Neha Kulkarni <neha.kulkarni@example.in>",
    subject="8 new jobs for 'FP&A Manager' in Bengaluru",
    date=(2026, 11, 14, 7, 0, "Asia/Kolkata"),
    fmt="alt",
    body="""
Hi Neha, here are new jobs matching your saved search 'FP&A Manager', Bengaluru

1. FP&A Manager - Orion Retail Pvt Ltd - Bengaluru - 8-12 yrs - 28-35 LPA
   Walk-in interview: 21 Nov, 10 AM - 1 PM, Orion Tech Park, Whitefield
2. Senior Manager, Financial Planning - Kestrel Finserv - Bengaluru - 10-14 yrs
   Early applicant
3. Finance Business Partner - Tarang Foods - Bengaluru (Hybrid) - 7-10 yrs
4. Manager - FP&A (Shared Services) - Northgate Global - Bengaluru - 8-11 yrs
   Hiring manager: Vivek Shetty is actively reviewing applications
5. Assistant Manager, FP&A - Lumen Bio - Bengaluru - 5-8 yrs
...and 3 more jobs

View all jobs: https://jobsindia.example/alerts/91823
You are receiving this email because you created a job alert. Change frequency | Unsubscribe
""",
    notes="Job-alert digest with a walk-in interview time, a hiring manager's name and a company the user applied to: none of it is an interview for the user.",
)

add(
    name="oth-w4-current-job-outlook-review",
    kind="other",
    frm="Hannah Whitaker <hannah.whitaker@ridgelinepay.example>",
    to="Priya Raman <priya.raman@ridgelinepay.example>",
    subject="Mid-year check-in",
    date=(2026, 6, 10, 9, 15, "America/New_York"),
    body="""
Hi Priya,

Putting 45 minutes on the calendar for your mid-year check-in. Please fill in the self-review in Lattice beforehand, and bring anything you want to discuss about the platform team reorg and your goals for H2.

Thanks,
Hannah

Hannah Whitaker
Director of Engineering, Ridgeline Pay
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000050E7A2C1F4F8DC01000000000000000010000000C77B",
        start="2026-06-16 14:00",
        end="2026-06-16 14:45",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Hannah Whitaker", "hannah.whitaker@ridgelinepay.example"),
        attendees=[("Priya Raman", "priya.raman@ridgelinepay.example")],
        summary="Priya / Hannah - mid-year check-in",
        prodid="Microsoft Exchange Server 2010",
        location="Conf Room 4B / Teams",
    ),
    ics_style="outlook",
    notes="A meeting at the user's current job with a manager, sent from Outlook with a Windows zone ICS: not hiring.",
)
