"""Reschedules and cancellations, plus a forwarded panel."""

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

# --- Outlook update SEQUENCE 1, Eastern Standard Time; new time falls after US DST end
_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E00800000000C8D1E2F3A4B5DC0100000000000000001000000077AA10",
    start="2026-11-04 15:00",
    tz="Eastern Standard Time",
    minutes=60,
    style="outlook",
    seq=1,
    summary="Interview: Jordan Reyes - Senior Actuarial Analyst",
    organizer=("Delacroix, Monique", "mdelacroix@halcyonmutual.com"),
    attendees=[
        ("Jordan Reyes", "jordan.reyes.fsa@gmail.com", "REQ-PARTICIPANT"),
        ("Whitfield, Brandon", "bwhitfield@halcyonmutual.com", "REQ-PARTICIPANT"),
    ],
    location="Microsoft Teams Meeting",
    stamp="20261029T180244Z",
)
msg(
    "h018-halcyon",
    date="Thu, 29 Oct 2026 14:02:44 -0400",
    client="outlook",
    frm=addr("Delacroix, Monique", "mdelacroix@halcyonmutual.com"),
    to="jordan.reyes.fsa@gmail.com",
    subject="Updated: Interview: Jordan Reyes - Senior Actuarial Analyst",
    body=body_outlook(
        "h018",
        """Hi Jordan,

As discussed on the phone, I've moved our interview from Monday, November 2 at 10:00 AM to Wednesday, November 4 at 3:00 PM Eastern. Brandon Whitfield, our Chief Actuary, will be joining me. The Teams link below stays the same.

Thanks for being flexible!

Monique Delacroix
Director, Actuarial Services
Halcyon Mutual Insurance Company
(860) 555-0134
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Q4>
________________________________________________________________________________
""",
        ics=_ics,
    ),
    label=L(
        "reschedule",
        "Halcyon Mutual",
        "Senior Actuarial Analyst",
        [
            P("Monique Delacroix", "mdelacroix@halcyonmutual.com", "Director, Actuarial Services"),
            P("Brandon Whitfield", "bwhitfield@halcyonmutual.com", "Chief Actuary"),
        ],
        "2026-11-04T15:00:00-05:00",
        "2026-11-04T16:00:00-05:00",
        None,
        "Outlook update SEQUENCE 1; sent in EDT, new slot in EST; organizer interviews too",
    ),
)

# --- panelist replaced + time shift, relative 'tomorrow', no zone -> sender's offset (MDT)
msg(
    "h019-ferncliff",
    date="Mon, 16 Mar 2026 11:48:03 -0600",
    client="gmail",
    frm=addr("Harper Quinlan", "harper.quinlan@ferncliffhealth.org"),
    to=addr("Ingrid Haugen", "ingrid.haugen@gmail.com"),
    subject="Change to tomorrow's interviews - Data Scientist, Clinical ML",
    body=body_gmail(
        "h019",
        """Hi Ingrid,

Two quick changes for tomorrow (Tuesday):

1. Priti Shah is out sick, so Ben Adler (Staff Data Scientist) will take her place on the modelling interview.
2. Because of that swap we need to shift the block to 3:30-4:30pm. It's still the same Zoom link.

So tomorrow you'll meet Gustavo Lima (Manager, Clinical Analytics) and Ben Adler, both in that one hour block.

Sorry for the shuffle, and thank you for rolling with it.

Harper Quinlan
Recruiting Coordinator, Ferncliff Health
Denver, CO
""",
    ),
    label=L(
        "reschedule",
        "Ferncliff Health",
        "Data Scientist, Clinical ML",
        [
            P("Gustavo Lima", None, "Manager, Clinical Analytics"),
            P("Ben Adler", None, "Staff Data Scientist"),
        ],
        "2026-03-17T15:30:00-06:00",
        "2026-03-17T16:30:00-06:00",
        None,
        "replaced panelist Priti Shah excluded; coordinator excluded; MDT already in effect",
    ),
)

# --- Greenhouse reschedule with ICS SEQUENCE 2; new date after EU DST start
_ics = event(
    method="REQUEST",
    uid="gh-5502981-interview@kranich-mobility.de",
    start="2026-03-31 11:00",
    tz="Europe/Berlin",
    minutes=60,
    style="iana",
    seq=2,
    summary="Interview: Rafael Costa <> Kranich Mobility (Data Engineer)",
    organizer=("Kranich Mobility Recruiting", "jobs@kranich-mobility.de"),
    attendees=[
        ("Rafael Costa", "rafael.costa.dev@gmail.com", "REQ-PARTICIPANT"),
        ("Aylin Demir", "aylin.demir@kranich-mobility.de", "REQ-PARTICIPANT"),
        ("Florian Wächter", "florian.waechter@kranich-mobility.de", "REQ-PARTICIPANT"),
    ],
    location="Google Meet",
    stamp="20260325T101907Z",
    prodid="-//Greenhouse Software//Interview Scheduler//EN",
)
_t = """Hi Rafael,

Your interview for Data Engineer at Kranich Mobility has been rescheduled.

New time: Tuesday, 31 March 2026, 11:00-12:00 (Berlin time)
Previously: Thursday, 26 March 2026, 14:00-15:00

Interviewers:
Aylin Demir, Senior Data Engineer
Florian Wächter, Engineering Manager, Data Platform

An updated calendar invitation is attached; please accept it and remove the old one.

Viele Grüße,
Kranich Mobility Recruiting
"""
_h = ats_html(
    "Interview rescheduled",
    [
        "Hi Rafael,",
        "Your interview for <b>Data Engineer</b> at Kranich Mobility has been rescheduled.",
        "<b>New time:</b> Tuesday, 31 March 2026, 11:00-12:00 (Berlin time)<br><s>Previously: Thursday, 26 March 2026, 14:00-15:00</s>",
        "<b>Interviewers:</b><br>Aylin Demir, Senior Data Engineer<br>Florian Wächter, Engineering Manager, Data Platform",
        "An updated calendar invitation is attached; please accept it and remove the old one.",
        "Viele Grüße,<br>Kranich Mobility Recruiting",
    ],
    "Kranich Mobility",
    "Sent via Greenhouse",
)
msg(
    "h020-kranich",
    date="Wed, 25 Mar 2026 11:19:07 +0100",
    client="plain",
    frm=addr("Kranich Mobility Recruiting", "no-reply@eu.greenhouse-mail.io"),
    to="rafael.costa.dev@gmail.com",
    reply_to="jobs@kranich-mobility.de",
    subject="Rescheduled: Interview for Data Engineer at Kranich Mobility",
    body=body_ats("h020", _t, _h, ics=_ics, cte_html="base64"),
    label=L(
        "reschedule",
        "Kranich Mobility",
        "Data Engineer",
        [
            P("Aylin Demir", "aylin.demir@kranich-mobility.de", "Senior Data Engineer"),
            P(
                "Florian Wächter",
                "florian.waechter@kranich-mobility.de",
                "Engineering Manager, Data Platform",
            ),
        ],
        "2026-03-31T11:00:00+02:00",
        "2026-03-31T12:00:00+02:00",
        None,
        "sent in CET, new slot in CEST; old time in body is a distractor",
    ),
)

# --- British law firm, '10.30', day-first, Mrs dropped
msg(
    "h021-ashcombe",
    date="Mon, 11 May 2026 16:20:51 +0100",
    client="outlook_eu",
    frm=addr("Graduate Recruitment", "graduate.recruitment@ashcombereeve.co.uk"),
    to=addr("Liam O'Connor", "liam.oconnor.law@gmail.com"),
    subject="Ashcombe & Reeve - change to your interview date",
    body=body_outlook(
        "h021",
        """Dear Liam,

I am writing regarding your partner interview for the 2028 Trainee Solicitor intake, currently scheduled for Thursday 14th May.

Unfortunately Mrs Ashcombe has been called to court that morning. Would you be able to attend on Friday 15th May at 10.30 instead? The interview will still take around 45 minutes and will be held at our London office, 12 Bream's Buildings, EC4A 1HP. You will be interviewed by Mrs Penelope Ashcombe (Senior Partner) and Mr Kofi Asante (Partner, Commercial Litigation).

Please reply to confirm. We apologise for any inconvenience.

Yours sincerely,

Harriet Cole
Graduate Recruitment Officer
Ashcombe & Reeve LLP
""",
    ),
    label=L(
        "reschedule",
        "Ashcombe & Reeve",
        "Trainee Solicitor",
        [
            P("Penelope Ashcombe", None, "Senior Partner"),
            P("Kofi Asante", None, "Partner, Commercial Litigation"),
        ],
        "2026-05-15T10:30:00+01:00",
        "2026-05-15T11:15:00+01:00",
        None,
        "British '10.30', '15th May'; honorifics Mrs/Mr dropped; graduate recruitment only schedules",
    ),
)

# --- Calendly reschedule, UTC ICS SEQUENCE 1
_ics = event(
    method="REQUEST",
    uid="4cd1e0a2-2b7f-49a5-8e3c-f0d6b2a1c9e4@calendly.com",
    start="2026-08-03 14:00",
    tz="America/Los_Angeles",
    minutes=45,
    style="utc",
    seq=1,
    summary="Chloe Bennett and Arjun Patel",
    organizer=("Arjun Patel", "arjun@brightlooplearning.com"),
    attendees=[("Chloe Bennett", "chloe.bennett.id@gmail.com", "REQ-PARTICIPANT")],
    description="Event Name: 45 Minute Interview - Instructional Designer",
    location="Zoom",
    stamp="20260730T231207Z",
)
_t = """Hi Chloe,

Your event with Arjun Patel has been rescheduled.

Event Type: 45 Minute Interview - Instructional Designer (Brightloop Learning)
Invitee: Chloe Bennett (chloe.bennett.id@gmail.com)

Updated:  2:00pm - 2:45pm, Monday, August 3, 2026 (Pacific Time - US & Canada)
Former:   11:00am - 11:45am, Friday, July 31, 2026 (Pacific Time - US & Canada)

Location: Zoom. Join details will be in the calendar invite.

Powered by Calendly.com
"""
msg(
    "h022-brightloop",
    date="Thu, 30 Jul 2026 16:12:07 -0700",
    client="plain",
    frm=addr("Calendly", "notifications@calendly.com"),
    to=addr("Chloe Bennett", "chloe.bennett.id@gmail.com"),
    reply_to="arjun@brightlooplearning.com",
    subject="Updated: 45 Minute Interview - Instructional Designer with Arjun Patel on Monday, August 3, 2026",
    body=body_ats(
        "h022",
        _t,
        ats_html(
            "Event rescheduled",
            [x.replace("\n", "<br>") for x in _t.split("\n\n")],
            "Calendly",
            "Powered by Calendly.com",
        ),
        ics=_ics,
    ),
    label=L(
        "reschedule",
        "Brightloop Learning",
        "Instructional Designer",
        [P("Arjun Patel", "arjun@brightlooplearning.com", None)],
        "2026-08-03T14:00:00-07:00",
        "2026-08-03T14:45:00-07:00",
        None,
        "Calendly reschedule notice; former time is a distractor",
    ),
)

# --- iPhone, short Portuguese/English, relative days, Brazil (no DST)
msg(
    "h023-cajuina",
    date="Wed, 19 Aug 2026 18:31:40 -0300",
    client="iphone",
    frm=addr("Beatriz Moura", "beatriz@cajuina.tech"),
    to=addr("Rafael Costa", "rafael.costa.dev@gmail.com"),
    subject="Re: Entrevista Product Designer",
    in_reply_to="<5C1E2A77-19B0-4C8A-8D11-0E7F52D3B6AA@cajuina.tech>",
    body=body_apple(
        "h023",
        """Oi Rafael, so sorry - I have a conflict tomorrow at 11h. Can we do Friday, same time? Diego can make Friday too. Same Meet link.

Beatriz

Enviado do meu iPhone

> Em 17 de ago. de 2026, às 10:02, Beatriz Moura <beatriz@cajuina.tech> escreveu:
>
> Oi Rafael,
>
> Obrigada pela candidatura para Product Designer! Podemos conversar quinta-feira (20/08) às 11h? Vai ser comigo e com o Diego Furtado, nosso CTO.
>
> Abraço,
> Beatriz Moura
> Head of Design | Cajuína Tech
""",
        html=False,
    ),
    label=L(
        "reschedule",
        "Cajuína Tech",
        "Product Designer",
        [
            P("Beatriz Moura", "beatriz@cajuina.tech", "Head of Design"),
            P("Diego Furtado", None, "CTO"),
        ],
        "2026-08-21T11:00:00-03:00",
        None,
        None,
        "iPhone plain; titles and role only in the quoted mail (same interview); 'Friday, same time' relative",
    ),
)

# --- Outlook request SEQUENCE 1, Singapore Standard Time; panel changed
_ics = event(
    method="REQUEST",
    uid="040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC0100000000000000001000000055CC31",
    start="2026-06-24 10:00",
    tz="Singapore Standard Time",
    minutes=90,
    style="outlook",
    seq=1,
    summary="[Rescheduled] Technical Interview - Operations Research Scientist",
    organizer=("Lim, Shu Fen", "shufen.lim@merlionfreight.sg"),
    attendees=[
        ("Goh Wei Ling", "weiling.goh@merlionfreight.sg", "REQ-PARTICIPANT"),
        ("Pillai, Rajesh", "rajesh.pillai@merlionfreight.sg", "REQ-PARTICIPANT"),
        ("Fatima Al-Sayed", "fatima.alsayed@outlook.com", "REQ-PARTICIPANT"),
    ],
    location="Merlion Freightworks, 10 Pasir Panjang Rd, Level 14",
    stamp="20260618T020015Z",
)
msg(
    "h024-merlion",
    date="Thu, 18 Jun 2026 10:00:15 +0800",
    client="outlook",
    frm=addr("Lim, Shu Fen", "shufen.lim@merlionfreight.sg"),
    to="fatima.alsayed@outlook.com",
    subject="[Rescheduled] Technical Interview - Operations Research Scientist",
    body=body_outlook(
        "h024",
        """Dear Fatima,

Please note that your technical interview has been rescheduled to Wednesday, 24 June 2026, 10:00am - 11:30am (Singapore time), at our office at 10 Pasir Panjang Road, Level 14.

Your interviewers will now be Ms Goh Wei Ling (Head of Network Planning) and Dr Rajesh Pillai (Principal Data Scientist). Mr Tan Boon Keat is no longer able to join.

Kindly accept the updated invitation. Please bring your NRIC or passport for building registration.

Best regards,
Lim Shu Fen
Talent Acquisition
Merlion Freightworks Pte Ltd
""",
        ics=_ics,
    ),
    label=L(
        "reschedule",
        "Merlion Freightworks",
        "Operations Research Scientist",
        [
            P("Goh Wei Ling", "weiling.goh@merlionfreight.sg", "Head of Network Planning"),
            P("Rajesh Pillai", "rajesh.pillai@merlionfreight.sg", "Principal Data Scientist"),
        ],
        "2026-06-24T10:00:00+08:00",
        "2026-06-24T11:30:00+08:00",
        None,
        "Windows zone Singapore Standard Time; dropped panelist Tan Boon Keat excluded; Ms/Dr dropped",
    ),
)

# --- Lever HTML-only QP reschedule; ET after DST end
_h = ats_html(
    "Your interview has been rescheduled",
    [
        "Hi Zara,",
        "Your interview with <b>Quarry Lane Studios</b> for <b>Senior Backend Engineer, Rendering Pipeline</b> has been moved to a new time.",
        "<b>Monday, November 9, 2026 at 4:00 PM ET</b> (60 minutes)",
        "<b>Interviewer:</b> Hollis Grant, VP Engineering",
        "Location: 55 Water St, 9th Floor, New York, NY",
        "We're sorry for the change. Reply to this email if the new time does not work.",
    ],
    "Quarry Lane Studios",
    "Sent with Lever · Unsubscribe",
)
msg(
    "h025-quarrylane",
    date="Fri, 30 Oct 2026 12:44:18 -0400",
    client="plain",
    frm=addr("Quarry Lane Studios", "no-reply@hire.lever.co"),
    to=addr("Zara Hussain", "zara.hussain@hey.com"),
    reply_to="recruiting@quarrylane.nyc",
    subject="Your interview with Quarry Lane Studios has been rescheduled",
    body=body_html(_h),
    label=L(
        "reschedule",
        "Quarry Lane Studios",
        "Senior Backend Engineer, Rendering Pipeline",
        [P("Hollis Grant", None, "VP Engineering")],
        "2026-11-09T16:00:00-05:00",
        "2026-11-09T17:00:00-05:00",
        None,
        "Lever HTML-only; ET is EST on Nov 9",
    ),
)

# ============================ cancellations ============================
_ics = event(
    method="CANCEL",
    uid="040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC0100000000000000001000000012FE98",
    start="2026-09-22 10:00",
    tz="Pacific Standard Time",
    minutes=60,
    style="outlook",
    seq=1,
    summary="Canceled: Technical Interview - Yield Engineer",
    organizer=("Nakamura, Ellen", "ellen.nakamura@cobaltline.com"),
    attendees=[
        ("Kwon, Min-jun", "minjun.kwon@cobaltline.com", "REQ-PARTICIPANT"),
        ("Daniel Weiss", "daniel.weiss.pe@gmail.com", "REQ-PARTICIPANT"),
    ],
    stamp="20260921T224011Z",
)
msg(
    "h026-cobaltline",
    date="Mon, 21 Sep 2026 15:40:11 -0700",
    client="outlook",
    frm=addr("Nakamura, Ellen", "ellen.nakamura@cobaltline.com"),
    to="daniel.weiss.pe@gmail.com",
    subject="Canceled: Technical Interview - Yield Engineer",
    body=body_outlook(
        "h026",
        """Hi Daniel,

I'm sorry for the late notice, but we need to cancel tomorrow's technical interview. Min-jun has had a family emergency and will be out for the rest of the week. I'll be in touch with new options as soon as I know his availability.

Ellen Nakamura
Technical Recruiter | Cobaltline Semiconductors
""",
        ics=_ics,
        method="CANCEL",
    ),
    headers=("Importance: high",),
    label=L(
        "cancellation",
        "Cobaltline Semiconductors",
        "Yield Engineer",
        [],
        "2026-09-22T10:00:00-07:00",
        "2026-09-22T11:00:00-07:00",
        None,
        "Outlook CANCEL, Pacific Standard Time; start/end = the cancelled slot",
    ),
)

msg(
    "h027-mosswood",
    date="Tue, 10 Nov 2026 09:15:27 +0000",
    client="gmail",
    frm=addr("Imogen Fairley", "imogen@mosswoodpublishing.co.uk"),
    to=addr("Chloe Bennett", "chloebennett.writes@gmail.com"),
    subject="Managing Editor - Friday",
    in_reply_to="<CAF9dRz1s=Q@mail.gmail.com>",
    body=body_gmail(
        "h027",
        """Dear Chloe,

I'm so sorry to have to write this. I'm afraid we need to cancel Friday's 2pm interview: the Managing Editor role has been put on hold while the board reviews next year's list, and I don't want to take up your time until we know where we stand.

I genuinely hope we can pick this up in the new year, and I'll contact you directly if the role reopens.

With apologies and best wishes,
Imogen

Imogen Fairley
Publisher, Mosswood Publishing
""",
    ),
    label=L(
        "cancellation",
        "Mosswood Publishing",
        "Managing Editor",
        [],
        "2026-11-13T14:00:00+00:00",
        None,
        None,
        "role on hold; 'Friday's 2pm' relative to Tue 10 Nov; vague reopening",
    ),
)

_ics = event(
    method="CANCEL",
    uid="3q9v2e0k7m4r1t8s6b5n0c2x1z@google.com",
    start="2026-06-04 13:00",
    tz="Europe/Oslo",
    minutes=60,
    style="google",
    seq=2,
    summary="Final interview - Ingrid Haugen (Fjordlys Energi)",
    organizer=("Eirik Solberg", "eirik.solberg@fjordlys.no"),
    attendees=[
        ("Eirik Solberg", "eirik.solberg@fjordlys.no", "CHAIR"),
        ("ingrid.haugen@gmail.com", "ingrid.haugen@gmail.com", "REQ-PARTICIPANT"),
        ("Kari Nygård", "kari.nygard@fjordlys.no", "REQ-PARTICIPANT"),
    ],
    stamp="20260601T071002Z",
)
_t = """This event has been cancelled.

Final interview - Ingrid Haugen (Fjordlys Energi)
Thursday 4 Jun 2026 ⋅ 13:00 – 14:00 (Central European Summer Time - Oslo)

Organiser
Eirik Solberg
eirik.solberg@fjordlys.no

Guests
Eirik Solberg - organiser
ingrid.haugen@gmail.com
Kari Nygård

Invitation from Google Calendar
"""
msg(
    "h028-fjordlys",
    date="Mon, 01 Jun 2026 07:10:02 +0000",
    client="gmail",
    frm=addr("Eirik Solberg", "eirik.solberg@fjordlys.no"),
    to="ingrid.haugen@gmail.com",
    subject="Cancelled event: Final interview - Ingrid Haugen (Fjordlys Energi) @ Thu 4 Jun 2026 13:00 - 14:00 (CEST) (ingrid.haugen@gmail.com)",
    body=body_gmail("h028", _t, ics=_ics, method="CANCEL"),
    msgid="<calendar-6a1f0d2c-77b9-4e1e-9b8d-35c0aa9f1e02@google.com>",
    label=L(
        "cancellation",
        "Fjordlys Energi",
        None,
        [],
        "2026-06-04T13:00:00+02:00",
        "2026-06-04T14:00:00+02:00",
        None,
        "Google Calendar cancellation; Date header in UTC; role not stated",
    ),
)

_h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Jordan,</p>
<p>Your interview for <b>Branch Manager - Lakewood</b> (Job Requisition R-20931) scheduled for <b>Tuesday, March 3, 2026 1:30 PM MST</b> has been cancelled.</p>
<p>A member of our Talent Acquisition team will contact you if another interview is needed.</p>
<p>Thank you,<br>Granite Peak Credit Union Talent Acquisition</p>
<p style="font-size:11px;color:#777">Please do not reply to this message. This mailbox is not monitored.</p>
</body></html>
"""
msg(
    "h029-granitepeak",
    date="Fri, 27 Feb 2026 22:03:50 +0000",
    client="plain",
    frm=addr("Granite Peak Credit Union", "granitepeakcu@myworkday.com"),
    to="jordan.reyes.work@outlook.com",
    subject="Interview Cancelled: Branch Manager - Lakewood",
    body=body_html(_h, cte="quoted-printable"),
    label=L(
        "cancellation",
        "Granite Peak Credit Union",
        "Branch Manager - Lakewood",
        [],
        "2026-03-03T13:30:00-07:00",
        None,
        None,
        "Workday HTML-only; requisition id stripped",
    ),
)

msg(
    "h030-vltava",
    date="Mon, 7 Sep 2026 10:12:40 +0200",
    client="plain",
    frm=addr("Tereza Horáková", "tereza.horakova@vltava-robotics.cz"),
    to=addr("Marek Nowak", "marek.nowak@uw.edu.pl"),
    subject=("Re: Withdrawal - Embedded Software Engineer"),
    in_reply_to="<0a1b2c3d-4e5f@uw.edu.pl>",
    headers=("User-Agent: Mozilla Thunderbird", "Content-Language: cs"),
    body=body_plain(
        """Dear Marek,

thank you for letting us know, and congratulations on the new position. As requested, I have cancelled your interview on Wednesday 9 September at 9:00 with Ondřej and the team.

We would be happy to hear from you again in the future.

Best regards,
Tereza Horáková
HR Specialist, Vltava Robotics s.r.o.

On 06. 09. 26 21:40, Marek Nowak wrote:
> Dear Ms Horáková,
>
> I have accepted another offer and would like to withdraw my application
> for the Embedded Software Engineer position. Please cancel the interview
> planned for 9 September.
>
> Kind regards,
> Marek Nowak
""",
        cte="quoted-printable",
    ),
    label=L(
        "cancellation",
        "Vltava Robotics",
        "Embedded Software Engineer",
        [],
        "2026-09-09T09:00:00+02:00",
        None,
        None,
        "cancelled at the candidate's request; Czech sender",
    ),
)

_ics = event(
    method="CANCEL",
    uid="ashby-interview-6e2b1d90-77aa-4f3c-bb0e-9d4f1a2c3b4d@ashbyhq.com",
    start="2026-05-19 12:00",
    tz="America/Chicago",
    minutes=45,
    style="iana",
    seq=1,
    summary="Juniper Row: Interview with Noah Goldberg",
    organizer=("Juniper Row Recruiting", "recruiting@juniperrow.com"),
    attendees=[
        ("Noah Goldberg", "noah.goldberg@icloud.com", "REQ-PARTICIPANT"),
        ("Talia Brooks", "talia@juniperrow.com", "REQ-PARTICIPANT"),
    ],
    stamp="20260515T150141Z",
    prodid="-//Ashby//Ashby Scheduling//EN",
)
_t = """Hi Noah,

Your Growth Marketing Manager interview with Talia Brooks on Tuesday, May 19, 2026 at 12:00 PM CDT has been canceled.

Our recruiting team will follow up with next steps.

Juniper Row
"""
msg(
    "h031-juniperrow",
    date="Fri, 15 May 2026 15:01:41 +0000",
    client="plain",
    frm=addr("Juniper Row", "no-reply@ashbyhq.com"),
    to="noah.goldberg@icloud.com",
    reply_to="recruiting@juniperrow.com",
    subject="Canceled: Growth Marketing Manager interview with Juniper Row",
    body=body_ats(
        "h031",
        _t,
        ats_html(
            "Interview canceled",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Juniper Row",
            "Powered by Ashby",
        ),
        ics=_ics,
        method="CANCEL",
    ),
    label=L(
        "cancellation",
        "Juniper Row",
        "Growth Marketing Manager",
        [],
        "2026-05-19T12:00:00-05:00",
        "2026-05-19T12:45:00-05:00",
        None,
        "Ashby CANCEL with VTIMEZONE",
    ),
)

msg(
    "h032-harborview",
    date="Thu, 12 Feb 2026 09:05:12 -0500",
    client="iphone",
    frm=addr("Dana Whitcombe", "dana.whitcombe@harborviewdental.com"),
    to=addr("Hannah Okafor", "hannah.okafor@outlook.com"),
    subject="Today's call",
    body=body_apple(
        "h032",
        """Hi Hannah - I need to cancel our 3pm call today for the Practice Operations Manager role, our office lost power and I'm dealing with patients being moved. I'll send you a new link to pick a time. Really sorry!

Dana Whitcombe
Talent Acquisition, Harborview Dental Group

Sent from my iPhone""",
        html=False,
    ),
    label=L(
        "cancellation",
        "Harborview Dental Group",
        "Practice Operations Manager",
        [],
        "2026-02-12T15:00:00-05:00",
        None,
        None,
        "short iPhone note; 'today 3pm' from the Date header",
    ),
)

_ics = event(
    method="CANCEL",
    uid="040000008200E00074C5B7101A82E0080000000099DD1122EEFFDC0100000000000000001000000033AB77",
    start="2026-04-07 14:00",
    tz="AUS Eastern Standard Time",
    minutes=60,
    style="outlook",
    seq=2,
    summary="Canceled: Interview - Claims Team Leader - Oluwaseun Adeyemi",
    organizer=("Pham, Linh", "linh.pham@bluegum.com.au"),
    attendees=[
        ("Oluwaseun Adeyemi", "seun.adeyemi@outlook.com", "REQ-PARTICIPANT"),
        ("McAllister, Grant", "grant.mcallister@bluegum.com.au", "REQ-PARTICIPANT"),
    ],
    stamp="20260401T003312Z",
)
msg(
    "h033-bluegum",
    date="Wed, 1 Apr 2026 11:33:12 +1100",
    client="outlook",
    frm=addr("Pham, Linh", "linh.pham@bluegum.com.au"),
    to="seun.adeyemi@outlook.com",
    subject="Canceled: Interview - Claims Team Leader - Oluwaseun Adeyemi",
    body=body_outlook(
        "h033",
        """Hi Seun,

Unfortunately Grant is no longer available next Tuesday so I've cancelled the invitation for now. I'll come back to you with a couple of alternative times shortly.

Kind regards,
Linh Pham
Talent Acquisition Advisor | Blue Gum Insurance
""",
        ics=_ics,
        method="CANCEL",
    ),
    label=L(
        "cancellation",
        "Blue Gum Insurance",
        "Claims Team Leader",
        [],
        "2026-04-07T14:00:00+10:00",
        "2026-04-07T15:00:00+10:00",
        None,
        "Outlook CANCEL, AUS Eastern Standard Time; sent in AEDT, slot in AEST after 5 Apr",
    ),
)

# --- forward from recruiter: the forwarded internal note IS the panel
msg(
    "h034-tessellate",
    date="Tue, 1 Dec 2026 10:47:30 -0800",
    client="gmail",
    frm=addr("Gwen Halvorsen", "gwen@tessellate.ai"),
    to=addr("Aarav Mehta", "aarav.mehta93@gmail.com"),
    subject="Fwd: Aarav - onsite loop Thursday",
    body=body_gmail(
        "h034",
        """Hi Aarav, forwarding the loop for Thursday so you know who you'll meet. All times Pacific, we're at 500 Howard St, 4th floor. See you then!

Gwen

Gwen Halvorsen
Recruiting, Tessellate

---------- Forwarded message ---------
From: Gwen Halvorsen <gwen@tessellate.ai>
Date: Mon, Nov 30, 2026 at 4:12 PM
Subject: Aarav - onsite loop Thursday
To: <interviewers-ml@tessellate.ai>

Team, loop for Aarav Mehta (ML Infrastructure Engineer), Thursday Dec 3:

10:00-10:45  Systems design - Rukmini Iyer (Staff Engineer)
10:45-11:30  Coding - Thomas Becker (Senior Engineer)
11:30-12:15  Lunch / culture - Camila Restrepo (Engineering Manager)

Feedback in the scorecard by Friday please.
Gwen
""",
    ),
    label=L(
        "invitation",
        "Tessellate",
        "ML Infrastructure Engineer",
        [
            P("Rukmini Iyer", None, "Staff Engineer"),
            P("Thomas Becker", None, "Senior Engineer"),
            P("Camila Restrepo", None, "Engineering Manager"),
        ],
        "2026-12-03T10:00:00-08:00",
        "2026-12-03T12:15:00-08:00",
        None,
        "forwarded internal note carries the panel; 'Feedback by Friday' is internal, not a decision date",
    ),
)
