# ruff: noqa: E501
# Wave 10, batch A (20 messages, names carry "-w10-"): software, product, design, data and sales
# hiring at startups and large tech firms (US, UK, NL, DE, IL, IN, SG, AU, BR) -- scheduling
# tools with an agenda per slot, panels that differ between the invitation and the body,
# founders writing from a phone, reschedules the candidate asked for, and negatives in which the
# user is the interviewer, books a mock interview, a recruiting night or a vendor demo.
from lib import add, ics
from mime import VTZ_OUTLOOK_PACIFIC, addr, hdr, vtz_eu

# ================================================================ invitations and reschedules
add(
    name="inv-w10-goodtime-virtual-onsite-agenda-sf",
    kind="invitation",
    frm="Kelsey Ortiz via GoodTime <notifications@goodtime.io>",
    reply_to="Kelsey Ortiz <kelsey.ortiz@corvidsystems.example>",
    to="Devin Park <devin.park@example.com>",
    subject="Your virtual onsite with Corvid Systems - Tuesday, September 15",
    date=(2026, 9, 9, 11, 20, "America/Los_Angeles"),
    fmt="alt",
    body="""
Hi Devin,

Your virtual onsite for the Senior Software Engineer, Infrastructure position is confirmed. Here is your schedule (all times Pacific Time):

Tuesday, September 15, 2026

10:00 AM - 10:45 AM | Coding: Data Structures
Interviewer: Priya Raman, Senior Software Engineer

10:45 AM - 11:30 AM | System Design
Interviewer: Marcus Chen, Staff Software Engineer

11:30 AM - 12:00 PM | Break

12:00 PM - 12:45 PM | Hiring Manager Conversation
Interviewer: Dana Whitfield, Engineering Manager, Compute Platform

All sessions use the same Zoom room: https://corvidsystems.zoom.example/j/93311200457
Coding happens in CoderPad; your interviewer will paste the link into the Zoom chat.

Need to make a change? Reply to this email and I'll take care of it.

Kelsey Ortiz
Recruiting Coordinator, Corvid Systems

Scheduled with GoodTime
""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1f2933">
<p>Hi Devin,</p>
<p>Your virtual onsite for the <b>Senior Software Engineer, Infrastructure</b> position is confirmed. Here is your schedule (all times Pacific Time):</p>
<h3 style="margin:16px 0 8px">Tuesday, September 15, 2026</h3>
<table cellpadding="8" cellspacing="0" style="border-collapse:collapse;border:1px solid #d9e2ec">
<tr style="background:#f0f4f8"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
<tr><td>10:00 AM - 10:45 AM</td><td>Coding: Data Structures</td><td>Priya Raman<br><span style="color:#627d98">Senior Software Engineer</span></td></tr>
<tr><td>10:45 AM - 11:30 AM</td><td>System Design</td><td>Marcus Chen<br><span style="color:#627d98">Staff Software Engineer</span></td></tr>
<tr><td>11:30 AM - 12:00 PM</td><td>Break</td><td></td></tr>
<tr><td>12:00 PM - 12:45 PM</td><td>Hiring Manager Conversation</td><td>Dana Whitfield<br><span style="color:#627d98">Engineering Manager, Compute Platform</span></td></tr>
</table>
<p>All sessions use the same Zoom room: <a href="https://corvidsystems.zoom.example/j/93311200457">https://corvidsystems.zoom.example/j/93311200457</a><br>
Coding happens in CoderPad; your interviewer will paste the link into the Zoom chat.</p>
<p>Need to make a change? Reply to this email and I'll take care of it.</p>
<p>Kelsey Ortiz<br>Recruiting Coordinator, Corvid Systems</p>
<p style="font-size:11px;color:#9aa5b1">Scheduled with GoodTime</p>
</body></html>
""",
    company="Corvid Systems",
    role="Senior Software Engineer, Infrastructure",
    interviewers=[
        ("Priya Raman", None, "Senior Software Engineer"),
        ("Marcus Chen", None, "Staff Software Engineer"),
        ("Dana Whitfield", None, "Engineering Manager, Compute Platform"),
    ],
    start="2026-09-15 10:00",
    end="2026-09-15 12:45",
    tz="America/Los_Angeles",
    notes="GoodTime agenda per slot with a break; the coordinator who sends it does not interview. The loop runs 10:00-12:45 PDT.",
)

_ml_panel = [
    ("Sanne de Vries", "sanne.devries@boldermobility.example"),
    ("Laura Brennan", "laura.brennan@boldermobility.example"),
    ("Femke Jansen", "femke.jansen@boldermobility.example"),
    ("Ana Costa", "ana.costa@example.pt"),
]
add(
    name="rsc-w10-modernloop-candidate-request-swapped-panelist-amsterdam",
    kind="reschedule",
    frm="Femke Jansen <femke.jansen@boldermobility.example>",
    to="Ana Costa <ana.costa@example.pt>",
    subject="Updated: Design portfolio review - Senior Product Designer (Bolder Mobility)",
    date=(2026, 9, 29, 17, 5, "Europe/Amsterdam"),
    headers="X-Mailer: ModernLoop",
    body="""
Hi Ana,

As requested, we've moved your portfolio review. Your updated interview details are below.

NEW TIME
Monday 5 October 2026, 10:00 - 11:30 CEST
(previously Thursday 1 October, 14:00 - 15:30 CEST)

INTERVIEWERS
Sanne de Vries - Design Director
Laura Brennan - Senior Product Designer

Kevin Osei is no longer available on the new date, so Laura will join Sanne in his place.

AGENDA
10:00 - 10:40  Portfolio walkthrough (bring 2 projects, ~15 min each)
10:40 - 11:15  Deep dive and questions from the panel
11:15 - 11:30  Your questions

Location: Google Meet, link in the updated calendar invite.

Thanks,
Femke Jansen
Talent Coordinator | Bolder Mobility B.V.

Sent via ModernLoop
""",
    ics=ics(
        uid="ml-7f31c0a2-bolder-portfolio@modernloop.io",
        start="2026-10-05 10:00",
        end="2026-10-05 11:30",
        tz="Europe/Amsterdam",
        vtz=vtz_eu("Europe/Amsterdam", "+0100", "+0200", "CET", "CEST"),
        organizer=("Femke Jansen", "femke.jansen@boldermobility.example"),
        attendees=_ml_panel,
        summary="Bolder Mobility - Portfolio Review (Ana Costa)",
        seq=2,
        stamp="20260929T150500Z",
        location="Google Meet",
    ),
    company="Bolder Mobility",
    role="Senior Product Designer",
    interviewers=[
        ("Sanne de Vries", "sanne.devries@boldermobility.example", "Design Director"),
        ("Laura Brennan", "laura.brennan@boldermobility.example", "Senior Product Designer"),
    ],
    start="2026-10-05 10:00",
    end="2026-10-05 11:30",
    tz="Europe/Amsterdam",
    notes="Moved at the candidate's request (ModernLoop update, SEQUENCE 2). Kevin Osei is replaced and is not an interviewer; the coordinator is an ICS attendee but only schedules. The old slot is mentioned only as 'previously'.",
)

add(
    name="inv-w10-founder-iphone-sunday-after-dst-tel-aviv",
    kind="invitation",
    frm="Noa Ben-David <noa@tessera.example>",
    to="Maya Peretz <maya.peretz@example.co.il>",
    subject="Re: Product Designer at Tessera",
    date=(2026, 10, 22, 21, 47, "Asia/Jerusalem"),
    in_reply_to="<CAJ8m2fT0-maya-portfolio@mail.example.co.il>",
    body="""
hi Maya, loved the portfolio, esp the onboarding case study. want to do a call sunday at 11 with me and Yoav (our CTO)? ~45 min, zoom link to follow

Noa

Sent from my iPhone

> On 20 Oct 2026, at 9:12, Maya Peretz <maya.peretz@example.co.il> wrote:
>
> Hi Noa,
>
> I saw on LinkedIn that Tessera is looking for a Product Designer and wanted to reach out directly. My portfolio is at mayaperetz.example/work and my CV is attached.
>
> Best,
> Maya
""",
    company="Tessera",
    role="Product Designer",
    interviewers=[("Noa Ben-David", "noa@tessera.example", None), ("Yoav", None, "CTO")],
    start="2026-10-25 11:00",
    end="2026-10-25 11:45",
    tz="Asia/Jerusalem",
    notes="Founder from her phone: 'sunday at 11' is the coming Sunday, Oct 25 (Israel's work week starts Sunday), the day Israel leaves DST, so +02:00. No zone given: the sender's. The CTO is named only as 'Yoav'. ~45 min.",
)

add(
    name="inv-w10-calendly-recruiter-screen-booked-bengaluru",
    kind="invitation",
    frm="Calendly <notifications@calendly.com>",
    to="Arjun Mehta <arjun.mehta@example.in>",
    subject="Confirmed: Recruiter Screen - Kestrel Data with Sneha Kulkarni on Wednesday, November 4, 2026",
    date=(2026, 10, 29, 18, 42, "Asia/Kolkata"),
    fmt="alt",
    body="""
Hi Arjun Mehta,

Your Recruiter Screen - Kestrel Data with Sneha Kulkarni at 11:00am (India Standard Time) on Wednesday, November 4, 2026 is scheduled.

Event Type:
Recruiter Screen - Kestrel Data

Event Date/Time:
11:00am - 11:30am (India Standard Time) on Wednesday, November 4, 2026

Location:
This is a Google Meet web conference.
https://meet.google.example/xsd-qpfr-kwn

Description:
A 30-minute conversation with Sneha, Talent Acquisition Partner at Kestrel Data, about the Senior Data Engineer opening: your background, what you're looking for, and the interview process.

Questions:
Which role are you applying for?
Senior Data Engineer
Current notice period?
60 days

Need to make changes to this event?
Cancel: https://calendly.example/cancellations/2b1e0f2c
Reschedule: https://calendly.example/reschedulings/2b1e0f2c

Powered by Calendly.com
""",
    ics=ics(
        uid="2b1e0f2c-7d1b-4e5b-9f2d-0c3a1e7b9d10@calendly.com",
        start="2026-11-04 11:00",
        end="2026-11-04 11:30",
        tz="Asia/Kolkata",
        utc=True,
        organizer=("Sneha Kulkarni", "sneha.kulkarni@kestreldata.example"),
        attendees=[("Arjun Mehta", "arjun.mehta@example.in")],
        summary="Recruiter Screen - Kestrel Data",
        prodid="-//Calendly//Calendly Scheduling//EN",
        stamp="20261029T131200Z",
    ),
    ics_style="attach",
    company="Kestrel Data",
    role="Senior Data Engineer",
    interviewers=[
        (
            "Sneha Kulkarni",
            "sneha.kulkarni@kestreldata.example",
            "Talent Acquisition Partner",
        )
    ],
    start="2026-11-04 11:00",
    end="2026-11-04 11:30",
    tz="Asia/Kolkata",
    notes="Calendly booking of a recruiter screen: the recruiter (event owner, ICS organizer) runs it, so she is the interviewer. ICS in UTC; Date stamped in UTC by Calendly.",
)

_gh_html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f7f7f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td>
<p>Dear Chlo&eacute;,</p>
<p>Thank you for your interest in the Senior Product Manager, Payments role at Lumenpay. We are pleased to confirm your final round interviews at our London office:</p>
<p><b>Thursday 8 October 2026</b><br>Lumenpay, 22 Bunhill Row, London EC1Y 8LP (ask for Harriet at reception)</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dddddd">
<tr><th>Time (BST)</th><th>Interviewer</th><th>Focus</th></tr>
<tr><td>13:30 &ndash; 14:15</td><td>Tom Hughes, Group Product Manager</td><td>Product sense</td></tr>
<tr><td>14:15 &ndash; 15:00</td><td>Aisha Rahman, Senior Data Scientist</td><td>Analytical and metrics</td></tr>
<tr><td>15:00 &ndash; 15:15</td><td colspan="2">Break</td></tr>
<tr><td>15:15 &ndash; 16:00</td><td>Gareth Lloyd, VP Product</td><td>Leadership and collaboration</td></tr>
</table>
<p>Please bring a form of photo ID. If you need any adjustments to the process, just reply to this email.</p>
<p>Kind regards,<br>Harriet Cole<br>Talent Partner, Lumenpay</p>
</td></tr></table>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#999">Powered by Greenhouse</p>
</td></tr></table></body></html>
"""
add(
    name="inv-w10-greenhouse-html-only-final-round-london",
    kind="invitation",
    frm="Harriet Cole <no-reply@us.greenhouse-mail.io>",
    reply_to="Harriet Cole <harriet.cole@lumenpay.example>",
    to=addr("Chloé Martin", "chloe.martin@example.fr"),
    subject="Lumenpay: your final round interview on 8 October",
    date=(2026, 9, 30, 16, 10, "Europe/London"),
    fmt="html",
    html=_gh_html,
    company="Lumenpay",
    role="Senior Product Manager, Payments",
    interviewers=[
        ("Tom Hughes", None, "Group Product Manager"),
        ("Aisha Rahman", None, "Senior Data Scientist"),
        ("Gareth Lloyd", None, "VP Product"),
    ],
    start="2026-10-08 13:30",
    end="2026-10-08 16:00",
    tz="Europe/London",
    notes="Greenhouse HTML-only mail with a nested layout table; the talent partner signs and meets the candidate at reception but does not interview. Day-first British date, BST.",
)

add(
    name="rsc-w10-hm-reply-moves-to-friday-adds-colleague-singapore",
    kind="reschedule",
    frm="Daniel Koh <daniel.koh@kopilabs.example>",
    to="Priya Nair <priya.nair@example.sg>",
    subject="Re: Senior Data Analyst - chat on Thursday",
    date=(2026, 10, 13, 19, 32, "Asia/Singapore"),
    in_reply_to="<0d9e2c1f-priya@example.sg>",
    fmt="qp",
    body="""
No problem at all, Priya. Friday 16 Oct at 3pm SGT works, same Zoom link. I'll also bring in Tan Wei Ling, our lead data scientist, since she'll work closely with whoever takes this role. Still 45 mins.

Daniel

Daniel Koh
Head of Analytics, Kopi Labs

On Tue, 13 Oct 2026 at 18:05, Priya Nair <priya.nair@example.sg> wrote:
> Hi Daniel,
>
> Something urgent has come up at work on Thursday. Would it be possible to move our chat to Friday afternoon instead? Sorry for the hassle.
>
> Best,
> Priya
>
> On Fri, 9 Oct 2026 at 11:20, Daniel Koh <daniel.koh@kopilabs.example> wrote:
>> Hi Priya,
>>
>> Thanks for applying for the Senior Data Analyst role. Could we do a 45 min video chat on Thursday 15 Oct at 2pm? Just the two of us, nothing to prepare.
>>
>> Daniel
""",
    company="Kopi Labs",
    role="Senior Data Analyst",
    interviewers=[
        ("Daniel Koh", "daniel.koh@kopilabs.example", "Head of Analytics"),
        ("Tan Wei Ling", None, "Lead Data Scientist"),
    ],
    start="2026-10-16 15:00",
    end="2026-10-16 15:45",
    tz="Asia/Singapore",
    notes="Moved at the candidate's request in the thread; the quoted older invitation (Thursday 2pm) is superseded. Tan Wei Ling is family-name-first, kept as written; she joins the hiring manager.",
)

add(
    name="inv-w10-ashby-pair-programming-ics-utc-berlin",
    kind="invitation",
    frm="Nordlicht Energy <no-reply@ashbyhq.com>",
    reply_to="Miriam Vogel <miriam.vogel@nordlicht.example>",
    to="Lucas Moreau <lucas.moreau@example.de>",
    subject="Interview confirmed: Pair Programming - Senior Backend Engineer",
    date=(2026, 11, 3, 9, 15, "Europe/Berlin"),
    fmt="alt",
    body="""
Hi Lucas,

Your pair programming session for the Senior Backend Engineer role at Nordlicht Energy is confirmed.

When: Tuesday, 10 November 2026, 14:00 - 15:30 CET (Europe/Berlin)
Where: Google Meet (link in the calendar invitation)

Interviewers
- Jana Nowak, Senior Backend Engineer
- Felix Hartmann, Engineering Lead, Grid Platform

What to expect
You'll work together with Jana and Felix on a small feature in a TypeScript service that ingests meter readings. There's no trick question: we care about how you break the problem down, test and talk through trade-offs. Please have Node 20 and Git installed and share your screen from your own editor.

If anything comes up, reply to this email.

Miriam Vogel
Recruiting Coordinator, Nordlicht Energy
""",
    ics=ics(
        uid="ashby-int-5c9a1e77-3b2d-4f61-a0e4-91c2d7f1b8aa",
        start="2026-11-10 14:00",
        end="2026-11-10 15:30",
        tz="Europe/Berlin",
        utc=True,
        organizer=("Miriam Vogel", "miriam.vogel@nordlicht.example"),
        attendees=[
            ("Jana Nowak", "jana.nowak@nordlicht.example"),
            ("Felix Hartmann", "felix.hartmann@nordlicht.example"),
            ("Lucas Moreau", "lucas.moreau@example.de"),
        ],
        summary="Pair Programming - Lucas Moreau (Senior Backend Engineer)",
        prodid="-//Ashby//Ashby Scheduling//EN",
        stamp="20261103T081500Z",
    ),
    ics_style="attach",
    company="Nordlicht Energy",
    role="Senior Backend Engineer",
    interviewers=[
        ("Jana Nowak", "jana.nowak@nordlicht.example", "Senior Backend Engineer"),
        ("Felix Hartmann", "felix.hartmann@nordlicht.example", "Engineering Lead, Grid Platform"),
    ],
    start="2026-11-10 14:00",
    end="2026-11-10 15:30",
    tz="Europe/Berlin",
    notes="Ashby confirmation of a pair-programming session; ICS in UTC, body in CET. The coordinator organizes only.",
)

add(
    name="inv-w10-take-home-review-qp-pt-br-sao-paulo",
    kind="invitation",
    frm=addr("Letícia Araújo", "leticia.araujo@quintalpag.example"),
    to=addr("Camila Sá", "camila.sa@example.com.br"),
    subject=hdr("Quintal Pagamentos | Próxima etapa: revisão do desafio técnico"),
    date=(2026, 9, 18, 15, 40, "America/Sao_Paulo"),
    fmt="qp",
    body="""
Oi, Camila! Tudo bem?

Recebemos o seu desafio técnico para a vaga de Desenvolvedora Front-end Pleno e o time curtiu bastante a solução, principalmente os testes e a organização dos componentes.

A próxima etapa é uma conversa de revisão do desafio, de 1 hora, na quinta-feira, 24/09, às 16h (horário de Brasília), pelo Google Meet. Participam o João Gonçalves (Tech Lead) e a Bárbara Lima (Engenheira de Software Sênior). A ideia é você apresentar as decisões que tomou e conversar sobre o que faria diferente com mais tempo.

Consegue confirmar se o horário funciona pra você? Se não der, me passa duas ou três opções na mesma semana.

Abraços,
Letícia Araújo
Tech Recruiter | Quintal Pagamentos
""",
    company="Quintal Pagamentos",
    role="Desenvolvedora Front-end Pleno",
    interviewers=[
        ("João Gonçalves", None, "Tech Lead"),
        ("Bárbara Lima", None, "Engenheira de Software Sênior"),
    ],
    start="2026-09-24 16:00",
    end="2026-09-24 17:00",
    tz="America/Sao_Paulo",
    notes="Portuguese take-home review, quoted-printable, day-first '24/09, às 16h (horário de Brasília)' (-03:00, no DST). The tech recruiter only schedules; RFC 2047 From and Subject.",
)

_cc = "cascadecloud.example"
add(
    name="inv-w10-outlook-ics-still-lists-replaced-panelist-seattle",
    kind="invitation",
    frm=f"Hannah Brooks <hbrooks@{_cc}>",
    to="Omar Haddad <omar.haddad@example.com>",
    subject="Onsite interview - Principal Data Scientist - Thursday, November 12",
    date=(2026, 10, 30, 15, 50, "America/Los_Angeles"),
    body="""
Hi Omar,

Please find your onsite schedule for the Principal Data Scientist role below. You'll be at our Seattle office (1400 Westlake Ave N, 5th floor); check in at the front desk by 8:45 AM.

One change from what Jordan shared last week: Emily Carter is out of office that day, so Ravi Shah will cover the experimentation interview. The calendar invitation attached still shows Emily; I'll send an update once the room booking is sorted.

Thursday, November 12
9:00 - 9:45 AM     Ravi Shah, Senior Data Scientist - Experimentation & causal inference
9:45 - 10:30 AM    Grace Liu, Principal Data Scientist - ML modeling
10:30 - 11:15 AM   Mateo Alvarez, Director of Data Science - Hiring manager
11:15 AM - 12:00 PM  Nikhil Rao, Product Lead, Marketplace - Partner interview

Lunch is not included in the schedule, but you're welcome to grab something at the cafe downstairs afterwards.

Best,
Hannah Brooks
Recruiting Coordinator | Cascade Cloud
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000D0A2B1C4F1C8DC01000000000000000010000000A2F5",
        start="2026-11-12 09:00",
        end="2026-11-12 12:00",
        tz="America/Los_Angeles",
        tzid="Pacific Standard Time",
        vtz=VTZ_OUTLOOK_PACIFIC,
        organizer=("Hannah Brooks", f"hbrooks@{_cc}"),
        attendees=[
            ("Omar Haddad", "omar.haddad@example.com"),
            ("Emily Carter", f"emcarter@{_cc}"),
            ("Grace Liu", f"graceliu@{_cc}"),
            ("Mateo Alvarez", f"malvarez@{_cc}"),
            ("Nikhil Rao", f"nikrao@{_cc}"),
        ],
        summary="Onsite Interview: Omar Haddad - Principal Data Scientist",
        prodid="Microsoft Exchange Server 2010",
        location="SEA-WLK-5 Rainier (8)",
        stamp="20261030T225000Z",
    ),
    ics_style="outlook",
    company="Cascade Cloud",
    role="Principal Data Scientist",
    interviewers=[
        ("Ravi Shah", None, "Senior Data Scientist"),
        ("Grace Liu", f"graceliu@{_cc}", "Principal Data Scientist"),
        ("Mateo Alvarez", f"malvarez@{_cc}", "Director of Data Science"),
        ("Nikhil Rao", f"nikrao@{_cc}", "Product Lead, Marketplace"),
    ],
    start="2026-11-12 09:00",
    end="2026-11-12 12:00",
    tz="America/Los_Angeles",
    notes="The body swaps Emily Carter out for Ravi Shah while the Outlook invitation still lists Emily: she is a replaced panelist, not an interviewer. Jordan (recruiter) and the coordinator do not interview. Windows zone name; PST after Nov 1 though sent in PDT.",
)

add(
    name="inv-w10-gem-recruiter-proposes-screen-sydney",
    kind="invitation",
    frm="Chloe Nguyen <chloe.nguyen@wattleai.example>",
    to="Sam Whitaker <sam.whitaker@example.com.au>",
    subject="Re: Senior Machine Learning Engineer @ Wattle AI",
    date=(2026, 7, 9, 16, 3, "Australia/Sydney"),
    in_reply_to="<gem-seq-48213-step2@wattleai.example>",
    headers="X-Gem-Sequence-Id: seq_48213",
    fmt="alt",
    body="""
Hi Sam,

Thanks for getting back to me, great to hear you're open to a chat!

How does Tuesday 14 July at 10:30am AEST look for a 30-minute call with me? I'll give you an overview of the team and the Senior Machine Learning Engineer role, and I'd love to hear what you're looking for in your next move. If that works I'll send through a calendar invite with a Zoom link.

If it all lines up, the next step would be a technical conversation with Ben Cole, our Head of ML.

Cheers,
Chloe

Chloe Nguyen | Senior Technical Recruiter | Wattle AI
Level 4, 88 Cumberland St, The Rocks NSW 2000

On Wed, 8 Jul 2026 at 20:14, Sam Whitaker <sam.whitaker@example.com.au> wrote:
> Hi Chloe, thanks for reaching out. Happy to chat, I'm free most mornings next week.
> Sam
""",
    company="Wattle AI",
    role="Senior Machine Learning Engineer",
    interviewers=[
        ("Chloe Nguyen", "chloe.nguyen@wattleai.example", "Senior Technical Recruiter"),
    ],
    start="2026-07-14 10:30",
    end="2026-07-14 11:00",
    tz="Australia/Sydney",
    notes="Recruiter proposes her own screen ('a call with me'): she is the interviewer. Ben Cole is only a possible later step, not in this interview. AEST (+10:00) in July.",
)

add(
    name="inv-w10-paradox-olivia-sales-interview-austin",
    kind="invitation",
    frm="Olivia at Redline Software <no-reply@paradox.ai>",
    to="Jamal Brooks <jamal.brooks@example.com>",
    subject="Your interview with Redline Software is confirmed!",
    date=(2026, 8, 14, 12, 7, "America/Chicago"),
    fmt="alt",
    body="""
Hi Jamal! It's Olivia, the virtual recruiting assistant for Redline Software.

Great news, your interview is confirmed!

Position: Account Executive, Mid-Market
Date: Wednesday, August 19, 2026
Time: 2:00 PM - 2:45 PM CDT
Interviewing with: Marcus Hill, Regional Sales Director
Location: Video call. Join here: https://redline.paradox.example/v/8QK2J

Tips: have a quiet spot and a good connection, and be ready to walk Marcus through a deal you're proud of.

Need to change something? Reply RESCHEDULE and I'll find you a new time.

Olivia
Redline Software Talent Team
Powered by Paradox
""",
    company="Redline Software",
    role="Account Executive, Mid-Market",
    interviewers=[("Marcus Hill", None, "Regional Sales Director")],
    start="2026-08-19 14:00",
    end="2026-08-19 14:45",
    tz="America/Chicago",
    notes="Paradox conversational assistant 'Olivia' (a bot) confirms; the sales director is the interviewer.",
)

# ================================================================ after the interview
add(
    name="nxt-w10-debrief-this-week-decide-end-of-next-week-dublin",
    kind="next_steps",
    frm="Aoife Byrne <aoife.byrne@harbourpay.example>",
    to="Nikos Papadakis <nikos.papadakis@example.gr>",
    subject="Thanks for Monday - Senior Frontend Engineer",
    date=(2026, 10, 13, 10, 25, "Europe/Dublin"),
    body="""
Hi Nikos,

Thanks again for spending the afternoon with us on Monday. Cian and Róisín both said they really enjoyed the pairing session, and Declan appreciated your questions about the design system.

We're collecting written feedback this week and the hiring team will make a decision by the end of next week. I'll be in touch either way, and if anything comes up in the meantime (another offer, for example) just let me know.

Best,
Aoife

Aoife Byrne
Talent Acquisition Lead, Harbour Pay
""",
    company="Harbour Pay",
    role="Senior Frontend Engineer",
    decision_by="2026-10-23",
    notes="After the onsite: the names are past interviewers, not a coming interview. 'By the end of next week' from Tue Oct 13 is Fri Oct 23.",
)

add(
    name="rej-w10-lever-after-onsite-names-panel-lisbon",
    kind="rejection",
    frm="Stackwell <no-reply@hire.lever.co>",
    reply_to="Inês Carvalho <ines.carvalho@stackwell.example>",
    to=addr("Tomasz Wiśniewski", "tomasz.w@example.pl"),
    subject="Your application to Stackwell",
    date=(2026, 11, 6, 17, 45, "Europe/Lisbon"),
    fmt="alt",
    body="""
Hi Tomasz,

Thank you for taking the time to interview for the Staff Product Engineer role, and for the thoughtful conversations with Rui, Dev and Mariana last week.

After a lot of discussion, we've decided to move forward with another candidate whose experience is closer to what the team needs right now. This was a difficult decision and it isn't a reflection of your talent.

We'd be glad to keep in touch for future openings, and I'm happy to share some feedback on a short call if that's useful.

All the best,
Inês Carvalho
Recruiter, Stackwell
""",
    company="Stackwell",
    role="Staff Product Engineer",
    notes="Lever rejection naming past interviewers; no interview coming, so no interviewers. Date stamped in UTC by Lever.",
)

# ================================================================ hard negatives (other)
add(
    name="oth-w10-greenhouse-you-are-interviewing-tomorrow",
    frm="Greenhouse <no-reply@greenhouse-mail.io>",
    to="Rachel Stein <rachel.stein@fathomhq.example>",
    subject="Reminder: You're interviewing Alex Romero tomorrow at 2:00 PM",
    date=(2026, 9, 21, 14, 0, "America/New_York"),
    fmt="alt",
    body="""
Hi Rachel,

This is a reminder that you're scheduled to interview a candidate.

Candidate: Alex Romero
Job: Backend Engineer (Payments) - Req 2231
Interview: Technical Deep Dive
When: Tuesday, September 22, 2026, 2:00 PM - 2:45 PM EDT
Other interviewers on this loop: Kwame Asante, Lily Zhang

Your interview kit, including the focus areas and the questions to ask, is here:
https://app.greenhouse.example/guides/88412/people/5521093

Please submit your scorecard within 24 hours of the interview.

Thanks,
Fathom Recruiting
""",
    notes="The user is the interviewer at their current job (Greenhouse interviewer reminder with interview kit and scorecard): not the user's own hiring process.",
)

_deb = "fathomhq.example"
add(
    name="oth-w10-loop-debrief-invite-user-on-panel",
    frm=f"Kwame Asante <kwame.asante@{_deb}>",
    to=f"Rachel Stein <rachel.stein@{_deb}>, Lily Zhang <lily.zhang@{_deb}>, Tom Becker <tom.becker@{_deb}>",
    subject="Invitation: Debrief - Alex Romero (Backend Engineer, Payments) @ Wed Sep 23, 2026 4pm - 4:30pm (EDT)",
    date=(2026, 9, 22, 16, 10, "America/New_York"),
    body="""
You have been invited to the following event.

Debrief - Alex Romero (Backend Engineer, Payments)
When: Wed Sep 23, 2026 4pm - 4:30pm Eastern Time - New York
Joining info: meet.google.example/dqr-hsty-bnm

Calendar: rachel.stein@fathomhq.example
Who:
* Kwame Asante - organizer
* Rachel Stein
* Lily Zhang
* Tom Becker

Please have your scorecards in Greenhouse before we meet so we can go straight to a hire / no hire.

Invitation from Google Calendar
""",
    ics=ics(
        uid="6v2k1e0q7dhr1l5o9u3c8t2mfa@google.com",
        start="2026-09-23 16:00",
        end="2026-09-23 16:30",
        tz="America/New_York",
        organizer=("Kwame Asante", f"kwame.asante@{_deb}"),
        attendees=[
            ("Rachel Stein", f"rachel.stein@{_deb}"),
            ("Lily Zhang", f"lily.zhang@{_deb}"),
            ("Tom Becker", f"tom.becker@{_deb}"),
        ],
        summary="Debrief - Alex Romero (Backend Engineer, Payments)",
        stamp="20260922T201000Z",
    ),
    notes="Internal hiring debrief the user attends as an interviewer, Google Calendar invitation with ICS: a meeting at the user's current job, not an interview of the user.",
)

add(
    name="oth-w10-mock-interview-service-booking",
    frm="Prepwell <sessions@prepwell.example>",
    to="Devin Park <devin.park@example.com>",
    subject="Booked: Mock System Design interview, Sat Sep 12 at 10:00 AM PT",
    date=(2026, 9, 8, 20, 31, "America/Los_Angeles"),
    fmt="alt",
    body="""
You're booked, Devin!

Session: Mock System Design interview (60 min)
When: Saturday, September 12, 10:00 AM - 11:00 AM PT
Your interviewer: Kenji, Staff Engineer (ex-big tech)
Format: anonymous video call with a shared whiteboard

Your interviewer will play the part of a real onsite interviewer and send written feedback within 24 hours, with a hire / no-hire signal and what to work on before your real loop.

Can't make it? Reschedule at least 24 hours in advance to keep your credit: https://prepwell.example/sessions/71842

Good luck!
The Prepwell team
""",
    notes="Paid mock-interview service with a named 'interviewer': practice, not a hiring process.",
)

add(
    name="oth-w10-recruiting-night-ics-sydney",
    frm="Koala Cloud Careers <events@koalacloud.example>",
    to="Sam Whitaker <sam.whitaker@example.com.au>",
    subject="You're in! Data & AI Careers Night - Thursday 23 July",
    date=(2026, 7, 10, 9, 0, "Australia/Sydney"),
    fmt="alt",
    body="""
Hi Sam,

Thanks for registering for Data & AI Careers Night at Koala Cloud.

When: Thursday 23 July 2026, 6:00pm - 8:30pm AEST
Where: Koala Cloud, Level 12, 1 Martin Place, Sydney

On the night:
6:00pm  Drinks and canapes
6:30pm  Panel: "What we look for in ML engineers" with Sophie Turner (Head of Data) and Arun Prakash (Principal ML Engineer)
7:15pm  Meet the hiring managers from our Data, ML and Analytics teams
8:30pm  Close

Bring your questions (and your CV, if you like). We're hiring across Sydney and Melbourne.

A calendar invitation is attached.

Koala Cloud Talent Team
""",
    ics=ics(
        uid="careers-night-2026-07-23@koalacloud.example",
        start="2026-07-23 18:00",
        end="2026-07-23 20:30",
        tz="Australia/Sydney",
        organizer=("Koala Cloud Careers", "events@koalacloud.example"),
        attendees=[("Sam Whitaker", "sam.whitaker@example.com.au")],
        summary="Data & AI Careers Night - Koala Cloud",
        location="Level 12, 1 Martin Place, Sydney",
        stamp="20260709T230000Z",
    ),
    ics_style="attach",
    notes="Recruiting event with hiring managers on a panel and an ICS: an event, not an interview.",
)

add(
    name="oth-w10-calendly-vendor-demo-booked",
    frm="Calendly <notifications@calendly.com>",
    to="Rachel Stein <rachel.stein@fathomhq.example>",
    subject="Confirmed: Glint Observability Demo with Jake Morrison on Thursday, October 1, 2026",
    date=(2026, 9, 25, 11, 18, "America/New_York"),
    fmt="alt",
    body="""
Hi Rachel Stein,

Your Glint Observability Demo with Jake Morrison at 1:00pm (Eastern Time - US & Canada) on Thursday, October 1, 2026 is scheduled.

Event Type:
Glint Observability Demo

Event Date/Time:
1:00pm - 1:45pm (Eastern Time - US & Canada) on Thursday, October 1, 2026

Location:
Zoom. Join: https://glint.zoom.example/j/84422103390

Description:
A 45-minute walkthrough of Glint for engineering teams: tracing, log search and cost controls, with time for your questions. Jake Morrison, Account Executive, and a solutions engineer will join.

Questions:
Company
Fathom
How many engineers are on your team?
40-60

Powered by Calendly.com
""",
    ics=ics(
        uid="91c3f0de-52a4-4b8e-8f03-7a6de4c2b1f0@calendly.com",
        start="2026-10-01 13:00",
        end="2026-10-01 13:45",
        tz="America/New_York",
        utc=True,
        organizer=("Jake Morrison", "jake.morrison@glint.example"),
        attendees=[("Rachel Stein", "rachel.stein@fathomhq.example")],
        summary="Glint Observability Demo",
        prodid="-//Calendly//Calendly Scheduling//EN",
        stamp="20260925T151800Z",
    ),
    ics_style="attach",
    notes="Calendly booking of a vendor sales demo at the user's current job; same shape as a recruiter-screen booking, but not hiring.",
)

add(
    name="oth-w10-wellfound-alert-lists-real-process",
    frm="Wellfound <jobs@mail.wellfound.example>",
    to="Maya Peretz <maya.peretz@example.co.il>",
    subject="8 new Product Designer jobs at startups you might like",
    date=(2026, 10, 23, 8, 0, "Asia/Jerusalem"),
    fmt="alt",
    body="""
Maya, here are this week's matches for "Product Designer" in Tel Aviv and remote.

Tessera - Product Designer
Tel Aviv - Seed - 12 employees - Interviewing now
Founder Noa Ben-David is actively hiring

Lumo Health - Senior Product Designer
Remote (Israel) - Series A - Responds within a week

Kav Mobility - Product Designer, Growth
Tel Aviv - Series B - ILS 28k-35k / month

Orbit Labs - Founding Designer
Remote - Pre-seed - 0.5%-1.2% equity

+ 4 more matches: https://wellfound.example/jobs?role=product-designer

You're receiving this because you set up a job alert. Manage alerts: https://wellfound.example/settings/alerts
""",
    notes="Job-alert digest that lists the company and founder of the user's real process (Tessera): still a digest, not an interview.",
)

add(
    name="oth-w10-greenhouse-candidate-survey-after-final-round",
    frm="Lumenpay via Greenhouse <no-reply@greenhouse-mail.io>",
    to="Chloe Martin <chloe.martin@example.fr>",
    subject="How was your interview with Lumenpay?",
    date=(2026, 10, 9, 10, 30, "Europe/London"),
    fmt="alt",
    body="""
Hi Chloe,

Thank you for interviewing with Lumenpay for the Senior Product Manager, Payments role on Thursday 8 October. We'd love to hear about your experience, whatever the outcome.

The survey takes about 3 minutes and your answers are anonymous: the hiring team (including your interviewers Tom, Aisha and Gareth) will only ever see aggregated results.

Take the survey: https://survey.greenhouse.example/c/7b2e41

Thank you,
Lumenpay Talent Team
""",
    notes="Candidate-experience survey after the real final round; names the past interviewers but carries no interview and no decision.",
)
