"""Rarer MIME shapes: windows-1252 Outlook reply, message/rfc822 forward, ICS-only body,
multipart/related with an inline logo, ISO-8859-1 headers; plus a few more negatives."""

# ruff: noqa: E501
import base64

from ics import event
from lib import L, P, addr, ats_html, body_gmail, body_html, body_outlook, msg
from mime import ew, multi, part, text_to_html


def other(notes: str) -> dict:
    return L("other", notes=notes)


# --- Outlook reply in windows-1252; quoted round 1 has another interviewer and date
_t = """Hi Olu,

Thanks for your time on the phone last week – Paige passed along great feedback. I’m happy to confirm your second-round interview:

Thursday, January 22 at 9:00 AM Mountain (60 minutes)
Ridgeback HQ, 1800 Wazee St, Denver – 4th floor
With Carla Jiménez (VP, Digital) and Sven Olafsson (Director of Merchandising)

Please bring a short example of a category plan you’ve owned.

Thanks,
Devin

Devin Marsh
Talent Acquisition Coordinator | Ridgeback Outdoor Gear

-----Original Message-----
From: Marsh, Devin <devin.marsh@ridgebackgear.com>
Sent: Monday, January 5, 2026 3:12 PM
To: Olu Bankole <olu.bankole@gmail.com>
Subject: E-commerce Merchandising Manager - phone screen

Hi Olu, you’re set for a 30-minute phone screen with Paige Whitaker (Senior Talent Acquisition Partner) on Thursday, January 8 at 11:30 AM MT. She’ll call the number on your resume.
"""
_b = multi(
    "alternative",
    [
        part("text/plain", _t, cte="quoted-printable", charset="windows-1252"),
        part(
            "text/html",
            text_to_html(_t, "outlook").replace("charset=utf-8", "charset=windows-1252"),
            cte="quoted-printable",
            charset="windows-1252",
        ),
    ],
    "_000_BY5PR04MB6980C1E2A7D44B1F9A7E0C33BY5PR04MB6980namp_",
)
msg(
    "h135-ridgeback",
    date="Wed, 14 Jan 2026 10:41:26 -0700",
    client="outlook",
    frm=addr("Marsh, Devin", "devin.marsh@ridgebackgear.com"),
    to=addr("Olu Bankole", "olu.bankole@gmail.com"),
    subject="RE: E-commerce Merchandising Manager - phone screen",
    body=_b,
    in_reply_to="<BY5PR04MB69801A2B3C4D5E6F@BY5PR04MB6980.namprd04.prod.outlook.com>",
    label=L(
        "invitation",
        "Ridgeback Outdoor Gear",
        "E-commerce Merchandising Manager",
        [
            P("Carla Jiménez", None, "VP, Digital"),
            P("Sven Olafsson", None, "Director of Merchandising"),
        ],
        "2026-01-22T09:00:00-07:00",
        "2026-01-22T10:00:00-07:00",
        None,
        "windows-1252 QP; quoted round 1 (Paige Whitaker, Jan 8) must be ignored; coordinator excluded",
    ),
)

# --- agency forwards the client's Outlook invitation as an attached message (message/rfc822)
_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E00800000000DD44EE55FF66DC0100000000000000001000000022CC61",
    start="2026-02-17 10:00",
    tz="South Africa Standard Time",
    minutes=60,
    style="outlook",
    summary="Interview: Medical Science Liaison - Thandiwe Mokoena",
    organizer=("Khumalo, Naledi", "naledi.khumalo@aurichealth.co.za"),
    attendees=[
        ("Khumalo, Naledi", "naledi.khumalo@aurichealth.co.za", "CHAIR"),
        ("van Wyk, Pieter", "pieter.vanwyk@aurichealth.co.za", "REQ-PARTICIPANT"),
        ("Lerato Dube", "lerato@capetalentpartners.co.za", "OPT-PARTICIPANT"),
    ],
    stamp="20260210T071500Z",
)
_inner_t = """Dear Lerato,

Please find the invitation for Thandiwe Mokoena's interview for the Medical Science Liaison role on Tuesday 17 February at 10:00 at our Rosebank office. Dr Pieter van Wyk (Head of Medical Affairs) will join me.

Kind regards,
Dr Naledi Khumalo
Medical Director, Auric Health (Pty) Ltd
"""
_inner = "\n".join(
    [
        "From: " + addr("Khumalo, Naledi", "naledi.khumalo@aurichealth.co.za"),
        "To: Lerato Dube <lerato@capetalentpartners.co.za>",
        "Subject: Interview: Medical Science Liaison - Thandiwe Mokoena",
        "Date: Tue, 10 Feb 2026 09:15:00 +0200",
        "Message-ID: <VI1PR07MB5120AB12CD34EF56@VI1PR07MB5120.eurprd07.prod.outlook.com>",
        "MIME-Version: 1.0",
        multi(
            "alternative",
            [
                part("text/plain", _inner_t, cte="quoted-printable", charset="us-ascii"),
                part(
                    "text/html",
                    text_to_html(_inner_t, "outlook"),
                    cte="quoted-printable",
                    charset="utf-8",
                ),
                part("text/calendar", _ics, cte="base64", charset="utf-8", params="method=REQUEST"),
            ],
            "_000_VI1PR07MB5120AB12CD34EF56VI1PR07MB5120eurp_",
        ),
    ]
)
_outer_t = """Hi Thandiwe,

Great news, Auric Health want to meet you! I've attached Naledi's invitation below so you have all the details (Tuesday 17 Feb, 10am, Rosebank). Please accept the calendar invite in the attachment.

Shout if you have any questions. Good luck!

Lerato Dube
Principal Consultant | Cape Talent Partners
"""
_b = multi(
    "mixed",
    [
        multi(
            "alternative",
            [
                part("text/plain", _outer_t, cte="quoted-printable", charset="utf-8"),
                part(
                    "text/html",
                    text_to_html(_outer_t, "gmail"),
                    cte="quoted-printable",
                    charset="utf-8",
                ),
            ],
            "000000000000a4c3e2b1f0e9d8c7",
        ),
        'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="Interview Medical Science Liaison - Thandiwe Mokoena.eml"\n\n'
        + _inner,
    ],
    "000000000000b5d4f3a2e1c0b9a8",
)
msg(
    "h136-auric",
    date="Tue, 10 Feb 2026 11:02:45 +0200",
    client="gmail",
    frm=addr("Lerato Dube", "lerato@capetalentpartners.co.za"),
    to=addr("Thandiwe Mokoena", "thandiwe.mokoena@gmail.com"),
    subject="Fwd: Interview: Medical Science Liaison - Thandiwe Mokoena",
    body=_b,
    label=L(
        "invitation",
        "Auric Health",
        "Medical Science Liaison",
        [
            P("Naledi Khumalo", "naledi.khumalo@aurichealth.co.za", "Medical Director"),
            P("Pieter van Wyk", "pieter.vanwyk@aurichealth.co.za", "Head of Medical Affairs"),
        ],
        "2026-02-17T10:00:00+02:00",
        "2026-02-17T11:00:00+02:00",
        None,
        "agency forward with the client's invite as message/rfc822; South Africa Standard Time; 'van Wyk, Pieter'",
    ),
)

# --- calendar-only message: the whole body is text/calendar (scheduling system)
_ics = event(
    method="REQUEST",
    uid="zr-int-77120-2026@zohorecruit.example",
    start="2026-08-18 14:00",
    tz="Asia/Kuala_Lumpur",
    minutes=45,
    style="google",
    summary="Interview: Fatima Al-Sayed / Clinical Data Manager - Tamarind Health",
    organizer=("Tamarind Health Talent", "talent@tamarindhealth.com.my"),
    attendees=[
        ("Fatima Al-Sayed", "fatima.alsayed@outlook.com", "REQ-PARTICIPANT"),
        ("Wong Mei Chen", "meichen.wong@tamarindhealth.com.my", "REQ-PARTICIPANT"),
    ],
    description="Round 1 interview for Clinical Data Manager.\nInterviewer: Dr. Wong Mei Chen (Head of Clinical Data)\nMode: Google Meet",
    location="https://meet.google.com/tmh-cdm-r1",
    stamp="20260811T030000Z",
    prodid="-//Zoho Recruit//Interview//EN",
)
msg(
    "h137-tamarind",
    date="Tue, 11 Aug 2026 11:00:00 +0800",
    client="plain",
    frm=addr("Tamarind Health Talent", "talent@tamarindhealth.com.my"),
    to="fatima.alsayed@outlook.com",
    subject="Invitation: Interview: Fatima Al-Sayed / Clinical Data Manager - Tamarind Health",
    body=part("text/calendar", _ics, cte="7bit", charset="UTF-8", params="method=REQUEST"),
    label=L(
        "invitation",
        "Tamarind Health",
        "Clinical Data Manager",
        [P("Wong Mei Chen", "meichen.wong@tamarindhealth.com.my", "Head of Clinical Data")],
        "2026-08-18T14:00:00+08:00",
        "2026-08-18T14:45:00+08:00",
        None,
        "body is only text/calendar; family-name-first Malaysian name; 'Dr.' dropped",
    ),
)

# --- Outlook rejection with multipart/related inline logo
_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
_t = """Dear Ana,

Thank you for meeting with us about the Project Architect position and for sharing your competition work for the Ljubljana library.

After much deliberation we have offered the role to a candidate with more UK planning experience. We would be glad to consider you for future openings, and we will keep your portfolio on file with your permission.

With best wishes,

Owen Hawthorne RIBA
Partner
Hawthorne & Vail Architects
[cid:image001.png@01DC4A2B.5E1F0A30]
"""
_html = text_to_html(_t, "outlook").replace(
    "[cid:image001.png@01DC4A2B.5E1F0A30]",
    '<img width="120" height="40" src="cid:image001.png@01DC4A2B.5E1F0A30" alt="Hawthorne &amp; Vail">',
)
_b = multi(
    "related",
    [
        multi(
            "alternative",
            [
                part("text/plain", _t, cte="quoted-printable", charset="us-ascii"),
                part("text/html", _html, cte="quoted-printable", charset="utf-8"),
            ],
            "_000_LO2P265MB4410A1B2C3D4_",
        ),
        part(
            "image/png",
            _PNG,
            cte="base64",
            charset=None,
            params='name="image001.png"',
            headers=(
                "Content-Description: image001.png",
                'Content-Disposition: inline; filename="image001.png"',
                "Content-ID: <image001.png@01DC4A2B.5E1F0A30>",
            ),
        ),
    ],
    "_004_LO2P265MB4410A1B2C3D4_",
    extra=' type="multipart/alternative";',
)
msg(
    "h138-hawthorne",
    date="Thu, 5 Mar 2026 17:20:08 +0000",
    client="outlook_eu",
    frm=addr("Owen Hawthorne", "owen@hawthornevail.co.uk"),
    to=addr("Ana Petrović", "ana.petrovic@gmx.net"),
    subject="Project Architect position",
    body=_b,
    label=L(
        "rejection",
        "Hawthorne & Vail Architects",
        "Project Architect",
        notes="multipart/related with an inline logo; postnominal RIBA",
    ),
)

# --- Spanish offer, ISO-8859-1 body and header
_t = """Estimada Ana:

Nos complace comunicarle que, tras el proceso de selección, hemos decidido ofrecerle el puesto de Energy Trading Analyst en Alcázar Energía.

Condiciones principales:
- Salario bruto anual: 58.000 EUR más variable de hasta el 20 %
- Incorporación prevista: 11 de enero de 2027
- Modalidad: presencial en Madrid, con dos días de teletrabajo

Le agradeceríamos que nos confirme su aceptación antes del 30 de noviembre.

Un cordial saludo,

Luis Hernández Ortega
Head of Trading
Alcázar Energía S.A.
"""
msg(
    "h139-alcazar",
    date="Fri, 20 Nov 2026 12:05:44 +0100",
    client="plain",
    frm="{} <lhernandez@alcazar-energia.es>".format(ew("Luis Hernández Ortega", "Q", "iso-8859-1")),
    to="{} <ana.petrovic@gmx.net>".format(ew("Ana Petrović", "Q", "utf-8")),
    subject="Oferta de empleo: Energy Trading Analyst",
    subj_enc="Q",
    headers=("X-Mailer: Microsoft Outlook 16.0", "Content-Language: es"),
    body=part("text/plain", _t, cte="quoted-printable", charset="iso-8859-1"),
    label=L(
        "offer",
        "Alcázar Energía",
        "Energy Trading Analyst",
        notes="Spanish, ISO-8859-1 body and From; accept-by is candidate deadline",
    ),
)

# --- Canada: 'within five business days' across Canada Day
msg(
    "h140-vireo",
    date="Fri, 26 Jun 2026 14:30:00 -0700",
    client="outlook",
    frm=addr("Sandhu, Gurpreet", "gurpreet.sandhu@vireotransit.ca"),
    to=addr("Mei-Ling Cho", "meiling.cho@proton.me"),
    subject="Transit Planner II - interview follow-up",
    body=body_outlook(
        "h140",
        """Hello Mei-Ling,

Thank you for interviewing with the panel yesterday for the Transit Planner II competition (#VT-2026-041).

The panel is now completing reference checks for the top candidates and expects to make a decision within five business days. We will contact all interviewed candidates by email once the decision is made.

Regards,

Gurpreet Sandhu
Human Resources Advisor
Vireo Regional Transit Authority
Vancouver, BC
""",
    ),
    label=L(
        "next_steps",
        "Vireo Regional Transit Authority",
        "Transit Planner II",
        decision_by="2026-07-06",
        notes="5 CA business days from Fri 26 Jun skip Canada Day -> Mon 6 Jul; competition number stripped",
    ),
)

# --- GoodTime reschedule, SEQUENCE 3, Central European Standard Time (Warsaw)
_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E00800000000EE66FF77AA88DC0100000000000000001000000044DD72",
    start="2026-11-10 13:00",
    tz="Central European Standard Time",
    minutes=60,
    style="outlook",
    seq=3,
    summary="Technical interview – QA Automation Engineer – Marek Nowak",
    organizer=("Wisła Softworks Recruiting", "rekrutacja@wislasoft.pl"),
    attendees=[
        ("Marek Nowak", "marek.nowak.dev@gmail.com", "REQ-PARTICIPANT"),
        ("Zielińska, Agnieszka", "agnieszka.zielinska@wislasoft.pl", "REQ-PARTICIPANT"),
        ("Kowalczyk, Bartosz", "bartosz.kowalczyk@wislasoft.pl", "REQ-PARTICIPANT"),
    ],
    stamp="20261104T090000Z",
    prodid="-//GoodTime.io//Scheduler 2.0//EN",
)
msg(
    "h141-wisla",
    date="Wed, 4 Nov 2026 10:00:00 +0100",
    client="plain",
    frm=addr("Wisła Softworks Recruiting", "rekrutacja@wislasoft.pl"),
    to="marek.nowak.dev@gmail.com",
    subject="Rescheduled: Technical interview – QA Automation Engineer",
    body=body_gmail(
        "h141",
        """Hi Marek,

Your technical interview has been moved. The new time is Tuesday, 10 November, 13:00-14:00 (Warsaw time). Agnieszka Zielińska (QA Lead) and Bartosz Kowalczyk (Senior SDET) will interview you.

The updated invitation is attached; the previous invitation for 6 November is no longer valid.

Pozdrawiamy,
Wisła Softworks Recruiting
Scheduled with GoodTime
""",
        ics=_ics,
    ),
    label=L(
        "reschedule",
        "Wisła Softworks",
        "QA Automation Engineer",
        [
            P("Agnieszka Zielińska", "agnieszka.zielinska@wislasoft.pl", "QA Lead"),
            P("Bartosz Kowalczyk", "bartosz.kowalczyk@wislasoft.pl", "Senior SDET"),
        ],
        "2026-11-10T13:00:00+01:00",
        "2026-11-10T14:00:00+01:00",
        None,
        "Central European Standard Time, SEQUENCE 3; Polish names in 'Last, First' CN",
    ),
)

# ---------------------------- negatives ----------------------------
msg(
    "h142-brightpath-news",
    date="Tue, 6 Oct 2026 08:00:00 +0100",
    client="plain",
    frm=addr("Brightpath Talent", "insights@brightpathtalent.ie"),
    to="siobhan.keane@eircom.net",
    subject="Finance salary guide Q4 + 12 roles we're recruiting for",
    body=body_html(
        ats_html(
            "Brightpath Insights",
            [
                "Hi Siobhán, our Q4 salary guide is out: management accountants in Dublin now average €68,000–€78,000.",
                "<b>Roles we're recruiting for</b><br>Financial Controller – Corrigan Maritime (via Brightpath)<br>FP&amp;A Analyst – confidential fintech<br>Payroll Manager – Galway",
                "<b>Interview tip:</b> prepare a 2-minute story about a month-end you improved.",
                '<a href="https://brightpathtalent.ie/salary-guide">Download the guide</a>',
            ],
            "Brightpath Talent",
            "Unsubscribe · Brightpath Talent Ltd, Dublin 2",
        )
    ),
    headers=("List-Unsubscribe: <https://brightpathtalent.ie/unsub>",),
    label=other("recruitment agency newsletter naming a client"),
)

msg(
    "h143-linkwise",
    date="Mon, 24 Aug 2026 15:00:00 +0000",
    client="plain",
    frm=addr("Linkwise", "notifications@linkwise.example"),
    to="zoe.harrington@gmail.com",
    subject="Zoë, you appeared in 14 searches this week",
    body=body_html(
        ats_html(
            "Your weekly search stats",
            [
                "You appeared in <b>14 searches</b> this week.",
                "Searchers found you by: Protein Engineering, Biologics, Assay development",
                "A recruiter from <b>Lanternfish Bio</b> viewed your profile.",
                '<a href="https://linkwise.example/premium">See all viewers with Premium</a>',
            ],
            "Linkwise",
            "Unsubscribe",
        )
    ),
    label=other("professional-network notification; a recruiter viewed the profile"),
)

_ics = event(
    method="REQUEST",
    uid="2b4d6f8h0j1l3n5p7r9t@google.com",
    start="2026-04-18 10:30",
    tz="Europe/London",
    minutes=60,
    style="google",
    summary="Coffee w/ Hannah ☕",
    organizer=("Maya Fletcher", "maya.fletcher@gmail.com"),
    attendees=[
        ("Maya Fletcher", "maya.fletcher@gmail.com", "CHAIR"),
        ("hannah.okafor@outlook.com", "hannah.okafor@outlook.com", "REQ-PARTICIPANT"),
    ],
    location="Grind & Co, Kirkgate, Leeds",
    stamp="20260413T190000Z",
)
msg(
    "h144-coffee",
    date="Mon, 13 Apr 2026 20:00:12 +0100",
    client="gmail",
    frm=addr("Maya Fletcher", "maya.fletcher@gmail.com"),
    to="hannah.okafor@outlook.com",
    subject="Invitation: Coffee w/ Hannah ☕ @ Sat 18 Apr 2026 10:30 - 11:30 (BST) (hannah.okafor@outlook.com)",
    body=body_gmail(
        "h144",
        """Maya Fletcher has invited you to this event.

Coffee w/ Hannah ☕
Saturday 18 Apr 2026 ⋅ 10:30 – 11:30 (British Summer Time - London)
Grind & Co, Kirkgate, Leeds

Can't wait to hear about the new job hunt!! x

Invitation from Google Calendar
""",
        ics=_ics,
    ),
    msgid="<calendar-3c2b1a09-8f7e-4d6c-b5a4-9e8d7c6b5a41@google.com>",
    label=other("a friend's coffee invitation (ICS) that mentions the job hunt"),
)

msg(
    "h145-lettings-decline",
    date="Thu, 26 Feb 2026 16:45:00 +0000",
    client="gmail",
    frm=addr("Hartley & Moss Lettings", "viewings@hartleymoss.example"),
    to=addr("Liam O'Connor", "liam.oconnor.law@gmail.com"),
    subject="Your application - Flat 3, 22 Marlowe Road",
    body=body_gmail(
        "h145",
        """Dear Liam,

Thank you for your application for Flat 3, 22 Marlowe Road. Unfortunately the landlord has decided to proceed with another applicant.

We have several similar properties coming to the market in March and would be happy to arrange viewings.

Kind regards,
Hartley & Moss Lettings
""",
    ),
    label=other("rental application declined (not hiring)"),
)
