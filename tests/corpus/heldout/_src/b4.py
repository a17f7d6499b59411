"""Next steps (status after an interview) and decision dates."""

# ruff: noqa: E501
from lib import L, addr, body_apple, body_gmail, body_outlook, msg

msg(
    "h052-nordvik",
    date="Wed, 22 Jul 2026 17:08:45 -0400",
    client="gmail",
    frm=addr("Tess Abernathy", "tess.abernathy@nordvikrobotics.com"),
    to=addr("Priya Raman", "priya.raman.eng@gmail.com"),
    subject="Thanks for coming in yesterday!",
    body=body_gmail(
        "h052",
        """Hi Priya,

Thank you for spending the afternoon with us yesterday. Hiroshi and Adaeze both mentioned how much they enjoyed the conversation about the gantry tuning problem.

We're wrapping up onsites with the last two candidates this week, and the hiring team will make a decision by the end of next week. I'll call you either way as soon as I hear.

In the meantime, if any questions come up, I'm here.

Best,
Tess

Tess Abernathy
Recruiting Coordinator | Nordvik Robotics
""",
    ),
    label=L(
        "next_steps",
        "Nordvik Robotics",
        None,
        decision_by="2026-07-31",
        notes="'by the end of next week' from Wed 22 Jul -> Fri 31 Jul; role not in this message",
    ),
)

msg(
    "h053-halcyon",
    date="Mon, 23 Nov 2026 10:26:31 -0500",
    client="outlook",
    frm=addr("Delacroix, Monique", "mdelacroix@halcyonmutual.com"),
    to="jordan.reyes.fsa@gmail.com",
    subject="RE: Senior Actuarial Analyst - timeline",
    in_reply_to="<CAM4=7yTq9@mail.gmail.com>",
    body=body_outlook(
        "h053",
        """Hi Jordan,

Thanks for checking in, and sorry for the quiet stretch. Brandon and I finished the last interviews on Friday. We'll be meeting with HR this week and expect to have a final decision within 5 business days - so you should hear from me either way by early next week at the latest, holiday notwithstanding.

Happy Thanksgiving!

Monique Delacroix
Director, Actuarial Services
Halcyon Mutual Insurance Company

From: Jordan Reyes <jordan.reyes.fsa@gmail.com>
Sent: Sunday, November 22, 2026 8:40 PM
To: Delacroix, Monique <mdelacroix@halcyonmutual.com>
Subject: Senior Actuarial Analyst - timeline

Hi Monique, thanks again for the conversation on November 4th. I wanted to check in on the timeline for the Senior Actuarial Analyst role. Best, Jordan
""",
    ),
    label=L(
        "next_steps",
        "Halcyon Mutual",
        "Senior Actuarial Analyst",
        decision_by="2026-12-01",
        notes="5 US business days from Mon 23 Nov skipping Thanksgiving -> Tue 1 Dec",
    ),
)

msg(
    "h054-pennine",
    date="Mon, 16 Nov 2026 12:40:00 +0000",
    client="outlook_eu",
    frm=addr("Oakes, Gemma", "gemma.oakes@penninewater.co.uk"),
    to=addr("Oluwaseun Adeyemi", "seun.adeyemi@outlook.com"),
    subject="Hydraulic Modeller interview - thank you",
    body=body_outlook(
        "h054",
        """Dear Seun,

Thank you for attending interview on Friday for the Hydraulic Modeller position, and for the modelling exercise you completed beforehand.

We have a small number of interviews remaining this week. The panel will then meet to make a decision and we aim to let all candidates know the outcome by the 24th.

Kind regards,

Gemma Oakes
Resourcing Advisor
Pennine Water Services Ltd
""",
    ),
    label=L(
        "next_steps",
        "Pennine Water",
        "Hydraulic Modeller",
        decision_by="2026-11-24",
        notes="'by the 24th' resolved against Date (16 Nov)",
    ),
)

msg(
    "h055-lumiere",
    date="Fri, 6 Nov 2026 17:02:13 +0100",
    client="apple",
    frm=addr("Hélène Marchetti", "helene.marchetti@lumiere-sante.fr"),
    to=addr("Camille Durand", "camille.durand.data@gmail.com"),
    subject="Re: Responsable Data – entretien final",
    in_reply_to="<D9A1B3C2-55E1-4F2E-A1B2-77C6E8F90A12@gmail.com>",
    body=body_apple(
        "h055",
        """Bonjour Camille,

Merci pour cet échange très riche ce matin avec Julien et moi-même.

Nous rencontrons encore une personne lundi. Nous reviendrons vers vous avec une décision sous 5 jours ouvrés.

Bonne fin de semaine,
Hélène

> Le 6 nov. 2026 à 08:15, Camille Durand <camille.durand.data@gmail.com> a écrit :
>
> Bonjour Hélène, je confirme ma présence à 10h ce matin. À tout à l'heure, Camille
""",
    ),
    label=L(
        "next_steps",
        "Lumière Santé",
        "Responsable Data",
        decision_by="2026-11-16",
        notes="French 'sous 5 jours ouvrés'; 11 Nov (Armistice) skipped",
    ),
)

msg(
    "h056-saltmarsh",
    date="Mon, 11 May 2026 09:20:40 -0400",
    client="gmail",
    frm=addr("Jasmine Beaulieu", "jasmine@saltmarshgames.ca"),
    to=addr("Camille Durand", "camille.durand.art@gmail.com"),
    subject="Merci!",
    body=body_gmail(
        "h056",
        """Hi Camille,

Thank you again for coming in on Friday, everyone really enjoyed meeting you (and Élodie has not stopped talking about your shader breakdown).

We still have a couple of candidates to meet, so we'll be in touch in the coming weeks with next steps. Don't hesitate to reach out if you have questions in the meantime.

Jasmine
Talent & Culture | Saltmarsh Games
""",
    ),
    label=L("next_steps", "Saltmarsh Games", None, notes="vague 'in the coming weeks' -> null"),
)

msg(
    "h057-hoshizora",
    date="Tue, 6 Oct 2026 11:30:12 +0900",
    client="outlook",
    frm=addr("Kimura Aya", "aya.kimura@hoshizora-sys.co.jp"),
    to=addr("Emily Zhang", "emily.zhang.dev@gmail.com"),
    subject="【Hoshizora Systems】Thank you for the second interview",
    body=body_outlook(
        "h057",
        """Emily Zhang 様

Thank you very much for taking part in the second interview yesterday.

We will inform you of the result within 2 weeks. If you have any questions in the meantime, please feel free to contact me.

Best regards,
Kimura Aya
Talent Acquisition, Hoshizora Systems Co., Ltd.
""",
    ),
    label=L(
        "next_steps",
        "Hoshizora Systems",
        None,
        decision_by="2026-10-20",
        notes="'within 2 weeks' -> Date + 14 days; role not restated",
    ),
)

msg(
    "h058-brightloop",
    date="Tue, 4 Aug 2026 13:11:52 -0700",
    client="gmail",
    frm=addr("Arjun Patel", "arjun@brightlooplearning.com"),
    to=addr("Chloe Bennett", "chloe.bennett.id@gmail.com"),
    subject="Re: Thank you!",
    in_reply_to="<CAH6=Jx0QmB@mail.gmail.com>",
    body=body_gmail(
        "h058",
        """Hi Chloe,

Thanks for the lovely note, and for the storyboard walkthrough yesterday - it was one of the most thoughtful I've seen.

Quick update on timing: the panel is meeting on Thursday to compare notes, and you should hear from me by Friday.

Best,
Arjun

Arjun Patel
Director of Learning Experience, Brightloop Learning

On Mon, Aug 3, 2026 at 5:02 PM Chloe Bennett <chloe.bennett.id@gmail.com> wrote:
> Hi Arjun,
> Thank you for the conversation today about the Instructional Designer role.
> I especially enjoyed hearing about the onboarding redesign.
> Chloe
""",
    ),
    label=L(
        "next_steps",
        "Brightloop Learning",
        "Instructional Designer",
        decision_by="2026-08-07",
        notes="'by Friday' from Tue 4 Aug",
    ),
)

msg(
    "h059-wattle",
    date="Wed, 14 Oct 2026 15:02:19 +1100",
    client="apple",
    frm=addr("Bronwyn Fitzgerald", "bronwyn.f@wattlegrain.com.au"),
    to=addr("Oluwaseun Adeyemi", "seun.adeyemi@outlook.com"),
    subject="Re: Analytics Lead - chat next week?",
    body=body_apple(
        "h059",
        """Hi Seun,

Great to meet you on Monday. I've now spoken with the other shortlisted candidates and will have a decision for you within 3 business days.

Cheers,
Bronwyn

Bronwyn Fitzgerald
Head of Analytics | Wattle & Grain
""",
    ),
    label=L(
        "next_steps",
        "Wattle & Grain",
        "Analytics Lead",
        decision_by="2026-10-19",
        notes="3 AU business days from Wed 14 Oct -> Mon 19 Oct",
    ),
)

msg(
    "h060-pinecrest",
    date="Mon, 20 Jul 2026 08:45:00 -0400",
    client="outlook",
    frm=addr("Chukwu, Ifeoma", "ifeoma.chukwu@pinecrestcap.com"),
    to="noah.goldberg@icloud.com",
    subject="RE: Quantitative Risk Associate",
    in_reply_to="<8F2C1A0E-3B7D-4C55-9E21-AB44CD12EF90@icloud.com>",
    body=body_outlook(
        "h060",
        """Noah,

Thanks for the note. We're hoping to wrap up final interviews next week and make a decision shortly after. I'll make sure the recruiting team keeps you posted.

Best,
Ifeoma

Ifeoma Chukwu
Director, Market Risk | Pinecrest Capital
""",
    ),
    label=L(
        "next_steps",
        "Pinecrest Capital",
        "Quantitative Risk Associate",
        notes="'shortly after' is vague -> null",
    ),
)

msg(
    "h061-corrigan",
    date="Fri, 23 Oct 2026 15:30:07 +0100",
    client="outlook_eu",
    frm=addr("Niamh Brennan", "niamh.brennan@brightpathtalent.ie"),
    to=addr("Siobhán Keane", "siobhan.keane@eircom.net"),
    subject="Corrigan Maritime - update",
    body=body_outlook(
        "h061",
        """Hi Siobhán,

Quick update from Corrigan Maritime: Declan said they've finished second interviews and they'll confirm a decision within 5 business days. Bear in mind Monday is the bank holiday, so realistically it will be the Monday after next.

They were very positive about you, fingers crossed!

Niamh

Niamh Brennan
Senior Consultant, Finance & Accounting
Brightpath Talent | Dublin
""",
    ),
    label=L(
        "next_steps",
        "Corrigan Maritime",
        None,
        decision_by="2026-11-02",
        notes="agency relays the employer's timeline; 5 IE business days skip the October bank holiday; role not stated",
    ),
)
