"""Invitations (1/2)."""

# ruff: noqa: E501
from ics import event
from lib import (
    L,
    P,
    addr,
    ats_html,
    body_apple,
    body_ats,
    body_gmail,
    body_html,
    body_outlook,
    body_plain,
    msg,
)

# --- Greenhouse panel confirmation, coordinator is not an interviewer, ICS with VTIMEZONE
_ics = event(
    method="REQUEST",
    uid="gh-7731204-panel@nordvikrobotics.com",
    start="2026-07-21 13:00",
    tz="America/New_York",
    minutes=90,
    summary="Onsite Panel: Priya Raman - Senior Controls Engineer",
    style="iana",
    organizer=("Tess Abernathy", "tess.abernathy@nordvikrobotics.com"),
    attendees=[
        ("Priya Raman", "priya.raman.eng@gmail.com", "REQ-PARTICIPANT"),
        ("Hiroshi Sato", "hsato@nordvikrobotics.com", "REQ-PARTICIPANT"),
        ("Adaeze Okonkwo", "aokonkwo@nordvikrobotics.com", "REQ-PARTICIPANT"),
    ],
    location="Nordvik Robotics, 400 Summer St, Floor 6, Boston MA",
    prodid="-//Greenhouse Software//Interview Scheduler//EN",
    stamp="20260713T152201Z",
)
_t = """Hi Priya,

Thanks for making time to come in! Your onsite interview for the Senior Controls Engineer role is confirmed. Details are below and a calendar invitation is attached.

Date: Tuesday, July 21, 2026
Time: 1:00 PM - 2:30 PM EDT
Location: 400 Summer St, Floor 6, Boston, MA 02210 (check in at the front desk, ask for Tess)

Schedule
1:00 PM - 1:45 PM  Controls deep dive with Hiroshi Sato, Principal Engineer
1:45 PM - 2:30 PM  Team & collaboration with Adaeze Okonkwo, Engineering Manager, Motion Systems

Please bring a photo ID. If anything comes up, just reply to this email and I'll get it sorted.

Best,
Tess Abernathy
Recruiting Coordinator | Nordvik Robotics
"""
_h = ats_html(
    "Interview Confirmation",
    [
        "Hi Priya,",
        "Thanks for making time to come in! Your onsite interview for the <b>Senior Controls Engineer</b> role is confirmed. Details are below and a calendar invitation is attached.",
        "<b>Date:</b> Tuesday, July 21, 2026<br><b>Time:</b> 1:00 PM - 2:30 PM EDT<br><b>Location:</b> 400 Summer St, Floor 6, Boston, MA 02210 (check in at the front desk, ask for Tess)",
        "<b>Schedule</b><br>1:00 PM - 1:45 PM &nbsp; Controls deep dive with Hiroshi Sato, Principal Engineer<br>1:45 PM - 2:30 PM &nbsp; Team &amp; collaboration with Adaeze Okonkwo, Engineering Manager, Motion Systems",
        "Please bring a photo ID. If anything comes up, just reply to this email and I'll get it sorted.",
        "Best,<br>Tess Abernathy<br>Recruiting Coordinator | Nordvik Robotics",
    ],
    "Nordvik Robotics",
    "Sent via Greenhouse",
)
msg(
    "h001-nordvik",
    date="Mon, 13 Jul 2026 11:22:01 -0400",
    frm=addr("Tess Abernathy", "no-reply@us.greenhouse-mail.io"),
    to=addr("Priya Raman", "priya.raman.eng@gmail.com"),
    reply_to=addr("Tess Abernathy", "tess.abernathy@nordvikrobotics.com"),
    subject="Interview Confirmation: Senior Controls Engineer at Nordvik Robotics",
    body=body_ats("h001", _t, _h, ics=_ics),
    client="plain",
    headers=("X-Mailer: Greenhouse", "Auto-Submitted: auto-generated"),
    label=L(
        "invitation",
        "Nordvik Robotics",
        "Senior Controls Engineer",
        [
            P("Hiroshi Sato", "hsato@nordvikrobotics.com", "Principal Engineer"),
            P(
                "Adaeze Okonkwo",
                "aokonkwo@nordvikrobotics.com",
                "Engineering Manager, Motion Systems",
            ),
        ],
        "2026-07-21T13:00:00-04:00",
        "2026-07-21T14:30:00-04:00",
        None,
        "Greenhouse onsite with ICS; coordinator Tess only schedules",
    ),
)

# --- founder, Gmail, relative 'tomorrow at 10am', no zone -> sender's offset (PST)
msg(
    "h002-kelpwise",
    date="Wed, 4 Mar 2026 16:40:12 -0800",
    client="gmail",
    frm=addr("Marisol Vega", "marisol@kelpwise.io"),
    to=addr("Tomás Aguilar", "tomas.aguilar@fastmail.com"),
    subject="Re: Founding backend engineer",
    in_reply_to="<CA+Tm8qk3rX0b@mail.gmail.com>",
    body=body_gmail(
        "h002",
        """Hey Tomás,

Loved your notes on the ingestion pipeline, that's exactly the mess we're in right now :)

Would you be free tomorrow at 10am for a quick 30 min chat? Just me, pretty informal -- I'll walk you through what we're building and you can grill me. I'll send a Meet link if that works.

Marisol

--\x20
Marisol Vega
Co-founder & CEO, Kelpwise
kelpwise.io

On Wed, Mar 4, 2026 at 9:02 AM Tomás Aguilar <tomas.aguilar@fastmail.com> wrote:
> Hi Marisol,
>
> Thanks for reaching out about the founding backend engineer position. I'd be
> happy to talk. I'm generally free Thursday or Friday afternoons.
>
> Best,
> Tomás
""",
    ),
    label=L(
        "invitation",
        "Kelpwise",
        "Founding backend engineer",
        [P("Marisol Vega", "marisol@kelpwise.io", "Co-founder & CEO")],
        "2026-03-05T10:00:00-08:00",
        "2026-03-05T10:30:00-08:00",
        None,
        "relative 'tomorrow at 10am', zone from Date header",
    ),
)

# --- Outlook meeting request, GMT Standard Time (BST), coordinator sends for two interviewers
_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E00800000000A0B3C2D4E5F6DA010000000000000000100000003F1AA2E",
    start="2026-06-09 14:00",
    tz="GMT Standard Time",
    minutes=60,
    style="outlook",
    summary="Interview - Hannah Okafor - Pricing Analyst",
    organizer=("Thornton, Lucy", "lucy.thornton@fenwicklyle.co.uk"),
    attendees=[
        ("Pryce, Gareth", "gareth.pryce@fenwicklyle.co.uk", "REQ-PARTICIPANT"),
        ("Rahman, Nadia", "nadia.rahman@fenwicklyle.co.uk", "REQ-PARTICIPANT"),
        ("hannah.okafor@outlook.com", "hannah.okafor@outlook.com", "REQ-PARTICIPANT"),
    ],
    location="Microsoft Teams Meeting",
    stamp="20260602T093015Z",
)
msg(
    "h003-fenwick",
    date="Tue, 2 Jun 2026 09:30:15 +0000",
    client="outlook_eu",
    frm=addr("Thornton, Lucy", "lucy.thornton@fenwicklyle.co.uk"),
    to="hannah.okafor@outlook.com",
    subject="Interview - Hannah Okafor - Pricing Analyst",
    body=body_outlook(
        "h003",
        """Dear Hannah,

Further to our telephone conversation, I am pleased to confirm your first-stage interview for the role of Pricing Analyst on Tuesday 9th June at 2pm. The interview will take place on Microsoft Teams and will last approximately one hour.

You will be meeting with:
- Gareth Pryce, Head of Data & Pricing
- Nadia Rahman, Senior Actuary

The interview will be competency based and will include a short discussion of a case study, which Gareth will share on screen. There is no need to prepare slides.

Please accept the meeting invitation so that we know you have received the details. Should you have any questions in the meantime, please do not hesitate to contact me.

Kind regards,

Lucy Thornton
HR Coordinator
Fenwick & Lyle Insurance
T: 0113 496 0712
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1>
Meeting ID: 341 772 901 55
Passcode: Xq7fLm
________________________________________________________________________________
""",
        ics=_ics,
        method="REQUEST",
    ),
    headers=("X-MS-Exchange-Organization-SCL: 1",),
    label=L(
        "invitation",
        "Fenwick & Lyle Insurance",
        "Pricing Analyst",
        [
            P("Gareth Pryce", "gareth.pryce@fenwicklyle.co.uk", "Head of Data & Pricing"),
            P("Nadia Rahman", "nadia.rahman@fenwicklyle.co.uk", "Senior Actuary"),
        ],
        "2026-06-09T14:00:00+01:00",
        "2026-06-09T15:00:00+01:00",
        None,
        "Outlook request, Windows zone GMT Standard Time in BST; 'Last, First' in ICS CN",
    ),
)

# --- Calendly confirmation, recruiter phone screen = interviewer, ICS in UTC
_ics = event(
    method="REQUEST",
    uid="b2f81c1e-6a0d-4f43-9d62-0c5f8a1e77d1@calendly.com",
    start="2026-04-16 10:00",
    tz="America/Chicago",
    minutes=30,
    style="utc",
    summary="Lukas Brandt and Jenna Kowalski",
    organizer=("Jenna Kowalski", "jkowalski@prairielinefreight.com"),
    attendees=[("Lukas Brandt", "lukas.brandt@gmail.com", "REQ-PARTICIPANT")],
    description="Event Name: 30 Minute Phone Screen\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/b2f81c1e\nReschedule: https://calendly.com/reschedulings/b2f81c1e",
    location="(402) 555-0147",
    stamp="20260413T201544Z",
)
_h = ats_html(
    "Confirmed: 30 Minute Phone Screen with Jenna Kowalski",
    [
        "Hi Lukas,",
        "A new event has been scheduled.",
        "<b>Event Type:</b><br>30 Minute Phone Screen",
        "<b>Invitee:</b><br>Lukas Brandt<br>lukas.brandt@gmail.com",
        "<b>Event Date/Time:</b><br>10:00am - 10:30am (Central Time - US &amp; Canada), Thursday, April 16, 2026",
        "<b>Location:</b><br>Jenna Kowalski will call you at (402) 555-0147",
        "<b>Description:</b><br>Quick intro call for the Dispatch Operations Supervisor opening at Prairieline Freight. Jenna Kowalski, Talent Acquisition Partner",
        '<a href="https://calendly.com/cancellations/b2f81c1e">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/b2f81c1e">Reschedule</a>',
    ],
    "Calendly",
    "Powered by Calendly.com",
)
_t = """Hi Lukas,

Your event has been scheduled.

30 Minute Phone Screen
10:00am - 10:30am (Central Time - US & Canada), Thursday, April 16, 2026

Jenna Kowalski will call you at (402) 555-0147

Description:
Quick intro call for the Dispatch Operations Supervisor opening at Prairieline Freight. Jenna Kowalski, Talent Acquisition Partner

Cancel: https://calendly.com/cancellations/b2f81c1e
Reschedule: https://calendly.com/reschedulings/b2f81c1e

Powered by Calendly.com
"""
msg(
    "h004-prairieline",
    date="Mon, 13 Apr 2026 20:15:44 +0000",
    client="plain",
    frm=addr("Calendly", "notifications@calendly.com"),
    to="lukas.brandt@gmail.com",
    reply_to="jkowalski@prairielinefreight.com",
    subject="Confirmed: 30 Minute Phone Screen with Jenna Kowalski on Thursday, April 16, 2026",
    body=body_ats("h004", _t, _h, ics=_ics),
    label=L(
        "invitation",
        "Prairieline Freight",
        "Dispatch Operations Supervisor",
        [P("Jenna Kowalski", "jkowalski@prairielinefreight.com", "Talent Acquisition Partner")],
        "2026-04-16T10:00:00-05:00",
        "2026-04-16T10:30:00-05:00",
        None,
        "Calendly; Date header UTC but event in Central; recruiter phone screen",
    ),
)

# --- Ashby self-scheduling link, no time yet
_t = """Hi Mei-Ling,

Great news - the team enjoyed your take-home and would like to move you forward to the technical interview for Staff Frontend Engineer at Quillfeather.

This is a 60-minute pairing session with Ravi Subramanian (Staff Engineer, Editor Platform). You'll work in your own editor; no need to install anything special.

Please pick a time that works for you using the link below:
https://jobs.ashbyhq.com/quillfeather/schedule/8f1d0c2a-44e7-4b3e-a0f1-5c2bb7e9d310

Slots are shown in your local time zone. If none of them fit, reply here and we'll find something.

Cheers,
Oriana
Oriana Blake | Recruiting, Quillfeather
"""
_h = ats_html(
    "Schedule your technical interview",
    [
        "Hi Mei-Ling,",
        "Great news - the team enjoyed your take-home and would like to move you forward to the technical interview for <b>Staff Frontend Engineer</b> at Quillfeather.",
        "This is a 60-minute pairing session with Ravi Subramanian (Staff Engineer, Editor Platform). You'll work in your own editor; no need to install anything special.",
        '<a href="https://jobs.ashbyhq.com/quillfeather/schedule/8f1d0c2a-44e7-4b3e-a0f1-5c2bb7e9d310" style="background:#4b3fe4;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Select a time</a>',
        "Slots are shown in your local time zone. If none of them fit, reply here and we'll find something.",
        "Cheers,<br>Oriana<br>Oriana Blake | Recruiting, Quillfeather",
    ],
    "Quillfeather",
    "Powered by Ashby",
)
msg(
    "h005-quillfeather",
    date="Thu, 10 Sep 2026 17:03:51 +0000",
    client="plain",
    frm=addr("Oriana Blake", "no-reply@ashbyhq.com"),
    to=addr("Mei-Ling Cho", "meiling.cho@proton.me"),
    reply_to="oriana.blake@quillfeather.com",
    subject="Quillfeather - schedule your technical interview",
    body=body_ats("h005", _t, _h),
    label=L(
        "invitation",
        "Quillfeather",
        "Staff Frontend Engineer",
        [P("Ravi Subramanian", None, "Staff Engineer, Editor Platform")],
        None,
        None,
        None,
        "Ashby self-scheduling link; interviewer named, no time",
    ),
)

# --- German Outlook, W. Europe Standard Time, date across the EU DST change (CET), Dr. dropped
_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E008000000002E11C73A9D5EDC01000000000000000010000000B6F0",
    start="2026-10-27 10:00",
    tz="W. Europe Standard Time",
    minutes=75,
    style="outlook",
    summary="Interview Daniel Weiss – Senior Site Reliability Engineer",
    organizer=("Vogel, Katrin", "katrin.vogel@brueckner-logistik.de"),
    attendees=[
        ("Albers, Jörg", "joerg.albers@brueckner-logistik.de", "REQ-PARTICIPANT"),
        ("Daniel Weiss", "d.weiss@posteo.de", "REQ-PARTICIPANT"),
    ],
    location="Brückner Logistik, Hafenstraße 12, 20457 Hamburg – Raum Elbe 3",
    stamp="20261022T074112Z",
)
msg(
    "h006-brueckner",
    date="Thu, 22 Oct 2026 09:41:12 +0200",
    client="outlook_eu",
    frm=addr("Vogel, Katrin", "katrin.vogel@brueckner-logistik.de", "B"),
    to=addr("Daniel Weiss", "d.weiss@posteo.de"),
    subject="Einladung zum Gespräch: Senior Site Reliability Engineer",
    body=body_outlook(
        "h006",
        """Hallo Herr Weiss,

vielen Dank für Ihre Bewerbung und das angenehme Telefonat letzte Woche. Wir möchten Sie gerne zu einem persönlichen Gespräch einladen:

Termin: Dienstag, 27.10.2026, 10:00 – 11:15 Uhr
Ort: Hafenstraße 12, 20457 Hamburg, Raum "Elbe 3"
Gesprächspartner: Dr. Katrin Vogel (Head of Platform Engineering) und Jörg Albers (Teamlead SRE)

Bitte bringen Sie gerne Beispiele Ihrer Arbeit mit (z. B. Postmortems, Runbooks). Die Einladung im Kalender habe ich beigefügt.

Mit freundlichen Grüßen

Dr. Katrin Vogel
Head of Platform Engineering
Brückner Logistik GmbH & Co. KG
Hafenstraße 12 · 20457 Hamburg
Amtsgericht Hamburg HRA 118822
""",
        ics=_ics,
    ),
    label=L(
        "invitation",
        "Brückner Logistik",
        "Senior Site Reliability Engineer",
        [
            P("Katrin Vogel", "katrin.vogel@brueckner-logistik.de", "Head of Platform Engineering"),
            P("Jörg Albers", "joerg.albers@brueckner-logistik.de", "Teamlead SRE"),
        ],
        "2026-10-27T10:00:00+01:00",
        "2026-10-27T11:15:00+01:00",
        None,
        "German; Date header +0200 but interview after DST end (+0100); organizer also interviews; 'Dr.' dropped",
    ),
)

# --- reply thread confirming an onsite; quoted mail has an older phone screen with another person
msg(
    "h007-saltmarsh",
    date="Fri, 24 Apr 2026 14:12:09 -0400",
    client="gmail",
    frm=addr("Jasmine Beaulieu", "jasmine@saltmarshgames.ca"),
    to=addr("Camille Durand", "camille.durand.art@gmail.com"),
    subject="Re: Senior Technical Artist - next round",
    in_reply_to="<CAJx2P9=wQz6mK@mail.gmail.com>",
    body=body_gmail(
        "h007",
        """Hi Camille,

Perfect, you're confirmed for Friday, May 8 from 1:00 to 4:00 pm ET at the studio (5445 Avenue de Gaspé, suite 300). You'll meet three people back to back:

  * Élodie Tremblay, Art Director
  * Sam Okoye, Lead Technical Artist
  * Priyanka Das, Senior Producer

We'll have coffee and something sweet. Ring the buzzer for Saltmarsh on the 3rd floor and I'll come get you.

À bientôt,
Jasmine

Jasmine Beaulieu
Talent & Culture | Saltmarsh Games
Montréal

On Thu, Apr 23, 2026 at 4:51 PM Camille Durand <camille.durand.art@gmail.com> wrote:
> Hi Jasmine,
>
> Thanks so much. Friday May 8 in the afternoon works best for me.
>
> Camille
>
> On Tue, Apr 21, 2026 at 10:03 AM Jasmine Beaulieu <jasmine@saltmarshgames.ca> wrote:
>> Hi Camille,
>>
>> Colin Marsh really enjoyed your phone screen on April 17 and we'd love to
>> bring you in for the final round. Could you do Thursday May 7 or Friday May 8?
>>
>> Jasmine
""",
    ),
    label=L(
        "invitation",
        "Saltmarsh Games",
        "Senior Technical Artist",
        [
            P("Élodie Tremblay", None, "Art Director"),
            P("Sam Okoye", None, "Lead Technical Artist"),
            P("Priyanka Das", None, "Senior Producer"),
        ],
        "2026-05-08T13:00:00-04:00",
        "2026-05-08T16:00:00-04:00",
        None,
        "reply; quoted mail names Colin Marsh (earlier screen) and other dates",
    ),
)

# --- Workday HTML-only, base64
_h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
<p>Dear Kwame Mensah,</p>
<p>Thank you for your interest in the position of <strong>Registered Nurse - Cardiac ICU (Nights)</strong> (R-0048213) at Mercy Lakes Health.</p>
<p>We are pleased to invite you to interview. Please find the details below:</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Interview Type:</b></td><td>In Person</td></tr>
<tr><td><b>Date:</b></td><td>Wednesday, August 12, 2026</td></tr>
<tr><td><b>Time:</b></td><td>9:00 AM - 10:00 AM CDT</td></tr>
<tr><td><b>Location:</b></td><td>Mercy Lakes Medical Center, 2100 Shoreline Dr, Tower B, 5th Floor Conference Room, Milwaukee, WI</td></tr>
<tr><td><b>Interviewer(s):</b></td><td>Rebecca Lindgren, RN, MSN - Nurse Manager, Cardiac ICU<br>Marcus Oyelaran, RN - Charge Nurse</td></tr>
</table>
<p>Please arrive 15 minutes early and bring a copy of your current nursing license.</p>
<p>If you need to reschedule, please contact Talent Acquisition at (414) 555-0190.</p>
<p>Sincerely,<br>Talent Acquisition<br>Mercy Lakes Health</p>
<p style="font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
</div></body></html>
"""
msg(
    "h008-mercylakes",
    date="Thu, 30 Jul 2026 15:47:02 -0700",
    client="plain",
    frm=addr("Mercy Lakes Health", "mercylakes@myworkday.com"),
    to="kwame.mensah.rn@yahoo.com",
    subject="Interview Invitation - Registered Nurse - Cardiac ICU (Nights)",
    body=body_html(_h, cte="base64"),
    label=L(
        "invitation",
        "Mercy Lakes Health",
        "Registered Nurse - Cardiac ICU (Nights)",
        [
            P("Rebecca Lindgren", None, "Nurse Manager, Cardiac ICU"),
            P("Marcus Oyelaran", None, "Charge Nurse"),
        ],
        "2026-08-12T09:00:00-05:00",
        "2026-08-12T10:00:00-05:00",
        None,
        "Workday HTML-only base64; Date header Pacific (Workday server) but interview CDT; req number stripped",
    ),
)

# --- GoodTime invite: body says '11 AM EST' in July; the ICS is exact (America/New_York, EDT)
_ics = event(
    method="REQUEST",
    uid="goodtime-5f3e1a9c77b2@goodtime.io",
    start="2026-07-16 11:00",
    tz="America/New_York",
    minutes=45,
    style="iana",
    summary="Hiring Manager Interview | Ifeoma Chukwu <> Noah Goldberg",
    organizer=("Pinecrest Capital Recruiting", "recruiting-scheduling@pinecrestcap.com"),
    attendees=[
        ("Noah Goldberg", "noah.goldberg@icloud.com", "REQ-PARTICIPANT"),
        ("Ifeoma Chukwu", "ifeoma.chukwu@pinecrestcap.com", "REQ-PARTICIPANT"),
    ],
    location="https://pinecrestcap.zoom.us/j/93377120045",
    stamp="20260709T134455Z",
)
_t = """Hi Noah,

You're all set for your hiring manager interview for the Quantitative Risk Associate role.

When: Thursday, July 16 at 11 AM EST (45 minutes)
With: Ifeoma Chukwu, Director, Market Risk
Where: Zoom - https://pinecrestcap.zoom.us/j/93377120045

The calendar invite is attached. Please accept it so it lands on your calendar.

Thanks,
Pinecrest Capital Recruiting Team
Scheduled with GoodTime
"""
msg(
    "h009-pinecrest",
    date="Thu, 09 Jul 2026 13:44:55 +0000",
    client="plain",
    frm=addr("Pinecrest Capital Recruiting", "recruiting-scheduling@pinecrestcap.com"),
    to="noah.goldberg@icloud.com",
    subject="Interview Confirmed: Quantitative Risk Associate - Pinecrest Capital",
    body=body_gmail("h009", _t, ics=_ics),
    headers=("X-GoodTime-Event: 5f3e1a9c77b2",),
    label=L(
        "invitation",
        "Pinecrest Capital",
        "Quantitative Risk Associate",
        [P("Ifeoma Chukwu", "ifeoma.chukwu@pinecrestcap.com", "Director, Market Risk")],
        "2026-07-16T11:00:00-04:00",
        "2026-07-16T11:45:00-04:00",
        None,
        "body says '11 AM EST' in July; ICS America/New_York gives -04:00",
    ),
)

# --- Lever confirmation, Google-style UTC ICS
_ics = event(
    method="REQUEST",
    uid="lever-interview-3ab0e7d1-91f2-4c6e@hire.lever.co",
    start="2026-02-10 14:00",
    tz="America/Los_Angeles",
    minutes=60,
    style="google",
    summary="Lanternfish Bio - Video Interview (Zoë Harrington)",
    organizer=("Lanternfish Bio Talent", "talent@lanternfishbio.com"),
    attendees=[
        ("Zoë Harrington", "zoe.harrington@gmail.com", "REQ-PARTICIPANT"),
        ("Tobias Engström", "tengstrom@lanternfishbio.com", "REQ-PARTICIPANT"),
        ("Carla Mendez-Ruiz", "cmendezruiz@lanternfishbio.com", "REQ-PARTICIPANT"),
    ],
    location="Google Meet: https://meet.google.com/qpw-rtxz-kmd",
    stamp="20260203T190210Z",
    prodid="-//Lever//Lever Interview Scheduling//EN",
)
_t = """Hi Zoë,

Your interview with Lanternfish Bio for the position of Scientist II, Protein Engineering has been scheduled.

Tuesday, February 10, 2026
2:00 PM - 3:00 PM PST

Interviewers:
Tobias Engström - Associate Director, Protein Sciences
Carla Mendez-Ruiz - Senior Scientist

Google Meet: https://meet.google.com/qpw-rtxz-kmd

Please be prepared to present a 15 minute summary of a past project.

Lanternfish Bio Talent Team
"""
_h = ats_html(
    "Interview scheduled",
    [
        "Hi Zoë,",
        "Your interview with Lanternfish Bio for the position of <b>Scientist II, Protein Engineering</b> has been scheduled.",
        "<b>Tuesday, February 10, 2026</b><br>2:00 PM - 3:00 PM PST",
        "<b>Interviewers:</b><br>Tobias Engström - Associate Director, Protein Sciences<br>Carla Mendez-Ruiz - Senior Scientist",
        'Google Meet: <a href="https://meet.google.com/qpw-rtxz-kmd">meet.google.com/qpw-rtxz-kmd</a>',
        "Please be prepared to present a 15 minute summary of a past project.",
        "Lanternfish Bio Talent Team",
    ],
    "Lanternfish Bio",
    "Sent with Lever",
)
msg(
    "h010-lanternfish",
    date="Tue, 3 Feb 2026 11:02:10 -0800",
    client="plain",
    frm=addr("Lanternfish Bio", "no-reply@hire.lever.co"),
    to=addr("Zoë Harrington", "zoe.harrington@gmail.com"),
    reply_to="talent@lanternfishbio.com",
    subject="Interview scheduled: Scientist II, Protein Engineering",
    body=body_ats("h010", _t, _h, ics=_ics),
    label=L(
        "invitation",
        "Lanternfish Bio",
        "Scientist II, Protein Engineering",
        [
            P(
                "Tobias Engström",
                "tengstrom@lanternfishbio.com",
                "Associate Director, Protein Sciences",
            ),
            P("Carla Mendez-Ruiz", "cmendezruiz@lanternfishbio.com", "Senior Scientist"),
        ],
        "2026-02-10T14:00:00-08:00",
        "2026-02-10T15:00:00-08:00",
        None,
        "Lever; ICS times in UTC",
    ),
)

# --- India, day-first date, Mr. dropped
msg(
    "h011-kaveri",
    date="Mon, 14 Sep 2026 12:18:40 +0530",
    client="gmail",
    frm=addr("Kaveri Payments HR", "careers@kaveripay.in"),
    to=addr("Aarav Mehta", "aarav.mehta93@gmail.com"),
    subject="Interview Schedule - Backend Developer (Java) - Kaveri Payments",
    body=body_gmail(
        "h011",
        """Dear Aarav,

Greetings from Kaveri Payments!

With reference to your application for the post of Backend Developer (Java), we are glad to inform you that you have been shortlisted for the Technical Round 1.

Please find the interview details below:

Date : 18/09/2026 (Friday)
Time : 11:30 AM to 12:30 PM
Mode : Virtual (Microsoft Teams, link will be shared separately)
Interviewer : Mr. Sandeep Kulkarni, Engineering Manager - Settlements

Kindly confirm your availability by replying to this mail. Please keep your updated resume and a valid photo ID handy.

All the best!

Regards,
Deepa Iyer
Talent Acquisition Team
Kaveri Payments Pvt. Ltd., Bengaluru
""",
    ),
    label=L(
        "invitation",
        "Kaveri Payments",
        "Backend Developer (Java)",
        [P("Sandeep Kulkarni", None, "Engineering Manager - Settlements")],
        "2026-09-18T11:30:00+05:30",
        "2026-09-18T12:30:00+05:30",
        None,
        "Indian HR style; dd/mm/yyyy; no zone -> sender IST; 'Mr.' dropped",
    ),
)

# --- Japan, family-name-first kept as written
msg(
    "h012-hoshizora",
    date="Tue, 29 Sep 2026 10:05:33 +0900",
    client="outlook",
    frm=addr("Kimura Aya", "aya.kimura@hoshizora-sys.co.jp"),
    to=addr("Emily Zhang", "emily.zhang.dev@gmail.com"),
    subject="【Hoshizora Systems】Second interview / 二次面接のご案内",
    body=body_outlook(
        "h012",
        """Emily Zhang 様

Thank you for attending the first interview last week. We are happy to invite you to the second interview for the Cloud Solutions Architect position.

Date and time: Monday, 5 October 2026, 15:00-16:00 (JST)
Format: Online (Microsoft Teams)
Interviewers:
  Tanaka Hiroshi - Engineering Director
  Sato Mariko - HR Business Partner

If this time is difficult for you, please let me know two or three alternative times.

Best regards,

Kimura Aya
Talent Acquisition, Hoshizora Systems Co., Ltd.
木村 彩 / 人事部 採用グループ
""",
    ),
    label=L(
        "invitation",
        "Hoshizora Systems",
        "Cloud Solutions Architect",
        [
            P("Tanaka Hiroshi", None, "Engineering Director"),
            P("Sato Mariko", None, "HR Business Partner"),
        ],
        "2026-10-05T15:00:00+09:00",
        "2026-10-05T16:00:00+09:00",
        None,
        "Japanese sender; family-name-first names kept; coordinator Kimura not interviewer",
    ),
)

# --- Australia, 'next Monday 9:30' relative to Date, AEDT just started
msg(
    "h013-wattle",
    date="Wed, 7 Oct 2026 16:27:45 +1100",
    client="apple",
    frm=addr("Bronwyn Fitzgerald", "bronwyn.f@wattlegrain.com.au"),
    to=addr("Oluwaseun Adeyemi", "seun.adeyemi@outlook.com"),
    subject="Analytics Lead - chat next week?",
    body=body_apple(
        "h013",
        """Hi Seun,

Thanks for your application for the Analytics Lead role, I really enjoyed reading about the demand forecasting work you did at the co-op.

Are you free next Monday 9:30 for a 45 minute chat? We could do it at our Surry Hills office or over Zoom, whichever suits.

Cheers,
Bronwyn

Bronwyn Fitzgerald
Head of Analytics | Wattle & Grain
Level 2, 88 Foveaux St, Surry Hills NSW 2010
""",
    ),
    label=L(
        "invitation",
        "Wattle & Grain",
        "Analytics Lead",
        [P("Bronwyn Fitzgerald", "bronwyn.f@wattlegrain.com.au", "Head of Analytics")],
        "2026-10-12T09:30:00+11:00",
        "2026-10-12T10:15:00+11:00",
        None,
        "Apple Mail; 'next Monday 9:30' from Wed 7 Oct; AEDT",
    ),
)

# --- Spain, Spanish double surname in 'Last, First' display name
msg(
    "h014-alcazar",
    date="Fri, 6 Nov 2026 13:10:00 +0100",
    client="outlook_eu",
    frm=addr("Hernández Ortega, Luis", "lhernandez@alcazar-energia.es", "B"),
    to=addr("Ana Petrović", "ana.petrovic@gmx.net"),
    subject="Entrevista - Energy Trading Analyst",
    body=body_outlook(
        "h014",
        """Hi Ana,

Thank you for your interest in joining our trading desk. I would like to invite you to an interview for the Energy Trading Analyst position on Thursday 12 November at 16:00 Madrid time, at our offices in Paseo de la Castellana 77, Madrid. I will conduct the interview myself together with Inés Calvo, our Risk Manager. Plan for about 90 minutes including a short Excel exercise.

Please confirm whether this suits you.

Un saludo,

Luis Hernández Ortega
Head of Trading
Alcázar Energía S.A.
""",
    ),
    label=L(
        "invitation",
        "Alcázar Energía",
        "Energy Trading Analyst",
        [
            P("Luis Hernández Ortega", "lhernandez@alcazar-energia.es", "Head of Trading"),
            P("Inés Calvo", None, "Risk Manager"),
        ],
        "2026-11-12T16:00:00+01:00",
        "2026-11-12T17:30:00+01:00",
        None,
        "'Hernández Ortega, Luis' display name; day-first; Madrid time",
    ),
)

# --- academic, Thunderbird plain text 8bit format=flowed, Prof./Dr. stripped
msg(
    "h015-rheinfeld",
    date="Mon, 16 Nov 2026 08:55:19 +0100",
    client="plain",
    frm=addr("Anneliese Kraus", "kraus@cl.hs-rheinfeld.de"),
    to=addr("Marek Nowak", "marek.nowak@uw.edu.pl"),
    subject="Invitation to interview - Postdoctoral Researcher in Computational Linguistics",
    headers=("User-Agent: Mozilla Thunderbird", "Content-Language: en-US"),
    body=body_plain(
        """Dear Dr. Nowak,

on behalf of the selection committee I am pleased to invite you to an interview for the position of Postdoctoral Researcher in Computational Linguistics (Ref. CL-2026-14).

The interview will take place on 3 December 2026 at 14:00 in room B 2.17 of our institute (Rheinuferstraße 9, Building B). It will consist of a 20-minute talk on your research, followed by a discussion of about 40 minutes with the committee: Prof. Dr. Anneliese Kraus, Dr. Tobias Heng and Dr. Selin Arslan.

Travel costs will be reimbursed according to the state travel expense law. If you prefer to join remotely, please let me know by 25 November.

With best regards,
Anneliese Kraus

--\x20
Prof. Dr. Anneliese Kraus
Chair of Computational Linguistics
Hochschule Rheinfeld
""",
        cte="8bit",
        flowed=True,
    ),
    label=L(
        "invitation",
        "Hochschule Rheinfeld",
        "Postdoctoral Researcher in Computational Linguistics",
        [
            P("Anneliese Kraus", "kraus@cl.hs-rheinfeld.de", "Chair of Computational Linguistics"),
            P("Tobias Heng", None, None),
            P("Selin Arslan", None, None),
        ],
        "2026-12-03T14:00:00+01:00",
        "2026-12-03T15:00:00+01:00",
        None,
        "academic; 8bit format=flowed; titles stripped; 'let me know by 25 November' is a candidate deadline",
    ),
)

# --- SmartRecruiters phone interview, recruiter is the interviewer, CEST
_h = ats_html(
    "Your interview is scheduled",
    [
        "Hi Sofia,",
        "Your <b>Phone Interview</b> for <b>Product Operations Manager</b> at <b>Oranjeboom Mobility</b> has been scheduled.",
        "<b>Tue, Sep 22, 2026</b><br>2:00 PM - 2:30 PM (GMT+02:00) Central European Summer Time",
        "<b>Interviewer:</b> Fleur de Vries, Talent Acquisition Specialist",
        "Fleur will call you on the number in your application.",
        '<a href="https://www.smartrecruiters.com/app/interviews/7c12aa90">View interview details</a>',
    ],
    "Oranjeboom Mobility",
    "Powered by SmartRecruiters · Privacy Policy",
)
msg(
    "h016-oranjeboom",
    date="Fri, 18 Sep 2026 08:14:27 +0000",
    client="plain",
    frm=addr("Oranjeboom Mobility", "noreply@smartrecruiters.com"),
    to=addr("Sofia Lindqvist", "sofia.lindqvist@telia.se"),
    reply_to="fleur.devries@oranjeboom.nl",
    subject="Interview scheduled: Product Operations Manager",
    body=body_html(_h),
    label=L(
        "invitation",
        "Oranjeboom Mobility",
        "Product Operations Manager",
        [P("Fleur de Vries", "fleur.devries@oranjeboom.nl", "Talent Acquisition Specialist")],
        "2026-09-22T14:00:00+02:00",
        "2026-09-22T14:30:00+02:00",
        None,
        "SmartRecruiters HTML-only; recruiter phone screen",
    ),
)

# --- agency recruiter inviting to client interview; company = client
msg(
    "h017-corrigan",
    date="Thu, 8 Oct 2026 17:36:02 +0100",
    client="outlook_eu",
    frm=addr("Niamh Brennan", "niamh.brennan@brightpathtalent.ie"),
    to=addr("Siobhán Keane", "siobhan.keane@eircom.net"),
    subject="RE: Management Accountant role - interview confirmed",
    in_reply_to="<AM9PR02MB71120D1E@AM9PR02MB7112.eurprd02.prod.outlook.com>",
    body=body_outlook(
        "h017",
        """Hi Siobhán,

Great news - Corrigan Maritime would like to meet you! I've confirmed Thursday 15th October at 11am at their office on Sir John Rogerson's Quay.

You'll be meeting Declan Moran (CFO) and Aoife Gallagher (Financial Controller). Expect about an hour; Declan likes to talk through month-end and how you'd improve the reporting pack, so have a couple of examples ready.

Give me a shout after and let me know how it went.

Niamh

Niamh Brennan
Senior Consultant, Finance & Accounting
Brightpath Talent | Dublin
+353 1 555 0182

From: Siobhán Keane <siobhan.keane@eircom.net>
Sent: Tuesday, October 6, 2026 9:14 PM
To: Niamh Brennan <niamh.brennan@brightpathtalent.ie>
Subject: Re: Management Accountant role

Hi Niamh, any day next week except Monday works for me. Thanks, Siobhán
""",
    ),
    label=L(
        "invitation",
        "Corrigan Maritime",
        "Management Accountant",
        [P("Declan Moran", None, "CFO"), P("Aoife Gallagher", None, "Financial Controller")],
        "2026-10-15T11:00:00+01:00",
        "2026-10-15T12:00:00+01:00",
        None,
        "agency recruiter (Brightpath) is not the company; Dublin IST",
    ),
)
