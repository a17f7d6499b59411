# ruff: noqa: E501
from lib import add

add(
    name="inv-assessment-centre-uk",
    kind="invitation",
    frm="Graduate Recruitment <graduates@albion-rail.example>",
    to="Daniel O'Connor <dan.oconnor@example.co.uk>",
    subject="Albion Rail Graduate Scheme 2027 - Assessment Centre invitation",
    date=(2026, 2, 23, 12, 0, "Europe/London"),
    fmt="alt64",
    body="""
Dear Daniel,

Congratulations! Following your video interview, we are delighted to invite you to our Assessment Centre for the Engineering Graduate Scheme 2027.

Date: Thursday 12th March 2026
Time: 09:30 – 16:00 (registration from 09:00)
Venue: Albion Rail, 1 Eversholt Street, London NW1 2DN

The day includes a group exercise, a technical presentation and a competency interview with two of our engineers. Lunch is provided.

Please confirm your attendance via the candidate portal by Friday 27th February.

Kind regards,
Graduate Recruitment Team
Albion Rail
""",
    company="Albion Rail",
    role="Engineering Graduate Scheme 2027",
    start="2026-03-12 09:30",
    end="2026-03-12 16:00",
    tz="Europe/London",
    notes="Assessment centre; the assessors are not named, so no interviewers. GMT in March (before Mar 29). 'confirm by' is a candidate deadline.",
)

add(
    name="inv-hirevue-one-way",
    kind="invitation",
    frm="Marlowe Retail via HireVue <noreply@hirevue.example>",
    to="Sarah Kim <sarah.kim@example.net>",
    subject="Next step: complete your on-demand interview for Marlowe Retail",
    date=(2026, 9, 2, 14, 5, "America/New_York"),
    fmt="html64",
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Sarah,</p>
<p>Thank you for applying for the <b>Merchandise Planning Analyst</b> position with Marlowe Retail. The next step is an on-demand video interview: you'll answer five questions on camera, at a time that suits you.</p>
<p><a href="https://app.hirevue.example/i/mr-77120">Start your interview</a></p>
<p>Please complete it within 5 days of receiving this email. It takes about 25 minutes.</p>
<p>Good luck!<br>Marlowe Retail Talent Acquisition</p>
</body></html>
""",
    company="Marlowe Retail",
    role="Merchandise Planning Analyst",
    notes="One-way recorded video interview: it asks the user to interview, but there is no live interviewer and no fixed time.",
)

add(
    name="inv-html-list-linkedin",
    kind="invitation",
    frm="Nora Quist <nora@pebblestack.example>",
    to="Oluwaseun Adeyemi <seun.adeyemi@example.org>",
    subject="Pebblestack final round - Wed 10/7",
    date=(2026, 9, 30, 11, 12, "America/Toronto"),
    fmt="html",
    html="""<div dir="ltr"><div>Hi Seun,</div><div><br></div>
<div>We're excited to invite you to the final round for <b>Senior Security Engineer</b>! It's on <b>Wednesday, October 7, from 1:00 to 3:00 PM ET</b> at our Toronto office (215 Spadina Ave, 4th floor).</div><div><br></div>
<div>You'll meet:</div>
<ul>
<li><a href="https://www.linkedin.example/in/rahimkhan">Rahim Khan</a> &ndash; CISO</li>
<li><a href="https://www.linkedin.example/in/claire-tremblay">Claire Tremblay</a> &ndash; Staff Security Engineer</li>
<li><a href="https://www.linkedin.example/in/dmorin">Dominic Morin</a> &ndash; Engineering Director, Infrastructure</li>
</ul>
<div>Lunch with the team follows (not part of the evaluation). Let me know if you need parking.</div><div><br></div>
<div>Cheers,</div><div>Nora</div>
<div>--</div><div>Nora Quist | Talent Partner | Pebblestack</div></div>
""",
    company="Pebblestack",
    role="Senior Security Engineer",
    interviewers=[
        ("Rahim Khan", None, "CISO"),
        ("Claire Tremblay", None, "Staff Security Engineer"),
        ("Dominic Morin", None, "Engineering Director, Infrastructure"),
    ],
    start="2026-10-07 13:00",
    end="2026-10-07 15:00",
    tz="America/Toronto",
    notes="HTML-only Gmail-style message, interviewers as linked list items; EDT in October.",
)

add(
    name="rej-after-screen-quotes-invite",
    kind="rejection",
    frm="Tessa Morgan <tessa@quarrylabs.example>",
    to="Oluwaseun Adeyemi <seun.adeyemi@example.org>",
    subject="Re: Quick call about the Site Reliability Engineer role?",
    date=(2026, 3, 19, 9, 40, "America/Los_Angeles"),
    fmt="qp",
    in_reply_to="<seun-reply-quarry@mail.example.org>",
    body="""
Hi Seun,

Thanks again for the chat last week. I shared my notes with the hiring team, and they've decided to focus on candidates with more hands-on Kubernetes operations experience, so we won't be moving ahead with your application.

I really enjoyed talking with you and wish you the best in your search.

Tessa

On Tue, Mar 10, 2026 at 1:02 PM Tessa Morgan <tessa@quarrylabs.example> wrote:
> Hi Seun,
>
> Thanks for applying to Quarry Labs! I'm the recruiter for our Site
> Reliability Engineer opening and I'd love to do a quick intro call — 30
> minutes, just you and me.
>
> Does Thursday (3/12) at 2:00 PM Pacific work?
""",
    company="Quarry Labs",
    role="Site Reliability Engineer",
    notes="Rejection in the invitation's thread; the quoted invitation's time and people are history.",
)

add(
    name="nxt-early-next-week-vague",
    kind="next_steps",
    frm="Owen Price <owen@northbeam.example>",
    to="Emma Lindqvist <emma.lindqvist@example.se>",
    subject="thanks!",
    date=(2026, 11, 17, 13, 5, "America/New_York"),
    fmt="plain",
    body="""
Emma - really enjoyed the conversation this morning, thank you. Rachel and I are comparing notes with Ellie this week; you should hear from us early next week one way or the other.

Owen

Sent from my iPhone
""",
    company="Northbeam",
    role=None,
    notes="'early next week' is vague: no decision date.",
)

add(
    name="nxt-india-by-20th-nov",
    kind="next_steps",
    frm="Sneha Kulkarni <sneha.k@kestrelsystems.example>",
    to="Rahul Iyer <rahul.iyer@example.in>",
    subject="RE: Interview Scheduled | Senior QA Engineer | Kestrel Systems",
    date=(2026, 11, 13, 10, 20, "Asia/Kolkata"),
    fmt="plain",
    in_reply_to="<rahul-ack-kestrel@mail.example.in>",
    body="""
Hi Rahul,

Thank you for attending the Technical Round 1 yesterday. Your feedback from the panel is positive. The final HR discussion will be planned after Diwali holidays and we will share the final decision by 20th Nov.

Thanks & Regards,
Sneha Kulkarni
Talent Acquisition | Kestrel Systems Pvt. Ltd.
""",
    company="Kestrel Systems",
    role="Senior QA Engineer",
    decision_by="2026-11-20",
    notes="Indian English '20th Nov', year from the Date header.",
)

add(
    name="oth-informational-coffee",
    kind="other",
    frm="Grace Liu <grace.liu@lumenhealth.example>",
    to="Jamal Carter <jamal.carter@example.com>",
    subject="Re: coffee?",
    date=(2026, 4, 6, 20, 15, "America/Chicago"),
    fmt="plain",
    in_reply_to="<jamal-coffee@mail.example.com>",
    body="""
Hi Jamal! Of course — always happy to help a fellow Wildcat. Thursday at 8:30 at Sawada Coffee works. Fair warning: we're not hiring PMs right now, but I'm glad to tell you what product work in health tech is like.

Grace

> Hi Grace, I'm a Northwestern alum exploring product roles in health tech.
> Would you have 20 minutes for a coffee sometime next week?
""",
    notes="Informational coffee the user asked for; the writer says there is no opening: not an interview.",
)

add(
    name="oth-recruiter-cold-outreach-agency",
    kind="other",
    frm="Priya Bhatt <priya@talentbridge-staffing.example>",
    to="Rahul Iyer <rahul.iyer@example.in>",
    subject="Exciting QA Lead opportunity - 25 LPA - Pune",
    date=(2026, 10, 5, 11, 0, "Asia/Kolkata"),
    fmt="plain",
    body="""
Hi Rahul,

Hope you are doing well! I came across your profile on a job portal and have an exciting opportunity for a QA Lead role with a leading MNC in Pune (budget up to 25 LPA).

If interested, please share your updated CV, current CTC, expected CTC and notice period.

Regards,
Priya Bhatt
Talent Bridge Staffing
""",
    notes="Unsolicited agency outreach before any application; no employer named. Not an info_request in a hiring conversation the user started.",
)
