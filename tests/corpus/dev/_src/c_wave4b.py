# ruff: noqa: E501
# Wave 4, batch B: the same candidates' inboxes, later in their searches. Invitations and
# reschedules naming the interviewers in other ways (HTML-only ATS mail, Google Calendar
# guest lists, Teams invites, credentials and suffixes, Irish particles, initials), outcomes
# with decision dates phrased differently, and hard negatives that use the word "interview".
from lib import add, ics, vtz_fixed
from mime import addr, hdr, vtz_eu, vtz_outlook_eu, vtz_us

# ================================================================ invitations and reschedules
VERGLAS_HTML = """<!doctype html>
<html lang="fr-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:0;background:#f4f1ec} .card{max-width:560px;margin:24px auto;background:#fff;padding:28px;font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222}
.when{background:#f4f1ec;padding:12px 16px;border-radius:6px} .muted{color:#888;font-size:12px}</style></head>
<body><div class="card">
<p>Hi Morgan,</p>
<p>We need to move your interview for the <b>UX Researcher</b> position at Verglas Studio. Étienne has been called to a client workshop on Thursday, so the interview originally planned for <s>Thursday, October 22 at 11:00</s> is moving to:</p>
<div class="when"><b>Monday, October 26, 2026</b><br>1:00 PM – 2:00 PM (Eastern Time, Montréal)<br>Google Meet: <a href="https://meet.google.com/xqv-mpkw-hth">meet.google.com/xqv-mpkw-hth</a></div>
<p>You will meet:</p>
<ul>
<li><a href="https://www.linkedin.com/in/zoe-tremblay-ux">Zoë Tremblay</a>, Lead UX Researcher</li>
<li><a href="https://www.linkedin.com/in/etienne-roy">Étienne Roy</a>, Product Director</li>
</ul>
<p>As before, please prepare a 15-minute walkthrough of a study you led, from research question to decision.</p>
<p>Does the new time work for you? You can confirm or ask for another time with the button below.</p>
<p><a href="https://verglas.teamtailor.com/candidate/interviews/55120/confirm" style="background:#222;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Confirm new time</a></p>
<p>Merci et à bientôt,<br>Maude Bélanger<br>People Operations, Verglas Studio</p>
<p class="muted">Sent with Teamtailor · Verglas Studio, 5445 avenue de Gaspé, Montréal (QC)</p>
</div></body></html>
"""

add(
    name="res-w4-teamtailor-html-montreal-accents",
    kind="reschedule",
    frm="Verglas Studio <notifications@teamtailor.com>",
    reply_to=addr("Maude Bélanger", "maude.belanger@verglas.example"),
    to="Morgan Lefebvre <morgan.lefebvre@example.ca>",
    subject="New time for your interview with Verglas Studio",
    date=(2026, 10, 20, 14, 35, "America/Toronto"),
    fmt="html64",
    html=VERGLAS_HTML,
    company="Verglas Studio",
    role="UX Researcher",
    interviewers=[
        ("Zoë Tremblay", None, "Lead UX Researcher"),
        ("Étienne Roy", None, "Product Director"),
    ],
    start="2026-10-26 13:00",
    end="2026-10-26 14:00",
    tz="America/Toronto",
    notes="Teamtailor HTML-only (base64) reschedule: the old time is struck through; interviewers are LinkedIn links in a list with accented names. The people-ops sender only schedules. EDT until Nov 1.",
)

add(
    name="inv-w4-suffix-middle-initial-atlanta",
    kind="invitation",
    frm="Keisha Morgan <kmorgan@peachtreelogistics.example>",
    to="Ana Beltrán <ana.beltran@example.com>",
    subject="Onsite interview - Senior Financial Planning Analyst",
    date=(2026, 9, 21, 16, 5, "America/New_York"),
    fmt="qp",
    body="""
Good afternoon Ana,

Thank you again for speaking with me last Tuesday. I'm happy to let you know the team would like to meet you in person for the Senior Financial Planning Analyst position.

Date: Thursday, September 24
Time: 10:30 AM - 11:30 AM Eastern
Location: Peachtree Logistics HQ, 1180 West Peachtree St NW, Suite 1400, Atlanta, GA 30309

You'll interview with our VP of Finance, Robert L. Hale Jr., and our Controller, Denise Washington. They'll talk with you together about the monthly forecasting process and the systems work we discussed.

I'll meet you in the lobby at 10:20 and get you a visitor badge. Parking validation is available at the front desk.

Please reply to confirm, and let me know if you have any questions.

Best regards,

Keisha Morgan
Talent Acquisition Specialist
Peachtree Logistics | 404-555-0187
""",
    company="Peachtree Logistics",
    role="Senior Financial Planning Analyst",
    interviewers=[
        ("Robert L. Hale Jr.", None, "VP of Finance"),
        ("Denise Washington", None, "Controller"),
    ],
    start="2026-09-24 10:30",
    end="2026-09-24 11:30",
    tz="America/New_York",
    notes="Titles before names with commas around them; a middle initial and a 'Jr.' suffix (kept: a suffix is part of the name, not an honorific). The recruiter who ran the earlier screen only meets the candidate in the lobby this time.",
)

THALIR_HTML = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Dear Neha,</p>
<p>Greetings from Thalir Fintech!</p>
<p>Further to your discussion with our recruitment team, we are happy to invite you for the second round of interviews for the role of <b>Product Manager - Merchant Payments</b>. Please find the details below:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><td><b>Date</b></td><td>Saturday, 7 November 2026</td></tr>
<tr><td><b>Time</b></td><td>11:00 AM to 12:30 PM IST</td></tr>
<tr><td><b>Venue</b></td><td>Thalir Fintech, 4th Floor, Tidel Park, Taramani, Chennai 600113</td></tr>
<tr><td><b>Panel</b></td><td>Dr. S. Venkataraman (Chief Product Officer)<br>Karthik R. (Senior Product Manager, Payments)</td></tr>
<tr><td><b>Contact on arrival</b></td><td>Divya M., HR Executive (+91 44 5550 2231)</td></tr>
</table>
<p>Kindly carry a printed copy of your resume, a government-issued photo ID and your last three months' payslips.</p>
<p>Please confirm your availability by replying to this mail.</p>
<p>Warm regards,<br>Divya M.<br>HR Executive - Talent Acquisition<br>Thalir Fintech Pvt. Ltd.</p>
</body></html>
"""

add(
    name="inv-w4-chennai-html-table-initials-saturday",
    kind="invitation",
    frm="Divya M. <careers@thalirfintech.example>",
    to="Neha Kulkarni <neha.kulkarni@example.in>",
    subject="Interview Invitation - Product Manager - Merchant Payments - Round 2",
    date=(2026, 11, 2, 18, 40, "Asia/Kolkata"),
    fmt="html",
    html=THALIR_HTML,
    company="Thalir Fintech",
    role="Product Manager - Merchant Payments",
    interviewers=[
        ("S. Venkataraman", None, "Chief Product Officer"),
        ("Karthik R.", None, "Senior Product Manager, Payments"),
    ],
    start="2026-11-07 11:00",
    end="2026-11-07 12:30",
    tz="Asia/Kolkata",
    notes="HTML-only table from an Indian employer. South Indian names written with initials ('S. Venkataraman', 'Karthik R.'), kept as written minus 'Dr.'. The HR executive is the contact on arrival, not a panelist. A Saturday interview.",
)

add(
    name="inv-w4-calendly-screen-booked-edinburgh",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    reply_to="Hamish MacLeod <hamish.macleod@thistlerobotics.example>",
    to="Ellis Carter <ellis.carter@example.co.uk>",
    subject="Confirmed: Ellis Carter and Hamish MacLeod on Tuesday, 17 November 2026",
    date=(2026, 11, 12, 20, 14, "Europe/London"),
    fmt="alt",
    body="""
Hi Ellis Carter,

Your event has been scheduled.

Event Type:
Thistle Robotics - 30 Minute Screening Call

Event Date/Time:
11:00 - 11:30, Tuesday, 17 November 2026 (GMT/UK time)

Host:
Hamish MacLeod, Technical Recruiter

Location:
Hamish will call you on +44 7700 900412

Invitee Questions:
Which role are you applying for?
Senior Embedded Software Engineer

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7c1e0f3a-3b3d-4d8b-9d58-0a1f
Reschedule: https://calendly.com/reschedulings/7c1e0f3a-3b3d-4d8b-9d58-0a1f

Powered by Calendly.com
""",
    ics=ics(
        uid="7c1e0f3a-3b3d-4d8b-9d58-0a1f@calendly.com",
        start="2026-11-17 11:00",
        end="2026-11-17 11:30",
        tz="Europe/London",
        utc=True,
        organizer=("Hamish MacLeod", "hamish.macleod@thistlerobotics.example"),
        attendees=[("Ellis Carter", "ellis.carter@example.co.uk")],
        summary="Ellis Carter and Hamish MacLeod",
        prodid="-//Calendly//Calendly Scheduling//EN",
        stamp="20261112T201400Z",
    ),
    ics_style="attach",
    company="Thistle Robotics",
    role="Senior Embedded Software Engineer",
    interviewers=[
        (
            "Hamish MacLeod",
            "hamish.macleod@thistlerobotics.example",
            "Technical Recruiter",
        )
    ],
    start="2026-11-17 11:00",
    end="2026-11-17 11:30",
    tz="Europe/London",
    notes="Calendly confirmation after the candidate booked the recruiter's screening slot: the recruiter runs the call, so he is the interviewer (email from the ICS organizer). ICS in UTC, GMT in November. The role is only in the invitee's answer.",
)

BRAMBLE_DESC = """Hi Jordan, here is your onsite schedule for the Senior ML Engineer role. Tessa will meet you at reception at 8:50.

9:00 - 10:00   Coding - Shreya Agarwal
10:00 - 11:00  ML system design - Ben Cho
11:00 - 12:00  Research deep dive - Luis Hernández
12:00 - 1:00   Hiring manager conversation - Kat Ostrowski (lunch provided)"""

add(
    name="inv-w4-google-calendar-guests-sf-onsite",
    kind="invitation",
    frm="Tessa Young <tessa.young@brambleai.example>",
    to="jordan.lee@example.com",
    subject="Invitation: Onsite - Jordan Lee (Senior ML Engineer) @ Thu Nov 12, 2026 9am - 1pm (PST) (jordan.lee@example.com)",
    date=(2026, 11, 4, 13, 22, "America/Los_Angeles"),
    headers="Sender: Google Calendar <calendar-notification@google.com>",
    body=f"""
You have been invited to the following event.

Onsite - Jordan Lee (Senior ML Engineer)
Thursday Nov 12, 2026 ⋅ 9am – 1pm
Pacific Time - Los Angeles

Location
Bramble AI, 535 Mission St, 14th floor, San Francisco, CA 94105

{BRAMBLE_DESC}

Guests
Tessa Young - organizer
jordan.lee@example.com
Shreya Agarwal
Ben Cho
Luis Hernández
Kat Ostrowski
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXQ4b2Q3

Reply for jordan.lee@example.com
Yes | No | Maybe | More options https://calendar.google.com/calendar/event?action=VIEW&eid=NXQ4b2Q3

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
    ics=ics(
        uid="5t8od7k2q9m3v1c6b0n4x2z7qa@google.com",
        start="2026-11-12 09:00",
        end="2026-11-12 13:00",
        tz="America/Los_Angeles",
        vtz=vtz_us("America/Los_Angeles", "-0800", "-0700", "PST", "PDT"),
        organizer=("Tessa Young", "tessa.young@brambleai.example"),
        attendees=[
            ("jordan.lee@example.com", "jordan.lee@example.com"),
            ("Shreya Agarwal", "shreya.agarwal@brambleai.example"),
            ("Ben Cho", "ben.cho@brambleai.example"),
            ("Luis Hernández", "luis.hernandez@brambleai.example"),
            ("Kat Ostrowski", "kat.ostrowski@brambleai.example"),
        ],
        summary="Onsite - Jordan Lee (Senior ML Engineer)",
        desc=BRAMBLE_DESC,
        location="Bramble AI, 535 Mission St, 14th floor, San Francisco, CA 94105",
        stamp="20261104T212200Z",
    ),
    ics_style="google",
    company="Bramble AI",
    role="Senior ML Engineer",
    interviewers=[
        ("Shreya Agarwal", "shreya.agarwal@brambleai.example", None),
        ("Ben Cho", "ben.cho@brambleai.example", None),
        ("Luis Hernández", "luis.hernandez@brambleai.example", None),
        ("Kat Ostrowski", "kat.ostrowski@brambleai.example", None),
    ],
    start="2026-11-12 09:00",
    end="2026-11-12 13:00",
    tz="America/Los_Angeles",
    notes="A Google Calendar invitation from the coordinator (organizer; she only meets the candidate at reception). Interviewers come from the agenda in the description and the guest list; the candidate is a guest by bare address. PST after Nov 1.",
)

add(
    name="res-w4-hm-moves-chat-quoted-invite-sydney",
    kind="reschedule",
    frm="Tanvi Deshpande <tanvi@lorikeetpay.example>",
    to="Chris Tan <chris.tan@example.com.au>",
    subject="Re: Senior Mobile Engineer (iOS) - chat with Tanvi and Liam",
    date=(2026, 11, 10, 19, 48, "Australia/Sydney"),
    in_reply_to="<a71c.tanvi.0211@lorikeetpay.example>",
    body="""
Hi Chris,

Really sorry to do this, a board meeting has landed on Thursday afternoon. Could we move our chat to Friday at 9:30am instead? Same Zoom link, same 45 minutes, and Liam will still join.

If Friday morning doesn't suit, let me know a couple of times next week and we'll make it work.

Thanks for being flexible!
Tanvi

Tanvi Deshpande
Head of Engineering, Lorikeet Pay

On Mon, 9 Nov 2026 at 11:02 am, Tanvi Deshpande <tanvi@lorikeetpay.example> wrote:
> Hi Chris,
>
> Great to hear from you. Let's lock in Thursday 12 November at 3pm for a 45
> minute chat about the Senior Mobile Engineer (iOS) role with me and
> Liam O'Connell-Burke, our iOS lead. Zoom: https://lorikeetpay.zoom.us/j/5550129
>
> Tanvi
""",
    company="Lorikeet Pay",
    role="Senior Mobile Engineer (iOS)",
    interviewers=[
        ("Tanvi Deshpande", "tanvi@lorikeetpay.example", "Head of Engineering"),
        ("Liam O'Connell-Burke", None, "iOS lead"),
    ],
    start="2026-11-13 09:30",
    end="2026-11-13 10:15",
    tz="Australia/Sydney",
    notes="Hiring manager moves the chat from Thursday 3pm to 'Friday at 9:30am' (13 Nov, AEDT). Liam's full name and title are only in the quoted original, which is the same interview: a one-name mention resolved from it. The quoted Thursday time is the old one.",
)

add(
    name="inv-w4-dublin-irish-particles-dayfirst",
    kind="invitation",
    frm=addr("Ciarán Walsh", "ciaran.walsh@glasanpayments.example"),
    to="Aoife Brennan <aoife.brennan@example.ie>",
    subject=hdr("Interview at Glasán Payments - Finance Operations Lead"),
    date=(2026, 10, 28, 11, 5, "Europe/Dublin"),
    fmt="qp",
    body="""
Hi Aoife,

Thanks for getting back to me so quickly. I'm delighted to confirm your interview for the Finance Operations Lead role on 04/11 at 10:00 in our office on Camden Street. It'll run for about an hour.

You'll be meeting Seán Mac Giolla Phádraig, our Head of Finance, and Niamh Ní Bhriain, who manages our Payments Operations team. They'll want to talk through how you've run month-end and reconciliations at scale, and there'll be plenty of time for your questions.

I'll meet you at reception and bring you up, and I'm around afterwards if you'd like a tour.

Kind regards,
Ciarán

Ciarán Walsh
People Partner | Glasán Payments
""",
    company="Glasán Payments",
    role="Finance Operations Lead",
    interviewers=[
        ("Seán Mac Giolla Phádraig", None, "Head of Finance"),
        ("Niamh Ní Bhriain", None, None),
    ],
    start="2026-11-04 10:00",
    end="2026-11-04 11:00",
    tz="Europe/Dublin",
    notes="Irish day-first '04/11' is 4 November (GMT, after the clocks went back). Irish-language surnames with particles 'Mac Giolla' and 'Ní'. The people partner meets her at reception and does not interview; Niamh's role is described, not given as a title.",
)

add(
    name="inv-w4-smartrecruiters-berlin-after-dst",
    kind="invitation",
    frm="Kranich Mobility <noreply@smartrecruiters.com>",
    reply_to="talent@kranich-mobility.example",
    to="Sam Adeyemi <sam.adeyemi@example.de>",
    subject="Interview invitation: Senior Performance Marketing Manager",
    date=(2026, 3, 25, 10, 0, "Europe/Berlin"),
    fmt="alt",
    body="""
Hi Sam,

Thank you for your application for the Senior Performance Marketing Manager position at Kranich Mobility. We'd like to invite you to a video interview.

Date: Tuesday, 31 March 2026
Time: 16:00 - 17:00 (Europe/Berlin)
Format: Microsoft Teams - you'll find the link in the attached calendar file

Interviewers:
Friederike von Ahlen, VP Marketing
Mehmet Yılmaz, Head of Performance Marketing

Please confirm your attendance using the button in your candidate portal. If the time doesn't work, you can propose an alternative there as well.

Best regards,
Talent Acquisition Team
Kranich Mobility GmbH, Frankfurt am Main
""",
    ics=ics(
        uid="sr-int-3f9a12e7-kranich@smartrecruiters.com",
        start="2026-03-31 16:00",
        end="2026-03-31 17:00",
        tz="Europe/Berlin",
        vtz=vtz_eu("Europe/Berlin", "+0100", "+0200", "CET", "CEST"),
        organizer=("Kranich Mobility Talent", "talent@kranich-mobility.example"),
        attendees=[
            ("Sam Adeyemi", "sam.adeyemi@example.de"),
            ("Friederike von Ahlen", "f.vonahlen@kranich-mobility.example"),
            ("Mehmet Yılmaz", "mehmet.yilmaz@kranich-mobility.example"),
        ],
        summary="Interview Sam Adeyemi - Senior Performance Marketing Manager",
        prodid="-//SmartRecruiters//Interview Scheduler//EN",
        stamp="20260325T090000Z",
    ),
    ics_style="google",
    company="Kranich Mobility",
    role="Senior Performance Marketing Manager",
    interviewers=[
        ("Friederike von Ahlen", "f.vonahlen@kranich-mobility.example", "VP Marketing"),
        (
            "Mehmet Yılmaz",
            "mehmet.yilmaz@kranich-mobility.example",
            "Head of Performance Marketing",
        ),
    ],
    start="2026-03-31 16:00",
    end="2026-03-31 17:00",
    tz="Europe/Berlin",
    notes="Sent in CET (25 March), interview after the 29 March change, so CEST (+02:00). Lowercase particle 'von', Turkish dotless ı. The shared talent inbox organises.",
)

add(
    name="inv-w4-teams-india-standard-time-pune",
    kind="invitation",
    frm="Ashwin Deshmukh <ashwin.deshmukh@sahyadrisystems.example>",
    to="Neha Kulkarni <neha.kulkarni@example.in>",
    cc="Anjali Pawar <anjali.pawar@sahyadrisystems.example>",
    subject="Technical discussion - Lead Data Engineer - Sahyadri Systems",
    date=(2026, 10, 8, 12, 10, "Asia/Kolkata"),
    body="""
Hi Neha,

As discussed with Anjali, sending the invite for the technical discussion for the Lead Data Engineer position. Panel will be myself and Sandeep Joshi (Principal Architect). We will mostly discuss the Spark migration you worked on and a design problem around our CDC pipelines.

Anjali from HR is copied for coordination, please reach out to her for anything logistics related.

Regards,
Ashwin

Ashwin Deshmukh | Director - Data Engineering
Sahyadri Systems Pvt. Ltd., Hinjewadi Phase 2, Pune

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 412 775 903 118
Passcode: Xq7b2L
________________________________________________________________________________
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A09C3E5B1E57DC010000000000000000100000007D1E",
        start="2026-10-12 17:00",
        end="2026-10-12 18:00",
        tz="Asia/Kolkata",
        tzid="India Standard Time",
        vtz=vtz_fixed("India Standard Time", "+0530", "IST"),
        organizer=("Ashwin Deshmukh", "ashwin.deshmukh@sahyadrisystems.example"),
        attendees=[
            ("Neha Kulkarni", "neha.kulkarni@example.in"),
            ("Sandeep Joshi", "sandeep.joshi@sahyadrisystems.example"),
            ("Anjali Pawar", "anjali.pawar@sahyadrisystems.example"),
        ],
        summary="Technical discussion - Lead Data Engineer - Neha Kulkarni",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
        stamp="20261008T064000Z",
    ),
    ics_style="outlook",
    company="Sahyadri Systems",
    role="Lead Data Engineer",
    interviewers=[
        (
            "Ashwin Deshmukh",
            "ashwin.deshmukh@sahyadrisystems.example",
            "Director - Data Engineering",
        ),
        ("Sandeep Joshi", "sandeep.joshi@sahyadrisystems.example", "Principal Architect"),
    ],
    start="2026-10-12 17:00",
    end="2026-10-12 18:00",
    tz="Asia/Kolkata",
    notes="Teams invite from the hiring manager, Windows zone 'India Standard Time'. 'myself' makes the organizer an interviewer; the HR person is CC'd and an attendee only for coordination.",
)

add(
    name="inv-w4-credentials-after-names-calgary",
    kind="invitation",
    frm="Alison Gray <alison.gray@chinookenergy.example>",
    to="Ana Beltrán <ana.beltran@example.com>",
    subject="Interview confirmation: Senior Manager, Financial Reporting",
    date=(2026, 10, 29, 15, 30, "America/Edmonton"),
    fmt="alt",
    body="""
Hello Ana,

Thank you for your interest in the Senior Manager, Financial Reporting role with Chinook Energy Services. I'm pleased to confirm your panel interview on Tuesday, November 3 from 1:00 to 2:30 p.m. MST, at our office (Suite 2100, 350 7 Ave SW, Calgary).

Interview panel (in order of the conversation):
1) Jennifer Wu, CPA, CA - Vice President, Finance
2) Marc-André Lavoie - Director, Financial Reporting

I'll join for the first few minutes to make introductions, then leave you with the panel. Please bring a piece of government-issued ID for building security.

Regards,

Alison Gray, CHRP
Senior Talent Advisor
Chinook Energy Services Ltd.
""",
    company="Chinook Energy Services",
    role="Senior Manager, Financial Reporting",
    interviewers=[
        ("Jennifer Wu", None, "Vice President, Finance"),
        ("Marc-André Lavoie", None, "Director, Financial Reporting"),
    ],
    start="2026-11-03 13:00",
    end="2026-11-03 14:30",
    tz="America/Edmonton",
    notes="Numbered panel with professional credentials after a name ('CPA, CA') that are not part of it, and a hyphenated French first name. The talent advisor makes introductions only. MST (-07:00) after Nov 1.",
)

# ================================================================ cancellation and outcomes
add(
    name="can-w4-outlook-gmt-standard-time-cancel",
    kind="cancellation",
    frm="Rebecca Osei <rebecca.osei@harbourline.example>",
    to="Ellis Carter <ellis.carter@example.co.uk>",
    subject="Canceled: Interview - Ellis Carter - Senior Product Manager",
    date=(2026, 11, 18, 16, 12, "Europe/London"),
    body="""
Hi Ellis,

Apologies for the late notice, Fiona is unwell so I've had to cancel tomorrow's interview. I'll send over some new times as soon as I have her diary for next week.

Best wishes,
Rebecca

Rebecca Osei
Recruitment Coordinator | Harbourline
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000B4D2F77A8A7ADC0100000000000000001000000031B0",
        start="2026-11-19 14:00",
        end="2026-11-19 15:00",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz=vtz_outlook_eu("GMT Standard Time", 0, 1),
        organizer=("Rebecca Osei", "rebecca.osei@harbourline.example"),
        attendees=[
            ("Ellis Carter", "ellis.carter@example.co.uk"),
            ("Fiona Blackwood", "fiona.blackwood@harbourline.example"),
        ],
        summary="Interview - Ellis Carter - Senior Product Manager",
        method="CANCEL",
        status="CANCELLED",
        seq=1,
        prodid="Microsoft Exchange Server 2010",
        stamp="20261118T161200Z",
    ),
    ics_style="outlook",
    ics_method="CANCEL",
    company="Harbourline",
    role="Senior Product Manager",
    interviewers=[("Fiona Blackwood", "fiona.blackwood@harbourline.example", None)],
    start="2026-11-19 14:00",
    end="2026-11-19 15:00",
    tz="Europe/London",
    notes="Outlook METHOD:CANCEL with the Windows zone 'GMT Standard Time'; the interviewer is named by first name in the body and in full in the ATTENDEE line. The coordinator organizes only.",
)

add(
    name="off-w4-brisbane-docusign-sign-by",
    kind="offer",
    frm="Renee Fitzgerald <renee.fitzgerald@bilbysoftware.example>",
    to="Chris Tan <chris.tan@example.com.au>",
    subject="Your offer from Bilby Software",
    date=(2026, 11, 23, 10, 15, "Australia/Brisbane"),
    body="""
Hi Chris,

It was great to speak on the phone this morning, and congratulations again! As promised, here's your written offer for the Senior UX Designer role.

The headline terms:
- Base salary: AUD 165,000 plus 11.5% superannuation
- Start date: Monday 18 January 2027 (flexible)
- Hybrid: Tuesdays and Thursdays in our Fortitude Valley office
- 20 days annual leave plus your birthday off

You'll receive the contract from DocuSign in a separate email. Please review and sign it by Friday 27 November; if you'd like to talk anything through before then, I'm happy to jump on a call.

We're really excited to have you join the team.

Warm regards,
Renee

Renee Fitzgerald
Head of People, Bilby Software
""",
    company="Bilby Software",
    role="Senior UX Designer",
    notes="Written offer with terms. 'Sign it by Friday 27 November' is the candidate's deadline, not a decision date. Brisbane has no daylight saving.",
)

add(
    name="nxt-w4-within-five-business-days-boston",
    kind="next_steps",
    frm="Carla Jimenez <cjimenez@marigoldanalytics.example>",
    to="Priya Raman <priya.raman@example.com>",
    subject="Thank you - Senior Product Marketing Manager",
    date=(2026, 11, 18, 17, 20, "America/New_York"),
    fmt="alt",
    body="""
Hi Priya,

Thank you for spending so much of your day with us yesterday. I've heard great things from everyone you met, especially about your launch plan exercise.

Here's what happens next: the hiring team meets on Friday to compare notes, and we'll have a decision for you within 5 business days. I'll call you as soon as I have it.

In the meantime, feel free to reach out with any questions.

All the best,
Carla

Carla Jimenez
Recruiting Lead, Marigold Analytics
Boston, MA
""",
    company="Marigold Analytics",
    role="Senior Product Marketing Manager",
    decision_by="2026-11-25",
    notes="After the final round: 'within 5 business days' from Wednesday 18 November is Wednesday 25 November (before Thanksgiving, so no holiday in between).",
)

add(
    name="nxt-w4-by-the-9th-manchester",
    kind="next_steps",
    frm="Tom Brearley <tom.brearley@ledgerly.example>",
    to="Ellis Carter <ellis.carter@example.co.uk>",
    subject="Re: Finance Systems Analyst - final interview",
    date=(2026, 10, 27, 17, 3, "Europe/London"),
    in_reply_to="<CAEllis-77.final-thanks@mail.example.co.uk>",
    body="""
Hi Ellis,

Thanks for your note, glad you enjoyed meeting the team yesterday. Priya and Dom both came away impressed.

We've got one more candidate to see this week and then we'll get together to decide. We're hoping to have a final decision by the 9th, and I'll ring you either way.

Cheers,
Tom

Tom Brearley
Finance Director, Ledgerly
Manchester

> On 27 Oct 2026, at 08:41, Ellis Carter <ellis.carter@example.co.uk> wrote:
>
> Hi Tom, thanks again for yesterday - I really enjoyed hearing about the
> ERP migration. Looking forward to hearing about next steps for the
> Finance Systems Analyst role.
""",
    company="Ledgerly",
    role="Finance Systems Analyst",
    decision_by="2026-11-09",
    notes="'by the 9th' sent on 27 October resolves to the next 9th: Monday 9 November. The people named are past interviewers, mentioned after the fact.",
)

add(
    name="rej-w4-hm-personal-offers-feedback-call",
    kind="rejection",
    frm="Priya Balasubramanian <priya.b@hartwellcu.example>",
    to="Morgan Lefebvre <morgan.lefebvre@example.ca>",
    subject="Senior Data Analyst - update",
    date=(2026, 11, 6, 13, 45, "America/Toronto"),
    body="""
Hi Morgan,

I wanted to write to you myself rather than send a form email. Thank you for the time and care you put into the case study and the panel last week.

It was a close decision, but we've offered the Senior Data Analyst role to another candidate whose background in credit risk modelling was a closer fit for what the team needs this year.

If it would help, I'm happy to share more detailed feedback on a short call. You can grab 20 minutes here: https://calendly.com/priya-hartwell/feedback

I hope our paths cross again.

Priya

Priya Balasubramanian
Manager, Member Analytics
Hartwell Credit Union
""",
    company="Hartwell Credit Union",
    role="Senior Data Analyst",
    notes="A personal rejection from the hiring manager that offers an optional feedback call with a booking link: not an interview invitation.",
)

add(
    name="info-w4-writing-samples-shortlist-by-friday",
    kind="info_request",
    frm="Martha Quinn <martha@foxglove.studio.example>",
    to="Ellis Carter <ellis.carter@example.co.uk>",
    subject="Foxglove Studio - Senior Content Designer: writing samples",
    date=(2026, 10, 12, 11, 20, "Europe/London"),
    body="""
Hi Ellis,

Thanks for your time on the call last week. Before we put together the final panel for the Senior Content Designer role, could you send us two or three examples of your work? Ideally:

- one piece of UX writing in context (screens or a Figma link are fine), and
- one longer piece, such as a content strategy or style guide you wrote.

Please send them by Wednesday if you can. Our Head of Design will decide who goes through to the final stage by Friday 16 October, and I'll let you know either way.

Thanks,
Martha

Martha Quinn
Talent Partner, Foxglove Studio
""",
    company="Foxglove Studio",
    role="Senior Content Designer",
    decision_by="2026-10-16",
    notes="Asks for writing samples ('by Wednesday' is the candidate's deadline). The employer's own decision on the shortlist is stated for Friday 16 October.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w4-trade-press-interview-request",
    kind="other",
    frm="Sarah Kim <skim@finopsweekly.example>",
    to="Ana Beltrán <ana.beltran@example.com>",
    subject="Interview request - FinOps Weekly piece on AP automation",
    date=(2026, 10, 5, 10, 40, "America/New_York"),
    body="""
Hi Ana,

I'm a reporter at FinOps Weekly, and I'm working on a feature about how mid-sized companies are automating accounts payable. A colleague pointed me to your talk at the Midwest Controllers Forum.

Would you be open to a 20-minute phone interview on Wednesday, October 7 at 2 p.m. ET? I'd mostly ask about the invoice-matching project you described and what you'd do differently. I'll send quotes for you to check before publication.

Thanks for considering it,
Sarah Kim
Senior Reporter, FinOps Weekly
""",
    notes="A press interview with a date, time and length: the user is the source, not a candidate.",
)

add(
    name="oth-w4-calendly-paid-mock-interview",
    kind="other",
    frm="Calendly <notifications@calendly.com>",
    reply_to="Daniela Ruiz <daniela@offerladder.example>",
    to="Ellis Carter <ellis.carter@example.co.uk>",
    subject="Confirmed: 60 Minute PM Mock Interview with Daniela Ruiz on Saturday, 14 November 2026",
    date=(2026, 11, 9, 21, 3, "Europe/London"),
    body="""
Hi Ellis Carter,

Your event has been scheduled.

Event Type:
60 Minute PM Mock Interview (Offer Ladder Coaching)

Event Date/Time:
10:00 - 11:00, Saturday, 14 November 2026 (GMT/UK time)

Host:
Daniela Ruiz, Interview Coach

Location:
Zoom - details in the calendar invite

Payment:
GBP 120.00 paid by card ending 4412

Invitee Questions:
Which company or loop are you preparing for?
Harbourline, Senior Product Manager final round

Need to make changes to this event?
Reschedule: https://calendly.com/reschedulings/2b77e1d0-91f4
Powered by Calendly.com
""",
    ics=ics(
        uid="2b77e1d0-91f4-4a57-b0a2-e3c6@calendly.com",
        start="2026-11-14 10:00",
        end="2026-11-14 11:00",
        tz="Europe/London",
        utc=True,
        organizer=("Daniela Ruiz", "daniela@offerladder.example"),
        attendees=[("Ellis Carter", "ellis.carter@example.co.uk")],
        summary="60 Minute PM Mock Interview: Ellis Carter",
        prodid="-//Calendly//Calendly Scheduling//EN",
    ),
    ics_style="attach",
    notes="A paid mock interview with a coach, booked on Calendly with an ICS; it even names the user's real process, but no employer interviews the user.",
)

add(
    name="oth-w4-paid-user-research-session",
    kind="other",
    frm="Kitepost Research <research@kitepost.example>",
    to="Chris Tan <chris.tan@example.com.au>",
    subject="You're confirmed: 45-min user interview (A$100 gift card)",
    date=(2026, 11, 25, 9, 5, "Australia/Sydney"),
    fmt="alt",
    body="""
Hi Chris,

Thanks for signing up to help shape Kitepost! You're confirmed for a user interview:

When: Thursday 3 December, 11:00am - 11:45am AEDT
Where: Zoom (link below)
With: Ruby Anand (Product Researcher) and Josh Feeney (Designer, observing)

We'll ask about how you plan trips with friends and show you a couple of early designs. There are no right or wrong answers: we're testing the product, not you.

As a thank-you you'll receive an A$100 gift card within 5 business days of the session.

Zoom: https://kitepost.zoom.us/j/8890031245

Cheers,
Kitepost Research
""",
    notes="A paid product-research session called a 'user interview' with named researchers and a time: the user is a participant, not a candidate.",
)

add(
    name="oth-w4-ashby-current-job-debrief",
    kind="other",
    frm="Ashby <no-reply@ashbyhq.com>",
    to="Priya Raman <priya.raman@ridgelinepay.example>",
    subject="Debrief scheduled: Kofi Mensah - Senior Product Designer",
    date=(2026, 11, 2, 11, 0, "America/New_York"),
    body="""
Hi Priya,

A debrief has been scheduled for Kofi Mensah (Senior Product Designer).

When: Friday, November 6, 2026, 3:00 PM - 3:30 PM EST
Attendees: Hannah Whitaker, Leo Marchetti, Priya Raman, Sofia Ng (Recruiter)

You interviewed Kofi on Thursday, October 29. Please submit your feedback before the debrief so the hiring team can review it beforehand.

Submit feedback: https://app.ashbyhq.com/feedback/ridgelinepay/4b1d9e

Ridgeline Pay via Ashby
""",
    notes="The user is on a hiring team at their current job (Ridgeline Pay); a debrief about another person's candidacy, with times and attendees.",
)

add(
    name="oth-w4-parent-teacher-interviews-sydney",
    kind="other",
    frm="Birchgrove Public School <noreply@schoolinterviews.example>",
    to="Chris Tan <chris.tan@example.com.au>",
    subject="Parent-teacher interview booking confirmation",
    date=(2026, 11, 11, 20, 30, "Australia/Sydney"),
    body="""
Dear Chris Tan,

Thank you for booking your parent-teacher interviews. Your booking details are below.

Student: Mia Tan (Year 4 Blue)

Tue 17 Nov 2026
  4:10pm - 4:20pm  Mrs Kowalski (Year 4 Blue classroom teacher)  Room 12
  4:30pm - 4:40pm  Mr Nguyen (Library and STEM)  Library

Interviews are strictly 10 minutes. If you need to change your booking, please use the code below before Monday 16 November.

Booking code: BGPS-7HQ4

Birchgrove Public School
""",
    notes="Australian schools call parent-teacher meetings 'interviews': times and named teachers, nothing about a job.",
)

add(
    name="oth-w4-us-visa-interview-appointment",
    kind="other",
    frm="US Visa Information Service - India <no-reply@usvisa-info.example>",
    to="Neha Kulkarni <neha.kulkarni@example.in>",
    subject="Appointment Confirmation - Visa Interview, Mumbai",
    date=(2026, 11, 20, 10, 2, "Asia/Kolkata"),
    body="""
Dear NEHA KULKARNI,

Your appointment has been scheduled successfully.

Applicant(s): KULKARNI NEHA
Visa class: B1/B2
Biometrics (OFC): U.S. Visa Application Center, Mumbai - 04 December 2026, 10:30
Consular interview: U.S. Consulate General Mumbai, C-49, G-Block, Bandra Kurla Complex - 08 December 2026, 09:15

Please bring your appointment confirmation page, DS-160 confirmation page, current passport and all old passports. Electronic devices are not permitted inside the consulate.

This is an automated message. Please do not reply.
""",
    notes="A consular visa interview appointment: a personal appointment, not a job interview.",
)

add(
    name="oth-w4-scam-offer-security-deposit",
    kind="other",
    frm="Kestrel Finserv HR <hr.kestrelfinserv.offer@outlook.example>",
    to="Neha Kulkarni <neha.kulkarni@example.in>",
    subject="Offer Letter - Senior Financial Analyst - Kestrel Finserv",
    date=(2026, 11, 21, 23, 48, "Asia/Kolkata"),
    body="""
Dear Candidate,

Congratulation!! With reference to your interview, we are pleased to offer you the post of Senior Financial Analyst at Kestrel Finserv with CTC of Rs. 24,50,000 per annum.

To confirm your joining, you are requested to deposit a refundable security amount of Rs. 15,000 towards laptop and ID card issuance in the below account within 24 hours, after which your appointment letter will be released by our HR Manager Mr. Rakesh Sharma.

Account name: KF Services
Account no: 50100299317741 / IFSC: HDFC0001234

Note: Offer will be cancelled if amount is not deposited in time.

Regards
HR Department
Kestrel Finserv
""",
    notes="A scam imitating a company the user really interviewed with: a free-mail-style sender, an 'offer' that demands a deposit within 24 hours. Not an offer.",
)

add(
    name="oth-w4-newsletter-final-round-questions",
    kind="other",
    frm="Marta Kowalczyk from Hiring Manager Notes <martak@hmnotes.example>",
    to="Devon Park <devon.park@example.com>",
    subject="The 7 questions I ask in every final-round interview",
    date=(2026, 10, 22, 7, 0, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hiring Manager Notes - issue #42

Hi friends,

I ran final-round interviews at two big tech companies for eight years. This week: the seven questions I asked in almost every one, and what I was actually listening for.

1. "Walk me through a decision you'd make differently today."
   Interviewer: What did you learn?
   Candidate: ...
   What I listen for: specifics, not a humble-brag.

2. "Tell me about a time you disagreed with your manager."
...

Live Q&A: I'm answering your interview questions on Thursday, October 29 at 6pm PT on the Hiring Manager Notes livestream. Reply to this email to submit a question.

Marta

You're receiving this because you subscribed to Hiring Manager Notes. Unsubscribe: https://hmnotes.example/unsubscribe
""",
    notes="Interview-tips newsletter with a sample interviewer dialogue and a livestream date: no interview for the user.",
)

add(
    name="oth-w4-student-asks-informational-interview",
    kind="other",
    frm="Wen Zhao <wzhao23@uw.example.edu>",
    to="Devon Park <devon.park@example.com>",
    subject="Informational interview request - UW CS student",
    date=(2026, 9, 16, 21, 12, "America/Los_Angeles"),
    body="""
Hi Devon,

My name is Wen Zhao and I'm a senior studying computer science at the University of Washington. I found your talk on on-call culture through the SRE meetup recordings and I'm really interested in going into reliability engineering after graduation.

Would you have 20 minutes for an informational interview sometime next week? Friday at 4pm works well for me, but I'm happy to work around your schedule, over Zoom or coffee near your office.

Thank you so much for considering it!

Best,
Wen Zhao
University of Washington, B.S. Computer Science '27
""",
    notes="A student asks the user for an informational interview: the user is the one being consulted.",
)
