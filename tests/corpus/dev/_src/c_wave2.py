# ruff: noqa: E501
# Wave 2: a second writer. Different companies, countries, senders and habits from the first
# 160: terse managers, ATS HTML, schedulers, prose panels, particles and family-name-first
# names, relative and day-first dates, and many hard negatives that use hiring words.
from lib import add, ics, vtz_fixed
from mime import addr, hdr, vtz_eu, vtz_outlook_eu, vtz_us

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

# ================================================================ invitations
add(
    name="inv-terse-hm-thurs-4pm",
    kind="invitation",
    frm="Rob Keller <rob@switchyard.example>",
    to="Amira Haddad <amira.h@example.com>",
    subject="re: Product Designer role",
    date=(2026, 4, 13, 9, 12, "America/Denver"),
    in_reply_to="<amira-0411-pd@example.com>",
    body="""
amira - liked the writeup a lot. can you do thurs 4pm for 45 min? me + Priyanka Shah (design lead). zoom link to follow

-rob

Sent from my phone

On Sat, Apr 11, 2026 at 8:40 PM, Amira Haddad <amira.h@example.com> wrote:
> Hi Rob, following up on the Product Designer role at Switchyard. I've attached
> a short writeup of the onboarding redesign we talked about at the meetup.
> Amira
""",
    company="Switchyard",
    role="Product Designer",
    interviewers=[
        ("Rob Keller", "rob@switchyard.example", None),
        ("Priyanka Shah", None, "design lead"),
    ],
    start="2026-04-16 16:00",
    end="2026-04-16 16:45",
    tz="America/Denver",
    notes="Lower-case phone reply from the hiring manager: 'thurs' from Mon Apr 13 = Apr 16; no zone, so the sender's Mountain time (MDT). Company only in the quoted note and the address.",
)

add(
    name="inv-workable-html-nairobi",
    kind="invitation",
    frm="Savanna Pay <noreply@workablemail.example>",
    reply_to="Grace Achieng <grace.achieng@savannapay.example>",
    to="Brian Mwangi <brian.mwangi@example.co.ke>",
    subject="Interview invitation: Senior Accountant at Savanna Pay",
    date=(2026, 6, 2, 8, 30, "Africa/Nairobi"),
    fmt="html",
    html="""<!DOCTYPE html><html><body style="margin:0;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="padding:24px"><h2 style="margin:0 0 12px">Interview invitation</h2>
<p>Dear Brian,</p>
<p>Thank you for applying for the <b>Senior Accountant</b> position at Savanna Pay. We are pleased to invite you for an in-person interview.</p>
<table cellpadding="6" style="border:1px solid #ddd">
<tr><td><b>Date</b></td><td>Monday, 8 June 2026</td></tr>
<tr><td><b>Time</b></td><td>14:30 to 15:30 (EAT)</td></tr>
<tr><td><b>Venue</b></td><td>Savanna Pay, 5th Floor, Westlands Square, Nairobi</td></tr>
<tr><td><b>Panel</b></td><td>Wanjiru Kamau, Head of Finance<br>Otieno Odhiambo, Financial Controller</td></tr>
</table>
<p>Please bring your original certificates and a copy of your national ID.</p>
<p><a href="https://apply.workable.example/j/9F1C2/confirm" style="background:#1a73e8;color:#fff;padding:10px 16px;text-decoration:none">Confirm attendance</a></p>
<p>Kind regards,<br>Grace Achieng<br>Talent Acquisition, Savanna Pay</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999">Sent via Workable on behalf of Savanna Pay</td></tr>
</table></td></tr></table></body></html>
""",
    company="Savanna Pay",
    role="Senior Accountant",
    interviewers=[
        ("Wanjiru Kamau", None, "Head of Finance"),
        ("Otieno Odhiambo", None, "Financial Controller"),
    ],
    start="2026-06-08 14:30",
    end="2026-06-08 15:30",
    tz="Africa/Nairobi",
    notes="HTML-only Workable mail with a layout table; 24-hour times in EAT (+03:00). The talent-acquisition signatory is not on the panel.",
)

LEVER_TABLE = """<html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;font-size:14px">
<p>Hi Kwabena,</p>
<p>Congratulations on moving to the final round for the <strong>Senior Backend Engineer, Payments</strong> role at Maple and Finch! Here is your agenda for <strong>Tuesday, September 29</strong>. All times are Eastern (ET).</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<thead><tr><th>Time (ET)</th><th>Session</th><th>Interviewer</th></tr></thead>
<tbody>
<tr><td>10:00 - 10:45</td><td>Technical deep dive</td><td>Dev Malhotra, Staff Engineer</td></tr>
<tr><td>10:45 - 11:30</td><td>System design</td><td>Émilie Gagnon, Principal Engineer</td></tr>
<tr><td>11:30 - 12:00</td><td>Break</td><td>-</td></tr>
<tr><td>12:00 - 12:45</td><td>Values and collaboration</td><td>Kofi Boateng, VP Engineering</td></tr>
</tbody></table>
<p>Prep notes: the deep dive is a conversation about a system you built; bring diagrams if you like. System design is collaborative, in Excalidraw. No leetcode.</p>
<p>If you need accommodations of any kind, just reply here.</p>
<p>Cheers,<br>Chantal Tremblay<br>Senior Recruiter | Maple and Finch</p>
</body></html>
"""
add(
    name="inv-lever-agenda-table",
    kind="invitation",
    frm="Maple and Finch <no-reply@hire.lever.co>",
    reply_to="Chantal Tremblay <chantal.tremblay@mapleandfinch.example>",
    to="Kwabena Asante <kwabena.asante@example.ca>",
    subject="Your final-round agenda: Senior Backend Engineer, Payments",
    date=(2026, 9, 23, 15, 5, "America/Toronto"),
    fmt="alt",
    html=LEVER_TABLE,
    body="""
Hi Kwabena,

Congratulations on moving to the final round for the Senior Backend Engineer, Payments role at Maple and Finch! Here is your agenda for Tuesday, September 29. All times are Eastern (ET).

Time (ET)       Session                     Interviewer
10:00 - 10:45   Technical deep dive         Dev Malhotra, Staff Engineer
10:45 - 11:30   System design               Émilie Gagnon, Principal Engineer
11:30 - 12:00   Break                       -
12:00 - 12:45   Values and collaboration    Kofi Boateng, VP Engineering

Prep notes: the deep dive is a conversation about a system you built; bring diagrams if you like. System design is collaborative, in Excalidraw. No leetcode.

If you need accommodations of any kind, just reply here.

Cheers,
Chantal Tremblay
Senior Recruiter | Maple and Finch
""",
    company="Maple and Finch",
    role="Senior Backend Engineer, Payments",
    interviewers=[
        ("Dev Malhotra", None, "Staff Engineer"),
        ("Émilie Gagnon", None, "Principal Engineer"),
        ("Kofi Boateng", None, "VP Engineering"),
    ],
    start="2026-09-29 10:00",
    end="2026-09-29 12:45",
    tz="America/Toronto",
    notes="Lever mail (Date in UTC) with an agenda table in both parts; the break row has no interviewer; the recruiter signs but does not interview. EDT.",
)

add(
    name="inv-teamtailor-swedish",
    kind="invitation",
    frm="Norrsken Logistik <notifications@mail.teamtailor.com>",
    reply_to="Sara Ekström <sara.ekstrom@norrskenlogistik.example>",
    to="Elin Johansson <elin.johansson@example.se>",
    subject=hdr("Intervju för tjänsten som Lagerchef – Norrsken Logistik"),
    date=(2026, 9, 8, 13, 20, "Europe/Stockholm"),
    fmt="alt64",
    body="""
Hej Elin!

Tack för din ansökan till tjänsten som Lagerchef. Vi vill gärna träffa dig för en intervju.

När: tisdag 15 september kl. 10.00–11.00
Var: Norrsken Logistik, Hamnvägen 4, Göteborg

Du träffar Johan Lindgren (driftchef) och mig.

Svara gärna på det här mejlet och bekräfta att tiden passar.

Vänliga hälsningar
Sara Ekström
HR-partner, Norrsken Logistik
""",
    company="Norrsken Logistik",
    role="Lagerchef",
    interviewers=[
        ("Johan Lindgren", None, "driftchef"),
        ("Sara Ekström", "sara.ekstrom@norrskenlogistik.example", "HR-partner"),
    ],
    start="2026-09-15 10:00",
    end="2026-09-15 11:00",
    tz="Europe/Stockholm",
    notes="Swedish, 'kl. 10.00–11.00' with dots; 'och mig' makes the HR partner an interviewer. Teamtailor stamps Date in UTC. CEST.",
)

add(
    name="inv-calendly-confirmed-auckland",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    reply_to="Aroha Ngata <aroha@kiwikelp.example>",
    to="Liam Walsh <liam.walsh@example.co.nz>",
    subject="Confirmed: Kiwi Kelp - Growth Marketer intro with Aroha Ngata on Thursday, 12 November 2026",
    date=(2026, 11, 9, 11, 2, "Pacific/Auckland"),
    fmt="alt",
    body="""
Hi Liam Walsh,

Your event has been scheduled.

Event Type:
Kiwi Kelp - Growth Marketer intro

Invitee:
Liam Walsh

Event Date/Time:
2:00pm - 2:30pm, Thursday, 12 November 2026 (New Zealand Time)

Location:
Google Meet (link in the calendar event)

Description:
A 30 minute chat with Aroha Ngata, Head of Marketing at Kiwi Kelp, about the Growth Marketer role.

Need to make changes to this event?
Cancel: https://calendly.example/cancellations/8e1c
Reschedule: https://calendly.example/reschedulings/8e1c

Powered by Calendly.com
""",
    company="Kiwi Kelp",
    role="Growth Marketer",
    interviewers=[("Aroha Ngata", "aroha@kiwikelp.example", "Head of Marketing")],
    start="2026-11-12 14:00",
    end="2026-11-12 14:30",
    tz="Pacific/Auckland",
    notes="Calendly confirmation sent to the invitee; the host is the interviewer. NZDT +13:00 in November; Date header in UTC is the previous day.",
)

add(
    name="inv-goodtime-lastname-first",
    kind="invitation",
    frm="Lakeview Analytics via GoodTime <schedule@goodtime.example>",
    to="Hye-jin Cho <hyejin.cho@example.com>",
    subject="Interview scheduled - Analytics Engineer - Lakeview Analytics",
    date=(2026, 5, 6, 11, 40, "America/Chicago"),
    fmt="html64",
    html="""<html><head><style>td{padding:4px 10px}</style></head><body>
<div style="max-width:560px;font-family:Arial">
<p>Hi Hye-jin,</p>
<p>Your interview with <b>Lakeview Analytics</b> for the <b>Analytics Engineer</b> position is scheduled.</p>
<table>
<tr><td>When</td><td>Tuesday, May 12, 2026<br>1:00 PM - 2:00 PM CDT</td></tr>
<tr><td>Where</td><td>Zoom (link below)</td></tr>
<tr><td>Interviewers</td><td>Okafor, Ngozi (Director of Analytics)<br>Reyes, Daniel (Senior Data Engineer)</td></tr>
</table>
<p><a href="https://zoom.example/j/8817263">Join Zoom</a></p>
<p>Need to reschedule? <a href="https://goodtime.example/c/x81">Click here</a>.</p>
<p style="color:#888;font-size:11px">Scheduling powered by GoodTime</p>
</div></body></html>
""",
    company="Lakeview Analytics",
    role="Analytics Engineer",
    interviewers=[
        ("Ngozi Okafor", None, "Director of Analytics"),
        ("Daniel Reyes", None, "Senior Data Engineer"),
    ],
    start="2026-05-12 13:00",
    end="2026-05-12 14:00",
    tz="America/Chicago",
    notes="HTML-only base64 GoodTime mail; interviewers written 'Lastname, Firstname (Title)'.",
)

add(
    name="inv-modernloop-two-sessions",
    kind="invitation",
    frm="Quillon Recruiting <scheduling@modernloop.example>",
    reply_to="Jenna Park <jenna.park@quillon.example>",
    to="Arnav Bose <arnav.bose@example.com>",
    subject="Your interview schedule with Quillon",
    date=(2026, 8, 19, 14, 0, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Arnav,

You're all set! Here's your interview schedule for Software Engineer, Infrastructure at Quillon.

Monday, August 24, 2026 (Pacific Time)

  9:30 AM - 10:15 AM  Coding
                      Haruto Mori · Software Engineer
  10:15 AM - 11:00 AM Architecture
                      Beatriz Carvalho · Engineering Manager

Join: https://meet.example/qln-arb-824

Your coordinator is Jenna Park. Reply to this email with any questions.

Sent with ModernLoop
""",
    company="Quillon",
    role="Software Engineer, Infrastructure",
    interviewers=[
        ("Haruto Mori", None, "Software Engineer"),
        ("Beatriz Carvalho", None, "Engineering Manager"),
    ],
    start="2026-08-24 09:30",
    end="2026-08-24 11:00",
    tz="America/Los_Angeles",
    notes="ModernLoop schedule; the coordinator is named but does not interview. PDT.",
)

ICS_IST = ics(
    uid="040000008200E00074C5B7101A82E00800000000F0A3B19E2217DD01000000000000000010000000A77E",
    start="2026-07-23 11:00",
    end="2026-07-23 12:00",
    tz="Asia/Kolkata",
    tzid="India Standard Time",
    vtz=vtz_fixed("India Standard Time", "+0530", "IST"),
    prodid="Microsoft Exchange Server 2010",
    organizer=("Iyer, Lakshmi", "lakshmi.iyer@tarangfin.example"),
    attendees=[
        ("Venkataraman, Rajesh Kumar", "rajesh.venkataraman@tarangfin.example"),
        ("Siddharth Rao", "sid.rao@example.in"),
    ],
    summary="Tarang Fintech | Technical Interview | Siddharth Rao | Senior Android Engineer",
    stamp="20260720T123500Z",
    location="Microsoft Teams Meeting",
)
add(
    name="inv-outlook-india-standard-time",
    kind="invitation",
    frm='"Iyer, Lakshmi" <lakshmi.iyer@tarangfin.example>',
    to="Siddharth Rao <sid.rao@example.in>",
    cc='"Venkataraman, Rajesh Kumar" <rajesh.venkataraman@tarangfin.example>',
    subject="Tarang Fintech | Technical Interview | Siddharth Rao | Senior Android Engineer",
    date=(2026, 7, 20, 18, 5, "Asia/Kolkata"),
    ics=ICS_IST,
    ics_style="outlook",
    body="""
Dear Siddharth,

Greetings from Tarang Fintech!

Further to our telephonic discussion, please find the invite for your technical interview for the post of Senior Android Engineer on Thursday, 23rd July 2026 from 11:00 AM to 12:00 noon.

Panel: Mr. Rajesh Kumar Venkataraman (Principal Architect) and the undersigned.

Kindly join 10 minutes before time and keep your Aadhaar/PAN handy for verification. Request you to confirm receipt of this mail.

Thanks & Regards,
Lakshmi Iyer
Engineering Manager - Mobile
Tarang Fintech Pvt. Ltd., Koramangala, Bengaluru
""",
    company="Tarang Fintech",
    role="Senior Android Engineer",
    interviewers=[
        (
            "Rajesh Kumar Venkataraman",
            "rajesh.venkataraman@tarangfin.example",
            "Principal Architect",
        ),
        ("Lakshmi Iyer", "lakshmi.iyer@tarangfin.example", "Engineering Manager - Mobile"),
    ],
    start="2026-07-23 11:00",
    end="2026-07-23 12:00",
    tz="Asia/Kolkata",
    notes="Indian-English Outlook invite; 'the undersigned' is the sender; 'Lastname, Firstname' in headers and ICS; TZID 'India Standard Time' +05:30.",
)

ICS_WEU = ics(
    uid="040000008200E00074C5B7101A82E00800000000C07D5A0E6E51DD01000000000000000010000000B310",
    start="2026-10-08 13:00",
    end="2026-10-08 14:00",
    tz="Europe/Amsterdam",
    tzid="W. Europe Standard Time",
    vtz=vtz_outlook_eu("W. Europe Standard Time", 1, 2),
    prodid="Microsoft Exchange Server 2010",
    organizer=("Berg, Pieter van der", "p.vanderberg@dijkstra-water.example"),
    attendees=[
        ("Vries, Femke de", "f.devries@dijkstra-water.example"),
        ("Ana Lucía Paredes", "analucia.paredes@example.com"),
    ],
    summary="Gesprek Hydrological Modeller - Ana Lucía Paredes",
    stamp="20261001T073000Z",
    location="Dijkstra Water, Stationsplein 8, Delft",
)
add(
    name="inv-outlook-dutch-particles",
    kind="invitation",
    frm='"Berg, Pieter van der" <p.vanderberg@dijkstra-water.example>',
    to="Ana Lucía Paredes <analucia.paredes@example.com>",
    cc='"Vries, Femke de" <f.devries@dijkstra-water.example>',
    subject="Gesprek Hydrological Modeller - Ana Lucía Paredes",
    date=(2026, 10, 1, 9, 30, "Europe/Amsterdam"),
    ics=ICS_WEU,
    ics_style="outlook",
    body="""
Dear Ana Lucía,

Thank you for your application for the Hydrological Modeller vacancy at Dijkstra Water. We would like to invite you for a first conversation at our office in Delft on donderdag 8 oktober, 13:00-14:00.

You will speak with me and with my colleague Femke de Vries (Senior Data Scientist, flood forecasting). The meeting request is attached.

Met vriendelijke groet / Kind regards,

Pieter van der Berg
Teamleider Hydrologie
Dijkstra Water B.V.
""",
    company="Dijkstra Water",
    role="Hydrological Modeller",
    interviewers=[
        ("Pieter van der Berg", "p.vanderberg@dijkstra-water.example", "Teamleider Hydrologie"),
        (
            "Femke de Vries",
            "f.devries@dijkstra-water.example",
            "Senior Data Scientist, flood forecasting",
        ),
    ],
    start="2026-10-08 13:00",
    end="2026-10-08 14:00",
    tz="Europe/Amsterdam",
    notes="Dutch 'Lastname, Firstname particle' display names ('Berg, Pieter van der') → natural order with the particle; Dutch date in an English mail; 'W. Europe Standard Time' with VTIMEZONE, CEST.",
)

add(
    name="inv-spanish-prose-panel",
    kind="invitation",
    frm=addr("María José de la Cruz", "mj.delacruz@alboranseguros.example"),
    to=addr("Nicolás Ferrer", "nico.ferrer@example.es"),
    subject=hdr("Entrevista – Ingeniero/a de Datos Senior – Alborán Seguros"),
    date=(2026, 2, 16, 12, 10, "Europe/Madrid"),
    fmt="qp",
    body="""
Hola Nicolás:

Gracias por tu interés en la posición de Ingeniero/a de Datos Senior en Alborán Seguros. Nos gustaría invitarte a una entrevista por videollamada el jueves 19 de febrero a las 16:00 (hora peninsular).

Primero hablarás conmigo unos 30 minutos y luego con Íñigo Etxeberria, Arquitecto de Soluciones, otros 30. Te enviaré el enlace de Teams mañana.

¿Te viene bien? Si no, dime qué otros huecos tienes esta semana o la próxima.

Un saludo,

María José de la Cruz
Directora de Ingeniería
Alborán Seguros · Paseo de la Castellana 93, Madrid
""",
    company="Alborán Seguros",
    role="Ingeniero/a de Datos Senior",
    interviewers=[
        ("María José de la Cruz", "mj.delacruz@alboranseguros.example", "Directora de Ingeniería"),
        ("Íñigo Etxeberria", None, "Arquitecto de Soluciones"),
    ],
    start="2026-02-19 16:00",
    end="2026-02-19 17:00",
    tz="Europe/Madrid",
    notes="Spanish prose panel: 'primero conmigo 30 minutos y luego con X otros 30' = one hour; the sender is the first interviewer. CET.",
)

add(
    name="inv-belfast-oneill-range",
    kind="invitation",
    frm="Declan Hughes <declan.hughes@lagan-software.example>",
    to="Priya Menon <priya.menon@example.co.uk>",
    subject="Lagan Software - QA Automation Engineer",
    date=(2026, 3, 24, 16, 45, "Europe/London"),
    body="""
Hi Priya,

Thanks for sending through your CV for the QA Automation Engineer post. Would Monday 30th March, 2-3pm, work for a chat with Ms. Siobhán O'Neill (our CTO) and myself? We're at the Gasworks, Ormeau Road - I'll send directions once it's in the diary.

Cheers,
Declan

Declan Hughes
Engineering Manager
Lagan Software, Belfast
""",
    company="Lagan Software",
    role="QA Automation Engineer",
    interviewers=[
        ("Siobhán O'Neill", None, "CTO"),
        ("Declan Hughes", "declan.hughes@lagan-software.example", "Engineering Manager"),
    ],
    start="2026-03-30 14:00",
    end="2026-03-30 15:00",
    tz="Europe/London",
    notes="'2-3pm' range with no zone, sender in Belfast; Mar 30 is the day after the UK clock change, so BST +01:00. 'Ms.' dropped; apostrophe name.",
)

add(
    name="inv-vietnam-family-name-b64",
    kind="invitation",
    frm=addr("Nguyễn Thị Mai", "mai.nguyen@songhongtech.example", "b"),
    to=addr("Lê Anh Tuấn", "tuan.le@example.vn", "b"),
    subject=hdr("Thư mời phỏng vấn / Interview invitation – Mobile Developer (Flutter)"),
    date=(2026, 8, 10, 9, 15, "Asia/Ho_Chi_Minh"),
    fmt="b64",
    body="""
Chào anh Tuấn,

Cảm ơn anh đã ứng tuyển vị trí Mobile Developer (Flutter) tại Sông Hồng Tech. Chúng tôi trân trọng mời anh tham dự buổi phỏng vấn:

Thời gian: 15:00 – 16:00, Thứ Năm, 13/08/2026 (giờ Việt Nam)
Địa điểm: Tầng 9, tòa nhà Sông Hồng, 36 Láng Hạ, Hà Nội
Người phỏng vấn: Trần Văn Hùng (CTO) và Nguyễn Thị Mai (Trưởng phòng Nhân sự)

(English) We are pleased to invite you to an interview on Thursday 13/08/2026, 15:00–16:00 Vietnam time, with Trần Văn Hùng (CTO) and me.

Trân trọng,
Nguyễn Thị Mai
Trưởng phòng Nhân sự – Sông Hồng Tech
""",
    company="Sông Hồng Tech",
    role="Mobile Developer (Flutter)",
    interviewers=[
        ("Trần Văn Hùng", None, "CTO"),
        ("Nguyễn Thị Mai", "mai.nguyen@songhongtech.example", "Trưởng phòng Nhân sự"),
    ],
    start="2026-08-13 15:00",
    end="2026-08-13 16:00",
    tz="Asia/Ho_Chi_Minh",
    notes="Vietnamese with an English line, base64 body and B-encoded headers; family-name-first names kept as written; day-first 13/08/2026; +07:00.",
)

add(
    name="inv-melbourne-tomorrow-dst",
    kind="invitation",
    frm="Bec Thornton <bec@wattlebird.example>",
    to="Jack Pham <jack.pham@example.com.au>",
    subject="Wattlebird - Product Analyst",
    date=(2026, 10, 5, 16, 40, "Australia/Melbourne"),
    fmt="alt",
    body="""
Hey Jack,

Great chatting earlier! As promised - would tomorrow 10am suit for a proper chat with Sam Whitlock (our Head of Product) and me about the Product Analyst role? 30 mins, I'll flick you a Teams link.

No stress if not, just let me know what works.

Bec
Talent Partner | Wattlebird
""",
    company="Wattlebird",
    role="Product Analyst",
    interviewers=[
        ("Sam Whitlock", None, "Head of Product"),
        ("Bec Thornton", "bec@wattlebird.example", "Talent Partner"),
    ],
    start="2026-10-06 10:00",
    end="2026-10-06 10:30",
    tz="Australia/Melbourne",
    notes="'tomorrow 10am' against a Monday Oct 5 Date; no zone, the sender's Melbourne, where DST began on Oct 4: AEDT +11:00.",
)

add(
    name="inv-next-tuesday-at-3-dst",
    kind="invitation",
    frm="Greg Mancini <gmancini@harborpoint.example>",
    to="Olivia Grant <olivia.grant@example.com>",
    subject="Fund Accountant - next step",
    date=(2026, 3, 4, 17, 20, "America/New_York"),
    body="""
Olivia,

Enjoyed our call. Let's get you in front of the team. How about next Tuesday at 3? Plan on an hour with me and Tamika Rhodes, our controller. We're at 40 Wall, 22nd floor; ask for me at the desk.

Greg

Greg Mancini
CFO, Harborpoint Capital
""",
    company="Harborpoint Capital",
    role="Fund Accountant",
    interviewers=[
        ("Greg Mancini", "gmancini@harborpoint.example", "CFO"),
        ("Tamika Rhodes", None, "controller"),
    ],
    start="2026-03-10 15:00",
    end="2026-03-10 16:00",
    tz="America/New_York",
    notes="'next Tuesday at 3' from Wed Mar 4 = Mar 10, 3 pm (business hours); after the Mar 8 DST change: EDT -04:00 although the Date header is EST.",
)

add(
    name="inv-french-14h30",
    kind="invitation",
    frm="Recrutement Rhône Biotech <recrutement@rhone-biotech.example>",
    to="Thomas Girard <thomas.girard@example.fr>",
    subject=hdr("Convocation à un entretien – Technicien de laboratoire (H/F)"),
    date=(2026, 11, 3, 10, 5, "Europe/Paris"),
    fmt="qp",
    body="""
Monsieur,

Suite à votre candidature au poste de Technicien de laboratoire (H/F), nous avons le plaisir de vous convier à un entretien le jeudi 12 novembre à 14h30, dans nos locaux de Lyon Gerland (bâtiment B, 2e étage).

L'entretien durera environ une heure et se déroulera avec Mme Claire Dubois-Lefèvre, Responsable R&D, et M. Karim Benali, Chef de projet.

Merci de bien vouloir nous confirmer votre présence par retour de mail.

Cordialement,

Léa Martin
Chargée de recrutement
Rhône Biotech – 60 avenue Tony Garnier, 69007 Lyon
""",
    company="Rhône Biotech",
    role="Technicien de laboratoire (H/F)",
    interviewers=[
        ("Claire Dubois-Lefèvre", None, "Responsable R&D"),
        ("Karim Benali", None, "Chef de projet"),
    ],
    start="2026-11-12 14:30",
    end="2026-11-12 15:30",
    tz="Europe/Paris",
    notes="French '14h30', 'environ une heure'; Mme/M. dropped; the recruitment officer who signs is not on the panel. CET after the October change.",
)

add(
    name="inv-workday-lagos-lastname",
    kind="invitation",
    frm="Zenith Grid Careers <zenithgrid@myworkday.example>",
    to="Adaeze Nwosu <adaeze.nwosu@example.com.ng>",
    subject="Interview Scheduled: JR-40417 Power Systems Engineer",
    date=(2026, 5, 18, 10, 0, "Africa/Lagos"),
    fmt="html",
    html="""<html><body><div style="font-family:Arial;font-size:13px">
<p>Dear Adaeze Nwosu,</p>
<p>An interview has been scheduled for your application to <b>JR-40417 Power Systems Engineer</b> at Zenith Grid.</p>
<table border="0" cellpadding="3">
<tr><td>Interview</td><td>Technical Interview</td></tr>
<tr><td>Date</td><td>21/05/2026</td></tr>
<tr><td>Time</td><td>10:00 AM - 11:00 AM (GMT+01:00) West Central Africa</td></tr>
<tr><td>Location</td><td>Zenith Grid HQ, Plot 12 Adeola Odeku Street, Victoria Island, Lagos</td></tr>
<tr><td>Interviewers</td><td>Okonkwo, Chidi (Head of Grid Operations)<br>Balogun, Funmilayo (Lead Power Systems Engineer)</td></tr>
</table>
<p>To view details, sign in to the <a href="https://wd3.myworkday.example/zenithgrid">Candidate Home</a>.</p>
<p>Zenith Grid Talent Acquisition</p>
</div></body></html>
""",
    company="Zenith Grid",
    role="Power Systems Engineer",
    interviewers=[
        ("Chidi Okonkwo", None, "Head of Grid Operations"),
        ("Funmilayo Balogun", None, "Lead Power Systems Engineer"),
    ],
    start="2026-05-21 10:00",
    end="2026-05-21 11:00",
    tz="Africa/Lagos",
    notes="Workday HTML-only; requisition JR-40417 dropped; day-first 21/05/2026; 'Lastname, Firstname'; WAT +01:00.",
)

add(
    name="inv-icims-recruiter-screen",
    kind="invitation",
    frm="Prairieview Health Talent Acquisition <talent@careers-prairieview.icims.example>",
    reply_to="Dana Kowalczyk <dkowalczyk@prairieviewhealth.example>",
    to="Morgan Ellis <morgan.ellis@example.com>",
    subject="Phone Screen - Clinical Informatics Specialist (Req #2026-1187)",
    date=(2026, 2, 24, 9, 0, "America/Chicago"),
    body="""
Dear Morgan,

Thank you for your interest in the Clinical Informatics Specialist position with Prairieview Health. I would like to schedule a phone screen with you, conducted by me, on Thursday, February 26, 2026 at 1:30 PM CT. The call will last approximately 20 minutes.

I will call you at (612) 555-0148. If this time does not work, please reply with two or three alternatives.

Sincerely,

Dana Kowalczyk
Senior Talent Acquisition Partner
Prairieview Health

This message was sent via iCIMS. Please do not reply to the sending address.
""",
    company="Prairieview Health",
    role="Clinical Informatics Specialist",
    interviewers=[
        (
            "Dana Kowalczyk",
            "dkowalczyk@prairieviewhealth.example",
            "Senior Talent Acquisition Partner",
        )
    ],
    start="2026-02-26 13:30",
    end="2026-02-26 13:50",
    tz="America/Chicago",
    notes="iCIMS; the recruiter conducts the screen so she is the interviewer; 'approximately 20 minutes'; req number kept out of the role; CST.",
)

ICS_WAW = ics(
    uid="sr-int-7731904-marek@smartrecruiters.com",
    start="2026-10-20 10:00",
    end="2026-10-20 12:00",
    tz="Europe/Warsaw",
    vtz=vtz_eu("Europe/Warsaw", "+0100", "+0200", "CET", "CEST"),
    prodid="-//SmartRecruiters//Interview Scheduler//EN",
    organizer=("Wawel Robotics", "noreply@smartrecruiters.com"),
    attendees=[
        ("Paweł Zieliński", "pawel.zielinski@wawelrobotics.example"),
        ("Agnieszka Wójcik-Nowak", "agnieszka.wojcik-nowak@wawelrobotics.example"),
        ("Marek Dąbrowski", "marek.dabrowski@example.pl"),
    ],
    summary="Onsite interview - Embedded C++ Developer - Wawel Robotics",
    stamp="20261014T133000Z",
    location="ul. Lea 114, 30-133 Kraków",
)
add(
    name="inv-smartrecruiters-krakow",
    kind="invitation",
    frm="Wawel Robotics <noreply@smartrecruiters.com>",
    to="Marek Dąbrowski <marek.dabrowski@example.pl>",
    subject="Wawel Robotics: your onsite interview for Embedded C++ Developer",
    date=(2026, 10, 14, 15, 30, "Europe/Warsaw"),
    fmt="alt",
    ics=ICS_WAW,
    ics_style="attach",
    body="""
Dear Marek,

We are happy to invite you to an onsite interview for the Embedded C++ Developer role.

Date: Tuesday, 20.10.2026
Time: 10:00–12:00 (CEST)
Address: Wawel Robotics, ul. Lea 114, 30-133 Kraków (reception, 3rd floor)

Agenda
10:00–11:00  Technical interview with Paweł Zieliński (Tech Lead)
11:00–12:00  Conversation with Agnieszka Wójcik-Nowak (Engineering Director)

Please bring an ID document. Parking is available in front of the building.

Pozdrawiamy / Best regards
Wawel Robotics Recruitment Team
""",
    company="Wawel Robotics",
    role="Embedded C++ Developer",
    interviewers=[
        ("Paweł Zieliński", "pawel.zielinski@wawelrobotics.example", "Tech Lead"),
        (
            "Agnieszka Wójcik-Nowak",
            "agnieszka.wojcik-nowak@wawelrobotics.example",
            "Engineering Director",
        ),
    ],
    start="2026-10-20 10:00",
    end="2026-10-20 12:00",
    tz="Europe/Warsaw",
    notes="SmartRecruiters (UTC Date) with an attached .ics (IANA VTIMEZONE, interviewers as attendees); dotted day-first date; two sessions span 10:00-12:00 CEST; double-barrelled Polish surname.",
)

add(
    name="inv-singapore-reply-confirms",
    kind="invitation",
    frm="Jolene Tan <jolene.tan@merlionhealth.example>",
    to="Ravi Shankar <ravi.shankar@example.sg>",
    subject="RE: Clinical Product Manager - interview slots",
    date=(2026, 6, 24, 10, 15, "Asia/Singapore"),
    in_reply_to="<ravi-slot-pick@example.sg>",
    fmt="alt",
    body="""
Hi Ravi,

Great, 2pm on Friday works. Confirmed: Friday 26 June, 2:00-3:00pm SGT, with Dr. Arvind Pillai (Medical Director) and Wei Ling Goh (Product Lead). Teams link is in the calendar invite I just sent.

Best,
Jolene Tan
Talent Acquisition | Merlion Health

-----Original Message-----
From: Ravi Shankar <ravi.shankar@example.sg>
Sent: Tuesday, 23 June 2026 9:02 PM
To: Jolene Tan <jolene.tan@merlionhealth.example>
Subject: RE: Clinical Product Manager - interview slots

Hi Jolene, Friday 2pm please. Thanks!

-----Original Message-----
From: Jolene Tan
Sent: Tuesday, 23 June 2026 4:40 PM

Hi Ravi, could you do either Thursday 25 June 10am with Marcus Lim (Head of Product), or Friday 26 June 2pm with Dr. Pillai and Wei Ling?
""",
    company="Merlion Health",
    role="Clinical Product Manager",
    interviewers=[
        ("Arvind Pillai", None, "Medical Director"),
        ("Wei Ling Goh", None, "Product Lead"),
    ],
    start="2026-06-26 14:00",
    end="2026-06-26 15:00",
    tz="Asia/Singapore",
    notes="Confirmation at the top; the quoted proposal holds the other slot and Marcus Lim, who is not on the chosen interview. Outlook-style quoting.",
)

add(
    name="inv-ashby-self-schedule",
    kind="invitation",
    frm="Orbitlane Recruiting <no-reply@ashbyhq.com>",
    to="Tomás Villalobos <tomas.villalobos@example.cl>",
    subject="Orbitlane | Schedule your technical conversation",
    date=(2026, 7, 7, 19, 30, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Inter,Arial,sans-serif;color:#111">
<p>Hi Tomás,</p>
<p>Thanks for the great chat last week! The next step for the <b>Platform Engineer</b> role is a 45-minute technical conversation with Dmitri Volkov (Staff Engineer).</p>
<p>Please pick a time that works for you:</p>
<p><a href="https://app.ashbyhq.example/interviews/schedule/5b1f" style="padding:10px 18px;background:#5a3df5;color:#fff;border-radius:6px;text-decoration:none">Schedule interview</a></p>
<p>Slots are shown in your local time zone.</p>
<p>Best,<br>The Orbitlane team</p>
</body></html>
""",
    company="Orbitlane",
    role="Platform Engineer",
    interviewers=[("Dmitri Volkov", None, "Staff Engineer")],
    notes="Ashby self-scheduling link: an invitation with a named interviewer but no time yet (start/end null).",
)

add(
    name="inv-personio-hamburg-german",
    kind="invitation",
    frm="Elbdeich Mobility GmbH <jobs@elbdeich.jobs.personio.de>",
    to=addr("Deniz Yıldız", "deniz.yildiz@example.de"),
    subject=hdr("Einladung zum Kennenlernen – Ingenieur Batteriesysteme (m/w/d)"),
    date=(2026, 11, 24, 9, 5, "Europe/Berlin"),
    fmt="alt64",
    body="""
Hallo Frau Yıldız,

vielen Dank für Ihre Bewerbung als Ingenieur Batteriesysteme (m/w/d) bei der Elbdeich Mobility GmbH. Wir möchten Sie gern persönlich kennenlernen und laden Sie herzlich zu einem Gespräch ein:

am Mittwoch, 2. Dezember 2026 um 9:30 Uhr (Dauer ca. 45 Minuten)
in unserem Büro am Sandtorkai 37, 20457 Hamburg

Ihre Gesprächspartner sind Herr Dr. Jan-Hendrik Ahlers (Bereichsleiter Fahrzeugtechnik) und Frau Merve Aydın (Teamleiterin Recruiting).

Bitte bestätigen Sie den Termin kurz über den Link in Ihrem Bewerberportal.

Viele Grüße
Ihr Elbdeich-Recruiting-Team
""",
    company="Elbdeich Mobility",
    role="Ingenieur Batteriesysteme (m/w/d)",
    interviewers=[
        ("Jan-Hendrik Ahlers", None, "Bereichsleiter Fahrzeugtechnik"),
        ("Merve Aydın", None, "Teamleiterin Recruiting"),
    ],
    start="2026-12-02 09:30",
    end="2026-12-02 10:15",
    tz="Europe/Berlin",
    notes="German Personio mail; 'Herr Dr.' and 'Frau' dropped; 'ca. 45 Minuten' gives the end; the recruiting lead is a named Gesprächspartnerin. CET.",
)

ICS_JST = ics(
    uid="040000008200E00074C5B7101A82E0080000000040D2F6C1333ADD01000000000000000010000000C5D9",
    start="2026-09-08 16:00",
    end="2026-09-08 17:00",
    tz="Asia/Tokyo",
    tzid="Tokyo Standard Time",
    vtz=vtz_fixed("Tokyo Standard Time", "+0900", "JST"),
    prodid="Microsoft Exchange Server 2010",
    organizer=("WATANABE Haruka", "h.watanabe@kasumi-sys.example"),
    attendees=[
        ("SATO Kenji", "k.sato@kasumi-sys.example"),
        ("Felix Fischer", "felix.fischer@example.de"),
    ],
    summary="[Kasumi Systems] 2nd Interview - Cloud Solutions Architect",
    stamp="20260901T084000Z",
)
add(
    name="inv-tokyo-outlook-family-caps",
    kind="invitation",
    frm='"WATANABE Haruka" <h.watanabe@kasumi-sys.example>',
    to="Felix Fischer <felix.fischer@example.de>",
    subject="[Kasumi Systems] 2nd Interview - Cloud Solutions Architect",
    date=(2026, 9, 1, 17, 40, "Asia/Tokyo"),
    ics=ICS_JST,
    ics_style="outlook",
    body="""
Dear Mr. Fischer,

Thank you very much for attending the first interview last week.
We are pleased to invite you to the second interview for the Cloud Solutions Architect position.

Date: September 8 (Tue), 16:00-17:00 JST (9:00-10:00 CEST)
Format: Online (Microsoft Teams)
Interviewers: SATO Kenji (General Manager, Cloud Division) and WATANABE Haruka

The time is 9:00 in the morning in Germany. Please let us know if you have any problem.

Best regards,

WATANABE Haruka
HR Manager, Global Recruitment
Kasumi Systems Co., Ltd.
""",
    company="Kasumi Systems",
    role="Cloud Solutions Architect",
    interviewers=[
        ("SATO Kenji", "k.sato@kasumi-sys.example", "General Manager, Cloud Division"),
        ("WATANABE Haruka", "h.watanabe@kasumi-sys.example", "HR Manager, Global Recruitment"),
    ],
    start="2026-09-08 16:00",
    end="2026-09-08 17:00",
    tz="Asia/Tokyo",
    notes="Japanese family-name-first in capitals, kept as written; 'Tokyo Standard Time' Outlook ICS; the body also gives the CEST equivalent (same instant).",
)

# ================================================================ reschedules
add(
    name="res-bangalore-replaced-panelist",
    kind="reschedule",
    frm="Kavya Reddy <kavya.reddy@nimbleloop.example>",
    to="Sandeep Chauhan <sandeep.chauhan@example.in>",
    subject="Change in your Technical Round - Backend Engineer (Go)",
    date=(2026, 8, 3, 12, 30, "Asia/Kolkata"),
    fmt="alt",
    body="""
Hi Sandeep,

Small change for your technical round for Backend Engineer (Go). Arjun Nair has been pulled into a customer escalation, so Meenakshi Sundaram (Principal Engineer) will take the round instead. We have also moved it from Wednesday to Thursday, 6 August, same slot 3:00 - 4:00 PM IST.

The Google Meet link stays the same. Apologies for the change!

Regards,
Kavya Reddy
Talent Acquisition Specialist, NimbleLoop
""",
    company="NimbleLoop",
    role="Backend Engineer (Go)",
    interviewers=[("Meenakshi Sundaram", None, "Principal Engineer")],
    start="2026-08-06 15:00",
    end="2026-08-06 16:00",
    tz="Asia/Kolkata",
    notes="Replaced panelist (Arjun Nair) excluded; the coordinator only schedules.",
)

ICS_CEU = ics(
    uid="040000008200E00074C5B7101A82E0080000000070B7C0EE31D0DC01000000000000000010000000E2A4",
    start="2026-04-23 09:00",
    end="2026-04-23 10:00",
    tz="Europe/Prague",
    tzid="Central Europe Standard Time",
    vtz=vtz_outlook_eu("Central Europe Standard Time", 1, 2),
    prodid="Microsoft Exchange Server 2010",
    seq=1,
    organizer=("Novák, Tomáš", "tomas.novak@vltava-games.example"),
    attendees=[
        ("Dvořáková, Kateřina", "katerina.dvorakova@vltava-games.example"),
        ("Julia Schmidt", "julia.schmidt@example.at"),
    ],
    summary="Interview - Technical Artist",
    stamp="20260420T120000Z",
)
add(
    name="res-prague-outlook-seq1",
    kind="reschedule",
    frm=addr("Novák, Tomáš", "tomas.novak@vltava-games.example"),
    to="Julia Schmidt <julia.schmidt@example.at>",
    cc=addr("Dvořáková, Kateřina", "katerina.dvorakova@vltava-games.example"),
    subject="Updated: Interview - Technical Artist",
    date=(2026, 4, 20, 14, 0, "Europe/Prague"),
    ics=ICS_CEU,
    ics_style="outlook",
    body="""
Hi Julia,

moving us to Thursday 23 April, 9:00-10:00, as I'm at a conference on Wednesday. Same Teams link, and Kateřina Dvořáková (Lead Technical Artist) still joins.

Tomáš

Tomáš Novák | Art Director | Vltava Games
""",
    company="Vltava Games",
    role="Technical Artist",
    interviewers=[
        ("Tomáš Novák", "tomas.novak@vltava-games.example", "Art Director"),
        (
            "Kateřina Dvořáková",
            "katerina.dvorakova@vltava-games.example",
            "Lead Technical Artist",
        ),
    ],
    start="2026-04-23 09:00",
    end="2026-04-23 10:00",
    tz="Europe/Prague",
    notes="Outlook update (SEQUENCE 1) with 'Central Europe Standard Time'; RFC 2047 encoded 'Lastname, Firstname' display name. CEST.",
)

add(
    name="res-terse-push-to-5",
    kind="reschedule",
    frm="dani <dani@fablerock.example>",
    to=addr("Kemal Aydın", "kemal.aydin@example.com"),
    subject="Re: Frontend Engineer pairing session",
    date=(2026, 4, 23, 13, 5, "America/Los_Angeles"),
    in_reply_to="<CAF-dani-0420@fablerock.example>",
    body="""
something came up - can we push to 5 today? same link, still 30 min. sorry!!

--
Dani Ortiz, Eng Lead @ Fablerock

On Mon, Apr 20, 2026 at 10:02 AM Dani Ortiz <dani@fablerock.example> wrote:
> Hi Kemal, let's do Thursday (4/23) at 4pm PT for the pairing session for the
> Frontend Engineer role. 30 min, just me. https://meet.example/fab-kmr
""",
    company="Fablerock",
    role="Frontend Engineer",
    interviewers=[("Dani Ortiz", "dani@fablerock.example", "Eng Lead")],
    start="2026-04-23 17:00",
    end="2026-04-23 17:30",
    tz="America/Los_Angeles",
    notes="'push to 5 today': the new time is 5 pm on the Date header's day, duration from the quoted invite; the quoted 4pm is the old time. PDT.",
)

add(
    name="res-calendly-updated",
    kind="reschedule",
    frm="Calendly <notifications@calendly.com>",
    reply_to="Marisol Vega <marisol.vega@redmesasolar.example>",
    to="Ethan Brooks <ethan.brooks@example.com>",
    subject="Updated: Hiring Manager Interview with Marisol Vega on Monday, February 2, 2026",
    date=(2026, 1, 27, 16, 45, "America/Denver"),
    body="""
Hi Ethan Brooks,

Your event has been rescheduled.

Event Type:
Hiring Manager Interview - Red Mesa Solar, Site Operations Manager

Former:
9:00am - 9:45am, Friday, January 30, 2026 (Mountain Time - US & Canada)

Updated:
1:00pm - 1:45pm, Monday, February 2, 2026 (Mountain Time - US & Canada)

Host:
Marisol Vega

Reason for rescheduling:
"Travel conflict on Friday - sorry Ethan!"

Powered by Calendly.com
""",
    company="Red Mesa Solar",
    role="Site Operations Manager",
    interviewers=[("Marisol Vega", "marisol.vega@redmesasolar.example", None)],
    start="2026-02-02 13:00",
    end="2026-02-02 13:45",
    tz="America/Denver",
    notes="Calendly 'Former' vs 'Updated': the updated slot is the interview. MST.",
)

add(
    name="res-goodtime-across-dst",
    kind="reschedule",
    frm="Halyard Robotics <scheduling@goodtime.example>",
    to="Chiara Romano <chiara.romano@example.com>",
    subject="Rescheduled: your interview with Halyard Robotics",
    date=(2026, 10, 20, 10, 10, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Arial">
<p>Hi Chiara,</p>
<p>Your interview for <b>Robotics Software Engineer</b> has been rescheduled.</p>
<p><b>New time:</b> Tuesday, November 3, 2026, 11:00 AM - 12:00 PM EST<br>
<span style="color:#888;text-decoration:line-through">Thursday, October 29, 2026, 2:00 PM - 3:00 PM EDT</span></p>
<p><b>Interviewers</b><br>Yusuf Demir, Robotics Software Lead<br>Hannah Schultz, Senior Controls Engineer</p>
<p><a href="https://goodtime.example/c/hal-44">View details</a></p>
<p style="font-size:11px;color:#999">Powered by GoodTime</p>
</body></html>
""",
    company="Halyard Robotics",
    role="Robotics Software Engineer",
    interviewers=[
        ("Yusuf Demir", None, "Robotics Software Lead"),
        ("Hannah Schultz", None, "Senior Controls Engineer"),
    ],
    start="2026-11-03 11:00",
    end="2026-11-03 12:00",
    tz="America/New_York",
    notes="HTML-only; the old time is struck through; the move crosses the Nov 1 DST end: EST -05:00.",
)

add(
    name="res-italian-proposal",
    kind="reschedule",
    frm="Giulia Ferraro <giulia.ferraro@navigli-design.example>",
    to="Matteo Greco <matteo.greco@example.it>",
    subject="Colloquio Interior Designer Junior - spostamento",
    date=(2026, 11, 2, 9, 40, "Europe/Rome"),
    fmt="qp",
    body="""
Ciao Matteo,

purtroppo l'arch. Lorenzo Bassi ha un imprevisto giovedì. Possiamo spostare il colloquio per la posizione di Interior Designer Junior a venerdì 6 novembre alle 11:00? La durata resta di un'ora e saremo sempre in tre: tu, Lorenzo e io.

Fammi sapere, grazie!

Giulia Ferraro
Responsabile Progettazione
Navigli Design Studio – Ripa di Porta Ticinese 55, Milano
""",
    company="Navigli Design",
    role="Interior Designer Junior",
    interviewers=[
        ("Lorenzo Bassi", None, None),
        ("Giulia Ferraro", "giulia.ferraro@navigli-design.example", "Responsabile Progettazione"),
    ],
    start="2026-11-06 11:00",
    end="2026-11-06 12:00",
    tz="Europe/Rome",
    notes="Italian proposal to move; 'arch.' is an honorific, not a title; 'saremo in tre: tu, Lorenzo e io' makes the sender an interviewer. CET.",
)

add(
    name="res-edinburgh-new-panel-across-dst",
    kind="reschedule",
    frm="Fiona MacLeod <fiona.macleod@thistle-energy.example>",
    to="Aleksander Nowicki <a.nowicki@example.co.uk>",
    subject="RE: Final interview - Energy Trading Analyst",
    date=(2026, 10, 21, 11, 20, "Europe/London"),
    in_reply_to="<thistle-final-0915@thistle-energy.example>",
    body="""
Hi Aleksander,

I'm sorry to do this - we need to move your final interview. New date: Monday 2 November, 10:00-11:30 at our Leith office.

The panel is now Ewan Fraser (Head of Trading) and Dr Morag Campbell (Chief Risk Officer); Neil Ross is no longer able to join.

Best wishes,
Fiona

Fiona MacLeod
Recruitment Partner, Thistle Energy

From: Fiona MacLeod
Sent: 15 October 2026 09:15
To: Aleksander Nowicki
Subject: Final interview - Energy Trading Analyst

Your final interview is confirmed for Thursday 22 October, 10:00-11:30, with Ewan Fraser and Neil Ross.
""",
    company="Thistle Energy",
    role="Energy Trading Analyst",
    interviewers=[
        ("Ewan Fraser", None, "Head of Trading"),
        ("Morag Campbell", None, "Chief Risk Officer"),
    ],
    start="2026-11-02 10:00",
    end="2026-11-02 11:30",
    tz="Europe/London",
    notes="New panel replaces Neil Ross; 'Dr' without a dot dropped; old time in quoted history (BST) vs new date after the clock change (GMT +00:00).",
)

add(
    name="res-manila-tomorrow-3pm",
    kind="reschedule",
    frm="Patricia Dela Cruz <patricia.delacruz@bayanihan-bpo.example>",
    to="Mark Villanueva <mark.villanueva@example.ph>",
    subject="Re: Phone interview - Workforce Analyst",
    date=(2026, 7, 14, 17, 50, "Asia/Manila"),
    in_reply_to="<bayanihan-wfa-0713@bayanihan-bpo.example>",
    body="""
Hi Mark,

So sorry - I have a conflict at 10am tomorrow. Can we move our call to tomorrow 3pm Manila time instead? Still about 30 mins. Thank you po!

Patricia Dela Cruz
Recruitment Lead, Bayanihan BPO

On Mon, Jul 13, 2026, 4:05 PM Patricia Dela Cruz wrote:
> Hi Mark, I'd like to schedule a short phone interview for the Workforce Analyst
> role on Wednesday (July 15) at 10:00 AM. I'll call your mobile.
""",
    company="Bayanihan BPO",
    role="Workforce Analyst",
    interviewers=[
        (
            "Patricia Dela Cruz",
            "patricia.delacruz@bayanihan-bpo.example",
            "Recruitment Lead",
        )
    ],
    start="2026-07-15 15:00",
    end="2026-07-15 15:30",
    tz="Asia/Manila",
    notes="Recruiter's own phone screen moved; 'tomorrow 3pm' against Tue Jul 14 = Jul 15; the quoted 10:00 AM is the old time. PHT +08:00.",
)

# ================================================================ cancellations
ICS_AUS_CANCEL = ics(
    uid="040000008200E00074C5B7101A82E00800000000A0CF55F1E2D7DC01000000000000000010000000D0C8",
    start="2026-05-14 10:00",
    end="2026-05-14 11:00",
    tz="Australia/Sydney",
    tzid="AUS Eastern Standard Time",
    vtz=VTZ_AUS_EASTERN,
    prodid="Microsoft Exchange Server 2010",
    method="CANCEL",
    status="CANCELLED",
    seq=1,
    organizer=("Nguyen, Minh", "minh.nguyen@harbourlight.example"),
    attendees=[
        ("Brennan, Olivia", "olivia.brennan@harbourlight.example"),
        ("Chloe Martin", "chloe.martin@example.com.au"),
    ],
    summary="Canceled: Interview - Data Engineer - Chloe Martin",
    stamp="20260511T050000Z",
)
add(
    name="can-outlook-aus-eastern",
    kind="cancellation",
    frm='"Nguyen, Minh" <minh.nguyen@harbourlight.example>',
    to="Chloe Martin <chloe.martin@example.com.au>",
    subject="Canceled: Interview - Data Engineer - Chloe Martin",
    date=(2026, 5, 11, 15, 0, "Australia/Sydney"),
    ics=ICS_AUS_CANCEL,
    ics_style="outlook",
    ics_method="CANCEL",
    body="""
Hi Chloe,

Unfortunately Olivia and I need to cancel Thursday's interview - the role has been put on hold pending a restructure of the data platform team. I'll be in touch if it reopens.

Sorry for the short notice.

Minh Nguyen
Data Platform Manager | Harbourlight Insurance
""",
    company="Harbourlight Insurance",
    role="Data Engineer",
    interviewers=[
        ("Minh Nguyen", "minh.nguyen@harbourlight.example", "Data Platform Manager"),
        ("Olivia Brennan", "olivia.brennan@harbourlight.example", None),
    ],
    start="2026-05-14 10:00",
    end="2026-05-14 11:00",
    tz="Australia/Sydney",
    notes="METHOD:CANCEL with 'AUS Eastern Standard Time' (southern-hemisphere DST rules; AEST +10:00 in May). Interviewers from the cancelled event ('Olivia and I').",
)

add(
    name="can-cairo-plant-visit",
    kind="cancellation",
    frm="Omar Farouk <omar.farouk@deltanile.example>",
    to="Yasmin Saleh <yasmin.saleh@example.com.eg>",
    subject="Interview on Tuesday - Marketing Analyst",
    date=(2026, 3, 15, 10, 0, "Africa/Cairo"),
    body="""
Dear Yasmin,

I regret to let you know that we have to cancel your interview for the Marketing Analyst position scheduled for Tuesday 17 March at 12:00 with me and Eng. Heba Mostafa: we have both been called to our Alexandria plant that day.

Our HR team will contact you this week to arrange a new date. Thank you for your understanding.

Best regards,
Omar Farouk
Marketing Director
Delta Nile Foods
""",
    company="Delta Nile Foods",
    role="Marketing Analyst",
    interviewers=[
        ("Omar Farouk", "omar.farouk@deltanile.example", "Marketing Director"),
        ("Heba Mostafa", None, None),
    ],
    start="2026-03-17 12:00",
    tz="Africa/Cairo",
    notes="Cancels a specific interview (time and interviewers given), new date to follow; 'Eng.' dropped; sent on a Sunday (Egyptian work week); EET +02:00, no end given.",
)

add(
    name="can-greenhouse-html-reschedule-later",
    kind="cancellation",
    frm="Veridian Health Recruiting <no-reply@us.greenhouse-mail.io>",
    to="Bilal Qureshi <bilal.qureshi@example.com>",
    subject="Interview cancelled: Staff iOS Engineer",
    date=(2026, 6, 29, 21, 15, "America/Los_Angeles"),
    fmt="html64",
    html="""<html><body style="font-family:Helvetica,Arial">
<p>Hi Bilal,</p>
<p>Your interview for <b>Staff iOS Engineer</b> at Veridian Health on <b>Wednesday, July 1, 2026 from 11:00am to 12:00pm PDT</b> with Kenji Yamamoto has been cancelled.</p>
<p>Your recruiter will reach out to find a new time. We apologize for the inconvenience.</p>
<p>Veridian Health Recruiting</p>
<p style="font-size:11px;color:#999">Powered by Greenhouse</p>
</body></html>
""",
    company="Veridian Health",
    role="Staff iOS Engineer",
    interviewers=[("Kenji Yamamoto", None, None)],
    start="2026-07-01 11:00",
    end="2026-07-01 12:00",
    tz="America/Los_Angeles",
    notes="Greenhouse HTML-only cancellation; Date header in UTC falls on Jun 30. A new time is promised but not given.",
)

add(
    name="can-hm-family-emergency",
    kind="cancellation",
    frm="Lena Hoffmann <lena@kieselstein.example>",
    to="Ravi Iyengar <ravi.iyengar@example.com>",
    subject="Re: Product Owner - interview Thursday",
    date=(2026, 5, 27, 20, 40, "Europe/Berlin"),
    in_reply_to="<kieselstein-po-0522@kieselstein.example>",
    body="""
Hi Ravi,

really sorry, I have to cancel tomorrow - family emergency. I'll come back to you next week with new slots.

Lena

Lena Hoffmann · Head of Product · Kieselstein

Am 22.05.2026 um 09:14 schrieb Lena Hoffmann <lena@kieselstein.example>:
> Hi Ravi,
> let's meet Thursday 28 May, 15:00-15:45 CEST for the Product Owner interview.
> Here is the link: https://meet.example/kiesel-po
""",
    company="Kieselstein",
    role="Product Owner",
    interviewers=[("Lena Hoffmann", "lena@kieselstein.example", "Head of Product")],
    start="2026-05-28 15:00",
    end="2026-05-28 15:45",
    tz="Europe/Berlin",
    notes="Terse cancellation; 'tomorrow' from Wed May 27 matches the quoted German-client invite for Thu May 28, which gives the time.",
)

add(
    name="can-istanbul-hiring-plan",
    kind="cancellation",
    frm=addr("Selin Arslan", "selin.arslan@bosphorus-logistics.example"),
    to="Dmitry Ivanov <dmitry.ivanov@example.com>",
    subject="Bosphorus Logistics - interview cancellation",
    date=(2026, 5, 11, 9, 30, "Europe/Istanbul"),
    fmt="qp",
    body="""
Dear Mr. Ivanov,

Due to an unexpected change in our hiring plan, we unfortunately have to cancel your interview for the Fleet Planning Specialist position on 14 May at 11:00 (Istanbul time) with Mr. Emre Çelik, our Operations Director.

We apologise for any inconvenience and will contact you again should the position reopen.

Kind regards,
Selin Arslan
Human Resources, Bosphorus Logistics
""",
    company="Bosphorus Logistics",
    role="Fleet Planning Specialist",
    interviewers=[("Emre Çelik", None, "Operations Director")],
    start="2026-05-14 11:00",
    tz="Europe/Istanbul",
    notes="Cancellation naming the interview's time and interviewer; HR signatory is not the interviewer; +03:00 all year; no end.",
)

# ================================================================ rejections
add(
    name="rej-seattle-after-onsite-feedback",
    kind="rejection",
    frm="Nadia Petrova <nadia@cascadeharbor.example>",
    to="Kenji Okafor-Lee <kenji.ol@example.com>",
    subject="Cascade Harbor - update on Senior Site Reliability Engineer",
    date=(2026, 6, 5, 16, 30, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Kenji,

Thank you for spending most of Tuesday with us. Ben, Lucía and Raj all enjoyed the incident walkthrough, and I know that was a long day.

I'm sorry to say we've decided to move forward with another candidate for the Senior Site Reliability Engineer role. It was close. The feedback I can share: your debugging and on-call stories were the strongest we heard; the capacity-planning discussion was where the other candidate went deeper.

I'd genuinely like to stay in touch. We're opening a platform role in the autumn, and I'd be happy to reach out when it's live, if you're open to it.

All the best,
Nadia

Nadia Petrova
Engineering Manager, Reliability
Cascade Harbor
""",
    company="Cascade Harbor",
    role="Senior Site Reliability Engineer",
    notes="Rejection after an onsite, with feedback and a vague future opening; the interviewers named are past ones.",
)

add(
    name="rej-workday-noreply-html",
    kind="rejection",
    frm="Northstar Outfitters <northstar@myworkday.example>",
    to="Grace Liu <grace.liu@example.com>",
    subject="Your application for R-118422 Merchandise Analyst",
    date=(2026, 9, 14, 3, 12, "UTC"),
    fmt="html",
    html="""<html><body><div style="font-family:Arial;font-size:13px">
<p>Dear Grace,</p>
<p>Thank you for your interest in the R-118422 Merchandise Analyst position at Northstar Outfitters. After careful review, we have decided to pursue other candidates whose qualifications more closely match the needs of this role.</p>
<p>We encourage you to visit our careers site and apply for future openings that match your skills.</p>
<p>Sincerely,<br>Northstar Outfitters Talent Acquisition</p>
<p style="font-size:10px;color:#777">This is an automated message from a no-reply address. Please do not respond.</p>
</div></body></html>
""",
    company="Northstar Outfitters",
    role="Merchandise Analyst",
    notes="Automated Workday rejection at 03:12 UTC; requisition prefix dropped from the role.",
)

add(
    name="rej-mexico-spanish-usted",
    kind="rejection",
    frm="Reclutamiento Grupo Cenote <reclutamiento@grupocenote.example>",
    to=addr("Valeria Sánchez", "valeria.sanchez@example.mx"),
    subject=hdr("Seguimiento a su postulación – Analista de Crédito"),
    date=(2026, 4, 7, 18, 0, "America/Mexico_City"),
    fmt="qp",
    body="""
Estimada Valeria:

Le agradecemos el tiempo dedicado a las entrevistas para la vacante de Analista de Crédito en Grupo Cenote.

Lamentamos informarle que en esta ocasión no continuará en el proceso de selección. Conservaremos sus datos en nuestra cartera de candidatos por un periodo de seis meses, por si surge una vacante acorde a su perfil.

Le deseamos mucho éxito.

Atentamente,
Área de Atracción de Talento
Grupo Cenote, S.A. de C.V.
""",
    company="Grupo Cenote",
    role="Analista de Crédito",
    notes="Formal Mexican Spanish rejection after interviews.",
)

add(
    name="rej-dutch-helaas",
    kind="rejection",
    frm="Werken bij Tulpenveld <werkenbij@tulpenveld.example>",
    to="Sanne Bakker <sanne.bakker@example.nl>",
    subject="Je sollicitatie als Junior Controller",
    date=(2026, 1, 22, 16, 5, "Europe/Amsterdam"),
    body="""
Beste Sanne,

Bedankt voor je sollicitatie en het prettige gesprek van vorige week met Joost en Marieke.

Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie voor de functie Junior Controller. We hebben gekozen voor een kandidaat met meer ervaring in consolidatie.

We wensen je veel succes met je verdere zoektocht.

Met vriendelijke groet,
Team Recruitment
Tulpenveld
""",
    company="Tulpenveld",
    role="Junior Controller",
    notes="Dutch rejection after an interview; the past interviewers are first names only.",
)

add(
    name="rej-italian-dott",
    kind="rejection",
    frm="Chiara Esposito <c.esposito@vesuvio-aero.example>",
    to="Davide Rinaldi <davide.rinaldi@example.it>",
    subject="Esito selezione - Ingegnere Strutturale",
    date=(2026, 10, 20, 11, 0, "Europe/Rome"),
    fmt="alt",
    body="""
Gentile dott. Rinaldi,

la ringraziamo per il colloquio del 12 ottobre e per l'interesse dimostrato verso Vesuvio Aerospace.

Purtroppo, dopo un'attenta valutazione, abbiamo deciso di proseguire con un altro candidato per la posizione di Ingegnere Strutturale.

Le auguriamo il meglio per il suo percorso professionale.

Cordiali saluti,

Chiara Esposito
HR Specialist
Vesuvio Aerospace S.p.A. – Pomigliano d'Arco (NA)
""",
    company="Vesuvio Aerospace",
    role="Ingegnere Strutturale",
    notes="Italian formal rejection; the past interview date is history.",
)

add(
    name="rej-founder-terse",
    kind="rejection",
    frm="Zeke <zeke@tinyforge.example>",
    to="Ana Petrović <ana.petrovic@example.rs>",
    subject="founding engineer",
    date=(2026, 2, 3, 22, 11, "America/New_York"),
    body="""
Hey Ana - we're going a different direction on the founding engineer hire. Thanks for your time, genuinely, the take-home was great. Good luck out there.

Zeke
tinyforge
""",
    company="tinyforge",
    role="founding engineer",
    notes="Three-line founder rejection written late at night; role in lower case as written.",
)

add(
    name="rej-reply-quotes-invite",
    kind="rejection",
    frm="Hana Kobayashi <hana.kobayashi@fennel-labs.example>",
    to="Oscar Lindberg <oscar.lindberg@example.se>",
    subject="Re: Thank you - Machine Learning Engineer",
    date=(2026, 8, 6, 9, 45, "America/Los_Angeles"),
    in_reply_to="<oscar-thanks-0731@example.se>",
    body="""
Hi Oscar,

Thank you for your kind note, and for the time you gave us last week.

I'm sorry to share that we won't be moving forward with your candidacy for the Machine Learning Engineer role. The team was impressed with your research background but is looking for more production experience for this particular position.

Wishing you the best,
Hana

Hana Kobayashi | Recruiting Lead | Fennel Labs

On Fri, Jul 31, 2026 at 8:12 AM Oscar Lindberg <oscar.lindberg@example.se> wrote:
> Hi Hana, thanks again for organising yesterday. Please pass my thanks on to
> Marcus and Ines.
>
> On Tue, Jul 28, 2026 at 3:30 PM Hana Kobayashi wrote:
>> Your interviews are confirmed for Thursday July 30, 1-3pm PT with Marcus Webb
>> (ML Lead) and Ines Duarte (Staff Research Engineer).
""",
    company="Fennel Labs",
    role="Machine Learning Engineer",
    notes="Rejection on top of a quoted thread that holds a confirmed interview with names and times; those are history.",
)

add(
    name="rej-portugal-pt-b64",
    kind="rejection",
    frm=addr("Recursos Humanos Atlântico Seguros", "rh@atlanticoseguros.example"),
    to=addr("João Simões", "joao.simoes@example.pt"),
    subject=hdr("Candidatura – Analista de Risco"),
    date=(2026, 3, 2, 10, 30, "Europe/Lisbon"),
    fmt="b64",
    body="""
Caro João,

Agradecemos o interesse demonstrado na Atlântico Seguros e o tempo dedicado à sua candidatura.

Infelizmente, a sua candidatura não foi selecionada para a fase seguinte do processo de recrutamento para a função de Analista de Risco.

Manteremos o seu currículo na nossa base de dados para futuras oportunidades.

Com os melhores cumprimentos,
Direção de Recursos Humanos
Atlântico Seguros, S.A.
""",
    company="Atlântico Seguros",
    role="Analista de Risco",
    notes="European Portuguese rejection, base64 body, RFC 2047 sender.",
)

add(
    name="rej-chinese-simplified",
    kind="rejection",
    frm=addr("黄浦智能 招聘组", "hr@huangpu-ai.example", "b"),
    to=addr("张伟", "zhang.wei@example.cn", "b"),
    subject=hdr("面试结果通知 - 算法工程师"),
    date=(2026, 9, 18, 15, 0, "Asia/Shanghai"),
    fmt="b64",
    body="""
张伟您好：

感谢您参加黄浦智能算法工程师岗位的面试，也感谢您对我们的关注。

经过慎重考虑，我们很遗憾地通知您，您本次未能进入下一轮。您的简历已存入我们的人才库，如有合适的机会，我们会再与您联系。

祝您工作顺利！

黄浦智能 招聘组
""",
    company="黄浦智能",
    role="算法工程师",
    notes="Simplified Chinese rejection after an interview; base64 body and B-encoded headers.",
)

# ================================================================ offers
add(
    name="off-cape-town-accept-by",
    kind="offer",
    frm="Thandiwe Nkosi <thandiwe.nkosi@fynbos-fin.example>",
    to="Sipho Dlamini <sipho.dlamini@example.co.za>",
    subject="Offer of employment - Credit Risk Analyst",
    date=(2026, 10, 16, 14, 0, "Africa/Johannesburg"),
    fmt="alt",
    body="""
Dear Sipho,

Following your interviews with our team, I am delighted to offer you the role of Credit Risk Analyst at Fynbos Financial Services, based in our Cape Town office.

Package: R 780 000 cost-to-company per annum, plus a performance bonus of up to 15%.
Start date: 1 December 2026 (or as agreed with your notice period).

The formal letter is attached. Please let us know by Friday 30 October whether you accept, and don't hesitate to call me if you'd like to discuss anything.

Warm regards,

Thandiwe Nkosi
Head of People, Fynbos Financial Services
""",
    company="Fynbos Financial Services",
    role="Credit Risk Analyst",
    notes="Offer; 'let us know by Friday 30 October' is the candidate's deadline, not a decision date.",
)

add(
    name="off-workable-html-sign",
    kind="offer",
    frm="Lumen Harvest <noreply@workablemail.example>",
    to="Amaru Quispe <amaru.quispe@example.pe>",
    subject="You have a new offer from Lumen Harvest",
    date=(2026, 12, 1, 9, 0, "America/Lima"),
    fmt="html64",
    html="""<html><body style="font-family:Helvetica;font-size:14px">
<p>Hi Amaru,</p>
<p>Great news! Lumen Harvest has sent you an offer for the <b>Junior Agronomist</b> position.</p>
<p><a href="https://apply.workable.example/offers/7e3a" style="background:#0b8a5b;color:#fff;padding:10px 16px;text-decoration:none">Review and sign your offer</a></p>
<p>The offer link expires on December 8, 2026.</p>
<p>Sent via Workable</p>
</body></html>
""",
    company="Lumen Harvest",
    role="Junior Agronomist",
    notes="ATS offer notice with an expiry (candidate deadline, not a decision date).",
)

add(
    name="off-french-promesse-embauche",
    kind="offer",
    frm="Antoine Lefebvre <antoine.lefebvre@cirrus-aero.example>",
    to=addr("Inès Haddad", "ines.haddad@example.fr"),
    subject=hdr("Proposition d'embauche – Ingénieure Qualité"),
    date=(2026, 11, 9, 17, 30, "Europe/Paris"),
    fmt="qp",
    body="""
Bonjour Inès,

Suite à vos entretiens avec l'équipe, j'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste d'Ingénieure Qualité au sein de Cirrus Aéro, à Toulouse.

Vous trouverez ci-joint votre promesse d'embauche (CDI, statut cadre, 48 k€ bruts annuels). Nous vous remercions de nous faire part de votre réponse avant le 20 novembre.

Au plaisir de vous compter parmi nous,

Antoine Lefebvre
Directeur Qualité
Cirrus Aéro – Blagnac
""",
    company="Cirrus Aéro",
    role="Ingénieure Qualité",
    notes="French offer ('promesse d'embauche'); 'réponse avant le 20 novembre' is a candidate deadline.",
)

add(
    name="off-startup-terse-emoji",
    kind="offer",
    frm="Priya <priya@quietfield.example>",
    to="Lukas Meyer <lukas.meyer@example.de>",
    subject="🎉",
    date=(2026, 7, 2, 18, 20, "America/New_York"),
    body="""
OFFER!!! it's attached (Staff Data Engineer offer letter.pdf). team was unanimous.

can we talk comp details tomorrow? any time after 11 works for me.

- p
Quietfield, CEO
""",
    company="Quietfield",
    role="Staff Data Engineer",
    notes="Emoji-only subject, terse founder offer; the proposed call tomorrow is about compensation, not an interview.",
)

# ================================================================ next steps
add(
    name="nxt-friday-end-of-next-week",
    kind="next_steps",
    frm="Harriet Osei <harriet.osei@kente-labs.example>",
    to="Ibrahim Diallo <ibrahim.diallo@example.com>",
    subject="Data Product Manager - where things stand",
    date=(2026, 7, 17, 12, 0, "Europe/London"),
    body="""
Hi Ibrahim,

Thanks again for Wednesday's session. Quick update so you're not left wondering: we have one more candidate to see on Monday, and we'll be making a final decision by the end of next week.

Have a lovely weekend,
Harriet

Harriet Osei
Head of Talent, Kente Labs
""",
    company="Kente Labs",
    role="Data Product Manager",
    decision_by="2026-07-24",
    notes="'by the end of next week' sent on Friday Jul 17 = Friday Jul 24.",
)

add(
    name="nxt-within-2-weeks-thursday",
    kind="next_steps",
    frm="Cohort Bio Talent <talent@cohortbio.example>",
    to="Rebecca Stein <rebecca.stein@example.com>",
    subject="Thank you for interviewing with Cohort Bio",
    date=(2026, 4, 9, 15, 0, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Georgia,serif">
<p>Dear Rebecca,</p>
<p>Thank you for interviewing for the <i>Scientist II, Assay Development</i> position. The hiring team is gathering feedback now, and you should hear from us within 2 weeks.</p>
<p>With appreciation,<br>Cohort Bio Talent Team</p>
</body></html>
""",
    company="Cohort Bio",
    role="Scientist II, Assay Development",
    decision_by="2026-04-23",
    notes="HTML-only; 'within 2 weeks' from Thu Apr 9 = Apr 23.",
)

add(
    name="nxt-oslo-five-business-days",
    kind="next_steps",
    frm="Viktor Lindholm <viktor.lindholm@fjordline-analytics.example>",
    to="Ingrid Solberg <ingrid.solberg@example.no>",
    subject="Re: Takk for samtalen / thanks for today",
    date=(2026, 10, 8, 16, 10, "Europe/Oslo"),
    in_reply_to="<ingrid-takk-1008@example.no>",
    body="""
Hi Ingrid,

Takk, likewise! For the BI Developer role we'll make a decision within 5 business days and I'll call you either way.

Viktor

Viktor Lindholm
Analytics Director, Fjordline Analytics

On Thu, 8 Oct 2026 at 14:55, Ingrid Solberg <ingrid.solberg@example.no> wrote:
> Takk for samtalen i dag! It was great to meet you and Kari.
""",
    company="Fjordline Analytics",
    role="BI Developer",
    decision_by="2026-10-15",
    notes="'within 5 business days' from Thu Oct 8 skips the weekend: Oct 15.",
)

add(
    name="nxt-buenos-aires-by-the-24th",
    kind="next_steps",
    frm=addr("Isabel Moreno", "isabel.moreno@pampa-cloud.example"),
    to="Federico Giménez <fede.gimenez@example.com.ar>",
    subject="Pampa Cloud - DevOps Engineer process",
    date=(2026, 9, 14, 11, 30, "America/Argentina/Buenos_Aires"),
    fmt="qp",
    body="""
Hola Fede,

Thanks for completing the technical interview! The hiring committee meets next week and we'll share a final decision by the 24th.

Any questions in the meantime, just write me.

Saludos,
Isabel Moreno
People Partner · Pampa Cloud
""",
    company="Pampa Cloud",
    role="DevOps Engineer",
    decision_by="2026-09-24",
    notes="'by the 24th' from Sep 14 = Sep 24; Spanish greeting in an English mail.",
)

add(
    name="nxt-early-next-month-vague",
    kind="next_steps",
    frm="Sofia Andersson <sofia.andersson@granit-bygg.example>",
    to="Erik Nilsson <erik.nilsson@example.se>",
    subject="Project Engineer - status",
    date=(2026, 5, 20, 10, 0, "Europe/Stockholm"),
    body="""
Hi Erik,

Thank you for meeting us on Monday. We are still interviewing for the Project Engineer position and expect to wrap up early next month. I will let you know as soon as I have news.

Best regards,
Sofia Andersson
HR Generalist, Granit Bygg AB
""",
    company="Granit Bygg",
    role="Project Engineer",
    notes="'early next month' is vague: decision_by null.",
)

add(
    name="nxt-coming-weeks-with-reply-by",
    kind="next_steps",
    frm="Recruiting at Tessellate <recruiting@tessellate.example>",
    to="Noor Al-Masri <noor.almasri@example.com>",
    subject="Next steps - UX Researcher",
    date=(2026, 3, 26, 13, 0, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Noor,

Thank you for presenting your research case study to the team yesterday.

We're continuing to meet candidates and will follow up in the coming weeks. If you have any questions for the panel, please reply by Monday, March 30 and we'll make sure they get answered.

Best,
Tessellate Recruiting
""",
    company="Tessellate",
    role="UX Researcher",
    notes="'in the coming weeks' is vague; 'please reply by Monday, March 30' is a candidate deadline: decision_by null.",
)

add(
    name="nxt-panel-debrief-reply-by-thursday",
    kind="next_steps",
    frm="Aidan Murphy <aidan.murphy@corrib-analytics.example>",
    to="Zofia Kaczmarek <zofia.kaczmarek@example.ie>",
    subject="Thanks for Tuesday",
    date=(2026, 11, 11, 9, 20, "Europe/Dublin"),
    body="""
Hi Zofia,

Thanks for Tuesday. The panel debriefs on Monday and I'll be in touch after that. If you have anything to add to the take-home, please reply by Thursday so I can share it before the debrief.

Aidan

Aidan Murphy
Hiring Manager, Risk Modelling, Corrib Analytics
""",
    company="Corrib Analytics",
    notes="A debrief date and a candidate deadline, but no stated decision date: decision_by null. Role not named.",
)

add(
    name="nxt-german-ende-naechster-woche",
    kind="next_steps",
    frm=addr("Anja Köhler", "anja.koehler@isarwerk.example"),
    to="Lucas Fernandes <lucas.fernandes@example.com>",
    subject=hdr("Ihr Gespräch bei Isarwerk – nächste Schritte"),
    date=(2026, 2, 11, 14, 25, "Europe/Berlin"),
    fmt="qp",
    body="""
Hallo Herr Fernandes,

vielen Dank für das angenehme Gespräch am Montag zur Position Softwarearchitekt (m/w/d).

Wir führen diese Woche noch zwei weitere Gespräche und werden Ihnen bis Ende nächster Woche eine Rückmeldung geben.

Beste Grüße
Anja Köhler
Recruiting, Isarwerk GmbH, München
""",
    company="Isarwerk",
    role="Softwarearchitekt (m/w/d)",
    decision_by="2026-02-20",
    notes="German 'bis Ende nächster Woche' from Wed Feb 11 = Fri Feb 20.",
)

add(
    name="nxt-spanish-10-dias-habiles",
    kind="next_steps",
    frm="Talento Ebro Energía <talento@ebro-energia.example>",
    to=addr("Lucía Ortega", "lucia.ortega@example.es"),
    subject=hdr("Proceso de selección – Técnica de Mantenimiento"),
    date=(2026, 6, 1, 12, 0, "Europe/Madrid"),
    fmt="alt64",
    body="""
Hola Lucía:

Gracias por participar en la entrevista técnica para el puesto de Técnica de Mantenimiento.

Te confirmamos que el equipo tomará una decisión en un plazo máximo de 10 días hábiles y te la comunicaremos por correo.

Un saludo,
Equipo de Talento
Ebro Energía
""",
    company="Ebro Energía",
    role="Técnica de Mantenimiento",
    decision_by="2026-06-15",
    notes="'en un plazo máximo de 10 días hábiles' from Mon Jun 1: ten weekdays = Mon Jun 15.",
)

add(
    name="nxt-uk-by-02-10-dayfirst",
    kind="next_steps",
    frm="Early Careers <earlycareers@pennine-water.example>",
    to="Josh Whitaker <josh.whitaker@example.co.uk>",
    subject="Pennine Water Graduate Engineer - after your interview",
    date=(2026, 9, 21, 15, 45, "Europe/London"),
    body="""
Dear Josh,

Thank you for attending your interview for the Graduate Engineer programme on 17/09.

We are now completing the remaining interviews and aim to let all candidates know the outcome by 02/10.

Kind regards,
Early Careers Team
Pennine Water
""",
    company="Pennine Water",
    role="Graduate Engineer",
    decision_by="2026-10-02",
    notes="British day-first '02/10' = 2 October (not Feb 10); '17/09' is the past interview.",
)

add(
    name="nxt-delay-quoted-old-date",
    kind="next_steps",
    frm="Mateus Costa <mateus.costa@ipe-saude.example>",
    to="Camila Rocha <camila.rocha@example.com.br>",
    subject="Re: Gerente de Produto - decisão",
    date=(2026, 3, 10, 10, 15, "America/Sao_Paulo"),
    in_reply_to="<camila-checkin-0309@example.com.br>",
    body="""
Oi Camila,

Desculpe a demora! A small delay on our side: one of the directors was travelling, so we now expect to decide by Tuesday 17 March.

Abraços,
Mateus
Head de Produto, Ipê Saúde

Em seg., 9 de mar. de 2026 às 18:02, Camila Rocha <camila.rocha@example.com.br> escreveu:
> Oi Mateus, tudo bem? You mentioned a decision on the Gerente de Produto role
> by the 10th, so I wanted to check in.
""",
    company="Ipê Saúde",
    role="Gerente de Produto",
    decision_by="2026-03-17",
    notes="New decision date replaces the one quoted from earlier (the 10th); Portuguese/English mix.",
)

# ================================================================ info requests
add(
    name="info-nz-two-referees",
    kind="info_request",
    frm="Mere Tipene <mere.tipene@kauri-health.example>",
    to="Liam Walsh <liam.walsh@example.co.nz>",
    subject="Referees - Health Data Analyst",
    date=(2026, 4, 14, 11, 0, "Pacific/Auckland"),
    body="""
Kia ora Liam,

Thanks for your time on Friday - the panel really enjoyed talking with you. Could you send through two referees (ideally one a current or recent manager) by Wednesday? Name, role, phone and email is all we need.

Ngā mihi,
Mere Tipene
Recruitment Advisor | Kauri Health
""",
    company="Kauri Health",
    role="Health Data Analyst",
    notes="References requested; 'by Wednesday' is the candidate's deadline, not a decision date.",
)

add(
    name="info-india-documents-checklist",
    kind="info_request",
    frm="HR Operations <hrops@sahyadri-infra.example>",
    to="Pooja Kulkarni <pooja.kulkarni@example.in>",
    subject="Documents required - Site Engineer (Civil)",
    date=(2026, 5, 5, 10, 40, "Asia/Kolkata"),
    fmt="alt",
    body="""
Dear Pooja,

Greetings from Sahyadri Infra!

As a next step in the selection process for the post of Site Engineer (Civil), kindly share scanned copies of the following at the earliest:

1. Degree certificate and mark sheets (all semesters)
2. Last three months' salary slips
3. Relieving letter / resignation acceptance from your current employer
4. PAN card and Aadhaar card

Please reply to this mail with the documents attached.

Regards,
HR Operations
Sahyadri Infra Projects Ltd., Pune
""",
    company="Sahyadri Infra",
    role="Site Engineer (Civil)",
    notes="Document checklist; 'at the earliest' is no date.",
)

add(
    name="info-teamtailor-danish-portfolio",
    kind="info_request",
    frm="Havn Studio <notifications@mail.teamtailor.com>",
    reply_to="Mikkel Sørensen <mikkel@havnstudio.example>",
    to="Clara Jensen <clara.jensen@example.dk>",
    subject="Havn Studio: a quick request about your application",
    date=(2026, 8, 25, 9, 30, "Europe/Copenhagen"),
    fmt="alt",
    body="""
Hej Clara,

Thanks for applying for the Senior Brand Designer position! Before we set up interviews, could you share two or three case studies or a link to your portfolio? A PDF is fine.

Mange tak,
Mikkel Sørensen
Creative Director, Havn Studio
""",
    company="Havn Studio",
    role="Senior Brand Designer",
    notes="Portfolio request before any interview is scheduled.",
)

add(
    name="info-austrian-strafregister",
    kind="info_request",
    frm=addr("Personalabteilung Wiener Linienbau", "personal@wiener-linienbau.example"),
    to=addr("Stefan Huber", "stefan.huber@example.at"),
    subject=hdr("Unterlagen für Ihre Einstellung – Bauleiter Tiefbau"),
    date=(2026, 6, 17, 13, 0, "Europe/Vienna"),
    fmt="qp",
    body="""
Sehr geehrter Herr Huber,

wie telefonisch besprochen benötigen wir für den weiteren Prozess zur Stelle Bauleiter Tiefbau noch folgende Unterlagen:

- eine aktuelle Strafregisterbescheinigung (nicht älter als drei Monate)
- Kopien Ihrer Dienstzeugnisse
- einen Nachweis über Ihre Staatsbürgerschaft

Bitte senden Sie uns die Dokumente bis spätestens 26.06.2026 zu.

Mit freundlichen Grüßen
Personalabteilung
Wiener Linienbau GmbH
""",
    company="Wiener Linienbau",
    role="Bauleiter Tiefbau",
    notes="Austrian document request; 'bis spätestens 26.06.2026' is an upload deadline for the candidate, not a decision date.",
)

add(
    name="info-greenhouse-form-notice-salary",
    kind="info_request",
    frm="Kestrel Maps <no-reply@us.greenhouse-mail.io>",
    to="Hamza Yusuf <hamza.yusuf@example.com>",
    subject="Kestrel Maps: a few questions before your onsite",
    date=(2026, 10, 27, 14, 0, "America/Denver"),
    fmt="html",
    html="""<html><body style="font-family:Arial">
<p>Hi Hamza,</p>
<p>Before we schedule your onsite for <b>GIS Developer</b>, please fill in this short form: notice period, salary expectations, and whether you will need visa sponsorship now or in the future.</p>
<p><a href="https://boards.greenhouse.example/kestrelmaps/forms/98123">Open the form</a></p>
<p>Thank you,<br>Kestrel Maps Recruiting</p>
<p style="font-size:11px;color:#888">Powered by Greenhouse</p>
</body></html>
""",
    company="Kestrel Maps",
    role="GIS Developer",
    notes="Greenhouse form request; mentions an onsite that is not yet scheduled.",
)

# ================================================================ application acknowledgements
add(
    name="ack-workable-lisbon",
    kind="application_ack",
    frm="Tejo Labs <noreply@workablemail.example>",
    to="Marta Ribeiro <marta.ribeiro@example.pt>",
    subject="Thanks for applying to Tejo Labs",
    date=(2026, 1, 9, 18, 30, "Europe/Lisbon"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica">
<p>Hi Marta,</p>
<p>Thanks for applying for the <b>Customer Support Specialist (Portuguese and Spanish)</b> position at Tejo Labs. We've received your application and our team will review it.</p>
<p>Because we receive many applications, we can only contact candidates selected for an interview.</p>
<p>Obrigado,<br>Tejo Labs</p>
<p style="font-size:11px;color:#999">Sent via Workable</p>
</body></html>
""",
    company="Tejo Labs",
    role="Customer Support Specialist (Portuguese and Spanish)",
    notes="HTML-only acknowledgement; the role keeps its language qualifier as written; no timeline.",
)

add(
    name="ack-icims-10-business-days",
    kind="application_ack",
    frm="Bluegrass Mutual Careers <careers@bluegrassmutual.icims.example>",
    to="Tyler Brooks <tyler.brooks@example.com>",
    subject="Application received: Actuarial Analyst I (Req 2026-3318)",
    date=(2026, 8, 11, 8, 5, "America/New_York"),
    body="""
Dear Tyler,

Thank you for applying for the Actuarial Analyst I position at Bluegrass Mutual. Your application has been received.

A member of our recruiting team will review your qualifications and contact you within 10 business days regarding next steps.

Best regards,
Bluegrass Mutual Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
""",
    company="Bluegrass Mutual",
    role="Actuarial Analyst I",
    decision_by="2026-08-25",
    notes="Acknowledgement promising contact 'within 10 business days' from Tue Aug 11 = Tue Aug 25 (no holidays in between).",
)

add(
    name="ack-french-meilleurs-delais",
    kind="application_ack",
    frm="Carrières Maison Verlaine <carrieres@maison-verlaine.example>",
    to="Camille Roux <camille.roux@example.fr>",
    subject=hdr("Accusé de réception de votre candidature – Chef de rayon"),
    date=(2026, 5, 4, 7, 55, "Europe/Paris"),
    fmt="qp",
    body="""
Madame,

Nous accusons bonne réception de votre candidature au poste de Chef de rayon et vous remercions de l'intérêt que vous portez à Maison Verlaine.

Votre dossier est en cours d'étude. Nous reviendrons vers vous dans les meilleurs délais.

Le service Recrutement
Maison Verlaine
""",
    company="Maison Verlaine",
    role="Chef de rayon",
    notes="French ack; 'dans les meilleurs délais' is vague: decision_by null.",
)

add(
    name="ack-bamboohr-office-manager",
    kind="application_ack",
    frm="Juniper Row <notifications@app.bamboohr.example>",
    to="Destiny Howard <destiny.howard@example.com>",
    subject="Thanks for applying to Juniper Row",
    date=(2026, 3, 18, 12, 40, "America/Chicago"),
    fmt="alt",
    body="""
Hi Destiny,

Thanks for your interest in the Office Manager position at Juniper Row! We have received your application and are reviewing it now. If your background is a good fit, someone from our team will reach out.

Thanks again,
Juniper Row Hiring Team
""",
    company="Juniper Row",
    role="Office Manager",
    notes="BambooHR acknowledgement with no timeline.",
)

add(
    name="ack-taiwan-traditional",
    kind="application_ack",
    frm=addr("鼎峰科技 人力資源部", "recruit@dingfeng-tech.example", "b"),
    to=addr("陳怡君", "yijun.chen@example.tw", "b"),
    subject=hdr("【鼎峰科技】已收到您的應徵資料 - 前端工程師"),
    date=(2026, 7, 21, 10, 0, "Asia/Taipei"),
    fmt="b64",
    body="""
陳怡君 您好：

感謝您應徵本公司「前端工程師」職缺，我們已收到您的履歷。

人資部門將於 7 個工作天內完成初步審核，並以電子郵件通知您審核結果。

鼎峰科技股份有限公司 人力資源部 敬上
""",
    company="鼎峰科技",
    role="前端工程師",
    decision_by="2026-07-30",
    notes="Traditional Chinese ack promising a result 'within 7 working days' from Tue Jul 21 = Thu Jul 30.",
)

# ================================================================ hard negatives (other)
OTHER = {"kind": "other"}

add(
    name="oth-digest-twelve-companies",
    **OTHER,
    frm="Hirewire Daily <matches@hirewire.example>",
    to="Kwabena Asante <kwabena.asante@example.ca>",
    subject="12 new matches: Maple and Finch, Shopwise, Northcove and more are interviewing",
    date=(2026, 9, 24, 6, 45, "America/Toronto"),
    headers="List-Unsubscribe: <https://hirewire.example/u/kw77>\nPrecedence: bulk",
    body="""
Good morning Kwabena, here are today's matches for "Senior Backend Engineer" near Toronto.

 1. Senior Backend Engineer, Payments · Maple and Finch · Toronto (Hybrid) · Interviewing now
 2. Staff Engineer, Checkout · Shopwise · Remote (Canada) · Interviews start Tue, Sep 29
 3. Backend Developer (Kotlin) · Northcove Bank · Toronto · 2 interviews, offer in ~2 weeks
 4. Senior Software Engineer · Lumo Health · Waterloo
 5. Platform Engineer · Fieldstone Insurance · Toronto · Fast process
 6. Senior Go Developer · Tidal Freight · Mississauga
 7. Backend Engineer II · PaperKite · Remote
 8. Software Engineer, Ledger · Coinvale · Toronto · Interviewing this week
 9. Senior Python Engineer · Glacier AI · Montréal
10. API Engineer · Ridgeback Telecom · Ottawa
11. Senior Backend Engineer · Quanta Grocers · Toronto
12. Data Platform Engineer · Arbour Analytics · Remote

Tip: candidates who apply in the first 24 hours are 3x more likely to get an interview.

Manage alerts · Unsubscribe
""",
    notes="Job-alert digest naming the company the user is really interviewing with, with 'Interviewing now' and a date; still not hiring mail for the user.",
)

add(
    name="oth-seek-like-html-alert",
    **OTHER,
    frm="JobSeekr <noreply@jobseekr.example>",
    to="Jack Pham <jack.pham@example.com.au>",
    subject="Product Analyst jobs in Melbourne VIC 3000",
    date=(2026, 10, 7, 7, 30, "Australia/Melbourne"),
    fmt="html",
    html="""<html><body style="font-family:Arial">
<h3>5 new jobs for Product Analyst in Melbourne VIC 3000</h3>
<div><a href="https://jobseekr.example/job/1">Senior Product Analyst</a><br>Wattlebird &middot; Cremorne, Melbourne VIC<br>$120k&ndash;$135k + super<br><span style="color:#888">Listed 2d ago &middot; Interviews this week</span></div><hr>
<div><a href="https://jobseekr.example/job/2">Product Data Analyst</a><br>Koala Pay &middot; Melbourne CBD<br><span style="color:#888">Listed 5h ago</span></div><hr>
<div><a href="https://jobseekr.example/job/3">Insights Analyst</a><br>Southbank Media &middot; Southbank<br><span style="color:#888">Be an early applicant</span></div><hr>
<p style="font-size:11px">You're receiving this because you saved the search "Product Analyst". <a href="https://jobseekr.example/unsub">Unsubscribe</a></p>
</body></html>
""",
    notes="HTML job alert listing the company the user interviews with (another role).",
)

add(
    name="oth-german-job-alert-vorstellungsgespraech",
    **OTHER,
    frm="JobStufe <agent@jobstufe.example>",
    to=addr("Deniz Yıldız", "deniz.yildiz@example.de"),
    subject=hdr("Neue Jobs für Sie: Ingenieur Batteriesysteme (m/w/d) in Hamburg und 7 weitere"),
    date=(2026, 11, 26, 6, 0, "Europe/Berlin"),
    fmt="alt64",
    body="""
Guten Morgen,

passend zu Ihrem Suchauftrag „Batteriesysteme Hamburg“ haben wir 8 neue Stellen gefunden:

• Ingenieur Batteriesysteme (m/w/d) – Elbdeich Mobility GmbH – Hamburg
• Entwicklungsingenieur HV-Speicher (m/w/d) – Nordlicht Energie – Kiel
• Testingenieur Zellchemie (m/w/d) – Alstertech – Hamburg
  „Vorstellungsgespräch per Video möglich – Rückmeldung innerhalb von 48 Stunden“
• Projektleiter E-Mobilität (m/w/d) – Hansekraft AG – Bremen

Tipp der Woche: So bereiten Sie sich auf das Vorstellungsgespräch vor – 10 typische Fragen.

Suchauftrag bearbeiten | Abmelden
""",
    notes="German job alert naming the user's real prospective employer and promising quick replies for another listing.",
)

add(
    name="oth-india-walk-in-drive",
    **OTHER,
    frm="TalentBazaar <jobs@talentbazaar.example>",
    to="Pooja Kulkarni <pooja.kulkarni@example.in>",
    subject="Walk-in Drive on 28th Nov | Site Engineer | 10 AM to 4 PM | Pune",
    date=(2026, 11, 23, 9, 0, "Asia/Kolkata"),
    fmt="html",
    html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Dear Jobseeker,</p>
<p><b>MEGA WALK-IN DRIVE</b> for Site Engineer / Junior Engineer (Civil) - Multiple Openings</p>
<p>Interview Date: 28th November 2026, 10:00 AM to 4:00 PM<br>
Venue: Hotel Blue Lotus, FC Road, Shivajinagar, Pune<br>
Contact: Mr. Prakash Jadhav (HR)</p>
<p>Carry 2 copies of your updated resume and one passport size photo. No registration fee.</p>
<p>You are receiving this mail as per your job preferences on TalentBazaar. <a href="https://talentbazaar.example/unsub">Unsubscribe</a></p>
</body></html>
""",
    notes="Bulk walk-in drive ad from a job board: an 'interview date', times and a venue, but nobody invited the user personally.",
)

add(
    name="oth-newsletter-system-design",
    **OTHER,
    frm="Byte-Sized Interviews <hello@bytesized.example>",
    to="Arnav Bose <arnav.bose@example.com>",
    subject="#47: What your system-design interviewer is actually scoring",
    date=(2026, 8, 20, 8, 0, "America/Los_Angeles"),
    fmt="qp",
    headers="List-Id: Byte-Sized Interviews <news.bytesized.example>",
    body="""
Hi Arnav,

This week I sat down with Beatriz Carvalho, an engineering manager who has run 300+ system-design interviews, to ask what she writes on the scorecard.

Her answer: "Requirements first. If you start drawing boxes in minute one, I've already written 'jumped in'."

Her 45-minute template:
  0-5   clarify requirements and scale
  5-15  API and data model
  15-35 high-level design, then one deep dive
  35-45 trade-offs and what you'd do next

Next Tuesday at 10am PT I'm running a free live mock interview on YouTube. Bring questions.

Happy prepping,
Sam @ Byte-Sized Interviews

You're getting this because you signed up at bytesized.example. Unsubscribe anytime.
""",
    notes="Interview-tips newsletter quoting a person who is also on the user's real panel (same name) and announcing a live mock interview time.",
)

add(
    name="oth-newsletter-spanish-errores",
    **OTHER,
    frm="Empleo Hoy <boletin@empleohoy.example>",
    to=addr("Valeria Sánchez", "valeria.sanchez@example.mx"),
    subject=hdr("5 errores que arruinan tu entrevista de trabajo (y cómo evitarlos)"),
    date=(2026, 4, 9, 7, 0, "America/Mexico_City"),
    fmt="html64",
    html="""<html><body style="font-family:Arial">
<h2>5 errores que arruinan tu entrevista de trabajo</h2>
<ol>
<li>Llegar tarde (o conectarte tarde a la videollamada).</li>
<li>No investigar a la empresa.</li>
<li>Hablar mal de tu jefe anterior.</li>
<li>No preguntar nada al final.</li>
<li>No enviar un correo de agradecimiento en 24 horas.</li>
</ol>
<p>Webinar gratuito: «Negocia tu salario», jueves 16 de abril a las 19:00 (CDMX).</p>
<p>Empleo Hoy · <a href="https://empleohoy.example/baja">Darse de baja</a></p>
</body></html>
""",
    notes="Spanish interview-tips newsletter with a webinar time.",
)

WEBINAR_ICS = ics(
    uid="wbn-8812-acing-tech@learnloop.example",
    start="2026-06-10 17:00",
    end="2026-06-10 18:30",
    tz="Europe/London",
    vtz=vtz_eu("Europe/London", "+0000", "+0100", "GMT", "BST"),
    prodid="-//LearnLoop//Webinars 3.2//EN",
    organizer=("LearnLoop Events", "events@learnloop.example"),
    attendees=[("Priya Menon", "priya.menon@example.co.uk")],
    summary="Live workshop: Acing the Technical Interview",
    stamp="20260601T090000Z",
    desc="Hosts: Gemma Clarke (Principal Engineer) and Tunde Bakare (Engineering Manager). Join link: https://learnloop.example/w/8812",
)
add(
    name="oth-webinar-ics-request-interview-title",
    **OTHER,
    frm="LearnLoop Events <events@learnloop.example>",
    to="Priya Menon <priya.menon@example.co.uk>",
    subject="Invitation: Live workshop: Acing the Technical Interview @ Wed 10 Jun 2026 17:00 - 18:30 (BST)",
    date=(2026, 6, 1, 10, 0, "Europe/London"),
    ics=WEBINAR_ICS,
    ics_style="attach",
    body="""
You're registered!

Live workshop: Acing the Technical Interview
Wednesday 10 June 2026, 17:00 - 18:30 BST

Your hosts: Gemma Clarke (Principal Engineer) and Tunde Bakare (Engineering Manager) will run two live mock interviews and answer your questions.

Add the attached invitation to your calendar. The join link is in the event.

LearnLoop · Manage your registrations
""",
    notes="Webinar registration with a METHOD:REQUEST calendar part, 'Interview' in the title and two named hosts with titles: not an interview of the user.",
)

add(
    name="oth-webinar-starts-in-one-hour",
    **OTHER,
    frm="Zoom Webinars <no-reply@zoom.example>",
    to="Olivia Grant <olivia.grant@example.com>",
    subject="Reminder: Interviewing for Finance Roles: A CFO Panel starts in 1 hour",
    date=(2026, 3, 12, 11, 0, "America/New_York"),
    body="""
Hi Olivia,

This is a reminder that "Interviewing for Finance Roles: A CFO Panel" will begin in 1 hour.

Date Time: Mar 12, 2026 12:00 PM Eastern Time (US and Canada)

Panelists: Greg Mancini (CFO, Harborpoint Capital), Lorraine Ochoa (CFO, Bellweather Foods)

Join from PC, Mac, iPad, or Android: https://zoom.example/w/9981?tk=abc

Thank you!
""",
    notes="Webinar reminder whose panelist is the user's real prospective manager (same name, title and company): still a webinar, not an interview.",
)

PODCAST_CAL = "https://calendly.example/shipping-tuesdays/guest"
add(
    name="oth-podcast-guest-interview",
    **OTHER,
    frm="Maya Goldberg <maya@shippingtuesdays.example>",
    to="Rebecca Stein <rebecca.stein@example.com>",
    subject="Interview request: Shipping Tuesdays podcast",
    date=(2026, 4, 14, 12, 30, "America/New_York"),
    fmt="alt",
    body=f"""
Hi Rebecca,

I host Shipping Tuesdays, a podcast about people who build lab tools. I loved your talk on assay automation at SLAS and would love to interview you for an episode.

Recording takes about 45 minutes over Riverside. We're recording guests next Thursday at 2pm ET, or you can pick another slot here: {PODCAST_CAL}

No prep needed - I'll send a few topics beforehand.

Maya Goldberg
Host & Producer, Shipping Tuesdays
""",
    notes="Podcast 'interview' with a proposed time and scheduling link: press/podcast, not hiring.",
)

PRESS_ICS = ics(
    uid="1c5d7f0e-press-ines@lemondetech.example",
    start="2026-11-18 10:00",
    end="2026-11-18 10:30",
    tz="Europe/Paris",
    vtz=vtz_eu("Europe/Paris", "+0100", "+0200", "CET", "CEST"),
    prodid="-//Apple Inc.//macOS 15.1//EN",
    organizer=("Julien Marchand", "j.marchand@lemondetech.example"),
    attendees=[("Inès Haddad", "ines.haddad@example.fr")],
    summary="Interview Le Monde Tech - qualité dans l'aéronautique",
    stamp="20261112T150000Z",
)
add(
    name="oth-press-journalist-ics",
    **OTHER,
    frm="Julien Marchand <j.marchand@lemondetech.example>",
    to=addr("Inès Haddad", "ines.haddad@example.fr"),
    subject=hdr("Interview pour Le Monde Tech – mercredi 18 novembre"),
    date=(2026, 11, 12, 16, 0, "Europe/Paris"),
    ics=PRESS_ICS,
    ics_style="google",
    body="""
Bonjour Inès,

Merci d'avoir accepté cette interview pour notre dossier sur la qualité dans l'aéronautique. Je vous envoie l'invitation pour mercredi 18 novembre, 10h–10h30, par téléphone.

Je vous poserai des questions sur votre parcours et sur les métiers de la qualité.

Bien cordialement,
Julien Marchand
Journaliste, Le Monde Tech
""",
    notes="A journalist's interview of the user, with a calendar REQUEST: press, not hiring.",
)

add(
    name="oth-user-is-interviewer-greenhouse",
    **OTHER,
    frm="Greenhouse <no-reply@greenhouse-mail.io>",
    to="Hye-jin Cho <hyejin.cho@lakeview-analytics.example>",
    subject="You're scheduled to interview Laura Chen (Senior Product Manager) on Thursday",
    date=(2026, 11, 16, 15, 0, "America/Chicago"),
    fmt="html",
    html="""<html><body style="font-family:Arial">
<p>Hi Hye-jin,</p>
<p>You have been added to the interview panel for <b>Laura Chen</b>, candidate for <b>Senior Product Manager</b>.</p>
<p><b>Thursday, November 19, 2026, 2:00 PM - 2:45 PM CST</b><br>Interview: Analytics &amp; metrics</p>
<p>Please review the candidate's resume and the interview kit before the session, and submit your scorecard within 24 hours.</p>
<p><a href="https://app.greenhouse.example/interview_kits/55102">Open interview kit</a></p>
</body></html>
""",
    notes="The user is on the hiring side at her current job (work address): she interviews someone else.",
)

PANEL_ICS = ics(
    uid="040000008200E00074C5B7101A82E00800000000D061C47AF26ADD01000000000000000010000000B8F0",
    start="2026-12-03 10:00",
    end="2026-12-03 11:00",
    tz="America/New_York",
    tzid="Eastern Standard Time",
    vtz=None,
    prodid="Microsoft Exchange Server 2010",
    organizer=("Alvarez, Brianna", "brianna.alvarez@ledgerline.example"),
    attendees=[
        ("Nwachukwu, Emeka", "emeka.nwachukwu@ledgerline.example"),
        ("Carter, Jamal", "jamal.carter@ledgerline.example"),
    ],
    summary="Interview: Marco Silva - Backend Engineer (Panel 2 of 3)",
    stamp="20261124T160000Z",
    location="Teams / Room 7B",
)
add(
    name="oth-user-panelist-outlook-ics",
    **OTHER,
    frm='"Alvarez, Brianna" <brianna.alvarez@ledgerline.example>',
    to='"Carter, Jamal" <jamal.carter@ledgerline.example>',
    cc='"Nwachukwu, Emeka" <emeka.nwachukwu@ledgerline.example>',
    subject="Interview: Marco Silva - Backend Engineer (Panel 2 of 3)",
    date=(2026, 11, 24, 11, 0, "America/New_York"),
    ics=PANEL_ICS,
    ics_style="outlook",
    body="""
Hi Jamal and Emeka,

You're on panel 2 for Marco Silva (Backend Engineer). Focus: API design and data modelling. Resume and interview guide are in the Greenhouse kit. Scorecards due by EOD Thursday please!

Thanks,
Brianna Alvarez
Recruiting Coordinator, Ledgerline
""",
    notes="Outlook invite at the user's own employer making the user an interviewer of a candidate ('Eastern Standard Time', no VTIMEZONE).",
)

add(
    name="oth-scorecard-overdue",
    **OTHER,
    frm="Ashby <notifications@ashbyhq.com>",
    to="Dev Malhotra <dev.malhotra@mapleandfinch.example>",
    subject="Reminder: your feedback for Amina Yusuf is overdue",
    date=(2026, 9, 30, 9, 0, "America/Toronto"),
    body="""
Hi Dev,

You interviewed Amina Yusuf (Senior Backend Engineer, Payments) on Tuesday, September 29 at 10:00 AM. Your feedback is now overdue.

Submit feedback: https://app.ashbyhq.example/feedback/amy-29

Thanks for helping us hire great people!
""",
    notes="Scorecard reminder to an interviewer; the user is the one who interviewed.",
)

add(
    name="oth-reference-call-request",
    **OTHER,
    frm="Ruth Abernathy <ruth.abernathy@polaris-grid.example>",
    to="Nadia Petrova <nadia.petrova@example.com>",
    subject="Reference for Diego Fuentes - Staff Engineer",
    date=(2026, 7, 8, 10, 20, "America/Denver"),
    body="""
Hi Nadia,

Diego Fuentes has listed you as a reference for the Staff Engineer role at Polaris Grid, and he speaks very highly of your time working together at Cascade Harbor.

Would you have 15 minutes for a call on Thursday at 11am MT? If not, any time Friday works too.

Many thanks,
Ruth Abernathy
Senior Recruiter, Polaris Grid
""",
    notes="The user is asked to be a reference for someone else: a time, a company and a role, but the user is not the candidate.",
)

SPRINT_ICS = ics(
    uid="5u1k9rq3m2n8b7v6c5x4z3a2s1@google.com",
    start="2026-02-09 10:00",
    end="2026-02-09 11:30",
    tz="Europe/Berlin",
    vtz=vtz_eu("Europe/Berlin", "+0100", "+0200", "CET", "CEST"),
    organizer=("Jonas Weber", "jonas.weber@kranich-software.example"),
    attendees=[
        ("Lucas Fernandes", "lucas.fernandes@kranich-software.example"),
        ("Mira Schulz", "mira.schulz@kranich-software.example"),
    ],
    summary="Sprint 42 planning",
    stamp="20260204T080000Z",
)
add(
    name="oth-current-job-sprint-planning",
    **OTHER,
    frm="Jonas Weber <jonas.weber@kranich-software.example>",
    to="Lucas Fernandes <lucas.fernandes@kranich-software.example>",
    subject="Invitation: Sprint 42 planning @ Mon 9 Feb 2026 10:00 - 11:30 (CET)",
    date=(2026, 2, 4, 9, 0, "Europe/Berlin"),
    ics=SPRINT_ICS,
    ics_style="google",
    body="""
Sprint 42 planning
Monday 9 Feb 2026 ⋅ 10:00 – 11:30 (Central European Time - Berlin)

Please bring your estimates for the migration epic. We'll also do a quick round on who can help with candidate interviews next week.

Guests
Jonas Weber - organizer
Lucas Fernandes
Mira Schulz

Invitation from Google Calendar
""",
    notes="Meeting at the user's current job (work address), mentioning 'candidate interviews' in passing.",
)

ALLHANDS_ICS = ics(
    uid="040000008200E00074C5B7101A82E008000000002096A1D1B41EDD01000000000000000010000000A9B3",
    start="2026-06-25 16:00",
    end="2026-06-25 17:00",
    tz="Europe/Paris",
    tzid="Romance Standard Time",
    vtz=vtz_outlook_eu("Romance Standard Time", 1, 2),
    prodid="Microsoft Exchange Server 2010",
    organizer=("Communication interne", "comm@groupe-saone.example"),
    attendees=[("Tous collaborateurs", "all@groupe-saone.example")],
    summary="All-hands T2 / Réunion plénière",
    stamp="20260615T080000Z",
)
add(
    name="oth-current-job-allhands-romance",
    **OTHER,
    frm="Communication interne <comm@groupe-saone.example>",
    to="Tous collaborateurs <all@groupe-saone.example>",
    subject=hdr("All-hands T2 / Réunion plénière – jeudi 25 juin"),
    date=(2026, 6, 15, 10, 0, "Europe/Paris"),
    ics=ALLHANDS_ICS,
    ics_style="outlook",
    body="""
Bonjour à toutes et à tous,

Notre réunion plénière du deuxième trimestre aura lieu le jeudi 25 juin de 16h à 17h (amphithéâtre et Teams). Au programme : résultats, recrutements en cours (12 postes ouverts !) et interview croisée de nos deux nouveaux directeurs.

La Communication interne
Groupe Saône
""",
    notes="Company all-hands at the current job with 'recrutements' and an 'interview croisée' of executives; Outlook 'Romance Standard Time'.",
)

DEBRIEF_ICS = ics(
    uid="7h2j4k6l8m0n1b3v5c7x9z@google.com",
    start="2026-05-07 15:30",
    end="2026-05-07 16:00",
    tz="America/Los_Angeles",
    vtz=vtz_us("America/Los_Angeles", "-0800", "-0700", "PST", "PDT"),
    organizer=("Haruto Mori", "haruto.mori@quillon.example"),
    attendees=[
        ("Beatriz Carvalho", "beatriz.carvalho@quillon.example"),
        ("Arnav Bose", "arnav.bose@quillon.example"),
    ],
    summary="Debrief: Priya Nair (Senior Designer candidate)",
    stamp="20260505T200000Z",
)
add(
    name="oth-current-job-hiring-debrief",
    **OTHER,
    frm="Haruto Mori <haruto.mori@quillon.example>",
    to="Arnav Bose <arnav.bose@quillon.example>",
    subject="Invitation: Debrief: Priya Nair (Senior Designer candidate) @ Thu May 7, 2026 3:30pm - 4pm (PDT)",
    date=(2026, 5, 5, 13, 0, "America/Los_Angeles"),
    ics=DEBRIEF_ICS,
    ics_style="google",
    body="""
Debrief: Priya Nair (Senior Designer candidate)
Thursday May 7, 2026 ⋅ 3:30pm – 4pm (Pacific Time - Los Angeles)

Hiring debrief for Priya's onsite. Please submit scorecards before we meet.

Guests
Haruto Mori - organizer
Beatriz Carvalho
Arnav Bose

Invitation from Google Calendar
""",
    notes="Hiring debrief at the user's employer about another candidate: the user is on the hiring side.",
)

add(
    name="oth-dentist-reminder-dublin",
    **OTHER,
    frm="Smile Quay Dental <reminders@smilequay.example>",
    to="Zofia Kaczmarek <zofia.kaczmarek@example.ie>",
    subject="Appointment reminder: Tue 17 Nov, 09:40",
    date=(2026, 11, 13, 12, 0, "Europe/Dublin"),
    body="""
Hi Zofia,

This is a reminder of your check-up and clean with Dr Aoife Kelly on Tuesday 17 November at 09:40 (40 mins) at Smile Quay Dental, 22 Sir John Rogerson's Quay.

Reply C to confirm or call 01 555 0199 to reschedule. Late cancellations (less than 24 hours) may be charged.

Smile Quay Dental
""",
    notes="Dental appointment with a named doctor, a time, a duration and 'reschedule'.",
)

DOCTOR_ICS = ics(
    uid="termin-88213@praxis-lindenhof.example",
    start="2026-02-17 08:15",
    end="2026-02-17 08:30",
    tz="Europe/Berlin",
    vtz=vtz_eu("Europe/Berlin", "+0100", "+0200", "CET", "CEST"),
    prodid="-//Doctena//Termine//DE",
    organizer=("Praxis Lindenhof", "termine@praxis-lindenhof.example"),
    attendees=[("Lucas Fernandes", "lucas.fernandes@example.com")],
    summary="Termin bei Dr. med. Sabine Krüger",
    stamp="20260210T090000Z",
)
add(
    name="oth-doctor-termin-ics",
    **OTHER,
    frm="Praxis Lindenhof <termine@praxis-lindenhof.example>",
    to="Lucas Fernandes <lucas.fernandes@example.com>",
    subject=hdr("Terminbestätigung: Di., 17.02.2026, 08:15 Uhr"),
    date=(2026, 2, 10, 10, 0, "Europe/Berlin"),
    ics=DOCTOR_ICS,
    ics_style="attach",
    fmt="qp",
    body="""
Guten Tag Herr Fernandes,

hiermit bestätigen wir Ihren Termin:

Dienstag, 17.02.2026, 08:15 Uhr
bei Dr. med. Sabine Krüger (Allgemeinmedizin)
Praxis Lindenhof, Lindenstraße 4, 80331 München

Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.

Ihr Praxisteam
""",
    notes="Doctor's appointment with a calendar REQUEST and day-first date.",
)

add(
    name="oth-vet-vaccination-html",
    **OTHER,
    frm="Paws & Claws Vet Clinic <hello@pawsclaws-vet.example>",
    to="Ethan Brooks <ethan.brooks@example.com>",
    subject="Biscuit is due for his annual vaccination",
    date=(2026, 1, 29, 9, 0, "America/Denver"),
    fmt="html",
    html="""<html><body style="font-family:Verdana">
<p>Hi Ethan,</p>
<p>Our records show that <b>Biscuit</b> is due for his annual DHPP booster. We've pencilled in <b>Monday, February 2 at 1:00 pm</b> with Dr. Luis Hernández - tap below to confirm or pick another time.</p>
<p><a href="https://pawsclaws-vet.example/book?pet=biscuit">Confirm appointment</a></p>
<p>Wags,<br>The Paws &amp; Claws team</p>
</body></html>
""",
    notes="Vet appointment on the same afternoon as the user's real interview; a doctor's name and a time.",
)

add(
    name="oth-survey-after-real-interview",
    **OTHER,
    frm="Lakeview Analytics Recruiting <candidate-survey@lakeview-analytics.example>",
    to="Hye-jin Cho <hyejin.cho@example.com>",
    subject="How was your interview with Lakeview Analytics?",
    date=(2026, 5, 13, 10, 0, "America/Chicago"),
    fmt="alt",
    body="""
Hi Hye-jin,

Thank you for interviewing with us for the Analytics Engineer role on May 12 with Ngozi Okafor and Daniel Reyes.

We're always working to improve our candidate experience. Would you take 2 minutes to tell us how it went? Your answers are anonymous and won't affect your application.

Take the survey: https://survey.example/lakeview/cx?c=hjc

Thank you!
Lakeview Analytics Recruiting
""",
    notes="Candidate-experience survey from the company the user really interviewed with, naming the role, the date and the interviewers: still not a hiring step.",
)

add(
    name="oth-survey-german-feedback",
    **OTHER,
    frm="Isarwerk Recruiting <feedback@isarwerk.example>",
    to="Lucas Fernandes <lucas.fernandes@example.com>",
    subject=hdr("Wie war Ihr Bewerbungsgespräch? 3 Fragen, 1 Minute"),
    date=(2026, 2, 12, 8, 0, "Europe/Berlin"),
    fmt="html64",
    html="""<html><body style="font-family:Arial">
<p>Hallo Herr Fernandes,</p>
<p>Sie hatten kürzlich ein Gespräch mit uns. Wie zufrieden waren Sie mit dem Ablauf?</p>
<p>😞 &nbsp; 😐 &nbsp; 🙂 &nbsp; 😀</p>
<p>Die Umfrage ist anonym und hat keinen Einfluss auf Ihre Bewerbung.</p>
<p>Ihr Isarwerk-Recruiting</p>
</body></html>
""",
    notes="German candidate-experience survey.",
)

add(
    name="oth-recruiter-spam-web3",
    **OTHER,
    frm="Chad Bromley <chad@moonshot-talent.example>",
    to="Ana Petrović <ana.petrovic@example.rs>",
    subject="Ana - $400k+ Founding Engineer (Web3, stealth) - 15 min this week?",
    date=(2026, 2, 5, 11, 48, "America/New_York"),
    body="""
Hi Ana,

Saw your profile and had to reach out. I'm working with a stealth, tier-1-backed Web3 team looking for a Founding Engineer. Comp is $400k+ with a meaningful token allocation.

Quick 15 minute call this week? Grab time here: https://calendly.example/chad-moonshot

Chad Bromley
Partner, Moonshot Talent
P.S. If not you, who do you know?
""",
    notes="Cold agency outreach to a scheduling link; no employer named, no interview.",
)

add(
    name="oth-recruiter-bulk-c2c-urgent",
    **OTHER,
    frm="Rakesh Sharma <rakesh@infovista-staffing.example>",
    to="tyler.brooks@example.com",
    subject="Urgent Requirement :: Java Developer :: Remote :: C2C :: Interview Slots Tomorrow",
    date=(2026, 8, 12, 9, 5, "America/Chicago"),
    body="""
Hi ,

Hope you are doing well.

Please find the below requirement and let me know your interest.

Role : Java Developer (Spring Boot, Microservices)
Location : Remote
Duration : 12+ Months
Rate : $55/hr C2C
Interview : Video, slots available tomorrow 10 AM - 5 PM EST

Please share your updated resume, visa status and expected rate ASAP.

Thanks & Regards,
Rakesh Sharma
Sr. Technical Recruiter | InfoVista Staffing
""",
    notes="Bulk staffing-agency mail with 'interview slots tomorrow'; no client, no personal invitation.",
)

add(
    name="oth-scam-telegram-imitates-employer",
    **OTHER,
    frm="Northstar Outfitters HR Department <northstar.hr.recruitment@freemail.example>",
    to="Grace Liu <grace.liu@example.com>",
    subject="Northstar Outfitters - Online Interview Scheduled (Remote Merchandise Analyst)",
    date=(2026, 9, 15, 2, 30, "America/New_York"),
    body="""
Dear Grace Liu,

Your resume has been reviewed by our hiring team and you have been shortlisted for the Remote Merchandise Analyst position ($45/hr).

Your online interview with our Hiring Manager, Mr. James Carter, is scheduled for tomorrow at 10:00 AM EST via Telegram chat. Please add @NorthstarHiringJames on Telegram before the interview time.

Note: Successful candidates will receive a check to purchase home-office equipment from our approved vendor.

Regards,
HR Department
Northstar Outfitters Inc.
""",
    notes="Scam imitating a real employer the user applied to: free-mail sender, Telegram chat interview, equipment check. Must not become an interview.",
)

add(
    name="oth-scam-offer-data-entry",
    **OTHER,
    frm="Tessellate Careers <offers.tessellate@careers-portal.example>",
    to="Noor Al-Masri <noor.almasri@example.com>",
    subject="CONGRATULATIONS!!! Job Offer Letter - Remote Data Entry Clerk",
    date=(2026, 3, 28, 4, 15, "America/Los_Angeles"),
    body="""
Dear Applicant,

CONGRATULATIONS! After reviewing your profile you have been SELECTED for the position of Remote Data Entry Clerk with Tessellate Inc. at $38/hour, no interview required.

To complete your onboarding please send the following by reply within 24 hours:
- Full name, address and phone number
- Copy of driver's license (front and back)
- Bank name, routing and account number for direct deposit

Kind regards,
Human Resources Onboarding Department
""",
    notes="Fake 'offer' using the name of a company the user interviewed with, asking for bank details; 'Dear Applicant'.",
)

add(
    name="oth-friend-forwards-own-invite",
    **OTHER,
    frm="Léa Dubois <lea.dubois@example.fr>",
    to="Camille Roux <camille.roux@example.fr>",
    subject="Fwd: Invitation entretien - Responsable Marketing Digital",
    date=(2026, 5, 6, 21, 15, "Europe/Paris"),
    fmt="qp",
    body="""
Camille !!! regarde 😱 j'ai un entretien chez Brioche Dorée Digital lundi. Tu connais quelqu'un là-bas ? Des conseils ?

Bisous,
Léa

---------- Forwarded message ---------
De : Recrutement Brioche Dorée Digital <jobs@brioche-digital.example>
Date: mer. 6 mai 2026 à 17:02
Subject: Invitation entretien - Responsable Marketing Digital
To: Léa Dubois <lea.dubois@example.fr>

Bonjour Léa,

Nous avons le plaisir de vous inviter à un entretien pour le poste de Responsable Marketing Digital le lundi 11 mai à 10h00, avec Mme Sandrine Moreau, Directrice Marketing.

Cordialement,
L'équipe Recrutement
""",
    notes="A friend forwards HER OWN invitation: the user is not the candidate.",
)

FRIEND_REJ = """From: Talent at Fennel Labs <talent@fennel-labs.example>
To: Ben Carter <ben.carter@example.com>
Subject: Update on your application - Data Scientist
Date: Mon, 10 Aug 2026 09:00:00 -0700
Message-ID: <rej-ben-0810@fennel-labs.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hi Ben,

Thank you for interviewing with Fennel Labs for the Data Scientist role. Unfortunately we have decided not to move forward with your application at this time.

Best,
Fennel Labs Talent
"""
add(
    name="oth-friend-forwards-rejection-rfc822",
    **OTHER,
    frm="Ben Carter <ben.carter@example.com>",
    to="Oscar Lindberg <oscar.lindberg@example.se>",
    subject="Fwd: Update on your application - Data Scientist",
    date=(2026, 8, 10, 19, 30, "America/Los_Angeles"),
    attach_msg=FRIEND_REJ,
    body="""
Oscar, you interviewed there too right? Got this today. Did they give you any feedback? Trying to figure out if it's worth asking.

Ben
""",
    notes="A friend forwards his own rejection (message/rfc822) from a company the user also interviewed with; not the user's rejection.",
)

MOCK_ICS = ics(
    uid="pp-session-33821@peerprep.example",
    start="2026-08-26 20:00",
    end="2026-08-26 21:00",
    tz="America/Los_Angeles",
    vtz=vtz_us("America/Los_Angeles", "-0800", "-0700", "PST", "PDT"),
    prodid="-//PeerPrep//Sessions//EN",
    organizer=("PeerPrep", "sessions@peerprep.example"),
    attendees=[
        ("Arnav Bose", "arnav.bose@example.com"),
        ("Kiran Desai", "kiran.d@example.com"),
    ],
    summary="PeerPrep mock interview: System Design (you interview first)",
    stamp="20260820T180000Z",
)
add(
    name="oth-peer-mock-interview-ics",
    **OTHER,
    frm="PeerPrep <sessions@peerprep.example>",
    to="Arnav Bose <arnav.bose@example.com>",
    subject="Confirmed: your mock interview with Kiran on Wed, Aug 26 at 8:00 PM PDT",
    date=(2026, 8, 20, 11, 0, "America/Los_Angeles"),
    ics=MOCK_ICS,
    ics_style="attach",
    body="""
You're matched!

Your peer: Kiran Desai (Software Engineer, 5 yrs)
When: Wednesday, August 26, 8:00 - 9:00 PM PDT
Topic: System Design. You interview Kiran first, then swap.

Join from your dashboard 5 minutes early: https://peerprep.example/s/33821

Good luck!
PeerPrep
""",
    notes="Practice mock interview with a peer (calendar REQUEST); no employer.",
)

add(
    name="oth-workday-password-reset",
    **OTHER,
    frm="Zenith Grid Careers <zenithgrid@myworkday.example>",
    to="Adaeze Nwosu <adaeze.nwosu@example.com.ng>",
    subject="Zenith Grid Candidate Home: reset your password",
    date=(2026, 5, 19, 22, 40, "Africa/Lagos"),
    fmt="html",
    html="""<html><body style="font-family:Arial;font-size:13px">
<p>Hello,</p>
<p>We received a request to reset the password for your Zenith Grid Candidate Home account. Click the link below to choose a new password. The link expires in 24 hours.</p>
<p><a href="https://wd3.myworkday.example/zenithgrid/reset?t=9f2">Reset password</a></p>
<p>If you didn't request this, you can ignore this email.</p>
</body></html>
""",
    notes="Account mail from a real prospective employer's Workday: no hiring step.",
)

add(
    name="oth-company-newsletter-we-are-hiring",
    **OTHER,
    frm="Vltava Games <newsletter@vltava-games.example>",
    to="Julia Schmidt <julia.schmidt@example.at>",
    subject="Devlog #31: new trailer, and we're hiring!",
    date=(2026, 5, 2, 15, 0, "Europe/Prague"),
    fmt="html64",
    headers="List-Unsubscribe: <https://vltava-games.example/unsub?u=js>",
    html="""<html><body style="font-family:Georgia">
<h2>Devlog #31</h2>
<p>Ahoj! The new trailer for <i>Hollow River</i> is out. Tomáš Novák, our Art Director, explains the lighting pass in a short interview on the blog.</p>
<h3>We're hiring</h3>
<p>Technical Artist, Gameplay Programmer and QA Lead. Our interview process takes about three weeks: a call, a small task and a studio visit in Prague.</p>
<p>Na shledanou,<br>The Vltava Games team</p>
</body></html>
""",
    notes="Marketing newsletter from the company the user interviews with: 'interview' with its Art Director, an open Technical Artist role and the process length.",
)
