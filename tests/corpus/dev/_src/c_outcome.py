# ruff: noqa: E501
from lib import add
from mime import addr, hdr

# ---------------------------------------------------------------- next steps
add(
    name="nxt-end-of-next-week",
    kind="next_steps",
    frm="Jordan Blake <jordan.blake@brightline-dx.example>",
    to="Mei Lin Chen <meilin.chen@example.com>",
    subject="Thank you + next steps",
    date=(2026, 6, 11, 17, 5, "America/New_York"),
    fmt="alt",
    body="""
Hi Mei Lin,

Thanks again for coming in today — the team really enjoyed meeting you, and your whiteboard session on the claims pipeline got a lot of nods.

We have two more candidates finishing their onsites this week. We expect to make a decision by end of next week, and I'll reach out either way.

Have a great weekend,
Jordan

Jordan Blake
Senior Recruiter, Brightline Diagnostics
""",
    company="Brightline Diagnostics",
    role=None,
    decision_by="2026-06-19",
    notes="'by end of next week' from Thu Jun 11 = Fri Jun 19.",
)

add(
    name="nxt-within-two-weeks",
    kind="next_steps",
    frm="Talent Team <talent@grainger-wells.example>",
    to="pedro.alves@example.com.br",
    subject="Grainger & Wells - interview follow-up",
    date=(2026, 3, 23, 10, 14, "America/Chicago"),
    fmt="plain",
    body="""
Dear Pedro,

Thank you for interviewing with Grainger & Wells for the Supply Chain Analyst position. We appreciated the opportunity to learn more about your experience.

Our interview team is now reviewing all candidates, and you can expect to hear from us regarding a decision within 2 weeks.

Regards,
Grainger & Wells Talent Team
""",
    company="Grainger & Wells",
    role="Supply Chain Analyst",
    decision_by="2026-04-06",
    notes="'within 2 weeks' from Mon Mar 23 = Apr 6.",
)

add(
    name="nxt-five-business-days",
    kind="next_steps",
    frm="Aisha Karim <aisha.karim@copperpot.example>",
    to="Jamal Carter <jamal.carter@example.com>",
    subject="Re: Thank you!",
    date=(2026, 9, 8, 14, 12, "America/New_York"),
    fmt="qp",
    in_reply_to="<jamal-ty-01@mail.example.com>",
    body="""
Hi Jamal,

Thank you for the kind note — it was a pleasure. Quick update on the process: we're wrapping up final interviews this week and will make a decision within 5 business days. Either way, you'll hear from me directly.

Aisha

Aisha Karim
Engineering Manager, Copperpot

On Tue, Sep 8, 2026 at 9:01 AM Jamal Carter <jamal.carter@example.com> wrote:
> Hi Aisha,
> Thank you for yesterday's conversation about the Mobile Engineer role —
> I especially enjoyed hearing how the team ships weekly.
> Best, Jamal
""",
    company="Copperpot",
    role="Mobile Engineer",
    decision_by="2026-09-15",
    notes="'within 5 business days' from Tue Sep 8 = Tue Sep 15 (weekends skipped, no holiday in between). Role from the quoted thank-you.",
)

add(
    name="nxt-by-the-24th",
    kind="next_steps",
    frm="Grace Oyelowo <grace@finchley-studio.example>",
    to="daniel.oconnor@example.co.uk",
    subject="Where things stand",
    date=(2026, 7, 10, 12, 30, "Europe/London"),
    fmt="plain",
    body="""
Hi Daniel,

Just a quick note so you're not left wondering. Matt and I loved your portfolio interview, and we're now seeing the last two people for the Motion Designer role next week. We'll let everyone know by the 24th.

Thanks for your patience,
Grace

Grace Oyelowo
Studio Manager, Finchley Studio
""",
    company="Finchley Studio",
    role="Motion Designer",
    decision_by="2026-07-24",
    notes="'by the 24th' from Jul 10 = Jul 24.",
)

add(
    name="nxt-coming-weeks-vague",
    kind="next_steps",
    frm="Recruiting at Orbitly <recruiting@orbitly.example>",
    to="minh.nguyen@example.com",
    subject="Update on your application for Data Engineer, Streaming",
    date=(2026, 12, 1, 9, 0, "America/Los_Angeles"),
    fmt="alt64",
    body="""
Hi Minh,

Thank you for completing your interviews for Data Engineer, Streaming. We wanted to let you know that the team is still meeting candidates, and with the holidays approaching we expect to share an update in the coming weeks.

We appreciate your patience and your interest in Orbitly.

Warmly,
The Orbitly Recruiting Team
""",
    company="Orbitly",
    role="Data Engineer, Streaming",
    decision_by=None,
    notes="'in the coming weeks' is vague: no decision date.",
)

add(
    name="nxt-uk-dayfirst-decision",
    kind="next_steps",
    frm="Fiona MacLeod <fiona.macleod@thistle-housing.example>",
    to="Kwame Mensah <kwame.mensah@example.com>",
    subject="Housing Data Officer - after your interview",
    date=(2026, 11, 25, 15, 47, "Europe/London"),
    fmt="qp",
    body="""
Dear Kwame,

Thank you for attending interview for the Housing Data Officer post on Monday. The panel is completing interviews this week and next, and we hope to let all candidates know the outcome by Friday 4th December.

If you have any questions in the meantime, please do get in touch.

Kind regards,

Fiona MacLeod
Recruitment Advisor
Thistle Housing Association
""",
    company="Thistle Housing Association",
    role="Housing Data Officer",
    decision_by="2026-12-04",
    notes="British wording and date; Monday's interview is in the past.",
)

add(
    name="nxt-final-decision-wednesday",
    kind="next_steps",
    frm="Hiroshi Sato <hiroshi.sato@kumo-robotics.example>",
    to="Aiko Tanaka <aiko.tanaka@example.jp>",
    subject="Kumo Robotics - status",
    date=(2026, 10, 15, 11, 20, "Asia/Tokyo"),
    fmt="plain",
    body="""
Dear Tanaka-san,

Thank you for visiting our office on Tuesday. The interview panel will meet next week and we will make a final decision on Wednesday. I will contact you on that day.

Sincerely,
Hiroshi Sato
HR Manager, Kumo Robotics
""",
    company="Kumo Robotics",
    role=None,
    decision_by="2026-10-21",
    notes="'on Wednesday' after 'next week' from Thu Oct 15 = Wed Oct 21.",
)

add(
    name="nxt-candidate-deadline-quoted",
    kind="next_steps",
    frm="Kelsey Grant <kelsey@sprucewood.example>",
    to="Sofía Ramírez <sofia.ramirez@example.net>",
    subject="Re: Timeline question",
    date=(2026, 11, 16, 13, 11, "America/New_York"),
    fmt="alt",
    in_reply_to="<sofia-timeline-4@mail.example.net>",
    body="""
Hi Sofía,

Thanks for being upfront about this, and congratulations on the other offer! We're finishing debriefs for the Senior Content Designer role now. I'll push the team and get back to you as soon as I can.

Kelsey

Kelsey Grant | Recruiter | Sprucewood

On Mon, Nov 16, 2026 at 8:40 AM Sofía Ramírez <sofia.ramirez@example.net> wrote:
> Hi Kelsey,
> I wanted to let you know I've received an offer from another company and
> need to give them an answer by Friday, November 20. Sprucewood is my first
> choice — is there any chance of a decision before then?
> Thanks, Sofía
""",
    company="Sprucewood",
    role="Senior Content Designer",
    decision_by=None,
    notes="The only date is the candidate's own deadline in the quote; the employer promises 'as soon as I can' (vague).",
)

add(
    name="nxt-ten-days",
    kind="next_steps",
    frm="Olga Petrenko <olga.petrenko@vitrum.example>",
    to="Tomasz Kowalski <t.kowalski@example.pl>",
    subject="Thank you for the interview",
    date=(2026, 2, 2, 16, 0, "Europe/Warsaw"),
    fmt="plain",
    body="""
Hello Tomasz,

Thank you for the interview today for the DevOps Engineer position — Piotr and Marta were happy with the technical discussion. We still have two interviews scheduled, and you will hear from us within 10 days.

Best regards,
Olga Petrenko
HR Specialist, Vitrum
""",
    company="Vitrum",
    role="DevOps Engineer",
    decision_by="2026-02-12",
    notes="'within 10 days' from Feb 2 = Feb 12 (calendar days).",
)

add(
    name="nxt-german-spaetestens",
    kind="next_steps",
    frm=addr("Jürgen Weiß", "j.weiss@helio-energie.example"),
    to="Tomasz Kowalski <t.kowalski@example.pl>",
    subject=hdr("Ihr Vorstellungsgespräch bei Helio Energie / next steps"),
    date=(2026, 10, 20, 14, 25, "Europe/Berlin"),
    fmt="qp",
    body="""
Sehr geehrter Herr Kowalski,

vielen Dank für das angenehme Gespräch heute. Wir führen noch zwei weitere Gespräche und melden uns bis spätestens 30.10. mit einer Entscheidung bei Ihnen.

(Thank you for today's interview. We have two more interviews and will get back to you with a decision by 30.10. at the latest.)

Mit freundlichen Grüßen
Jürgen Weiß
HR Business Partner, Helio Energie GmbH
""",
    company="Helio Energie",
    role=None,
    decision_by="2026-10-30",
    notes="German 'bis spätestens 30.10.' (day-first, year from the Date header).",
)

# ---------------------------------------------------------------- rejections
add(
    name="rej-greenhouse-after-app",
    kind="rejection",
    frm="Lattice Point <no-reply@us.greenhouse-mail.io>",
    to="noah.schwartz@example.com",
    subject="Your application to Lattice Point",
    date=(2026, 4, 2, 11, 0, "America/New_York"),
    fmt="alt64",
    body="""
Hi Noah,

Thank you for your interest in the Staff Platform Engineer position at Lattice Point. We truly appreciate the time you took to apply.

After reviewing your application, we have decided not to move forward at this time. We receive many applications and this decision is not an easy one.

We encourage you to keep an eye on our careers page for future opportunities.

Best regards,
Lattice Point Recruiting
""",
    company="Lattice Point",
    role="Staff Platform Engineer",
    notes="Greenhouse rejection without interview.",
)

add(
    name="rej-after-final-warm",
    kind="rejection",
    frm="Renata Oliveira <renata@brightwave.example>",
    to="Mei Lin Chen <meilin.chen@example.com>",
    subject="Brightwave - Product Designer",
    date=(2026, 7, 22, 18, 40, "America/New_York"),
    fmt="plain",
    body="""
Hi Mei Lin,

I wanted to reach out personally. Thank you for all the time you gave us over the last few weeks — your portfolio review was one of the strongest we saw.

This was a genuinely hard call, but we've decided to offer the role to another candidate whose experience with B2B design systems is a closer match for where the team is today. I know that's disappointing to hear after a full onsite.

If you're open to it, I'd love to stay in touch — we'll be hiring again in the spring.

Warmly,
Renata

Renata Oliveira
Design Director, Brightwave
""",
    company="Brightwave",
    role="Product Designer",
    notes="Personal rejection after the onsite from the hiring manager.",
)

add(
    name="rej-workday-filled",
    kind="rejection",
    frm="Crestline Insurance <crestline@myworkday.com>",
    to="Zanele Dlamini <zanele.dlamini@example.co.za>",
    subject="Update on Actuarial Analyst II (JR-118204)",
    date=(2026, 8, 3, 9, 15, "America/New_York"),
    fmt="plain",
    body="""
Dear Zanele,

Thank you for your interest in the Actuarial Analyst II (JR-118204) position at Crestline Insurance. The position has been filled, and we will not be moving forward with your candidacy.

We appreciate the time you invested in the process and encourage you to apply for other positions that match your skills.

Sincerely,
Crestline Insurance Talent Acquisition

This is an automated message. Please do not reply.
""",
    company="Crestline Insurance",
    role="Actuarial Analyst II",
    notes="Terse Workday rejection; requisition number dropped.",
)

add(
    name="rej-japanese-polite",
    kind="rejection",
    frm=f"{hdr('株式会社ミナト 採用担当', encoding='b')} <saiyo@minato-tech.example>",
    to="Minh Nguyen <minh.nguyen@example.com>",
    subject=hdr(
        "選考結果のご連絡 / Result of your application - Minato Technologies", encoding="b"
    ),
    date=(2026, 11, 13, 17, 0, "Asia/Tokyo"),
    fmt="b64",
    body="""
Minh Nguyen 様

先日はお忙しい中、面接にお越しいただき誠にありがとうございました。
慎重に選考を重ねました結果、誠に残念ながら今回はご期待に添いかねる結果となりました。
末筆ながら、Minh Nguyen 様の今後のご活躍を心よりお祈り申し上げます。

Dear Minh Nguyen,

Thank you very much for taking the time to interview with us for the Backend Engineer position. After careful consideration, we regret to inform you that we are unable to offer you a position at this time.

We sincerely wish you success in your future endeavors.

Minato Technologies Recruiting Team
""",
    company="Minato Technologies",
    role="Backend Engineer",
    notes="Japanese-style polite rejection, bilingual, base64 body.",
)

add(
    name="rej-feedback-cv-on-file",
    kind="rejection",
    frm="Tom Ashby <tom.ashby@quaystone.example>",
    to="Daniel O'Connor <dan.oconnor@example.co.uk>",
    subject="Senior Backend Engineer - feedback",
    date=(2026, 10, 20, 16, 55, "Europe/London"),
    fmt="qp",
    body="""
Hi Daniel,

Thanks for your time last Tuesday. I'm afraid we won't be progressing your application this time.

Some feedback, since you asked for it: the system design discussion was solid, but we were looking for more depth on running Postgres at scale (replication, failover, migrations under load), which is a big part of this role.

With your permission we'll keep your CV on file for 12 months, and I'd encourage you to apply again — we'll have more roles in the new year.

All the best,
Tom

Tom Ashby
Engineering Lead, Quaystone
""",
    company="Quaystone",
    role="Senior Backend Engineer",
    notes="Rejection with feedback; '12 months' on file is not a decision date.",
)

add(
    name="rej-reply-to-checkin",
    kind="rejection",
    frm="Naomi Fields <naomi.fields@verdant-ag.example>",
    to="Kenji Watanabe <kenji.watanabe@example.com>",
    subject="Re: Following up - Agronomy Data Scientist",
    date=(2026, 3, 9, 10, 2, "America/Chicago"),
    fmt="alt",
    in_reply_to="<kenji-checkin-31@mail.example.com>",
    body="""
Hi Kenji,

Thank you for following up, and I'm sorry for the delay. Unfortunately, we have decided to move forward with another candidate for the Agronomy Data Scientist role.

We really enjoyed meeting you, and I hope our paths cross again.

Best,
Naomi Fields
Talent Acquisition Manager, Verdant Ag

On Fri, Mar 6, 2026 at 4:12 PM Kenji Watanabe <kenji.watanabe@example.com> wrote:
> Hi Naomi,
> I hope you're well! When we spoke on February 20 you mentioned the team
> expected to make a decision by March 4. I wanted to check in and reiterate
> how excited I am about the role.
> Best regards,
> Kenji
""",
    company="Verdant Ag",
    role="Agronomy Data Scientist",
    notes="Rejection replying to the candidate's check-in; the decision date in the quote is history, not a new one.",
)

add(
    name="rej-lever-html",
    kind="rejection",
    frm="Copperleaf Robotics <no-reply@hire.lever.co>",
    to="Arjun Menon <arjun.menon@example.com>",
    subject="Update on your Copperleaf Robotics application",
    date=(2026, 5, 28, 14, 30, "America/Los_Angeles"),
    fmt="html",
    html="""<html><body style="font-family:-apple-system,Segoe UI,sans-serif;color:#515357">
<p>Hi Arjun,</p>
<p>Thank you so much for your interest in the <b>Embedded Software Engineer</b> role at Copperleaf Robotics and for the time you spent with our team.</p>
<p>Unfortunately, we won&#8217;t be moving forward with your candidacy. We know this isn&#8217;t the news you were hoping for.</p>
<p>We&#8217;re grateful you considered Copperleaf, and we wish you the very best.</p>
<p>&mdash; Copperleaf Robotics Talent Team</p>
<p style="font-size:11px;color:#aaa">Sent via Lever</p>
</body></html>
""",
    company="Copperleaf Robotics",
    role="Embedded Software Engineer",
    notes="Lever HTML-only rejection.",
)

add(
    name="rej-french-english",
    kind="rejection",
    frm="Claire Dubois <claire.dubois@loire-analytics.example>",
    to="Chloé Martin <chloe.martin@example.ch>",
    subject=hdr("Votre candidature – Consultant(e) Data Senior"),
    date=(2026, 6, 18, 10, 45, "Europe/Paris"),
    fmt="qp",
    body="""
Bonjour Chloé,

Nous vous remercions pour l'intérêt que vous portez à Loire Analytics et pour le temps consacré à nos entretiens.

Après mûre réflexion, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Consultant(e) Data Senior.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
Claire Dubois
Talent Acquisition, Loire Analytics
""",
    company="Loire Analytics",
    role="Consultant(e) Data Senior",
    notes="French rejection.",
)

add(
    name="rej-smartrecruiters",
    kind="rejection",
    frm="Vellum Hotels <notifications@smartrecruiters.com>",
    to="isabella.rossi@example.it",
    subject="Vellum Hotels - Your application for Front Office Manager",
    date=(2026, 6, 24, 15, 2, "Europe/Rome"),
    fmt="alt64",
    body="""
Dear Isabella,

Thank you for meeting with Paolo Greco and for your interest in the Front Office Manager position at Vellum Hotels Milano.

We regret to inform you that we have selected another candidate for this position. We will retain your details and may contact you should a suitable opportunity arise.

Kind regards,
Vellum Hotels Recruitment Team

This message was sent via SmartRecruiters on behalf of Vellum Hotels.
""",
    company="Vellum Hotels",
    role="Front Office Manager",
    notes="SmartRecruiters rejection after interview; Paolo Greco is the past interviewer, not a new one.",
)

add(
    name="rej-role-not-filled",
    kind="rejection",
    frm="Hollis Grant <hgrant@redwoodcu.example>",
    to="Sarah Kim <sarah.kim@example.net>",
    subject="Branch Operations Manager position",
    date=(2026, 11, 20, 11, 30, "America/Los_Angeles"),
    fmt="plain",
    body="""
Dear Sarah,

Thank you for your patience over the past few weeks. After your interview with Alicia, our leadership team decided to restructure the branch and will not fill the Branch Operations Manager position after all.

I'm sorry that this process did not end with an offer. You were a strong candidate, and I'd be glad to let you know if a similar role opens in 2027.

Sincerely,
Hollis Grant
HR Generalist
Redwood Credit Union
""",
    company="Redwood Credit Union",
    role="Branch Operations Manager",
    notes="Role not filled: closes the application like a rejection.",
)

# ---------------------------------------------------------------- offers
add(
    name="off-extend-reply-by-friday",
    kind="offer",
    frm="Priyanka Rao <priyanka@fieldnote.example>",
    to="Kenji Watanabe <kenji.watanabe@example.com>",
    subject="Offer - Senior iOS Engineer at Fieldnote 🎉",
    date=(2026, 4, 15, 16, 10, "America/Chicago"),
    fmt="alt",
    body="""
Hi Kenji,

I'm thrilled to extend you an offer to join Fieldnote as a Senior iOS Engineer! The whole team was unanimous.

The details are in the attached letter: base salary of $172,000, 0.15% equity vesting over four years, and a start date of your choosing in May or June.

Please take a few days to review and let us know your decision by Friday, April 24. Happy to get on a call to answer any questions.

So excited,
Priyanka

Priyanka Rao
Head of Mobile, Fieldnote
""",
    company="Fieldnote",
    role="Senior iOS Engineer",
    notes="'let us know your decision by Friday, April 24' is the candidate's deadline, not the employer's decision date.",
)

add(
    name="off-verbal-followup",
    kind="offer",
    frm="Aisha Karim <aisha.karim@copperpot.example>",
    to="Jamal Carter <jamal.carter@example.com>",
    subject="Following up on our call",
    date=(2026, 9, 14, 18, 2, "America/New_York"),
    fmt="plain",
    body="""
Jamal,

It was great to share the news on the phone just now — we'd love to have you join Copperpot as a Mobile Engineer. As I mentioned, you'll get the formal offer letter from our People team tomorrow morning, with the numbers we discussed ($148k base, sign-on bonus of $10k).

Welcome (almost) aboard!
Aisha
""",
    company="Copperpot",
    role="Mobile Engineer",
    notes="Verbal offer confirmed in writing.",
)

add(
    name="off-greenhouse-esign",
    kind="offer",
    frm="Ridgeline <no-reply@us.greenhouse-mail.io>",
    to="noah.schwartz@example.com",
    subject="Your offer from Ridgeline",
    date=(2026, 3, 20, 12, 0, "America/New_York"),
    fmt="alt64",
    body="""
Hi Noah,

Congratulations! Ridgeline is pleased to offer you the position of Backend Engineer (Payments).

Please review and sign your offer letter here:
https://app.greenhouse.io/offers/e-sign/8f2c91ab

This offer expires on March 27, 2026.

Welcome to Ridgeline!
Ridgeline People Team
""",
    company="Ridgeline",
    role="Backend Engineer (Payments)",
    notes="E-signature offer; the expiry is a candidate deadline.",
)

add(
    name="off-uk-conditional",
    kind="offer",
    frm="Fiona MacLeod <fiona.macleod@thistle-housing.example>",
    to="Kwame Mensah <kwame.mensah@example.com>",
    subject="Conditional offer of employment - Housing Data Officer",
    date=(2026, 12, 3, 12, 5, "Europe/London"),
    fmt="qp",
    body="""
Dear Kwame,

Further to your interview, I am delighted to confirm that we would like to offer you the post of Housing Data Officer at Thistle Housing Association, on a salary of £38,450 per annum (Grade 6, point 3).

This offer is conditional upon receipt of two satisfactory references and verification of your right to work in the UK. Your contract and a starter pack will follow by post.

Please confirm your acceptance by replying to this email by 10th December.

Yours sincerely,

Fiona MacLeod
Recruitment Advisor
Thistle Housing Association
""",
    company="Thistle Housing Association",
    role="Housing Data Officer",
    notes="UK conditional offer; references mentioned as a condition, still an offer; reply-by is the candidate's deadline.",
)

add(
    name="off-german-euro",
    kind="offer",
    frm="Katrin Vogel <k.vogel@helio-energie.example>",
    to="Tomasz Kowalski <t.kowalski@example.pl>",
    subject="Vertragsangebot / Offer: Data Scientist",
    date=(2026, 11, 4, 10, 0, "Europe/Berlin"),
    fmt="alt",
    body="""
Dear Tomasz,

I am very happy to tell you that we would like you to join Helio Energie as Data Scientist in my team.

Our offer: an annual gross salary of €78.000, 30 days of vacation, a start date of 1 February 2027, and hybrid work from Berlin. Jürgen will send you the contract documents today.

I hope you will say yes!

Best regards,
Katrin Vogel
Head of Data & Analytics, Helio Energie GmbH
""",
    company="Helio Energie",
    role="Data Scientist",
    notes="Offer from the hiring manager; euro amount with German number format.",
)

add(
    name="off-internship",
    kind="offer",
    frm="University Recruiting <campus@stratos-aero.example>",
    to="Ana Beatriz Souza <anabeatriz.souza@example.com.br>",
    subject="Congratulations! Your Summer 2027 Internship Offer",
    date=(2026, 10, 30, 13, 0, "America/Chicago"),
    fmt="html64",
    html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0b3d91">Congratulations, Ana Beatriz!</h2>
<p>On behalf of Stratos Aerospace, we are delighted to offer you a <b>Software Engineering Intern</b> position for Summer 2027 in Houston, TX.</p>
<ul><li>Duration: 12 weeks, starting May 24, 2027</li><li>Compensation: $42/hour plus housing stipend</li></ul>
<p>Log in to the candidate portal to view and accept your offer within 14 days.</p>
<p>We can&rsquo;t wait to have you on the team!</p>
<p>Stratos Aerospace University Recruiting</p>
</body></html>
""",
    company="Stratos Aerospace",
    role="Software Engineering Intern",
    notes="Internship offer, HTML-only base64.",
)

add(
    name="off-agency-contract",
    kind="offer",
    frm="Oscar Lindgren <oscar@northstar-search.example>",
    to="Arjun Menon <arjun.menon@example.com>",
    subject="OFFER - Fjord Energy!!",
    date=(2026, 3, 5, 9, 48, "Europe/Stockholm"),
    fmt="plain",
    body="""
Arjun!

Ingrid just called me: Fjord Energy want to offer you the Energy Trading Analyst job. NOK 780,000 base plus bonus, start 1 May, Oslo office. Formal contract from their HR this week.

Call me when you see this!!

Oscar Lindgren
Senior Consultant, Northstar Search
""",
    company="Fjord Energy",
    role="Energy Trading Analyst",
    notes="Offer relayed by the agency; the company is the client employer.",
)

add(
    name="off-docusign",
    kind="offer",
    frm="Harbor Health via DocuSign <dse_na3@docusign.net>",
    to="Sarah Kim <sarah.kim@example.net>",
    subject="Please DocuSign: Harbor Health Offer Letter - Sarah Kim",
    date=(2026, 5, 12, 15, 20, "America/Chicago"),
    fmt="alt64",
    body="""
Olivia Grant sent you a document to review and sign.

REVIEW DOCUMENT: https://na3.docusign.net/Signing/EmailStart.aspx?a=5f1e

Olivia Grant
ogrant@harborhealth.example

Hi Sarah, congratulations! Attached is your offer letter for the Clinical Data Analyst position. Please review and sign at your earliest convenience. Welcome to Harbor Health!

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""",
    company="Harbor Health",
    role="Clinical Data Analyst",
    notes="Offer letter sent through DocuSign; company is the employer, not DocuSign.",
)

# ---------------------------------------------------------------- info requests
add(
    name="info-references-by-friday",
    kind="info_request",
    frm="Jordan Blake <jordan.blake@brightline-dx.example>",
    to="Mei Lin Chen <meilin.chen@example.com>",
    subject="References",
    date=(2026, 6, 16, 11, 2, "America/New_York"),
    fmt="plain",
    body="""
Hi Mei Lin,

Good news: you're one of our finalists! As a next step, could you send me the names, titles and contact details of three professional references — ideally including a current or former manager? If you can get them to me by Friday, that would keep things moving.

Thanks!
Jordan

Jordan Blake
Senior Recruiter, Brightline Diagnostics
""",
    company="Brightline Diagnostics",
    role=None,
    notes="Asks for references; 'by Friday' is the candidate's deadline.",
)

add(
    name="info-portfolio",
    kind="info_request",
    frm="Grace Oyelowo <grace@finchley-studio.example>",
    to="daniel.oconnor@example.co.uk",
    subject="Motion Designer application - portfolio?",
    date=(2026, 6, 22, 9, 15, "Europe/London"),
    fmt="plain",
    body="""
Hi Daniel,

Thanks for applying for the Motion Designer role. Your CV is great but the link to your reel seems to be broken (it says the video is private). Could you send us a working link, plus two or three pieces you're proudest of, with a line on what you did on each?

Cheers,
Grace
Finchley Studio
""",
    company="Finchley Studio",
    role="Motion Designer",
    notes="Asks for portfolio material.",
)

add(
    name="info-german-zeugnisse",
    kind="info_request",
    frm="Anna Schäfer <anna.schaefer@rheinlogistik.example>",
    to="Tomasz Kowalski <t.kowalski@example.pl>",
    subject=hdr("Unterlagen für Ihre Bewerbung / documents for your application"),
    date=(2026, 11, 5, 11, 0, "Europe/Berlin"),
    fmt="qp",
    body="""
Sehr geehrter Herr Kowalski,

vielen Dank für Ihre Bewerbung als Teamleiter Disposition. Damit wir Ihre Unterlagen vollständig prüfen können, senden Sie uns bitte noch Ihre Arbeitszeugnisse sowie Ihr Hochschulzeugnis (Kopie genügt).

(Please also send us your employment references (Arbeitszeugnisse) and your university degree certificate; a copy is fine.)

Mit freundlichen Grüßen
Anna Schäfer
Personalreferentin, Rhein Logistik GmbH
""",
    company="Rhein Logistik",
    role="Teamleiter Disposition",
    notes="German request for documents.",
)

add(
    name="info-work-authorization",
    kind="info_request",
    frm="People Operations <people@oakfern.example>",
    to="Jamal Carter <jamal.carter@example.com>",
    subject="Action needed: employment eligibility documents",
    date=(2026, 2, 24, 10, 30, "America/New_York"),
    fmt="alt64",
    body="""
Hi Jamal,

To complete your onboarding paperwork for the Operations Analyst role, please upload documents for Form I-9 (for example, a U.S. passport, or a driver's license plus a Social Security card) in the portal by your first day.

Upload here: https://oakfern.example/onboarding/i9

Thank you,
Oakfern People Operations
""",
    company="Oakfern",
    role="Operations Analyst",
    notes="Document request; 'by your first day' is a candidate deadline.",
)

add(
    name="info-writing-sample",
    kind="info_request",
    frm="Lena Hoffman <lena@civicwire.example>",
    to="Sofía Ramírez <sofia.ramirez@example.net>",
    subject="Before we set up interviews",
    date=(2026, 1, 14, 14, 0, "America/New_York"),
    fmt="qp",
    body="""
Hi Sofía,

Thanks for applying to be a Policy Reporter at CivicWire. Before we schedule interviews, we ask every candidate for two clips of published work (links are fine) and a 300-word pitch for a story you'd want to report in your first month.

No rush — whenever you're ready.

Lena Hoffman
Managing Editor, CivicWire
""",
    company="CivicWire",
    role="Policy Reporter",
    notes="Writing samples and pitch requested before interviews; no interview is scheduled yet.",
)

add(
    name="info-salary-notice",
    kind="info_request",
    frm="Harriet Cole <harriet.cole@fernhill-games.example>",
    to="Daniel O'Connor <dan.oconnor@example.co.uk>",
    subject="RE: Interview invitation - Gameplay Programmer",
    date=(2026, 9, 4, 11, 20, "Europe/London"),
    fmt="plain",
    in_reply_to="<dan-thanks-fernhill@mail.example.co.uk>",
    body="""
Hi Daniel,

Thanks for coming in yesterday — Callum and Niamh enjoyed meeting you. Before we discuss next steps, could you let me know your current notice period and your salary expectations for the role?

Kind regards,
Harriet

Harriet Cole
People & Talent Coordinator
Fernhill Games Ltd

-----Original Message-----
From: Harriet Cole
Sent: 27 August 2026 10:12
Subject: Interview invitation - Gameplay Programmer

Date: 03/09/2026
Time: 14:00 – 15:00
""",
    company="Fernhill Games",
    role="Gameplay Programmer",
    notes="Asks for notice period and salary expectations; the interview in the quote is past and not the subject.",
)

add(
    name="info-github-code-sample",
    kind="info_request",
    frm="Wen Zhao <wen.zhao@cobaltworks.example>",
    to="Aiko Tanaka <aiko.tanaka@example.jp>",
    subject="One more thing",
    date=(2026, 11, 4, 15, 44, "America/Los_Angeles"),
    fmt="plain",
    body="""
Hi Aiko,

Enjoyed our chat on Monday. Could you share a link to a code sample you're proud of — a GitHub repo or a gist is perfect — ideally something with TypeScript? I'd like the team to look at it before we talk about the final round.

Thanks,
Wen

Wen Zhao
Director of Engineering, Web Platform
Cobalt Works
""",
    company="Cobalt Works",
    role=None,
    notes="Code sample requested after an interview; a final round is mentioned but not scheduled.",
)

add(
    name="info-background-check",
    kind="info_request",
    frm="Granite Financial Services <hr-noreply@granitefs.example>",
    to="seun.adeyemi@example.org",
    subject="Background check authorization required",
    date=(2026, 12, 14, 8, 30, "America/New_York"),
    fmt="alt",
    body="""
Dear Oluwaseun,

As part of our hiring process for the Cloud Security Engineer position, Granite Financial Services conducts a background screening. Please complete the authorization form and provide your previous addresses for the last seven years using the secure link below.

https://granitefs.example/screening/auth?c=44821

If you have any questions, please contact Lisa Tran in Talent Acquisition.

Granite Financial Services Human Resources
""",
    company="Granite Financial Services",
    role="Cloud Security Engineer",
    notes="Background-check form and address history requested.",
)

add(
    name="info-right-to-work-uk",
    kind="info_request",
    frm="Sian Hughes <sian.hughes@meridian-law.example>",
    to="Kwame Mensah <kwame.mensah@example.com>",
    subject="Right to work check - Legal Technologist",
    date=(2026, 5, 26, 14, 0, "Europe/London"),
    fmt="qp",
    body="""
Dear Kwame,

Thank you again for attending your panel interview last week. Before the panel makes its final decision, we are required to complete a right to work check. Could you please send me your share code from the Home Office online service, together with your date of birth?

Many thanks,
Sian

Sian Hughes
Graduate & Lateral Recruitment Manager
Meridian Law LLP
""",
    company="Meridian Law",
    role="Legal Technologist",
    notes="Right-to-work share code requested; no decision date stated.",
)

# ---------------------------------------------------------------- application acknowledgements
add(
    name="ack-greenhouse",
    kind="application_ack",
    frm="Lattice Point <no-reply@us.greenhouse-mail.io>",
    to="noah.schwartz@example.com",
    subject="Thanks for applying to Lattice Point!",
    date=(2026, 3, 18, 20, 3, "America/New_York"),
    fmt="alt64",
    body="""
Hi Noah,

Thanks for your interest in Lattice Point! We've received your application for Staff Platform Engineer and our team is reviewing it now.

If there's a fit, a member of our recruiting team will reach out to you. In the meantime, check out our engineering blog.

Thanks,
The Lattice Point Team
""",
    company="Lattice Point",
    role="Staff Platform Engineer",
    notes="Greenhouse acknowledgement; employer named, ATS address.",
)

add(
    name="ack-lever",
    kind="application_ack",
    frm="Quaystone <no-reply@hire.lever.co>",
    to="Daniel O'Connor <dan.oconnor@example.co.uk>",
    subject="Thank you for your application to Quaystone",
    date=(2026, 9, 14, 8, 31, "Europe/London"),
    fmt="html",
    html="""<html><body style="font-family:sans-serif;color:#515357">
<p>Hi Daniel,</p>
<p>Thanks for applying for the <b>Senior Backend Engineer</b> role at Quaystone! We&#8217;ve got your application and our team will be in touch if there&#8217;s a match.</p>
<p>Cheers,<br>Quaystone Talent</p>
<p style="font-size:11px;color:#aaa">Sent via Lever</p>
</body></html>
""",
    company="Quaystone",
    role="Senior Backend Engineer",
    notes="Lever HTML acknowledgement.",
)

add(
    name="ack-workday-req",
    kind="application_ack",
    frm="Summit Health Partners <summithealth@myworkday.com>",
    to="Zanele Dlamini <zanele.dlamini@example.co.za>",
    subject="Summit Health Partners - Application Received: Revenue Cycle Analyst (JR-55012)",
    date=(2026, 7, 28, 22, 10, "America/Denver"),
    fmt="plain",
    body="""
Dear Zanele,

Thank you for applying to the Revenue Cycle Analyst position (JR-55012) at Summit Health Partners. Your application has been successfully submitted.

Our recruiting team will review your qualifications and contact you if your skills and experience match our needs.

Sincerely,
Summit Health Partners Talent Acquisition
""",
    company="Summit Health Partners",
    role="Revenue Cycle Analyst",
    notes="Workday acknowledgement; requisition number dropped.",
)

add(
    name="ack-ashby",
    kind="application_ack",
    frm="Lumen Pay <no-reply@ashbyhq.com>",
    to="arjun.menon@example.com",
    subject="Thanks for applying to Lumen Pay",
    date=(2026, 5, 30, 12, 41, "Asia/Singapore"),
    fmt="alt",
    body="""
Hi Arjun,

Thank you for applying for the Risk Analyst role at Lumen Pay. We review every application and aim to get back to all candidates within two weeks.

Lumen Pay Talent
Sent with Ashby
""",
    company="Lumen Pay",
    role="Risk Analyst",
    decision_by="2026-06-13",
    notes="Ashby acknowledgement; the employer states when candidates will hear back: 'within two weeks' from May 30 = Jun 13.",
)

add(
    name="ack-smartrecruiters",
    kind="application_ack",
    frm="Vellum Hotels <notifications@smartrecruiters.com>",
    to="isabella.rossi@example.it",
    subject="Vellum Hotels - Thank you for your application",
    date=(2026, 5, 25, 19, 40, "Europe/Rome"),
    fmt="alt64",
    body="""
Dear Isabella,

Thank you for applying for the position Front Office Manager at Vellum Hotels.

We have received your application and will review it carefully. You will hear from us as soon as possible.

Kind regards,
Vellum Hotels Recruitment Team

This message was sent via SmartRecruiters on behalf of Vellum Hotels.
""",
    company="Vellum Hotels",
    role="Front Office Manager",
    notes="SmartRecruiters acknowledgement.",
)

add(
    name="ack-personio-german",
    kind="application_ack",
    frm="Helio Energie GmbH <noreply@helio-energie.jobs.personio.de>",
    to="t.kowalski@example.pl",
    subject=hdr("Ihre Bewerbung als Data Scientist (m/w/d)"),
    date=(2026, 10, 16, 14, 22, "Europe/Berlin"),
    fmt="qp",
    body="""
Hallo Tomasz Kowalski,

vielen Dank für Ihre Bewerbung als Data Scientist (m/w/d) bei der Helio Energie GmbH. Wir haben Ihre Unterlagen erhalten und melden uns so schnell wie möglich bei Ihnen.

Viele Grüße
Ihr Helio Energie Recruiting-Team

Diese E-Mail wurde automatisch über Personio versendet.
""",
    company="Helio Energie",
    role="Data Scientist (m/w/d)",
    notes="German Personio acknowledgement.",
)

add(
    name="ack-teamtailor",
    kind="application_ack",
    frm="Kanaal <no-reply@teamtailor.com>",
    to="Lukas Becker <lukas.becker@example.com>",
    subject="We got your application! 🚀",
    date=(2026, 10, 12, 10, 5, "Europe/Amsterdam"),
    fmt="alt64",
    body="""
Hey Lukas,

Thanks for applying for Backend Developer (Go) at Kanaal! Your application landed safely with us.

Sanne from our team will look at it within a few days. Meanwhile, say hi on our Instagram to see what life at Kanaal looks like.

Cheers,
Team Kanaal
""",
    company="Kanaal",
    role="Backend Developer (Go)",
    notes="Teamtailor acknowledgement, casual tone.",
)

add(
    name="ack-direct-hr-short",
    kind="application_ack",
    frm="Hiroshi Sato <hiroshi.sato@kumo-robotics.example>",
    to="Aiko Tanaka <aiko.tanaka@example.jp>",
    subject="Re: Application - Controls Engineer",
    date=(2026, 9, 25, 10, 5, "Asia/Tokyo"),
    fmt="plain",
    in_reply_to="<aiko-app-kumo@mail.example.jp>",
    body="""
Dear Tanaka-san,

Thank you for your application for the Controls Engineer position. We have received your resume and will contact you after our review.

Best regards,
Hiroshi Sato
HR Manager, Kumo Robotics

> Dear Hiring Team,
> Please find attached my resume for the Controls Engineer position.
> Aiko Tanaka
""",
    company="Kumo Robotics",
    role="Controls Engineer",
    notes="Short direct acknowledgement in reply to the candidate's email.",
)

add(
    name="ack-indeed-apply",
    kind="application_ack",
    frm="Indeed Apply <indeedapply@indeed.example>",
    to="sarah.kim@example.net",
    subject="Application submitted: Patient Access Supervisor - Lakeshore Medical Group",
    date=(2026, 9, 29, 13, 40, "America/Chicago"),
    fmt="alt64",
    body="""
Your application has been submitted

Patient Access Supervisor
Lakeshore Medical Group - Milwaukee, WI

The employer will contact you if they are interested. Track your application status in My Jobs.

Good luck!

Jobs you may also like:
- Patient Services Manager - Aurora Ridge Health - Milwaukee, WI
- Front Desk Lead - Bayview Clinic - Racine, WI

Indeed
""",
    company="Lakeshore Medical Group",
    role="Patient Access Supervisor",
    notes="Job-board confirmation of a submitted application; company is the employer. Recommended jobs below are noise.",
)

add(
    name="ack-icims",
    kind="application_ack",
    frm="Granite Financial Services <granitefs@talent.icims.com>",
    to="seun.adeyemi@example.org",
    subject="Thank you for applying - Cloud Security Engineer (2026-4471)",
    date=(2026, 11, 10, 21, 55, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Oluwaseun,</p>
<p>Thank you for your interest in employment with Granite Financial Services. We have received your application for the <b>Cloud Security Engineer (2026-4471)</b> position.</p>
<p>Our Talent Acquisition team will review your qualifications. Should your background meet our needs, we will contact you to discuss next steps.</p>
<p>Regards,<br>Granite Financial Services Talent Acquisition</p>
<p style="font-size:10px;color:#777">Powered by iCIMS</p>
</body></html>
""",
    company="Granite Financial Services",
    role="Cloud Security Engineer",
    notes="iCIMS acknowledgement; number in parentheses dropped from the role.",
)
