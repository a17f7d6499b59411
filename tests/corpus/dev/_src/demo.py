"""Writes daemon/demo/Maildir: Jordan Avery's mailbox, Oct-Nov 2026."""
# ruff: noqa: E501

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mime import VTZ_NEW_YORK, addr, b64, date, epoch, fold_ics, qp

ROOT = Path(__file__).resolve().parents[4] / "daemon" / "demo" / "Maildir"
ME = "Jordan Avery <jordan.avery@example.net>"
MSGS: list[tuple[int, str, str]] = []  # (epoch, flags, text)


def add(when: tuple[int, int, int, int, int, str], text: str, flags: str = "S") -> None:
    MSGS.append((epoch(*when), flags, text.lstrip("\n")))


# 1 -- Bluebird Freight, Workday acknowledgement (Oct 19) -------------------------------
W = (2026, 10, 19, 18, 42, "America/Chicago")
add(
    W,
    f"""
Return-Path: <bluebirdfreight@myworkday.com>
From: Bluebird Freight Talent Acquisition <bluebirdfreight@myworkday.com>
Reply-To: no-reply@bluebirdfreight.example
To: {ME}
Subject: Bluebird Freight - Application Received: Analytics Engineer (R-20419)
Date: {date(*W)}
Message-ID: <1160398112.4471.1792453320114@wd5-prod.myworkday.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_4470_918273645.1792453320112"

------=_Part_4470_918273645.1792453320112
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Dear Jordan,

Thank you for your interest in Bluebird Freight. We have received your application
for the Analytics Engineer position (R-20419) in Chicago, IL.

Our Talent Acquisition team will review your qualifications against the requirements
of the role. If your background is a match, a member of our team will contact you to
discuss next steps. You can check the status of your application at any time by
signing in to your candidate home.

Thank you again for considering Bluebird Freight as your next career move.

Sincerely,
Bluebird Freight Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.

------=_Part_4470_918273645.1792453320112
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{
        qp('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #333333;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding: 16px 0;">
<img src="https://bluebirdfreight.example/assets/logo-email.png" alt="Bluebird Freight" width="180">
</td></tr></table>
<p>Dear Jordan,</p>
<p>Thank you for your interest in Bluebird Freight. We have received your application for the <b>Analytics Engineer</b> position (R-20419) in Chicago, IL.</p>
<p>Our Talent Acquisition team will review your qualifications against the requirements of the role. If your background is a match, a member of our team will contact you to discuss next steps. You can check the status of your application at any time by signing in to your <a href="https://wd5.myworkday.com/bluebirdfreight/d/home.htmld">candidate home</a>.</p>
<p>Thank you again for considering Bluebird Freight as your next career move.</p>
<p>Sincerely,<br>Bluebird Freight Talent Acquisition</p>
<p style="font-size: 11px; color: #888888;">This email was sent from an unmonitored mailbox. Please do not reply.</p>
</body></html>
''')
    }
------=_Part_4470_918273645.1792453320112--
""",
)

# 2 -- Northwind Analytics, Greenhouse acknowledgement (Oct 21) ----------------------------
W = (2026, 10, 21, 9, 14, "America/New_York")
add(
    W,
    f"""
Return-Path: <bounces+1853307-e81c-jordan.avery=example.net@us.greenhouse-mail.io>
From: Northwind Analytics <no-reply@us.greenhouse-mail.io>
Reply-To: no-reply@us.greenhouse-mail.io
To: jordan.avery@example.net
Subject: Thank you for applying to Northwind Analytics
Date: {date(*W)}
Message-ID: <6a1f0c2e9b.4d7e81@us.greenhouse-mail.io>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6717a1b0e3_2b8c3fe4d1c6ad40417e"
Content-Transfer-Encoding: 7bit

----==_mimepart_6717a1b0e3_2b8c3fe4d1c6ad40417e
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{
        qp('''Hi Jordan,

Thanks for applying to the Senior Data Engineer role at Northwind Analytics! We're excited you're interested in joining our team.

Our recruiting team reviews every application carefully, and we'll be in touch if your experience is a good fit for the role. In the meantime, you can learn more about how we work on our engineering blog: https://northwind-analytics.example/blog

Best,
The Northwind Analytics Recruiting Team

**Please note: this inbox is not monitored. Replies to this email will not be received.**
''')
    }
----==_mimepart_6717a1b0e3_2b8c3fe4d1c6ad40417e
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{
        b64('''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Northwind Analytics</title></head>
<body>
<div style="max-width:600px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;line-height:1.5">
<p>Hi Jordan,</p>
<p>Thanks for applying to the <strong>Senior Data Engineer</strong> role at Northwind Analytics! We&rsquo;re excited you&rsquo;re interested in joining our team.</p>
<p>Our recruiting team reviews every application carefully, and we&rsquo;ll be in touch if your experience is a good fit for the role. In the meantime, you can learn more about how we work on our <a href="https://northwind-analytics.example/blog">engineering blog</a>.</p>
<p>Best,<br>The Northwind Analytics Recruiting Team</p>
<p><em><strong>Please note: this inbox is not monitored. Replies to this email will not be received.</strong></em></p>
</div>
<img src="https://us.greenhouse-mail.io/o/eJyrVkrOz0vLTC8tSlWyUsrIz0vPz1bSUcrPTs0pAAIA" width="1" height="1" alt="">
</body></html>
''')
    }
----==_mimepart_6717a1b0e3_2b8c3fe4d1c6ad40417e--
""",
)

# 3 -- Copperleaf Robotics, Lever acknowledgement (Oct 23) ---------------------------------
W = (2026, 10, 23, 15, 3, "America/Los_Angeles")
add(
    W,
    f"""
From: Copperleaf Robotics <no-reply@hire.lever.co>
To: Jordan Avery <jordan.avery@example.net>
Subject: =?UTF-8?Q?Thanks_for_applying_to_Copperleaf_Robotics_=E2=80=94_Backend_Eng?=
 =?UTF-8?Q?ineer,_Fleet_Services?=
Date: {date(*W)}
Message-ID: <0100019a1d3c2e44-7b1f9a0c-55d2-4c3e-9e61-2f7d8a1b6c03-000000@email.amazonses.com>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Lever-Type: application-confirmation

{
        qp('''<html><body style="font-family: -apple-system, 'Segoe UI', Roboto, sans-serif; color:#515357">
<p>Hi Jordan,</p>
<p>Thank you for applying to the Backend Engineer, Fleet Services position at Copperleaf Robotics. We’ve received your application and our team will review it shortly.</p>
<p>Copperleaf builds the software that keeps autonomous warehouse fleets moving. If your experience looks like a match, someone from our talent team will reach out to talk about next steps.</p>
<p>Thanks again for your interest!</p>
<p>— The Copperleaf Robotics Talent Team</p>
<hr style="border:none;border-top:1px solid #e3e3e3">
<p style="font-size:11px;color:#a0a0a0">Sent via <a href="https://www.lever.co">Lever</a>. Copperleaf Robotics, 2200 Harrison St, San Francisco, CA 94110.</p>
</body></html>
''')
    }""",
)

# 4 -- Lumen Health, direct acknowledgement (Oct 27) ----------------------------------------
W = (2026, 10, 27, 11, 26, "America/Chicago")
add(
    W,
    f"""
From: Lumen Health Careers <careers@lumenhealth.example>
To: jordan.avery@example.net
Subject: We received your application: Data Platform Engineer
Date: {date(*W)}
Message-ID: <CAL8m2kQp7VxW0rT3yN5b9Z_h1sFq4eUuD6cG2aJ0oLk8iR+wXg@mail.lumenhealth.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000a7c30e0623f1b2c4"

--000000000000a7c30e0623f1b2c4
Content-Type: text/plain; charset="UTF-8"

Hello Jordan,

Thanks for applying for the Data Platform Engineer opening on our Chicago team.
A real person reads every application here, so it may take us a week or two to
get back to you. If we'd like to move forward, Hannah Brooks from our talent
team will reach out directly.

Warmly,
Lumen Health Talent Team
lumenhealth.example/careers

--000000000000a7c30e0623f1b2c4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{
        b64('''<div dir="ltr"><p>Hello Jordan,</p><p>Thanks for applying for the <b>Data Platform Engineer</b> opening on our Chicago team. A real person reads every application here, so it may take us a week or two to get back to you. If we&#39;d like to move forward, Hannah Brooks from our talent team will reach out directly.</p><p>Warmly,<br>Lumen Health Talent Team<br><a href="https://lumenhealth.example/careers">lumenhealth.example/careers</a></p></div>
''')
    }
--000000000000a7c30e0623f1b2c4--
""",
)

# 5 -- interview-tips newsletter (Nov 3) -------------------------------------------------------
W = (2026, 11, 3, 7, 0, "America/New_York")
add(
    W,
    f"""
From: Offer Ready with Kim Tran <kim@offerready.example>
To: jordan.avery@example.net
Subject: =?utf-8?q?5_questions_to_ask_at_the_end_of_every_interview_=F0=9F=8E=AF?=
Date: {date(*W)}
Message-ID: <20261103120001.3f1c7a9e2b@mail.offerready.example>
List-Id: Offer Ready weekly <weekly.offerready.example>
List-Unsubscribe: <https://offerready.example/unsubscribe?u=8f1c2a>, <mailto:unsubscribe@offerready.example?subject=unsub-8f1c2a>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{
        qp('''Hey friend,

Every interview ends the same way: "So, do you have any questions for us?"
Here's the thing — "No, I think you covered everything" is the weakest answer
you can give. This week, five questions that make interviewers remember you:

1. "What does success look like in the first 90 days?"
2. "What's the biggest challenge the team is facing right now?"
3. "How will you decide between the final candidates?"
4. "When can I expect to hear about next steps?" (Yes, ask it. Write the date down.)
5. "Is there anything about my background that gives you pause?"

And after the interview: send a short, specific thank-you note to every person
you met within 24 hours. Mention one thing you talked about. It takes ten
minutes and most candidates skip it.

Next Tuesday: how to answer "Tell me about a time you failed" without tanking
the interview.

Rooting for you,
Kim Tran
Career coach, Offer Ready

You're receiving this because you signed up at offerready.example.
Unsubscribe: https://offerready.example/unsubscribe?u=8f1c2a
''')
    }""",
)

# 6 -- Northwind recruiter asks for availability (Nov 5) ------------------------------------
W = (2026, 11, 5, 10, 48, "America/New_York")
add(
    W,
    f"""
From: Elena Ruiz <elena.ruiz@northwind-analytics.example>
To: Jordan Avery <jordan.avery@example.net>
Subject: Northwind Analytics - Senior Data Engineer: next step
Date: {date(*W)}
Message-ID: <CAHk3r9TzXq2vM8sWb1nJ4dYp6fLcG0oRe7uAiK5hQ3tN9mBvUw@mail.gmail.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="00000000000062f1a50623f2c9d1"

--00000000000062f1a50623f2c9d1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{
        qp('''Hi Jordan,

Thanks for applying for our Senior Data Engineer role — the team liked what they saw in your application, especially the streaming pipeline work at Fairway Logistics.

The next step is a one-hour video interview with two members of the data platform team. Could you send me a few windows that work for you the week of November 16? We're on Eastern time, but any time between 10 AM and 5 PM ET is fine.

Looking forward to it,
Elena

--
Elena Ruiz
Senior Technical Recruiter | Northwind Analytics
elena.ruiz@northwind-analytics.example
''')
    }
--00000000000062f1a50623f2c9d1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{
        qp('''<div dir="ltr">Hi Jordan,<div><br></div><div>Thanks for applying for our Senior Data Engineer role — the team liked what they saw in your application, especially the streaming pipeline work at Fairway Logistics.</div><div><br></div><div>The next step is a one-hour video interview with two members of the data platform team. Could you send me a few windows that work for you the week of November 16? We&#39;re on Eastern time, but any time between 10 AM and 5 PM ET is fine.</div><div><br></div><div>Looking forward to it,</div><div>Elena</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature"><div><b>Elena Ruiz</b></div><div>Senior Technical Recruiter | Northwind Analytics</div><div><a href="mailto:elena.ruiz@northwind-analytics.example">elena.ruiz@northwind-analytics.example</a></div></div></div>
''')
    }
--00000000000062f1a50623f2c9d1--
""",
)

# 7 -- Northwind calendar invitation with text/calendar REQUEST (Nov 10) -------------------
W = (2026, 11, 10, 12, 15, "America/New_York")
NW_DESC = (
    "Hi Jordan\\, thanks for sending your availability! This is your video interview for the "
    "Senior Data Engineer role. You'll meet:\\n\\n- Dana Whitfield\\, Engineering Manager\\, "
    "Data Platform\\n- Marcus Oyelaran\\, Senior Data Engineer\\n\\nExpect about 40 minutes of "
    "technical conversation (a pipeline you built\\, a small design exercise) and time for your "
    "questions.\\n\\nElena Ruiz\\nSenior Technical Recruiter"
)
ICS_NW = fold_ics(f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_NEW_YORK}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261119T140000
DTEND;TZID=America/New_York:20261119T150000
DTSTAMP:20261110T171502Z
ORGANIZER;CN=Elena Ruiz:mailto:elena.ruiz@northwind-analytics.example
UID:5q2m8v1c7k3h0r9t4b6n2p8s1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@northwind-analytics.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Oyelaran;X-NUM-GUESTS=0:mailto:marcus.oyelaran@northwind-analytics.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordan Avery;X-NUM-GUESTS=0:mailto:jordan.avery@example.net
X-GOOGLE-CONFERENCE:https://meet.google.com/nwa-kqzt-rmx
CREATED:20261110T171500Z
DESCRIPTION:{NW_DESC}
LAST-MODIFIED:20261110T171500Z
LOCATION:Google Meet: https://meet.google.com/nwa-kqzt-rmx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Northwind Analytics: Senior Data Engineer interview (Jordan Avery)
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""")
NW_TEXT = """Northwind Analytics: Senior Data Engineer interview (Jordan Avery)
Thursday Nov 19, 2026 ⋅ 2pm – 3pm (Eastern Time - New York)

Hi Jordan, thanks for sending your availability! This is your video interview for the Senior Data Engineer role. You'll meet:

- Dana Whitfield, Engineering Manager, Data Platform
- Marcus Oyelaran, Senior Data Engineer

Expect about 40 minutes of technical conversation (a pipeline you built, a small design exercise) and time for your questions.

Elena Ruiz
Senior Technical Recruiter

Join with Google Meet
https://meet.google.com/nwa-kqzt-rmx

Organizer
Elena Ruiz
elena.ruiz@northwind-analytics.example

Guests
Dana Whitfield
Marcus Oyelaran
Jordan Avery

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXEybTh2MWM3azNo

Reply for jordan.avery@example.net
Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEybTh2MWM3azNo&rst=1
No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEybTh2MWM3azNo&rst=2
Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=NXEybTh2MWM3azNo&rst=3

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
"""
NW_HTML = """<span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="View event"></span>
<div style="font-family:Roboto,Helvetica,Arial,sans-serif">
<h2 style="font-size:20px;font-weight:400">Northwind Analytics: Senior Data Engineer interview (Jordan Avery)</h2>
<p><b>When</b><br>Thursday Nov 19, 2026 &#8901; 2pm &ndash; 3pm (Eastern Time - New York)</p>
<p><b>Join with Google Meet</b><br><a href="https://meet.google.com/nwa-kqzt-rmx">meet.google.com/nwa-kqzt-rmx</a></p>
<p>Hi Jordan, thanks for sending your availability! This is your video interview for the Senior Data Engineer role. You&#39;ll meet:</p>
<ul><li>Dana Whitfield, Engineering Manager, Data Platform</li><li>Marcus Oyelaran, Senior Data Engineer</li></ul>
<p>Expect about 40 minutes of technical conversation (a pipeline you built, a small design exercise) and time for your questions.</p>
<p>Elena Ruiz<br>Senior Technical Recruiter</p>
<p><b>Organizer</b><br>Elena Ruiz &lt;elena.ruiz@northwind-analytics.example&gt;</p>
<p><b>Guests</b><br>Dana Whitfield<br>Marcus Oyelaran<br>Jordan Avery</p>
<p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
</div>
"""
add(
    W,
    f"""
From: Elena Ruiz <elena.ruiz@northwind-analytics.example>
Sender: Google Calendar <calendar-notification@google.com>
To: jordan.avery@example.net
Subject: =?UTF-8?Q?Invitation:_Northwind_Analytics:_Senior_Data_Engineer_interview_?=
 =?UTF-8?Q?(Jordan_Avery)_@_Thu_Nov_19,_2026_2pm_-_3pm_(EST)_(jordan.avery@example.net)?=
Date: {date(*W)}
Message-ID: <calendar-5f0c2a9e-7d41-4b8a-9c13-2e6f8b0d4a71@google.com>
Reply-To: Elena Ruiz <elena.ruiz@northwind-analytics.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000c41b7c0623f4e8a2"

--000000000000c41b7c0623f4e8a2
Content-Type: multipart/alternative; boundary="000000000000c41b7b0623f4e8a0"

--000000000000c41b7b0623f4e8a0
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

{b64(NW_TEXT)}
--000000000000c41b7b0623f4e8a0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(NW_HTML)}
--000000000000c41b7b0623f4e8a0
Content-Type: text/calendar; charset="UTF-8"; method=REQUEST
Content-Transfer-Encoding: 7bit

{ICS_NW}
--000000000000c41b7b0623f4e8a0--

--000000000000c41b7c0623f4e8a2
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

{b64(ICS_NW)}
--000000000000c41b7c0623f4e8a2--
""",
)

# 8 -- Lumen Health plain-text panel invitation, panel on Cc (Nov 12) ----------------------
W = (2026, 11, 12, 14, 7, "America/Chicago")
add(
    W,
    f"""
From: Hannah Brooks <hannah.brooks@lumenhealth.example>
To: Jordan Avery <jordan.avery@example.net>
Cc: Priya Natarajan <priya.natarajan@lumenhealth.example>,
 {addr("Tomás Ibarra", "tomas.ibarra@lumenhealth.example")},
 Grace Liu <grace.liu@lumenhealth.example>
Subject: Panel interview - Data Platform Engineer - Friday, Nov 20
Date: {date(*W)}
Message-ID: <B7F3E2A1-4C9D-4E8B-A1F0-6D2C5E9B7A33@lumenhealth.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 8bit
X-Mailer: Apple Mail (2.3826.200.121)

Hi Jordan,

Great talking with you on Monday! As promised, here are the details for
your panel interview for the Data Platform Engineer role.

When: Friday, November 20, 2026, 10:00 – 11:30 AM Central Time
Where: Zoom, https://lumenhealth.zoom.example/j/84120937715 (passcode 562014)

You'll be meeting with:
- Priya Natarajan, Staff Engineer
- Tomás Ibarra, Engineering Manager, Data Platform
- Grace Liu, Senior Product Manager

I've copied them here so they have your details. The first hour is a
conversation about systems you have built (bring one you know inside out),
and the last 30 minutes are for your questions about the team.

Please reply to confirm the time works. If anything comes up, just let me
know and we'll find another slot.

Best,
Hannah

Hannah Brooks
Talent Partner, Engineering
Lumen Health | Chicago, IL
""",
)

# 9 -- Copperleaf rejection (Nov 13) -----------------------------------------------------------
W = (2026, 11, 13, 16, 31, "America/Los_Angeles")
add(
    W,
    f"""
From: {addr("Inês Carvalho", "ines.carvalho@copperleaf.example")}
To: Jordan Avery <jordan.avery@example.net>
Subject: Your application to Copperleaf Robotics
Date: {date(*W)}
Message-ID: <0100019a7c4e91b2-3c5d7e8f-1a2b-4c6d-8e9f-0a1b2c3d4e5f-000000@email.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_7f3a9c2e5d8b4f1a0c6e9d2b"
X-Lever-Type: candidate-email

--b1_7f3a9c2e5d8b4f1a0c6e9d2b
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{
        qp('''Hi Jordan,

Thank you for your interest in the Backend Engineer, Fleet Services role and for the time you put into your application.

After careful review, we've decided to move forward with other candidates whose experience more closely matches what the team needs right now. This was a difficult decision — we received a large number of strong applications.

We'd be glad to keep your details on file, and we encourage you to apply for future openings that match your background.

All the best in your search,

Inês Carvalho
Technical Recruiter, Copperleaf Robotics
''')
    }
--b1_7f3a9c2e5d8b4f1a0c6e9d2b
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{
        qp('''<html><body><p>Hi Jordan,</p>
<p>Thank you for your interest in the Backend Engineer, Fleet Services role and for the time you put into your application.</p>
<p>After careful review, we&#8217;ve decided to move forward with other candidates whose experience more closely matches what the team needs right now. This was a difficult decision &#8212; we received a large number of strong applications.</p>
<p>We&#8217;d be glad to keep your details on file, and we encourage you to apply for future openings that match your background.</p>
<p>All the best in your search,</p>
<p>Inês Carvalho<br>Technical Recruiter, Copperleaf Robotics</p></body></html>
''')
    }
--b1_7f3a9c2e5d8b4f1a0c6e9d2b--
""",
)

# 10 -- webinar invite with ICS attachment (Nov 14) ---------------------------------------
W = (2026, 11, 14, 8, 30, "America/New_York")
ICS_WEB = fold_ics(f"""
BEGIN:VCALENDAR
PRODID:-//StageLine Events//Webinar 4.2//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_NEW_YORK}
BEGIN:VEVENT
UID:webinar-88213-jordan.avery@stageline.example
DTSTAMP:20261114T133000Z
DTSTART;TZID=America/New_York:20261202T120000
DTEND;TZID=America/New_York:20261202T131500
SUMMARY:Live webinar: Cracking the System Design Interview
DESCRIPTION:Join Rafael Mendes (Principal Engineer) and Aisha Karim (Engineering Manager) for a live mock interview and Q&A.\\nJoin link: https://stageline.example/w/88213?t=ja
LOCATION:https://stageline.example/w/88213
ORGANIZER;CN=DevCareers Live:mailto:events@devcareers.example
ATTENDEE;CN=Jordan Avery;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:jordan.avery@example.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")
add(
    W,
    f"""
From: DevCareers Live <events@devcareers.example>
To: jordan.avery@example.net
Subject: You're registered: Cracking the System Design Interview (Dec 2)
Date: {date(*W)}
Message-ID: <reg-88213-7ac1e0@devcareers.example>
List-Unsubscribe: <https://devcareers.example/prefs?u=ja81>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_devc_88213_mixed"

--=_devc_88213_mixed
Content-Type: multipart/alternative; boundary="=_devc_88213_alt"

--=_devc_88213_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{
        qp('''Hi Jordan,

You're in! Thanks for registering for our live webinar:

  Cracking the System Design Interview
  Wednesday, December 2, 2026 · 12:00 PM – 1:15 PM ET

Your hosts, Rafael Mendes (Principal Engineer, ex-FAANG interviewer) and Aisha Karim
(Engineering Manager), will run a live mock interview, then take your questions.

Add it to your calendar with the attached invite. Your personal join link:
https://stageline.example/w/88213?t=ja

Can't make it live? Everyone who registers gets the recording.

See you there,
The DevCareers team
''')
    }
--=_devc_88213_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{
        b64('''<html><body style="margin:0;background:#f4f5f7">
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="560" style="background:#ffffff;padding:24px;font-family:Arial,sans-serif">
<tr><td><h1 style="font-size:22px">You&rsquo;re in, Jordan!</h1>
<p>Thanks for registering for our live webinar:</p>
<p style="font-size:18px"><b>Cracking the System Design Interview</b><br>Wednesday, December 2, 2026 &middot; 12:00 PM &ndash; 1:15 PM ET</p>
<p>Your hosts, Rafael Mendes (Principal Engineer, ex-FAANG interviewer) and Aisha Karim (Engineering Manager), will run a live mock interview, then take your questions.</p>
<p><a href="https://stageline.example/w/88213?t=ja" style="background:#3b5bdb;color:#fff;padding:10px 18px;text-decoration:none">Join the webinar</a></p>
<p>Can&rsquo;t make it live? Everyone who registers gets the recording.</p>
<p>See you there,<br>The DevCareers team</p>
</td></tr></table></td></tr></table></body></html>
''')
    }
--=_devc_88213_alt--

--=_devc_88213_mixed
Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="webinar.ics"
Content-Disposition: attachment; filename="webinar.ics"
Content-Transfer-Encoding: base64

{b64(ICS_WEB)}
--=_devc_88213_mixed--
""",
)

# 11 -- dentist reminder (Nov 16) ------------------------------------------------------------
W = (2026, 11, 16, 9, 2, "America/Chicago")
add(
    W,
    f"""
From: Lakeview Family Dental <reminders@lakeviewdental.example>
To: jordan.avery@example.net
Subject: Appointment reminder: Tuesday, December 1 at 3:30 PM
Date: {date(*W)}
Message-ID: <appt-reminder-44190-20261116150200@lakeviewdental.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hi Jordan,

This is a friendly reminder of your upcoming appointment:

  Cleaning & exam with Dr. Sofia Petrakis
  Tuesday, December 1, 2026 at 3:30 PM
  Lakeview Family Dental, 2901 N Broadway, Suite 210, Chicago, IL 60657

Please arrive 10 minutes early. Reply C to confirm or call (312) 555-0148
to reschedule. Cancellations with less than 24 hours' notice may incur a fee.

See you soon!
Lakeview Family Dental
""",
)

# 12 -- personal email from a friend (Nov 17) ------------------------------------------------
W = (2026, 11, 17, 20, 44, "America/Chicago")
add(
    W,
    f"""
From: Maya Goldberg <maya.goldberg@fastmail.example>
To: Jordan Avery <jordan.avery@example.net>
Subject: dinner saturday?
Date: {date(*W)}
Message-ID: <7c2f1e08-91ab-4d5e-8a63-0f4b2d9e1c57@app.fastmail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{
        qp('''hey! Dev and I are doing tacos at ours on Saturday around 7, want to come? bring whoever.

also good luck this week with the interviews!! you're going to crush it. call me after thursday and tell me everything — especially if the manager is as intense as her linkedin photo 😅

m
''')
    }""",
)

# 13 -- meetup notice (Nov 18) ----------------------------------------------------------------
W = (2026, 11, 18, 12, 5, "America/Chicago")
add(
    W,
    f"""
From: Chicago Data Engineering Meetup <info@meetups.example>
To: jordan.avery@example.net
Subject: New event: Lakehouse war stories + pizza (Dec 9)
Date: {date(*W)}
Message-ID: <evt.311902.n.2026111818050@meetups.example>
List-Id: <chicago-data-eng.meetups.example>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Chicago Data Engineering Meetup has a new event:

Lakehouse war stories + pizza
Wednesday, December 9, 2026, 6:00 PM to 8:30 PM CST
Fulton Market co-working space, 1000 W Fulton Market, Chicago

Speakers: Rohan Mehta (Staff Data Engineer) on migrating 4 PB without downtime,
and Lisa Chen on what we got wrong with streaming CDC.

RSVP: https://meetups.example/chicago-data-eng/events/311902
63 members are going.

Never miss an event: https://meetups.example/settings
""",
)

# 14 -- Lumen next steps after the panel, in thread (Nov 20) --------------------------------
W = (2026, 11, 20, 16, 42, "America/Chicago")
add(
    W,
    f"""
From: Hannah Brooks <hannah.brooks@lumenhealth.example>
To: Jordan Avery <jordan.avery@example.net>
Subject: Re: Panel interview - Data Platform Engineer - Friday, Nov 20
Date: {date(*W)}
Message-ID: <3E9A7C15-2B64-4F0D-9C8E-71A5D3F2B604@lumenhealth.example>
In-Reply-To: <CAJv7pN2x8Qd1WmR0kT4bZy6Fs3gLh9eUo5cA2iV7nXq0Yr_Hpw@mail.example.net>
References: <B7F3E2A1-4C9D-4E8B-A1F0-6D2C5E9B7A33@lumenhealth.example>
 <CAJv7pN2x8Qd1WmR0kT4bZy6Fs3gLh9eUo5cA2iV7nXq0Yr_Hpw@mail.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: quoted-printable
X-Mailer: Apple Mail (2.3826.200.121)

{
        qp('''Hi Jordan,

Thank you for spending the morning with us! The panel enjoyed the
conversation, and Priya in particular liked your walk-through of the
backfill tooling.

Next steps: the panel is meeting on Monday to compare notes, and we'll
check references for our finalists next week. We expect to make a
decision by Friday, December 4, and I'll call you either way as soon as
we have it.

Have a great weekend,
Hannah

Hannah Brooks
Talent Partner, Engineering
Lumen Health | Chicago, IL

> On Nov 12, 2026, at 3:02 PM, Jordan Avery <jordan.avery@example.net> wrote:
>
> Hi Hannah,
>
> Friday, November 20 at 10:00 works well for me. Thank you for setting it
> up, and for sending the panel's names. See you on Zoom!
>
> Best,
> Jordan
''')
    }""",
)

# 15 -- job-alert digest (Nov 21) -------------------------------------------------------------
W = (2026, 11, 21, 6, 12, "America/Chicago")
JOBS = [
    ("Senior Data Engineer", "Harborview Insurance", "Chicago, IL (Hybrid)", "Actively recruiting"),
    ("Data Platform Engineer", "Tessellate", "Remote (US)", "Interviewing now · 2 connections"),
    ("Analytics Engineer II", "Prairie Mutual", "Naperville, IL", "Be an early applicant"),
    ("Staff Data Engineer", "Quill & Ledger", "Chicago, IL", "Easy Apply"),
    ("Data Engineer, Streaming", "Orbitly", "Remote", "Interview in as little as 5 days"),
    ("Machine Learning Data Engineer", "Birchwood Labs", "Evanston, IL", "Promoted"),
]
JOB_TEXT = "\n".join(
    f"{t}\n{c} · {loc}\n{s}\nView job: https://jobping.example/v/{i}\n"
    for i, (t, c, loc, s) in enumerate(JOBS, start=38100211)
)
JOB_HTML = "".join(
    f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://jobping.example/v/{i}" '
    f'style="font-weight:bold;color:#0a66c2">{t}</a><br>{c} &middot; {loc}<br>'
    f'<span style="color:#057642">{s}</span></td></tr>'
    for i, (t, c, loc, s) in enumerate(JOBS, start=38100211)
)
add(
    W,
    f"""
From: JobPing Job Alerts <jobalerts-noreply@jobping.example>
To: Jordan Avery <jordan.avery@example.net>
Subject: =?UTF-8?Q?=E2=80=9Cdata_engineer=E2=80=9D:_Harborview_Insurance_-_Senior_Data?=
 =?UTF-8?Q?_Engineer_and_more?=
Date: {date(*W)}
Message-ID: <1139884213.2871220.1795263120451@ltx1-app.jobping.example>
List-Unsubscribe: <https://jobping.example/alerts/unsub?id=ja-de-chi>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_2871219_1640110357.1795263120450"

------=_Part_2871219_1640110357.1795263120450
Content-Type: text/plain;charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{
        qp(f'''Your job alert for data engineer in Greater Chicago Area
6 new jobs match your preferences.

{JOB_TEXT}
Tip: Candidates who apply within the first 3 days are 2x more likely to land an interview.
Prepare with 1,200+ real interview questions: https://jobping.example/interview-prep

See all jobs: https://jobping.example/jobs/search?alert=ja-de-chi

You are receiving Job Alert emails. Unsubscribe: https://jobping.example/alerts/unsub?id=ja-de-chi
© 2026 JobPing Inc., 500 Market St, San Francisco, CA
''')
    }
------=_Part_2871219_1640110357.1795263120450
Content-Type: text/html;charset=UTF-8
Content-Transfer-Encoding: base64

{
        b64(f'''<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<h2 style="font-size:16px">Your job alert for <b>data engineer</b> in Greater Chicago Area</h2>
<p>6 new jobs match your preferences.</p>
<table width="100%">{JOB_HTML}</table>
<p style="background:#f3f6f8;padding:12px">Tip: Candidates who apply within the first 3 days are 2x more likely to land an interview. <a href="https://jobping.example/interview-prep">Prepare with 1,200+ real interview questions</a></p>
<p><a href="https://jobping.example/jobs/search?alert=ja-de-chi">See all jobs</a></p>
<p style="font-size:11px;color:#666">You are receiving Job Alert emails. <a href="https://jobping.example/alerts/unsub?id=ja-de-chi">Unsubscribe</a><br>&copy; 2026 JobPing Inc., 500 Market St, San Francisco, CA</p>
</body></html>
''')
    }
------=_Part_2871219_1640110357.1795263120450--
""",
    flags="",
)

# 16 -- Bluebird Freight status note: still reviewing (Nov 19), no interview ---------------
W = (2026, 11, 19, 8, 15, "America/Chicago")
add(
    W,
    f"""
From: Bluebird Freight Talent Acquisition <bluebirdfreight@myworkday.com>
Reply-To: no-reply@bluebirdfreight.example
To: {ME}
Subject: Bluebird Freight - Thank you for completing your candidate profile
Date: {date(*W)}
Message-ID: <2093318820.6612.1795097700231@wd5-prod.myworkday.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Dear Jordan,

Thank you for completing your candidate profile for the Analytics Engineer
position (R-20419). No further action is needed from you at this time.

Your application remains under review. If you are selected to move forward,
a recruiter will contact you.

Sincerely,
Bluebird Freight Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.
""",
)

# 17 -- interview-tips newsletter #2, HTML only (Nov 22) -------------------------------------
W = (2026, 11, 22, 7, 0, "America/New_York")
add(
    W,
    f"""
From: Offer Ready with Kim Tran <kim@offerready.example>
To: jordan.avery@example.net
Subject: The thank-you note template hiring managers actually read
Date: {date(*W)}
Message-ID: <20261122120002.9a7e4c1d0f@mail.offerready.example>
List-Id: Offer Ready weekly <weekly.offerready.example>
List-Unsubscribe: <https://offerready.example/unsubscribe?u=8f1c2a>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{
        b64('''<html><body style="font-family:Georgia,serif;max-width:600px;margin:auto">
<p>Hey friend,</p>
<p>You had the interview. Now what? Here&rsquo;s the three-sentence thank-you note I give every client:</p>
<blockquote style="border-left:3px solid #ccc;padding-left:12px;color:#444">
<p>Hi Alex,<br>Thank you for taking the time to talk with me on Tuesday about the Product Analyst role. I especially enjoyed our conversation about [specific topic]. I&rsquo;m even more excited about the chance to [contribution] &mdash; please let me know if I can share anything else.<br>Best, Sam</p>
</blockquote>
<p>Send one to <em>each</em> interviewer, within one business day. Different note, same structure.</p>
<p>Rooting for you,<br>Kim Tran<br>Career coach, Offer Ready</p>
<p style="font-size:11px;color:#999"><a href="https://offerready.example/unsubscribe?u=8f1c2a">Unsubscribe</a></p>
</body></html>
''')
    }""",
    flags="",
)


def main() -> None:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    for box in ("", ".Sent", ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (ROOT / box / sub).mkdir(parents=True, exist_ok=True)
    for sub in ("new", "tmp"):
        (ROOT / sub / ".gitkeep").write_text("")
    for box in (".Sent", ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (ROOT / box / sub / ".gitkeep").write_text("")
    for n, (ts, flags, text) in enumerate(sorted(MSGS), start=1):
        name = f"{ts}.M{n}P{4100 + n}.demo:2,{flags}"
        (ROOT / "cur" / name).write_text(text, encoding="utf-8")
    print(len(MSGS), "messages")


if __name__ == "__main__":
    main()
