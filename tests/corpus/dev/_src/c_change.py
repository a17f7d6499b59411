# ruff: noqa: E501
from lib import add, ics
from mime import VTZ_NEW_YORK, hdr, vtz_outlook_eu, vtz_outlook_us, vtz_us

# ---------------------------------------------------------------- reschedules
ICS_UPD = ics(
    uid="3v8b1n0q9c2m7k4h5t6r1p0s2d@google.com",
    start="2026-10-30 13:00",
    end="2026-10-30 14:00",
    tz="America/New_York",
    vtz=VTZ_NEW_YORK,
    seq=1,
    organizer=("Jess Okoro", "jess.okoro@tidepool-media.example"),
    attendees=[
        ("Marta Nowak", "marta.nowak@tidepool-media.example"),
        ("Isaac Blum", "isaac.blum@tidepool-media.example"),
        ("Fatima Al-Sayed", "fatima.alsayed@example.com"),
    ],
    summary="Tidepool Media: Video Producer interview (Fatima Al-Sayed)",
    stamp="20261026T141000Z",
)
add(
    name="res-google-updated-seq1",
    kind="reschedule",
    frm="Jess Okoro <jess.okoro@tidepool-media.example>",
    to="fatima.alsayed@example.com",
    subject="Updated invitation: Tidepool Media: Video Producer interview (Fatima Al-Sayed) @ Fri Oct 30, 2026 1pm - 2pm (EDT) (fatima.alsayed@example.com)",
    date=(2026, 10, 26, 10, 10, "America/New_York"),
    ics=ICS_UPD,
    ics_style="google",
    body="""
This event has been changed.

Tidepool Media: Video Producer interview (Fatima Al-Sayed)
Changed: Friday Oct 30, 2026 ⋅ 1pm – 2pm (Eastern Time - New York)
Was: Thursday Oct 29, 2026 ⋅ 10am – 11am (Eastern Time - New York)

Guests
Jess Okoro - organizer
Marta Nowak
Isaac Blum
fatima.alsayed@example.com

Invitation from Google Calendar
""",
    company="Tidepool Media",
    role="Video Producer",
    interviewers=[
        ("Marta Nowak", "marta.nowak@tidepool-media.example", None),
        ("Isaac Blum", "isaac.blum@tidepool-media.example", None),
    ],
    start="2026-10-30 13:00",
    end="2026-10-30 14:00",
    tz="America/New_York",
    notes="Google 'Updated invitation', SEQUENCE 1; the old time is only in 'Was:'. Organizer is a coordinator, not a guest.",
)

add(
    name="res-plain-move-to-friday",
    kind="reschedule",
    frm="Rosa Jiménez <rosa.jimenez@copperline.example>",
    to="Noah Schwartz <noah.s@example.org>",
    subject="Small change to your interview",
    date=(2026, 3, 17, 18, 2, "America/Chicago"),
    fmt="plain",
    body="""
Hi Noah,

Apologies for the shuffle: Dana Whitfield has to travel on Thursday, so we'd like to move your interview with her to Friday (March 20), same time — 1:00 to 1:45 Central. Everything else stays the same, including the Zoom link.

If Friday doesn't work, tell me and I'll find another slot.

Thanks for your flexibility!
Rosa

Rosa Jiménez
Recruiting Coordinator, Copperline
""",
    company="Copperline",
    role=None,
    interviewers=[("Dana Whitfield", None, None)],
    start="2026-03-20 13:00",
    end="2026-03-20 13:45",
    tz="America/Chicago",
    notes="Moved from Thursday to Friday 'same time'; role never named.",
)

ICS_REPL = ics(
    uid="040000008200E00074C5B7101A82E00800000000B0E7A1C44CD3DC01000000000000000010000000F1C2",
    start="2026-05-20 14:00",
    end="2026-05-20 15:30",
    tz="Europe/London",
    tzid="GMT Standard Time",
    vtz=vtz_outlook_eu("GMT Standard Time", 0, 1),
    prodid="Microsoft Exchange Server 2010",
    seq=2,
    organizer=("Sian Hughes", "sian.hughes@meridian-law.example"),
    attendees=[
        ("Ravi Patel", "ravi.patel@meridian-law.example"),
        ("Eleanor Banks", "eleanor.banks@meridian-law.example"),
        ("Kwame Mensah", "kwame.mensah@example.com"),
    ],
    summary="Panel interview - Legal Technologist - Kwame Mensah",
    stamp="20260515T091200Z",
)
add(
    name="res-outlook-replaced-panelist",
    kind="reschedule",
    frm='"Hughes, Sian" <sian.hughes@meridian-law.example>',
    to="Kwame Mensah <kwame.mensah@example.com>",
    subject="Updated: Panel interview - Legal Technologist - Kwame Mensah",
    date=(2026, 5, 15, 10, 12, "Europe/London"),
    ics=ICS_REPL,
    ics_style="outlook",
    body="""
Dear Kwame,

Please note a change to your panel interview. Jenny Cho is unfortunately unavailable, so Ravi Patel (Head of Legal Operations) will take her place alongside Eleanor Banks (Partner, Commercial). To accommodate Ravi's diary, the interview has moved to Wednesday 20 May at 2pm, still 90 minutes.

The updated invitation is attached. Apologies for any inconvenience.

Kind regards,
Sian Hughes
Graduate & Lateral Recruitment Manager
Meridian Law LLP
""",
    company="Meridian Law",
    role="Legal Technologist",
    interviewers=[
        ("Ravi Patel", "ravi.patel@meridian-law.example", "Head of Legal Operations"),
        ("Eleanor Banks", "eleanor.banks@meridian-law.example", "Partner, Commercial"),
    ],
    start="2026-05-20 14:00",
    end="2026-05-20 15:30",
    tz="Europe/London",
    notes="Outlook update SEQUENCE 2 with 'GMT Standard Time' (BST in May); replaced panelist Jenny Cho excluded.",
)

add(
    name="res-lever-uk",
    kind="reschedule",
    frm="Quaystone <no-reply@hire.lever.co>",
    reply_to="Amelia Ward <amelia.ward@quaystone.example>",
    to="Daniel O'Connor <dan.oconnor@example.co.uk>",
    subject="Your interview with Quaystone has been rescheduled",
    date=(2026, 10, 6, 11, 45, "Europe/London"),
    fmt="alt",
    body="""
Hi Daniel,

Your interview for Senior Backend Engineer at Quaystone has been rescheduled.

New time: Tuesday 13/10/2026, 15:30 – 16:30 (BST)
Interviewers: Tom Ashby (Engineering Lead), Priya Shah (Senior Engineer)
Location: Google Meet — the link in your calendar invitation is unchanged.

Previously: Thursday 08/10/2026, 10:00 – 11:00 (BST)

Thanks,
Amelia Ward
Talent Coordinator, Quaystone
""",
    company="Quaystone",
    role="Senior Backend Engineer",
    interviewers=[("Tom Ashby", None, "Engineering Lead"), ("Priya Shah", None, "Senior Engineer")],
    start="2026-10-13 15:30",
    end="2026-10-13 16:30",
    tz="Europe/London",
    notes="Lever-style notice; day-first dates; new time is the one that counts.",
)

add(
    name="res-goodtime-html",
    kind="reschedule",
    frm="Lumio Recruiting <scheduling@lumio.example>",
    to="Minh Nguyen <minh.nguyen@example.com>",
    subject="Rescheduled: Your interview for Growth Marketing Manager",
    date=(2026, 8, 11, 9, 30, "America/Los_Angeles"),
    fmt="html",
    headers="X-Mailer: GoodTime.io",
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Minh,</p>
<p>Your interview for <b>Growth Marketing Manager</b> has been <b>rescheduled</b>. Here is your updated itinerary (Pacific Time):</p>
<table cellpadding="6" border="0">
<tr><td><s>Wed, Aug 12 &middot; 2:00 PM &ndash; 3:00 PM</s></td><td><s>Carla Mendes</s></td></tr>
<tr><td><b>Thu, Aug 13 &middot; 11:00 AM &ndash; 12:00 PM</b></td><td><b>Carla Mendes</b>, Director of Growth</td></tr>
</table>
<p>The Zoom link has been updated in your calendar invite.</p>
<p>Best,<br>Lumio Candidate Experience</p>
</body></html>
""",
    company="Lumio",
    role="Growth Marketing Manager",
    interviewers=[("Carla Mendes", None, "Director of Growth")],
    start="2026-08-13 11:00",
    end="2026-08-13 12:00",
    tz="America/Los_Angeles",
    notes="HTML with the old slot struck through.",
)

add(
    name="res-reply-wednesday",
    kind="reschedule",
    frm="Sam Whitlock <sam@oakfern.example>",
    to="Jamal Carter <jamal.carter@example.com>",
    subject="Re: Conflict on Tuesday",
    date=(2026, 2, 9, 12, 18, "America/New_York"),
    fmt="qp",
    in_reply_to="<jamal-conflict-77@mail.example.com>",
    body="""
No problem at all, Jamal. I've moved your conversation with Beatriz Lopes (our COO) to Wednesday at 3:30 pm ET, still 45 minutes. Same Zoom link.

Sam

Sam Whitlock | People Ops | Oakfern

On Mon, Feb 9, 2026 at 10:02 AM Jamal Carter <jamal.carter@example.com> wrote:
> Hi Sam,
> I'm so sorry, something came up at work and I can't make Tuesday 2/10 at
> 11am. Would Wednesday afternoon be possible?
> Thanks, Jamal
""",
    company="Oakfern",
    role=None,
    interviewers=[("Beatriz Lopes", None, "COO")],
    start="2026-02-11 15:30",
    end="2026-02-11 16:15",
    tz="America/New_York",
    notes="'Wednesday' from Mon Feb 9 = Feb 11; the old time is only in the quote.",
)

add(
    name="res-across-dst",
    kind="reschedule",
    frm="Hollis Grant <hgrant@redwoodcu.example>",
    to="Sarah Kim <sarah.kim@example.net>",
    subject="Interview moved to Tuesday, Nov 3",
    date=(2026, 10, 23, 8, 50, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Sarah,

Our VP of Member Services, Alicia Moreno, was called to a board meeting on the 27th, so we need to move your final interview for the Branch Operations Manager position. The new time is Tuesday, November 3 at 9:00 AM Pacific, for one hour, at the Santa Rosa branch.

I'm sorry for the change and appreciate your understanding.

Hollis Grant
HR Generalist
Redwood Credit Union
""",
    company="Redwood Credit Union",
    role="Branch Operations Manager",
    interviewers=[("Alicia Moreno", None, "VP of Member Services")],
    start="2026-11-03 09:00",
    end="2026-11-03 10:00",
    tz="America/Los_Angeles",
    notes="New date falls after DST ends (Nov 1): PST -08:00, though the message was sent in PDT.",
)

add(
    name="res-amsterdam-push",
    kind="reschedule",
    frm="Sanne de Vries <sanne@kanaal.example>",
    to="Lukas Becker <lukas.becker@example.com>",
    subject="Re: Interview Friday",
    date=(2026, 10, 28, 16, 5, "Europe/Amsterdam"),
    fmt="plain",
    in_reply_to="<b7c2-kanaal-interview@kanaal.example>",
    body="""
Hi Lukas,

Bad news, good news. Bad: Joost is ill and can't do Friday. Good: he's keen to do it as soon as he's back, so we'd like to push Friday's interview to Monday 2 November, 10:00 (Amsterdam time), same length (1 hour). Joost van Dijk, Lead Engineer, will be joined by Eva Smit (Product Owner).

Hope that works!

Groetjes,
Sanne de Vries
Recruiter @ Kanaal
""",
    company="Kanaal",
    role=None,
    interviewers=[("Joost van Dijk", None, "Lead Engineer"), ("Eva Smit", None, "Product Owner")],
    start="2026-11-02 10:00",
    end="2026-11-02 11:00",
    tz="Europe/Amsterdam",
    notes="Dutch names with particles kept; new date is after EU DST ended Oct 25: CET +01:00.",
)

ICS_ASHBY_RES = ics(
    uid="ashby-int-1b9e33c2-7d10-4f0a-88ee-9c3f0a12d7b5",
    start="2026-06-25 16:00",
    end="2026-06-25 16:45",
    tz="Asia/Singapore",
    utc=True,
    seq=1,
    prodid="-//Ashby//Ashby Scheduling//EN",
    organizer=("Lumen Pay Recruiting", "scheduling@lumenpay.example"),
    attendees=[
        ("Arjun Menon", "arjun.menon@example.com"),
        ("Wei Ling Tan", "weiling.tan@lumenpay.example"),
    ],
    summary="Lumen Pay <> Arjun Menon: Hiring Manager Interview",
    stamp="20260622T020000Z",
)
add(
    name="res-ashby-utc",
    kind="reschedule",
    frm="Lumen Pay <no-reply@ashbyhq.com>",
    to="arjun.menon@example.com",
    subject="Interview rescheduled: Hiring Manager Interview with Lumen Pay",
    date=(2026, 6, 22, 10, 0, "Asia/Singapore"),
    fmt="alt",
    ics=ICS_ASHBY_RES,
    ics_style="attach",
    body="""
Hi Arjun,

Your Hiring Manager Interview for Risk Analyst at Lumen Pay has been moved.

Thu, Jun 25, 2026
4:00 PM – 4:45 PM (GMT+08:00) Singapore Time

Interviewer: Wei Ling Tan, Head of Risk

An updated calendar invitation is attached.

Lumen Pay Recruiting
Sent with Ashby
""",
    company="Lumen Pay",
    role="Risk Analyst",
    interviewers=[("Wei Ling Tan", "weiling.tan@lumenpay.example", "Head of Risk")],
    start="2026-06-25 16:00",
    end="2026-06-25 16:45",
    tz="Asia/Singapore",
    notes="Ashby reschedule with a UTC ICS (08:00Z) and SEQUENCE 1.",
)

# ---------------------------------------------------------------- cancellations
ICS_CANCEL = ics(
    uid="9p1c7v3m0k2h8r4t6b5n1q0s3d@google.com",
    start="2026-09-24 14:00",
    end="2026-09-24 15:00",
    tz="America/Denver",
    vtz=vtz_us("America/Denver", "-0700", "-0600", "MST", "MDT"),
    method="CANCEL",
    status="CANCELLED",
    seq=2,
    organizer=("Tara Quinn", "tara.quinn@alpinegrid.example"),
    attendees=[
        ("Ben Ortiz", "ben.ortiz@alpinegrid.example"),
        ("Emma Lindqvist", "emma.lindqvist@example.se"),
    ],
    summary="AlpineGrid interview: Emma Lindqvist / Ben Ortiz",
    stamp="20260921T163000Z",
)
add(
    name="can-google-cancel",
    kind="cancellation",
    frm="Tara Quinn <tara.quinn@alpinegrid.example>",
    to="emma.lindqvist@example.se",
    subject="Canceled event: AlpineGrid interview: Emma Lindqvist / Ben Ortiz @ Thu Sep 24, 2026 2pm - 3pm (MDT) (emma.lindqvist@example.se)",
    date=(2026, 9, 21, 10, 30, "America/Denver"),
    ics=ICS_CANCEL,
    ics_style="google",
    ics_method="CANCEL",
    body="""
This event has been canceled.

AlpineGrid interview: Emma Lindqvist / Ben Ortiz
Thursday Sep 24, 2026 ⋅ 2pm – 3pm (Mountain Time - Denver)

Organizer
Tara Quinn
tara.quinn@alpinegrid.example

Guests
Ben Ortiz
emma.lindqvist@example.se

Invitation from Google Calendar
""",
    company="AlpineGrid",
    role=None,
    interviewers=[("Ben Ortiz", "ben.ortiz@alpinegrid.example", None)],
    start="2026-09-24 14:00",
    end="2026-09-24 15:00",
    tz="America/Denver",
    notes="METHOD:CANCEL; start/end and interviewers are those of the cancelled interview.",
)

add(
    name="can-role-on-hold",
    kind="cancellation",
    frm="Ingrid Nilsen <ingrid@bramblehq.example>",
    to="Chloé Martin <chloe.martin@example.ch>",
    subject="Thursday's interview",
    date=(2026, 4, 13, 17, 20, "Europe/Copenhagen"),
    fmt="qp",
    body="""
Hi Chloé,

I'm sorry to write with this news: the leadership team decided this afternoon to put the Product Analytics Lead role on hold while we finalise next year's budget. That means we have to cancel Thursday's interview with Mads Kjær.

This is no reflection on you — Mads was looking forward to meeting you. If the role reopens (we hope in the summer), I'll reach out to you first.

Again, my apologies.
Ingrid

Ingrid Nilsen
Talent Partner, Bramble
""",
    company="Bramble",
    role="Product Analytics Lead",
    interviewers=[("Mads Kjær", None, None)],
    notes="Role on hold, interview cancelled (not a rejection: the application may reopen). The cancelled time is only 'Thursday', no hour: start null.",
)

ICS_OUT_CANCEL = ics(
    uid="040000008200E00074C5B7101A82E00800000000D3F0B8A91ACEDC01000000000000000010000000AB77",
    start="2026-12-03 09:00",
    end="2026-12-03 10:00",
    tz="America/New_York",
    tzid="Eastern Standard Time",
    vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
    prodid="Microsoft Exchange Server 2010",
    method="CANCEL",
    status="CANCELLED",
    seq=1,
    organizer=("Lisa Tran", "ltran@granitefs.example"),
    attendees=[
        ("Victor Adeyemi", "vadeyemi@granitefs.example"),
        ("Oluwaseun Adeyemi", "seun.adeyemi@example.org"),
    ],
    summary="Interview - Oluwaseun Adeyemi - Cloud Security Engineer",
    stamp="20261130T151000Z",
)
add(
    name="can-outlook-canceled",
    kind="cancellation",
    frm='"Tran, Lisa" <ltran@granitefs.example>',
    to="Oluwaseun Adeyemi <seun.adeyemi@example.org>",
    subject="Canceled: Interview - Oluwaseun Adeyemi - Cloud Security Engineer",
    date=(2026, 11, 30, 10, 10, "America/New_York"),
    ics=ICS_OUT_CANCEL,
    ics_style="outlook",
    ics_method="CANCEL",
    headers="Importance: high\nThread-Topic: Interview - Oluwaseun Adeyemi - Cloud Security Engineer",
    body="""
Oluwaseun - Victor has a conflict on Thursday morning and I need to cancel this for now. I will send a new time shortly.

Lisa Tran
Talent Acquisition Specialist | Granite Financial Services
""",
    company="Granite Financial Services",
    role="Cloud Security Engineer",
    interviewers=[("Victor Adeyemi", "vadeyemi@granitefs.example", None)],
    start="2026-12-03 09:00",
    end="2026-12-03 10:00",
    tz="America/New_York",
    notes="Outlook 'Canceled:' with METHOD:CANCEL and a Windows zone; a new time is promised but not given. Shares a surname with the candidate.",
)

add(
    name="can-interviewer-sick",
    kind="cancellation",
    frm="Mia Schultz <mia.schultz@wavecrest.example>",
    to="Kenji Watanabe <kenji.watanabe@example.com>",
    subject="Need to cancel tomorrow",
    date=(2026, 1, 27, 19, 48, "America/Los_Angeles"),
    fmt="plain",
    body="""
Hi Kenji,

Unfortunately I've come down with the flu, so I need to cancel our 10am interview tomorrow. I'm really sorry for the late notice. Our recruiter Jake will be in touch to rebook once I'm back on my feet.

Mia

Mia Schultz
Engineering Manager, Wavecrest
""",
    company="Wavecrest",
    role=None,
    interviewers=[("Mia Schultz", "mia.schultz@wavecrest.example", "Engineering Manager")],
    start="2026-01-28 10:00",
    end=None,
    tz="America/Los_Angeles",
    notes="The interviewer cancels 'our 10am interview tomorrow' (Jan 28, PST); no duration, end null.",
)

add(
    name="can-goodtime",
    kind="cancellation",
    frm="Pivotal Freight Recruiting <scheduling@pivotalfreight.example>",
    to="rahul.iyer@example.in",
    subject="Interview canceled: Data Engineer, Pivotal Freight",
    date=(2026, 6, 2, 11, 5, "America/Chicago"),
    fmt="alt",
    headers="X-Mailer: GoodTime.io",
    body="""
Hi Rahul,

Your interview for Data Engineer has been canceled:

Thursday, June 4, 2026, 8:00 AM – 9:00 AM CDT with Neil Sorensen

Your recruiter will follow up with next steps.

Pivotal Freight Candidate Experience
""",
    company="Pivotal Freight",
    role="Data Engineer",
    interviewers=[("Neil Sorensen", None, None)],
    start="2026-06-04 08:00",
    end="2026-06-04 09:00",
    tz="America/Chicago",
    notes="GoodTime cancellation notice.",
)

add(
    name="can-candidate-withdrew",
    kind="cancellation",
    frm="Claire Dubois <claire.dubois@loire-analytics.example>",
    to="Leila Haddad <leila.haddad@example.fr>",
    subject="RE: Withdrawing my application",
    date=(2026, 5, 4, 9, 30, "Europe/Paris"),
    fmt="plain",
    in_reply_to="<leila-withdraw-5512@mail.example.fr>",
    body="""
Dear Leila,

Thank you for letting us know, and congratulations on your new position! As requested, I have cancelled your interview on 5 May with Hugo Lefèvre and Inès Benali.

We wish you every success.

Best regards,
Claire Dubois
Talent Acquisition, Loire Analytics

-----Original Message-----
From: Leila Haddad <leila.haddad@example.fr>
Sent: Sunday, 3 May 2026 21:14
To: Claire Dubois <claire.dubois@loire-analytics.example>
Subject: Withdrawing my application

Dear Claire,
I have accepted another offer and would like to withdraw my application for the BI Consultant role. Please cancel Tuesday's interview.
Kind regards, Leila
""",
    company="Loire Analytics",
    role="BI Consultant",
    interviewers=[("Hugo Lefèvre", None, None), ("Inès Benali", None, None)],
    notes="Employer confirms the cancellation after the candidate withdrew; no hour given, start null. Role only in the quoted original.",
)

add(
    name="can-workday",
    kind="cancellation",
    frm="Summit Health Partners <summithealth@myworkday.com>",
    to="Zanele Dlamini <zanele.dlamini@example.co.za>",
    subject="Interview Cancelled: Revenue Cycle Analyst (JR-55012)",
    date=(2026, 8, 18, 16, 0, "America/Denver"),
    fmt="plain",
    body="""
Hello Zanele,

The following interview for Revenue Cycle Analyst (JR-55012) has been cancelled:

Date: August 20, 2026
Time: 2:00 PM - 2:30 PM MDT
Interviewer: Greg Halvorsen

If you have questions, please contact your recruiter.

Summit Health Partners Talent Acquisition
""",
    company="Summit Health Partners",
    role="Revenue Cycle Analyst",
    interviewers=[("Greg Halvorsen", None, None)],
    start="2026-08-20 14:00",
    end="2026-08-20 14:30",
    tz="America/Denver",
    notes="Workday cancellation; requisition number dropped from the role.",
)

add(
    name="can-german-dayfirst",
    kind="cancellation",
    frm="Anna Schäfer <anna.schaefer@rheinlogistik.example>",
    to="Tomasz Kowalski <t.kowalski@example.pl>",
    subject=hdr("Absage des Termins am 19.11. / Cancellation of our appointment"),
    date=(2026, 11, 16, 14, 40, "Europe/Berlin"),
    fmt="qp",
    body="""
Sehr geehrter Herr Kowalski,

leider müssen wir den Gesprächstermin am Donnerstag, 19.11.2026 um 14:00 Uhr mit Herrn Dr. Stefan Becker (Leiter Disposition) absagen, da er kurzfristig verhindert ist. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.

(English: Unfortunately we have to cancel the interview on Thursday, 19.11.2026 at 14:00 with Dr. Stefan Becker (Head of Dispatch), as he is unexpectedly unavailable. We will contact you with a new date in the next few days.)

Mit freundlichen Grüßen
Anna Schäfer
Personalreferentin
Rhein Logistik GmbH
""",
    company="Rhein Logistik",
    role=None,
    interviewers=[("Stefan Becker", None, "Leiter Disposition")],
    start="2026-11-19 14:00",
    end=None,
    tz="Europe/Berlin",
    notes="German/English; 'Herrn Dr.' dropped; title as written in German; no duration.",
)
