"""Info requests and application acknowledgements."""

# ruff: noqa: E501
from lib import (
    L,
    addr,
    ats_html,
    attach_file,
    body_ats,
    body_gmail,
    body_html,
    body_outlook,
    body_plain,
    msg,
)

# ============================ info requests ============================
_t = """Hi Sofia,

Thank you for interviewing for the Grants Manager role at Tidewater Civic Trust. As a next step, we'd like to speak with a few of your references.

Please submit contact details for three professional references, including at least one current or former supervisor, using the link below by Friday, October 9:

https://tidewatercivic.greenhouse.io/references/new?token=9e1f0a

Your references will receive a short questionnaire by email. We will not contact anyone until you submit the form.

Warm regards,
Renée Okafor-Lindqvist
People & Operations, Tidewater Civic Trust
"""
msg(
    "h062-tidewater",
    date="Tue, 6 Oct 2026 14:12:30 -0400",
    client="plain",
    frm=addr("Tidewater Civic Trust", "no-reply@us.greenhouse-mail.io"),
    to=addr("Sofia Lindqvist", "sofia.lindqvist@telia.se"),
    reply_to="people@tidewatercivic.org",
    subject="Reference request - Grants Manager",
    body=body_ats(
        "h062",
        _t,
        ats_html(
            "Reference request",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Tidewater Civic Trust",
            "Sent via Greenhouse",
        ),
    ),
    label=L(
        "info_request",
        "Tidewater Civic Trust",
        "Grants Manager",
        notes="references; 'by Friday, October 9' is a candidate deadline",
    ),
)

msg(
    "h063-northpaw",
    date="Thu, 19 Feb 2026 10:03:44 -0800",
    client="gmail",
    frm=addr("Kenji Moreau", "kenji@northpaw.studio"),
    to=addr("Mei-Ling Cho", "meiling.cho@proton.me"),
    subject="Portfolio before next week",
    body=body_gmail(
        "h063",
        """Hi Mei-Ling,

Looking forward to meeting you next week! Before then, could you send over a link to your portfolio (or a PDF if that's easier) and two case studies you're proud of? Ideally one that shows research and one that shows shipped UI.

It helps the panel come prepared with better questions.

Thanks!
Kenji

Kenji Moreau
Design Director, Northpaw Studio
""",
    ),
    label=L(
        "info_request",
        "Northpaw Studio",
        None,
        notes="portfolio request; interview mentioned vaguely, no time",
    ),
)

msg(
    "h064-pennine",
    date="Thu, 26 Nov 2026 09:10:22 +0000",
    client="outlook_eu",
    frm=addr("Oakes, Gemma", "gemma.oakes@penninewater.co.uk"),
    to=addr("Oluwaseun Adeyemi", "seun.adeyemi@outlook.com"),
    subject="Pre-employment checks - Hydraulic Modeller",
    body=body_outlook(
        "h064",
        """Dear Seun,

Further to our conversation, please could you upload the following documents to our onboarding portal (https://penninewater.onboard.example/checks) by Wednesday 2nd December:

  1. Proof of right to work in the UK (passport or share code)
  2. Proof of address dated within the last three months
  3. Your degree certificate (MEng Civil Engineering)

We will also need the name and email address of two referees, one of whom should be your current line manager.

Many thanks,

Gemma Oakes
Resourcing Advisor
Pennine Water Services Ltd
""",
    ),
    label=L(
        "info_request",
        "Pennine Water",
        "Hydraulic Modeller",
        notes="documents + referees; upload-by is candidate deadline",
    ),
)

msg(
    "h065-sahyadri",
    date="Wed, 22 Jul 2026 11:44:09 +0530",
    client="gmail",
    frm=addr("Sahyadri Analytics - Campus Hiring", "campus@sahyadrianalytics.in"),
    to=addr("Ishaan Kapoor", "ishaan.kapoor2026@gmail.com"),
    subject="Documents required - Graduate Analyst",
    body=body_gmail(
        "h065",
        """Dear Ishaan,

Thank you for your interest in the Graduate Analyst programme at Sahyadri Analytics.

To proceed further with your candidature, kindly share scanned copies of the following documents as a single PDF:

1. 10th and 12th standard mark sheets
2. Semester-wise university transcripts (all semesters)
3. Provisional degree certificate, if issued
4. Government photo ID (Aadhaar / PAN)

Please reply to this email with the documents at the earliest.

Regards,
Campus Hiring Team
Sahyadri Analytics Pvt. Ltd., Pune
""",
    ),
    label=L(
        "info_request",
        "Sahyadri Analytics",
        "Graduate Analyst",
        notes="Indian campus hiring: transcripts",
    ),
)

msg(
    "h066-brueckner",
    date="Fri, 30 Oct 2026 11:22:05 +0100",
    client="outlook_eu",
    frm=addr("Vogel, Katrin", "katrin.vogel@brueckner-logistik.de", "B"),
    to=addr("Daniel Weiss", "d.weiss@posteo.de"),
    subject="Unterlagen - Senior Site Reliability Engineer",
    body=body_outlook(
        "h066",
        """Hallo Herr Weiss,

vielen Dank noch einmal für das gute Gespräch am Dienstag. Damit wir intern den nächsten Schritt gehen können, bitte ich Sie noch um folgende Unterlagen:

- Ihre letzten beiden Arbeitszeugnisse
- Ihre Gehaltsvorstellung (brutto p. a.)
- Ihren frühestmöglichen Eintrittstermin

Gerne einfach per E-Mail an mich.

Mit freundlichen Grüßen

Dr. Katrin Vogel
Head of Platform Engineering
Brückner Logistik GmbH & Co. KG
""",
    ),
    label=L(
        "info_request",
        "Brückner Logistik",
        "Senior Site Reliability Engineer",
        notes="German: Arbeitszeugnisse, salary expectation, start date",
    ),
)

_t = """Hi Mei-Ling,

Thanks again for your time with Ravi. Before we put together the final loop for the Staff Frontend Engineer role, could you share:

- your GitHub (or GitLab) profile
- links to one or two open-source contributions or public projects you'd like us to look at

Just reply to this email. Thanks!

Oriana Blake
Recruiting, Quillfeather
"""
msg(
    "h067-quillfeather",
    date="Mon, 21 Sep 2026 16:30:18 +0000",
    client="plain",
    frm=addr("Oriana Blake", "no-reply@ashbyhq.com"),
    to=addr("Mei-Ling Cho", "meiling.cho@proton.me"),
    reply_to="oriana.blake@quillfeather.com",
    subject="Quick request - Staff Frontend Engineer",
    body=body_ats(
        "h067",
        _t,
        ats_html(
            "Quillfeather",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Quillfeather",
            "Powered by Ashby",
        ),
    ),
    label=L("info_request", "Quillfeather", "Staff Frontend Engineer", notes="links to code"),
)

msg(
    "h068-fieldnote",
    date="Wed, 25 Nov 2026 12:31:50 -0500",
    client="gmail",
    frm=addr("Sana Qureshi", "sana@fieldnotehealth.com"),
    to=addr("Priya Raman", "priya.raman.pm@gmail.com"),
    subject="References for Fieldnote Health",
    body=body_gmail(
        "h068",
        """Hi Priya,

Thanks so much for meeting with Marcus and the team on Monday - the feedback has been great.

As a final step, could you send me names and contact details for two references, ideally a manager and a peer PM or engineering partner? We'd like to make a final decision by December 4, so the sooner the better.

Have a great Thanksgiving!
Sana

Sana Qureshi
Head of Talent, Fieldnote Health
""",
    ),
    label=L(
        "info_request",
        "Fieldnote Health",
        None,
        decision_by="2026-12-04",
        notes="references request that also states the employer's decision date",
    ),
)

msg(
    "h069-kitsune",
    date="Thu, 30 Apr 2026 14:05:31 +0900",
    client="plain",
    frm=addr("Kitsune Games 採用担当", "recruit@kitsune-games.jp"),
    to=addr("Yuki Tanaka", "yuki.tanaka.art@gmail.com"),
    subject="【Kitsune Games】ポートフォリオご提出のお願い / Portfolio submission",
    body=body_plain("""田中 優希 様

この度は Kitsune Games の 3D Environment Artist 職にご応募いただき、誠にありがとうございます。
書類選考を進めるにあたり、ポートフォリオのご提出をお願いいたします。

Thank you for applying for the 3D Environment Artist position at Kitsune Games.
To continue the screening, please upload your portfolio (PDF, max 20 MB, or an ArtStation link) here by 12 May:
https://kitsune-games.jp/recruit/upload?id=A7731

ご不明な点がございましたら、お気軽にお問い合わせください。

Kitsune Games 株式会社 採用担当
"""),
    label=L(
        "info_request",
        "Kitsune Games",
        "3D Environment Artist",
        notes="bilingual Japanese/English; upload-by is candidate deadline",
    ),
)

msg(
    "h070-merlion",
    date="Mon, 6 Jul 2026 09:40:27 +0800",
    client="outlook",
    frm=addr("Lim, Shu Fen", "shufen.lim@merlionfreight.sg"),
    to="fatima.alsayed@outlook.com",
    subject="Operations Research Scientist - supporting documents",
    body=body_outlook(
        "h070",
        """Dear Fatima,

Thank you for your time at the technical interview. To proceed with the next stage, could you kindly send us:

- a copy of your latest payslip
- your notice period with your current employer
- copies of your highest academic qualification

Thank you and have a good week ahead.

Best regards,
Lim Shu Fen
Talent Acquisition
Merlion Freightworks Pte Ltd
""",
    ),
    label=L(
        "info_request",
        "Merlion Freightworks",
        "Operations Research Scientist",
        notes="payslip, notice period, certificates",
    ),
)

msg(
    "h080-ashcombe",
    date="Tue, 19 May 2026 10:04:40 +0100",
    client="outlook_eu",
    frm=addr("Graduate Recruitment", "graduate.recruitment@ashcombereeve.co.uk"),
    to=addr("Liam O'Connor", "liam.oconnor.law@gmail.com"),
    subject="Ashcombe & Reeve - written exercise and transcripts",
    body=body_outlook(
        "h080",
        """Dear Liam,

Thank you for attending your interview on Friday. Before the partners meet, we would be grateful if you could send us your full university transcripts and the written exercise (no more than 1,000 words) described in the attached brief.

The partners will meet on 1st June, and we will write to all candidates with a decision by Friday 5th June.

Yours sincerely,

Harriet Cole
Graduate Recruitment Officer
Ashcombe & Reeve LLP
""",
        attach=[attach_file("Written_Exercise_Brief.pdf", "application/pdf", "Brief")],
    ),
    label=L(
        "info_request",
        "Ashcombe & Reeve",
        None,
        decision_by="2026-06-05",
        notes="documents + written exercise; decision date stated outright; role not stated",
    ),
)

# ============================ application acks ============================
_t = """Hi Noah,

Thanks for applying to the Data Analyst, Revenue role at Bramblecreek. Your application has been received and our team will review it shortly. If your background is a fit, someone from our recruiting team will reach out about next steps.

Thanks again for your interest in Bramblecreek!

Bramblecreek Recruiting
"""
msg(
    "h071-bramblecreek",
    date="Sun, 12 Apr 2026 22:47:19 +0000",
    client="plain",
    frm=addr("Bramblecreek", "no-reply@us.greenhouse-mail.io"),
    to=addr("Noah Goldberg", "noah.goldberg@icloud.com"),
    subject="Thank you for applying to Bramblecreek",
    body=body_ats(
        "h071",
        _t,
        ats_html(
            "Bramblecreek",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Bramblecreek",
            "Sent via Greenhouse",
        ),
    ),
    label=L("application_ack", "Bramblecreek", "Data Analyst, Revenue", notes="Greenhouse ack"),
)

_h = """<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;background:#00395d;color:#fff;font-size:20px">Ironwood Utilities Careers</td></tr>
<tr><td style="padding:20px">
<p>Dear Ingrid Haugen,</p>
<p>Thank you for your application for <b>Senior Grid Planning Engineer</b> (Requisition JR104455). We have successfully received it.</p>
<p>You can check the status of your application at any time by signing in to your candidate home account.</p>
<p>Kind regards,<br>Ironwood Utilities Talent Acquisition</p>
</td></tr></table></body></html>
"""
msg(
    "h072-ironwood",
    date="Tue, 3 Feb 2026 06:15:48 -0800",
    client="plain",
    frm=addr("Ironwood Utilities", "ironwood@myworkday.com"),
    to="ingrid.haugen@gmail.com",
    subject="We have received your application: Senior Grid Planning Engineer",
    body=body_html(_h, cte="base64"),
    label=L(
        "application_ack",
        "Ironwood Utilities",
        "Senior Grid Planning Engineer",
        notes="Workday HTML base64",
    ),
)

_t = """Hi Zara,

Thank you for your interest in Ostinato Audio! We've received your application for Firmware Engineer, DSP and our team is reviewing it.

We review every application carefully. If we'd like to move forward, we'll be in touch.

Best,
The Ostinato Audio Team
"""
msg(
    "h073-ostinato",
    date="Sat, 10 Jan 2026 03:22:10 +0000",
    client="plain",
    frm=addr("Ostinato Audio", "no-reply@hire.lever.co"),
    to="zara.hussain@hey.com",
    subject="Thanks for your application to Ostinato Audio",
    body=body_plain(_t),
    label=L(
        "application_ack", "Ostinato Audio", "Firmware Engineer, DSP", notes="Lever plain-text ack"
    ),
)

_h = ats_html(
    "Application received",
    [
        "Hello Rafael,",
        "Thank you for applying to the <b>Backend Engineer (Payments)</b> position at <b>Saudade Bank</b>. We received your application on 08/06/2026.",
        'Our recruiting team will review your profile. You can follow your application status on <a href="https://my.smartrecruiters.com">My SmartRecruiters</a>.',
        "Obrigado,<br>Saudade Bank Talent Team",
    ],
    "Saudade Bank",
    "Powered by SmartRecruiters",
)
msg(
    "h074-saudade",
    date="Mon, 8 Jun 2026 14:30:52 +0000",
    client="plain",
    frm=addr("Saudade Bank", "noreply@smartrecruiters.com"),
    to="rafael.costa.dev@gmail.com",
    subject="Thank you for applying to Saudade Bank",
    body=body_html(_h, cte="quoted-printable"),
    label=L(
        "application_ack",
        "Saudade Bank",
        "Backend Engineer (Payments)",
        notes="SmartRecruiters HTML-only; date 08/06 day-first",
    ),
)

_t = """Hi Liam,

Thanks for applying for Policy Analyst, Digital Markets at Ferrule. We've received your application.

We aim to review every application and let you know our decision within 10 days.

In the meantime you can read more about how we hire at ferrule.eu/hiring.

Ferrule Recruiting
"""
msg(
    "h075-ferrule",
    date="Wed, 9 Sep 2026 10:00:03 +0000",
    client="plain",
    frm=addr("Ferrule", "no-reply@ashbyhq.com"),
    to="liam.oconnor.law@gmail.com",
    reply_to="talent@ferrule.eu",
    subject="Application received: Policy Analyst, Digital Markets",
    body=body_ats(
        "h075",
        _t,
        ats_html(
            "Ferrule",
            [p.replace("\n", "<br>") for p in _t.split("\n\n")],
            "Ferrule",
            "Powered by Ashby",
        ),
    ),
    label=L(
        "application_ack",
        "Ferrule",
        "Policy Analyst, Digital Markets",
        decision_by="2026-09-19",
        notes="ack with a stated decision window 'within 10 days'",
    ),
)

msg(
    "h076-rheinwerk",
    date="Tue, 17 Mar 2026 08:03:11 +0100",
    client="plain",
    frm=addr("Rheinwerk Mechatronik GmbH", "jobs@rheinwerk-mechatronik.jobs.personio.de"),
    to="d.weiss@posteo.de",
    subject="Eingangsbestätigung Ihrer Bewerbung als Entwicklungsingenieur Embedded Systems",
    body=body_plain(
        """Sehr geehrter Herr Weiss,

vielen Dank für Ihre Bewerbung als Entwicklungsingenieur Embedded Systems und Ihr Interesse an der Rheinwerk Mechatronik GmbH.

Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen. Wir melden uns so schnell wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinwerk Mechatronik GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
        cte="quoted-printable",
    ),
    label=L(
        "application_ack",
        "Rheinwerk Mechatronik",
        "Entwicklungsingenieur Embedded Systems",
        notes="Personio-style German ack",
    ),
)

msg(
    "h077-nilgiri",
    date="Mon, 19 Oct 2026 09:12:44 +0530",
    client="gmail",
    frm=addr("Nilgiri Foods Careers", "careers@nilgirifoods.co.in"),
    to="aarav.mehta93@gmail.com",
    subject="Application received - Supply Chain Planner (Ref: NF/SCP/2026/118)",
    body=body_gmail(
        "h077",
        """Dear Aarav Mehta,

Thank you for applying for the position of Supply Chain Planner at Nilgiri Foods Ltd. This is to acknowledge receipt of your application.

Our HR team will review your profile and contact you if it matches our requirements.

Regards,
HR Department
Nilgiri Foods Ltd.
""",
    ),
    label=L(
        "application_ack",
        "Nilgiri Foods",
        "Supply Chain Planner",
        notes="reference number in subject is not part of the role",
    ),
)

msg(
    "h078-loamandleaf",
    date="Thu, 21 May 2026 19:40:02 -0400",
    client="gmail",
    frm=addr("Ollie Brandt", "ollie@loamandleaf.com"),
    to=addr("Ingrid Haugen", "ingrid.haugen@gmail.com"),
    subject="Re: Ops Coordinator application",
    in_reply_to="<CAB7=ZaPq1R@mail.gmail.com>",
    body=body_gmail(
        "h078",
        """Hey Ingrid - got it, thanks! Rosa and I are going through applications over the weekend. Will get back to you either way.

Ollie
Loam & Leaf (small team, big garden centre)

On Thu, May 21, 2026 at 3:15 PM Ingrid Haugen <ingrid.haugen@gmail.com> wrote:
> Hi Ollie,
> Please find attached my CV for the Ops Coordinator role you posted. I'd
> love to chat whenever works for you.
> Ingrid
""",
    ),
    label=L(
        "application_ack",
        "Loam & Leaf",
        "Ops Coordinator",
        notes="personal ack from small business; no date",
    ),
)

msg(
    "h079-kitsune",
    date="Mon, 27 Apr 2026 10:00:00 +0900",
    client="plain",
    frm=addr("Kitsune Games 採用担当", "recruit@kitsune-games.jp"),
    to=addr("Yuki Tanaka", "yuki.tanaka.art@gmail.com"),
    subject="【Kitsune Games】ご応募ありがとうございます / Application received",
    body=body_plain(
        """田中 優希 様

Kitsune Games 採用担当です。
この度は「3D Environment Artist」職にご応募いただき、誠にありがとうございます。
応募書類を確かに受け付けました。選考結果につきましては、追ってご連絡いたします。

We have received your application for 3D Environment Artist. We will contact you about the result of the screening.

Kitsune Games 株式会社 採用担当
""",
        charset="iso-2022-jp",
        cte="7bit",
    ),
    label=L(
        "application_ack", "Kitsune Games", "3D Environment Artist", notes="ISO-2022-JP text/plain"
    ),
)
