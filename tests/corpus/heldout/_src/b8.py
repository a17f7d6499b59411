"""More invitations and look-alikes: explicit foreign zone, options, Google Calendar, French honorifics."""

# ruff: noqa: E501
from ics import event
from lib import (
    L,
    P,
    addr,
    ats_html,
    body_apple,
    body_gmail,
    body_html,
    body_outlook,
    msg,
)

# --- 'next Monday 9:30 PT' written by a New York recruiter: the named zone wins over the sender's
msg(
    "h123-redwoodledger",
    date="Thu, 10 Sep 2026 15:20:33 -0400",
    client="gmail",
    frm=addr("Malik Johnson", "malik.johnson@redwoodledger.com"),
    to=addr("Nia Thompson", "nia.thompson.cpa@gmail.com"),
    subject="Redwood Ledger - Senior Accountant, Revenue",
    body=body_gmail(
        "h123",
        """Hi Nia,

Thanks for the great conversation earlier! As promised, I've set up the next step: a 30-minute video interview with Corinne Baptiste, our Controller, next Monday 9:30 PT (she's based in our San Francisco office). You'll get a Zoom invite from her calendar shortly.

Corinne will want to hear about your ASC 606 implementation work, so have an example or two ready.

Best,
Malik

Malik Johnson
Senior Recruiter, Redwood Ledger
New York, NY
""",
    ),
    label=L(
        "invitation",
        "Redwood Ledger",
        "Senior Accountant, Revenue",
        [P("Corinne Baptiste", None, "Controller")],
        "2026-09-14T09:30:00-07:00",
        "2026-09-14T10:00:00-07:00",
        None,
        "'next Monday 9:30 PT' from an EDT sender; recruiter only schedules this round",
    ),
)

# --- two options offered: an invitation without a fixed time
msg(
    "h124-zeebries",
    date="Wed, 7 Jan 2026 11:02:51 +0100",
    client="outlook_eu",
    frm=addr("van der Linden, Maarten", "m.vanderlinden@zeebries-energy.nl"),
    to=addr("Ingrid Haugen", "ingrid.haugen@gmail.com"),
    subject="Offshore Wind Project Engineer - first interview",
    body=body_outlook(
        "h124",
        """Dear Ingrid,

Thank you for your application for the position of Offshore Wind Project Engineer. We would like to invite you for a first interview (online, about one hour) with me and Pieter Smits, our Lead Electrical Engineer.

Would Tuesday 13 January at 14:00 or Wednesday 14 January at 10:00 suit you? Please let me know which option you prefer and I will send a Teams invitation.

Met vriendelijke groet / Kind regards,

Maarten van der Linden
Project Director Offshore
Zeebries Energy B.V. | Rotterdam
""",
    ),
    label=L(
        "invitation",
        "Zeebries Energy",
        "Offshore Wind Project Engineer",
        [
            P(
                "Maarten van der Linden",
                "m.vanderlinden@zeebries-energy.nl",
                "Project Director Offshore",
            ),
            P("Pieter Smits", None, "Lead Electrical Engineer"),
        ],
        None,
        None,
        None,
        "two alternative slots offered, none fixed -> start null; Dutch 'van der' name",
    ),
)

# --- Google Calendar invitation from a hiring manager (UTC times in ICS), CDT after DST start
_ics = event(
    method="REQUEST",
    uid="5s0m7b2k9q1r3v6t8w4y0z2x1a@google.com",
    start="2026-03-11 11:30",
    tz="America/Chicago",
    minutes=30,
    style="google",
    summary="Nia <> Harlan - Hiring manager chat (BI Analyst)",
    organizer=("Harlan Mercer", "harlan.mercer@tallgrassanalytics.com"),
    attendees=[
        ("Harlan Mercer", "harlan.mercer@tallgrassanalytics.com", "CHAIR"),
        ("nia.thompson.cpa@gmail.com", "nia.thompson.cpa@gmail.com", "REQ-PARTICIPANT"),
    ],
    location="https://meet.google.com/tga-hmch-bia",
    stamp="20260305T202012Z",
)
_t = """Harlan Mercer has invited you to this event.

Nia <> Harlan - Hiring manager chat (BI Analyst)
Wednesday 11 Mar 2026 ⋅ 11:30am – 12pm (Central Time - Chicago)

Hi Nia - looking forward to chatting about the Senior BI Analyst role on my team. Just a conversation, no prep needed. - Harlan (Director of Business Intelligence, Tallgrass Analytics)

Join with Google Meet: meet.google.com/tga-hmch-bia

Organiser
Harlan Mercer

Guests
Harlan Mercer - organiser
nia.thompson.cpa@gmail.com

Reply for nia.thompson.cpa@gmail.com: Yes / No / Maybe

Invitation from Google Calendar
"""
msg(
    "h125-tallgrass",
    date="Thu, 05 Mar 2026 20:20:12 +0000",
    client="gmail",
    frm=addr("Harlan Mercer", "harlan.mercer@tallgrassanalytics.com"),
    to="nia.thompson.cpa@gmail.com",
    subject="Invitation: Nia <> Harlan - Hiring manager chat (BI Analyst) @ Wed 11 Mar 2026 11:30am - 12pm (CDT) (nia.thompson.cpa@gmail.com)",
    body=body_gmail("h125", _t, ics=_ics),
    msgid="<calendar-0f4b8a31-5d2e-4c77-8f1a-9be6d2c0a113@google.com>",
    label=L(
        "invitation",
        "Tallgrass Analytics",
        "Senior BI Analyst",
        [
            P(
                "Harlan Mercer",
                "harlan.mercer@tallgrassanalytics.com",
                "Director of Business Intelligence",
            )
        ],
        "2026-03-11T11:30:00-05:00",
        "2026-03-11T12:00:00-05:00",
        None,
        "Google Calendar invite; sent in CST, event in CDT (DST began 8 Mar)",
    ),
)

# --- Paris, Romance Standard Time, French honorifics Mme / M.
_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E00800000000BBCC11DD22EEDC0100000000000000001000000066AA40",
    start="2026-03-26 10:30",
    tz="Romance Standard Time",
    minutes=60,
    style="outlook",
    summary="Entretien – Chef de projet digital – Camille Durand",
    organizer=("LAURENT Sophie", "sophie.laurent@maisonverbena.fr"),
    attendees=[
        ("NGATA Thierry", "thierry.ngata@maisonverbena.fr", "REQ-PARTICIPANT"),
        ("Camille Durand", "camille.durand.data@gmail.com", "REQ-PARTICIPANT"),
    ],
    location="Maison Verbena, 18 rue de Turbigo, 75002 Paris",
    stamp="20260320T093000Z",
)
msg(
    "h126-verbena",
    date="Fri, 20 Mar 2026 10:30:00 +0100",
    client="outlook_eu",
    frm=addr("LAURENT Sophie", "sophie.laurent@maisonverbena.fr"),
    to="camille.durand.data@gmail.com",
    subject="Entretien – Chef de projet digital",
    body=body_outlook(
        "h126",
        """Bonjour Camille,

Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de Chef de projet digital le jeudi 26 mars à 10h30 dans nos locaux, 18 rue de Turbigo (Paris 2e).

Vous rencontrerez Mme Sophie Laurent, Directrice E-commerce, et M. Thierry Ngata, Responsable CRM. Prévoyez environ une heure.

Bien cordialement,

Sophie Laurent
Directrice E-commerce
Maison Verbena
""",
        ics=_ics,
    ),
    label=L(
        "invitation",
        "Maison Verbena",
        "Chef de projet digital",
        [
            P("Sophie Laurent", "sophie.laurent@maisonverbena.fr", "Directrice E-commerce"),
            P("Thierry Ngata", "thierry.ngata@maisonverbena.fr", "Responsable CRM"),
        ],
        "2026-03-26T10:30:00+01:00",
        "2026-03-26T11:30:00+01:00",
        None,
        "French; Romance Standard Time before EU DST; 'LAURENT Sophie' CN; Mme/M. dropped",
    ),
)

# --- Hyderabad, India Standard Time ICS, 'tomorrow at 4 PM'
_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E00800000000CC11DD22EE33DC0100000000000000001000000011BB50",
    start="2026-04-30 16:00",
    tz="India Standard Time",
    minutes=60,
    style="outlook",
    summary="Technical Discussion - Senior DevOps Engineer - Aarav Mehta",
    organizer=("Pavani Rao", "pavani.rao@deccancloudworks.com"),
    attendees=[
        ("Venkata Ramana Reddy", "vr.reddy@deccancloudworks.com", "REQ-PARTICIPANT"),
        ("Lakshmi Narayanan", "lakshmi.n@deccancloudworks.com", "REQ-PARTICIPANT"),
        ("Aarav Mehta", "aarav.mehta93@gmail.com", "REQ-PARTICIPANT"),
    ],
    stamp="20260429T123500Z",
)
msg(
    "h127-deccan",
    date="Wed, 29 Apr 2026 18:05:00 +0530",
    client="outlook",
    frm=addr("Pavani Rao", "pavani.rao@deccancloudworks.com"),
    to="aarav.mehta93@gmail.com",
    subject="Technical Discussion - Senior DevOps Engineer - Aarav Mehta",
    body=body_outlook(
        "h127",
        """Hi Aarav,

As discussed over the call, your technical discussion is scheduled for tomorrow at 4 PM with our panel:

1. Venkata Ramana Reddy - Senior Architect
2. Lakshmi Narayanan - DevOps Lead

Please join 5 minutes early using the Teams link in the invite. Keep your camera on throughout the discussion.

Thanks & Regards,
Pavani Rao
HR - Talent Acquisition
Deccan Cloudworks, Hyderabad
""",
        ics=_ics,
    ),
    label=L(
        "invitation",
        "Deccan Cloudworks",
        "Senior DevOps Engineer",
        [
            P("Venkata Ramana Reddy", "vr.reddy@deccancloudworks.com", "Senior Architect"),
            P("Lakshmi Narayanan", "lakshmi.n@deccancloudworks.com", "DevOps Lead"),
        ],
        "2026-04-30T16:00:00+05:30",
        "2026-04-30T17:00:00+05:30",
        None,
        "India Standard Time ICS; 'tomorrow at 4 PM'",
    ),
)

# --- hiring-assistant bot, US month-first numeric date
_h = ats_html(
    "Interview confirmed",
    [
        "Hi Jordan! This is Ava, the virtual hiring assistant for Copperline Hotels.",
        "Your in-person interview for <b>Front Desk Supervisor</b> at Copperline Hotel Nashville - Gulch is confirmed for <b>Thu, 10/15 at 2:30 PM CT</b>.",
        "You will meet with Shauna Blevins, General Manager. Address: 611 Division St, Nashville, TN. Ask for Shauna at the front desk.",
        "Need to reschedule? Reply RESCHEDULE or text us at (615) 555-0111.",
    ],
    "Copperline Hotels",
    "Copperline Hotels Careers · Msg &amp; data rates may apply",
)
msg(
    "h128-copperline",
    date="Mon, 12 Oct 2026 10:48:19 -0500",
    client="plain",
    frm=addr("Ava from Copperline Hotels", "ava@copperline.careers-assistant.example"),
    to=addr("Jordan Ellis", "jordan.ellis.hosp@gmail.com"),
    subject="Your interview is confirmed!",
    body=body_html(_h, cte="quoted-printable"),
    label=L(
        "invitation",
        "Copperline Hotels",
        "Front Desk Supervisor",
        [P("Shauna Blevins", None, "General Manager")],
        "2026-10-15T14:30:00-05:00",
        None,
        None,
        "chatbot confirmation; US month-first 10/15; duration unknown",
    ),
)

# --- British 'Thursday 3rd at half past ten', Apple Mail
msg(
    "h129-pickering",
    date="Mon, 23 Nov 2026 08:12:40 +0000",
    client="apple",
    frm=addr("Eleanor Pickering", "eleanor@pickeringanddaughters.co.uk"),
    to=addr("Kwame Mensah", "kwame.mensah.ops@gmail.com"),
    subject="Area Operations Manager - interview",
    body=body_apple(
        "h129",
        """Dear Kwame,

Thank you for your application for the Area Operations Manager role - your experience opening new sites really stood out.

We'd love to meet you at our head office on Micklegate on Thursday 3rd at half past ten. It will be me and our Head of People, Raj Sandhu, and we'll need about an hour and a half including a walk round the Micklegate shop.

Do let me know if that suits.

Warm regards,
Eleanor

Eleanor Pickering
Operations Director
Pickering & Daughters Bakers, York
""",
    ),
    label=L(
        "invitation",
        "Pickering & Daughters",
        "Area Operations Manager",
        [
            P("Eleanor Pickering", "eleanor@pickeringanddaughters.co.uk", "Operations Director"),
            P("Raj Sandhu", None, "Head of People"),
        ],
        "2026-12-03T10:30:00+00:00",
        "2026-12-03T12:00:00+00:00",
        None,
        "'Thursday 3rd' = 3 Dec from a 23 Nov Date; 'half past ten'; GMT",
    ),
)

# --- Google 'Updated invitation' = reschedule, SEQUENCE 1
_ics = event(
    method="REQUEST",
    uid="1k8d3f5h7j9l0n2p4r6t8v0x2z@google.com",
    start="2026-06-12 15:00",
    tz="Europe/London",
    minutes=60,
    style="google",
    seq=1,
    summary="Interview: Optical Engineer - Zara Hussain",
    organizer=("Amelia Hargreaves", "a.hargreaves@kestrel-instruments.co.uk"),
    attendees=[
        ("Amelia Hargreaves", "a.hargreaves@kestrel-instruments.co.uk", "CHAIR"),
        ("Tom Ashby", "t.ashby@kestrel-instruments.co.uk", "REQ-PARTICIPANT"),
        ("zara.hussain@hey.com", "zara.hussain@hey.com", "REQ-PARTICIPANT"),
    ],
    stamp="20260608T091500Z",
)
_t = """This event has been updated
Changed: time

Interview: Optical Engineer - Zara Hussain
Friday 12 Jun 2026 ⋅ 15:00 – 16:00 (British Summer Time - London)  (changed)
Previously: Thursday 11 Jun 2026 ⋅ 14:00 – 15:00

Dr Amelia Hargreaves (Head of Optics) and Tom Ashby (Senior Optical Engineer) will interview you at our Cambridge site.

Kestrel Instruments, 4 Station Road, Cambridge CB1 2JD

Organiser
Amelia Hargreaves

Guests
Amelia Hargreaves - organiser
Tom Ashby
zara.hussain@hey.com

Invitation from Google Calendar
"""
msg(
    "h130-kestrel",
    date="Mon, 08 Jun 2026 09:15:00 +0000",
    client="gmail",
    frm=addr("Amelia Hargreaves", "a.hargreaves@kestrel-instruments.co.uk"),
    to="zara.hussain@hey.com",
    subject="Updated invitation: Interview: Optical Engineer - Zara Hussain @ Fri 12 Jun 2026 15:00 - 16:00 (BST) (zara.hussain@hey.com)",
    body=body_gmail("h130", _t, ics=_ics),
    msgid="<calendar-77e0c1a9-3b4f-4d21-a8e6-02f9c5d1b7aa@google.com>",
    label=L(
        "reschedule",
        "Kestrel Instruments",
        "Optical Engineer",
        [
            P("Amelia Hargreaves", "a.hargreaves@kestrel-instruments.co.uk", "Head of Optics"),
            P("Tom Ashby", "t.ashby@kestrel-instruments.co.uk", "Senior Optical Engineer"),
        ],
        "2026-06-12T15:00:00+01:00",
        "2026-06-12T16:00:00+01:00",
        None,
        "Google 'Updated invitation', SEQUENCE 1; Date header UTC, event BST",
    ),
)

# --- Teamtailor booking link, HTML-only QP
_h = ats_html(
    "Book your interview",
    [
        "Hej Sofia!",
        "Thanks for applying to <b>Customer Success Lead</b> at Fika Loop. We'd love to get to know you better in a 45 minute video interview with Elin Sjöberg (Head of Customer Success).",
        '<a href="https://fikaloop.teamtailor.com/meetings/book/9c2f">Book a time that suits you</a>',
        "Times are shown in Stockholm time (CET/CEST).",
        "Vänliga hälsningar,<br>Fika Loop Talent Team",
    ],
    "Fika Loop",
    "Sent with Teamtailor",
)
msg(
    "h131-fikaloop",
    date="Tue, 24 Feb 2026 13:40:02 +0100",
    client="plain",
    frm=addr("Fika Loop", "notifications@teamtailor-mail.com"),
    to=addr("Sofia Lindqvist", "sofia.lindqvist@telia.se"),
    reply_to="talent@fikaloop.se",
    subject="Fika Loop – book your interview",
    body=body_html(_h),
    label=L(
        "invitation",
        "Fika Loop",
        "Customer Success Lead",
        [P("Elin Sjöberg", None, "Head of Customer Success")],
        None,
        None,
        None,
        "Teamtailor self-scheduling link",
    ),
)

# ---------------------------- more hard negatives ----------------------------
msg(
    "h132-saltmarsh-community",
    date="Thu, 1 Oct 2026 14:00:00 +0000",
    client="plain",
    frm=addr("Saltmarsh Games Careers", "no-reply@us.greenhouse-mail.io"),
    to="camille.durand.art@gmail.com",
    subject="New roles at Saltmarsh Games you might like",
    body=body_html(
        ats_html(
            "From the Saltmarsh talent community",
            [
                "Hi Camille, thanks for being part of our talent community. Here are our newest openings:",
                "<b>Lead Environment Artist</b> - Montréal<br><b>Senior VFX Artist</b> - Montréal / Remote (Canada)<br><b>Technical Art Intern (Winter 2027)</b> - Montréal",
                '<a href="https://boards.greenhouse.io/saltmarshgames">See all jobs</a>',
            ],
            "Saltmarsh Games",
            "Unsubscribe from talent community emails",
        )
    ),
    headers=("List-Unsubscribe: <https://boards.greenhouse.io/unsubscribe/saltmarsh>",),
    label=L("other", notes="employer talent-community job newsletter"),
)

_ics = event(
    method="REQUEST",
    uid="visit-5521904@lakeshorehealth-mychart.example",
    start="2026-05-07 15:40",
    tz="America/Chicago",
    minutes=20,
    style="utc",
    summary="Video Visit with Priya Menon, MD",
    organizer=("Lakeshore Health", "noreply@lakeshorehealth-mychart.example"),
    attendees=[],
    stamp="20260501T120000Z",
    prodid="-//Epic//MyChart//EN",
)
msg(
    "h133-telehealth",
    date="Fri, 1 May 2026 07:00:00 -0500",
    client="plain",
    frm=addr("Lakeshore Health MyChart", "noreply@lakeshorehealth-mychart.example"),
    to="kwame.mensah.rn@yahoo.com",
    subject="Your Video Visit is scheduled",
    body=body_gmail(
        "h133",
        """Your Video Visit is scheduled.

Thursday May 7, 2026 3:40 PM CDT
Video Visit with Priya Menon, MD - Family Medicine

eCheck-in is available 7 days before your visit. Please begin your visit 15 minutes early to test your camera.
""",
        ics=_ics,
    ),
    label=L("other", notes="personal medical video visit with ICS"),
)

msg(
    "h134-meetup",
    date="Sat, 14 Nov 2026 16:10:00 -0500",
    client="plain",
    frm=addr("Meetup", "info@meetup.example"),
    to="nia.thompson.cpa@gmail.com",
    subject="You're going to Mock Interview Night: Finance & Accounting edition",
    body=body_html(
        ats_html(
            "You're going!",
            [
                "<b>Mock Interview Night: Finance &amp; Accounting edition</b><br>Women in Finance Toronto",
                "Thursday, November 19, 2026 · 6:30 PM to 8:30 PM EST",
                "Practice behavioural and technical questions in pairs, with feedback from volunteer hiring managers from local firms.",
                "Hosted by Priscilla Adjei and Marguerite Lau",
            ],
            "Meetup",
            "Manage notification settings",
        )
    ),
    label=L("other", notes="community mock-interview meetup RSVP"),
)
