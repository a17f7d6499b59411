# ruff: noqa: E501
# Wave 13, batch A: an independent voice for senior and executive searches relayed by retained
# firms, academic campus visits, creative industries and hospitality; mixed-language mail
# (Quebec and Belgian French/English, Swiss German, Hinglish, Arabic/English), phone-written
# mail, and people named by role and first name or as "Dr. Lee" only.
from lib import add, ics, vtz_fixed
from mime import addr, hdr, vtz_us

# ================================================================ executive search
add(
    name="inv-w13-retained-search-relays-board-chair-london",
    kind="invitation",
    frm="Marcus Hale <mhale@haldencrewe.example>",
    to="Eleanor Vasquez <eleanor.vasquez@example.com>",
    subject="Confidential - Norrland Outdoor Group, Chief Executive Officer: meeting with the Chair",
    date=(2026, 3, 4, 16, 10, "Europe/London"),
    body="""
Eleanor,

Good news from Oslo. Ingrid Solberg, Chair of the Board, has read your paper and the referee notes, and she would like to meet you herself before the full Board does.

She is in London next week for the Nordic capital markets dinner and has carved out Thursday 12 March, 10:30 to 12:00, here at our offices (14 King Street, St James's - ask for me at the front desk). Joining her will be Peter Vance, Chair of the Nomination Committee. Ingrid's EA, Solveig, will send you a calendar hold; there is no need to reply to her separately.

For context: Tom Berglund has been very gracious about the transition and will not be part of this stage. You would meet him later, if things progress.

Can you do it? I'd suggest we speak on Tuesday evening for half an hour to prepare - I'll call you at 7 unless you tell me otherwise.

Best,
Marcus

Marcus Hale
Partner, Board & CEO Practice
Halden Crewe
14 King Street, London SW1Y 6QU
""",
    company="Norrland Outdoor Group",
    role="Chief Executive Officer",
    interviewers=[
        ("Ingrid Solberg", None, "Chair of the Board"),
        ("Peter Vance", None, "Chair of the Nomination Committee"),
    ],
    start="2026-03-12 10:30",
    end="2026-03-12 12:00",
    tz="Europe/London",
    notes="Retained search partner relays the client's Chair; the employer is the client, not the search firm. The partner's prep call, the EA who sends the hold and the outgoing CEO are not interviewers.",
)

add(
    name="nxt-w13-search-partner-board-decides-tuesday-24-march",
    kind="next_steps",
    frm="Marcus Hale <mhale@haldencrewe.example>",
    to="Eleanor Vasquez <eleanor.vasquez@example.com>",
    subject="Re: Confidential - Norrland Outdoor Group, Chief Executive Officer: meeting with the Chair",
    date=(2026, 3, 19, 18, 5, "Europe/London"),
    in_reply_to="<c7e5381f.7b41ccecd3c8.81e984@haldencrewe.example>",
    body="""
Eleanor,

Thank you for giving the Board the best part of a day yesterday. Feedback from Ingrid and from Peter this afternoon was warm, and two of the non-executives went out of their way to tell me how much they valued your answer on the Baltic stores.

Where we are: you are one of two candidates still in the process. The Board will make its decision at its meeting on Tuesday 24 March, and Ingrid intends to call both of you herself that evening.

Separately, could you let me have your notice period and any questions on the package by Friday? I would rather have everything on the table before the Board sits.

Best,
Marcus

Marcus Hale
Partner, Board & CEO Practice
Halden Crewe
""",
    company="Norrland Outdoor Group",
    role="Chief Executive Officer",
    decision_by="2026-03-24",
    notes="After the final Board interview: a status with a stated decision date (the Board meeting, Tuesday 24 March). 'by Friday' is the candidate's deadline, not a decision date.",
)

add(
    name="inv-w13-search-firm-breakfast-dr-lee-cfo-luis-boston",
    kind="invitation",
    frm="Priya Raman <priya.raman@ashgrovepartners.example>",
    to="David Okafor <david.okafor@example.com>",
    subject="Calloway Therapeutics - COO search: breakfast with the CEO",
    date=(2026, 9, 14, 8, 20, "America/New_York"),
    body="""
Hi David,

Quick update on Calloway Therapeutics. Dr. Lee's office came back this morning: the CEO would like to meet you over breakfast next Tuesday, Sept 22, 7:30-9:00am at the Langham in Boston (Bond restaurant, the table is booked under Calloway). CFO Luis will join for the second half to walk through the operating plan for the Chief Operating Officer role.

A couple of pointers: Dr. Lee is direct and likes numbers, so bring your view on the Framingham site. Luis will want to talk about the CDMO contracts.

I'll call you Monday evening to prepare. Let me know if 7:30 is too early and I'll push back.

Best,
Priya

Priya Raman | Principal
Ashgrove Partners - Life Sciences Executive Search
+1 617 555 0142
""",
    company="Calloway Therapeutics",
    role="Chief Operating Officer",
    interviewers=[("Lee", None, "CEO"), ("Luis", None, "CFO")],
    start="2026-09-22 07:30",
    end="2026-09-22 09:00",
    tz="America/New_York",
    notes="Search principal relays the client CEO's breakfast. The CEO is named only as 'Dr. Lee' and the CFO only as 'Luis': the label keeps what a reader can write. The principal's prep call is not the interview.",
)

# ================================================================ academic
add(
    name="inv-w13-campus-visit-itinerary-escort-dean-maryam",
    kind="invitation",
    frm="Helen Okonkwo <hokonkwo@whitfield.example.edu>",
    to="Rafael Ibáñez <rafa.ibanez@example.org>",
    subject="Campus visit itinerary - Assistant Professor of Computational Linguistics",
    date=(2026, 2, 2, 14, 5, "America/New_York"),
    fmt="alt",
    body="""
Dear Rafael,

On behalf of the search committee, I'm delighted that you can visit Whitfield College for the Assistant Professor of Computational Linguistics position. Your itinerary is below; our department administrator, Carol Bishop, has booked your flights and hotel and will email the confirmations separately.

Wednesday, February 11
6:40 pm  Arrive at BTV. Jamie Ortiz (PhD student) will meet you at arrivals and drive you to the Maple Inn.

Thursday, February 12
8:40 am  Jamie picks you up at the Inn
9:00-9:45  Search committee: Helen Okonkwo (chair), Raymond Achterberg, Priya Venkataraman
10:00-10:30  Daniel Kirsch, Department Chair
10:45-11:45  Job talk, Ames Hall 201 (open to the department; 45 minutes + questions)
12:00-1:15  Lunch with graduate students (Jamie will walk you over)
1:30-2:00  Chalk talk with the committee: your research plan for the first three years
2:15-3:00  Our Dean, Maryam (Maryam Haddad, Dean of Arts and Sciences)
3:15  Jamie drives you back to BTV for the 5:50 pm flight

Please send Carol the title and abstract of your talk by Friday so we can post it.

With best wishes,
Helen

Helen Okonkwo
Associate Professor of Linguistics
Chair, Computational Linguistics Search Committee
Whitfield College
""",
    company="Whitfield College",
    role="Assistant Professor of Computational Linguistics",
    interviewers=[
        ("Helen Okonkwo", "hokonkwo@whitfield.example.edu", "Associate Professor of Linguistics"),
        ("Raymond Achterberg", None, None),
        ("Priya Venkataraman", None, None),
        ("Daniel Kirsch", None, "Department Chair"),
        ("Maryam Haddad", None, "Dean of Arts and Sciences"),
    ],
    start="2026-02-12 09:00",
    end="2026-02-12 15:00",
    tz="America/New_York",
    notes="Campus visit day: from the first committee meeting to the end of the Dean's meeting. The PhD escort, the administrator who books travel and the graduate students at lunch are not interviewers; the Dean appears as 'Our Dean, Maryam' with her full name in brackets.",
)

add(
    name="inv-w13-abu-dhabi-search-committee-outlook-arabian-std",
    kind="invitation",
    frm="Faculty Recruitment <facultyrecruitment@alnoor-university.example>",
    to=addr("Dr. Petra Novak", "petra.novak@example.cz"),
    subject="Virtual interview - Assistant Professor of Architecture",
    date=(2026, 11, 9, 10, 15, "Asia/Dubai"),
    ics_style="outlook",
    body="""
السلام عليكم Dr. Novak,

Dear Dr. Novak,

On behalf of the Search Committee for the position of Assistant Professor of Architecture in the College of Architecture, Art and Design at Al Noor University, I am pleased to invite you to a virtual interview via Microsoft Teams on Wednesday, 18 November 2026, from 4:00 to 5:00 PM (UAE time, GMT+4).

The committee members are:
Dr. Fatima Al Mansoori, Chair of the Search Committee
Prof. Karim Nassar, Dean, College of Architecture, Art and Design
Dr. Ayesha Rahman, Assistant Professor of Urban Design

You will be asked to give a 15-minute presentation of your research, followed by questions from the committee. The Teams invitation is attached to this message.

مع خالص التحيات
With best regards,

Mariam Al Suwaidi
Faculty Recruitment Officer | Human Resources
Al Noor University, Abu Dhabi
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E0080000000070A1B2C3D4E5DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        start="2026-11-18 16:00",
        end="2026-11-18 17:00",
        tz="Asia/Dubai",
        tzid="Arabian Standard Time",
        vtz=vtz_fixed("Arabian Standard Time", "+0400", "Arabian Standard Time"),
        organizer=("Mariam Al Suwaidi", "mariam.alsuwaidi@alnoor-university.example"),
        attendees=[
            ("Fatima Al Mansoori", "fatima.almansoori@alnoor-university.example"),
            ("Karim Nassar", "karim.nassar@alnoor-university.example"),
            ("Ayesha Rahman", "ayesha.rahman@alnoor-university.example"),
            ("Petra Novak", "petra.novak@example.cz"),
        ],
        summary="Virtual interview: Assistant Professor of Architecture - Dr. Petra Novak",
        prodid="Microsoft Exchange Server 2010",
        location="Microsoft Teams Meeting",
        stamp="20261109T061500Z",
    ),
    company="Al Noor University",
    role="Assistant Professor of Architecture",
    interviewers=[
        (
            "Fatima Al Mansoori",
            "fatima.almansoori@alnoor-university.example",
            "Chair of the Search Committee",
        ),
        (
            "Karim Nassar",
            "karim.nassar@alnoor-university.example",
            "Dean, College of Architecture, Art and Design",
        ),
        (
            "Ayesha Rahman",
            "ayesha.rahman@alnoor-university.example",
            "Assistant Professor of Urban Design",
        ),
    ],
    start="2026-11-18 16:00",
    end="2026-11-18 17:00",
    tz="Asia/Dubai",
    notes="Arabic greeting and closing around English. Outlook ICS with the Windows zone 'Arabian Standard Time' (+04:00). The recruitment officer organizes and is not on the committee.",
)

# ================================================================ creative industries
add(
    name="inv-w13-film-line-producer-iphone-thurs-dev",
    kind="invitation",
    frm="Kasia Nowak <kasia@ninefoldpictures.example>",
    to="Maya Chen <mayachen.edits@example.com>",
    subject="Re: Post-Production Coordinator - Ninefold Pictures",
    date=(2026, 4, 13, 21, 47, "America/Los_Angeles"),
    in_reply_to="<CAF0x9q2+reel@mail.example.com>",
    body="""
Hi Maya - thanks for sending the reel + resume, loved the Sundance short. Can you come by the office thurs 2:30? 1600 Cahuenga, 3rd fl, buzz Ninefold. You'd meet me and Dev (our post supervisor), 30-45 min tops. Rach from accounting might pop in to say hi but she's not part of it lol

K

Sent from my iPhone

> On Apr 12, 2026, at 4:03 PM, Maya Chen <mayachen.edits@example.com> wrote:
>
> Hi Kasia,
>
> Attached are my resume and reel for the Post-Production Coordinator role. I coordinated post on two features last year and would love to talk.
>
> Best,
> Maya
""",
    company="Ninefold Pictures",
    role="Post-Production Coordinator",
    interviewers=[
        ("Kasia Nowak", "kasia@ninefoldpictures.example", None),
        ("Dev", None, "Post Supervisor"),
    ],
    start="2026-04-16 14:30",
    tz="America/Los_Angeles",
    notes="Written on a phone, lower-case 'thurs 2:30' against a Monday-evening Date. The sender signs 'K' (full name in From); Dev is named only by first name. 'Rach from accounting' is explicitly not part of it. '30-45 min tops' gives no end.",
)

add(
    name="inv-w13-greenhouse-quebec-bilingual-gameplay-ics",
    kind="invitation",
    frm=addr("Amélie Gagnon", "no-reply@greenhouse-mail.io"),
    to="Karim Benali <karim.benali@example.ca>",
    reply_to="amelie.gagnon@studiobrume.example",
    subject=hdr("Studio Brume - Entrevue technique / Technical interview"),
    date=(2026, 3, 9, 15, 20, "America/Toronto"),
    ics_style="attach",
    body="""
(English follows)

Bonjour Karim,

Merci pour ton intérêt envers Studio Brume! Nous aimerions t'inviter à une entrevue technique pour le poste de programmeur·euse gameplay senior.

Date : mardi 17 mars 2026
Heure : 13 h à 14 h 30 (HAE)
Lieu : Google Meet (le lien est dans l'invitation)

Tu rencontreras :
Geneviève Tremblay, directrice technique
Olivier Côté-Lapointe, programmeur gameplay principal

---

Hi Karim,

Thanks for your interest in Studio Brume! We'd like to invite you to a technical interview for the Senior Gameplay Programmer position.

Date: Tuesday, March 17, 2026
Time: 1:00 PM - 2:30 PM EDT
Location: Google Meet (link in the calendar invite)

You'll meet:
Geneviève Tremblay, Technical Director
Olivier Côté-Lapointe, Lead Gameplay Programmer

Au plaisir / Talk soon,

Amélie Gagnon
Coordonnatrice, acquisition de talents / Talent Acquisition Coordinator
Studio Brume, Montréal
""",
    ics=ics(
        uid="gh-interview-8812734-studiobrume",
        start="2026-03-17 13:00",
        end="2026-03-17 14:30",
        tz="America/Toronto",
        vtz=vtz_us("America/Toronto", "-0500", "-0400", "EST", "EDT"),
        organizer=("Amélie Gagnon", "amelie.gagnon@studiobrume.example"),
        attendees=[
            ("Geneviève Tremblay", "genevieve.tremblay@studiobrume.example"),
            ("Olivier Côté-Lapointe", "olivier.cote-lapointe@studiobrume.example"),
            ("Karim Benali", "karim.benali@example.ca"),
        ],
        summary="Entrevue technique / Technical interview - Karim Benali (Studio Brume)",
        prodid="-//Greenhouse Software//Interview Scheduler//EN",
        location="Google Meet",
        stamp="20260309T192000Z",
    ),
    company="Studio Brume",
    role="Senior Gameplay Programmer",
    interviewers=[
        ("Geneviève Tremblay", "genevieve.tremblay@studiobrume.example", "Technical Director"),
        (
            "Olivier Côté-Lapointe",
            "olivier.cote-lapointe@studiobrume.example",
            "Lead Gameplay Programmer",
        ),
    ],
    start="2026-03-17 13:00",
    end="2026-03-17 14:30",
    tz="America/Toronto",
    notes="Quebec French then English, same content; Greenhouse stamps Date in UTC. EDT already (DST began Mar 8). The coordinator organizes the ICS but does not interview. Role as written in English.",
)

add(
    name="res-w13-architecture-partner-replaced-by-associate-director",
    kind="reschedule",
    frm="Sofia Lindqvist <sl@holmvester.example>",
    to="Tomás Ferreira <tomas.ferreira@example.pt>",
    subject="RE: Interview - Project Architect",
    date=(2026, 5, 7, 8, 12, "Europe/Copenhagen"),
    in_reply_to="<7c2b19e0a4@holmvester.example>",
    fmt="alt",
    body="""
Dear Tomás,

I'm sorry to move things around at short notice. Henrik has been called to a site inspection in Aarhus on Tuesday, so we need to move your interview for the Project Architect position from Tuesday 12 May to Wednesday 13 May, still 11:00-12:15, at our studio in Nordhavn.

Henrik will not be able to join at all, unfortunately, so in his place you will meet Amara Okafor, Associate Director, who leads our housing team. I will still be there, and we'll keep the same format: twenty minutes on your portfolio, questions both ways, then a short walk through the studio.

Let me know if Wednesday works for you.

Best regards
Sofia Lindqvist
Partner
Holm & Vester Arkitekter
Sandkaj 29, 2150 Nordhavn

From: Sofia Lindqvist
Sent: 4 May 2026 14:02
To: Tomás Ferreira
Subject: Interview - Project Architect

Dear Tomás,

Thank you for your application. We would like to invite you to an interview on Tuesday 12 May at 11:00 with me and Henrik Dahl, Partner. Please bring three projects you are proud of.

Best regards
Sofia
""",
    company="Holm & Vester Arkitekter",
    role="Project Architect",
    interviewers=[
        ("Sofia Lindqvist", "sl@holmvester.example", "Partner"),
        ("Amara Okafor", None, "Associate Director"),
    ],
    start="2026-05-13 11:00",
    end="2026-05-13 12:15",
    tz="Europe/Copenhagen",
    notes="Moved a day and a panelist replaced: Henrik Dahl (named in the quoted original and the new text) no longer interviews. The sender still interviews. CEST.",
)

add(
    name="inv-w13-lever-ad-agency-chemistry-ecd-bea",
    kind="invitation",
    frm="Jonah Reyes <no-reply@hire.lever.co>",
    to="Ruth Adebayo <ruth.adebayo@example.co.uk>",
    reply_to="jonah.reyes@mothwingpell.example",
    subject="Mothwing & Pell: your chemistry session for Senior Copywriter",
    date=(2026, 3, 13, 11, 0, "Europe/London"),
    fmt="alt",
    body="""
Hi Ruth,

Great news - the creative team loved your book, especially the bus-shelter work for the library campaign. We'd like you to come in for a chemistry session for the Senior Copywriter role.

When: Thursday 19 March, 4:00pm - 5:00pm GMT
Where: Mothwing & Pell, 3rd floor, 88 Rivington Street, Shoreditch

You'll be meeting Bea, our Executive Creative Director, and Tomasz Wren, Group Creative Director. It's informal: bring two or three pieces you'd like to talk about, and be ready to riff on a live brief (nothing to prepare).

I'll meet you at reception and grab you a coffee before you go in.

Cheers,
Jonah

Jonah Reyes
Talent Partner, Mothwing & Pell

Sent via Lever
""",
    company="Mothwing & Pell",
    role="Senior Copywriter",
    interviewers=[
        ("Bea", None, "Executive Creative Director"),
        ("Tomasz Wren", None, "Group Creative Director"),
    ],
    start="2026-03-19 16:00",
    end="2026-03-19 17:00",
    tz="Europe/London",
    notes="Ad-agency 'chemistry session' is the interview. The ECD is named only as 'Bea'. The talent partner meets her at reception and does not interview. GMT (UK DST starts Mar 29).",
)

add(
    name="inv-w13-zurich-fashion-house-swiss-german-qp",
    kind="invitation",
    frm="Corinne Meier <corinne.meier@atelier-lindenhof.example>",
    to="Giulia Rossi <giulia.rossi@example.it>",
    subject=hdr("Einladung zum Gespräch – Senior Knitwear Designer"),
    date=(2026, 2, 20, 10, 5, "Europe/Zurich"),
    fmt="qp",
    body="""
Grüezi Frau Rossi

Vielen Dank für Ihre Bewerbung als Senior Knitwear Designer und die eindrückliche Mappe. Gerne laden wir Sie zu einem persönlichen Gespräch in unser Atelier an der Hardturmstrasse 161 ein:

Mittwoch, 4. März 2026, 14.00 – 15.30 Uhr

Ihre Gesprächspartner:
– Regula Businger, Head of Design
– Urs Bättig, Leiter Produktion

Bitte bringen Sie zwei, drei Originalmuster mit. Falls Sie lieber Englisch sprechen: no problem at all, the whole team switches easily.

Bitte bestätigen Sie uns den Termin kurz per Mail.

Freundliche Grüsse

Corinne Meier
HR Business Partner
Atelier Lindenhof AG
Hardturmstrasse 161, 8005 Zürich
""",
    company="Atelier Lindenhof",
    role="Senior Knitwear Designer",
    interviewers=[
        ("Regula Businger", None, "Head of Design"),
        ("Urs Bättig", None, "Leiter Produktion"),
    ],
    start="2026-03-04 14:00",
    end="2026-03-04 15:30",
    tz="Europe/Zurich",
    notes="Swiss Standard German (no ß, 'Grüezi', 'Grüsse') with an English aside; dotted 24-hour times. HR writes and does not interview.",
)

add(
    name="inv-w13-brussels-events-fr-en-wouter-et-moi",
    kind="invitation",
    frm="Delphine Wauters <delphine@maisonlumen.example>",
    to="Sam Peeters <sam.peeters@example.be>",
    subject="Entretien / interview - Event Producer",
    date=(2026, 3, 11, 17, 40, "Europe/Brussels"),
    body="""
Bonjour Sam, / Hi Sam,

Suite à notre échange téléphonique (thanks again for the call!), je te propose un entretien pour le poste d'Event Producer mardi 17/03 à 10h, chez nous à Ixelles, rue du Page 12.

On sera deux : Wouter, notre directeur de production, et moi-même. Compte une heure.

If the slot doesn't work, tell me and we'll find another one. À mardi j'espère !

Delphine

--
Delphine Wauters
Head of Events | Maison Lumen
+32 2 555 01 87
""",
    company="Maison Lumen",
    role="Event Producer",
    interviewers=[
        ("Delphine Wauters", "delphine@maisonlumen.example", "Head of Events"),
        ("Wouter", None, "directeur de production"),
    ],
    start="2026-03-17 10:00",
    end="2026-03-17 11:00",
    tz="Europe/Brussels",
    notes="Belgian French/English mix, day-first '17/03 à 10h'. The sender interviews ('et moi-même'); the production director is named only as Wouter. 'Compte une heure' gives the end.",
)

add(
    name="inv-w13-publishing-editorial-director-calendly-link",
    kind="invitation",
    frm="Harriet Osei <harriet.osei@quillandfern.example>",
    to="Jonah Whitaker <jwhitaker@example.com>",
    subject="Acquisitions Editor, Nonfiction - a first conversation",
    date=(2026, 10, 5, 12, 30, "America/New_York"),
    fmt="alt",
    body="""
Dear Jonah,

Thank you for your application for the Acquisitions Editor, Nonfiction position at Quill & Fern Books, and for the thoughtful note about our spring list.

I'd like to have a first conversation with you, about 30 minutes, by phone or Zoom as you prefer. Please pick a time that suits you on my calendar:

https://calendly.com/harriet-osei-qf/30min

Our publisher, Meredith, is keen to meet you too, but that would come at a later stage.

Warm regards,
Harriet

Harriet Osei
Editorial Director
Quill & Fern Books
""",
    company="Quill & Fern Books",
    role="Acquisitions Editor, Nonfiction",
    interviewers=[("Harriet Osei", "harriet.osei@quillandfern.example", "Editorial Director")],
    notes="Self-scheduling link from the editorial director, who will hold the call herself; no time yet. The publisher is for a later stage and is not an interviewer of this interview.",
)

# ================================================================ hospitality
add(
    name="inv-w13-mumbai-hotel-hinglish-kal-gm-sir",
    kind="invitation",
    frm="Neha Kulkarni <careers@sagarikahotels.example>",
    to="Aditya Bhatt <aditya.bhatt91@example.in>",
    subject="Interview Schedule - Front Office Manager - Sagarika Grand Juhu",
    date=(2026, 2, 10, 18, 30, "Asia/Kolkata"),
    body="""
Hi Aditya,

Hope you are doing well. Aapka profile humare GM sir ko bahut pasand aaya, so we have scheduled your interview for the Front Office Manager position kal, i.e. Wednesday 11th Feb, 11 AM at Sagarika Grand, Juhu. Please report 15 min early at the lobby and ask for me.

Interview will be taken by our General Manager Mr. Rohit Malhotra and Ms. Kavita Iyer, Director of HR. Dono ke saath approx 1 hour hoga.

Kindly carry 2 copies of your resume, last 3 months salary slips and one photo ID.

Thanks & Regards,
Neha Kulkarni
HR Executive | Sagarika Hotels & Resorts
Juhu Tara Road, Mumbai 400049
""",
    company="Sagarika Hotels & Resorts",
    role="Front Office Manager",
    interviewers=[
        ("Rohit Malhotra", None, "General Manager"),
        ("Kavita Iyer", None, "Director of HR"),
    ],
    start="2026-02-11 11:00",
    end="2026-02-11 12:00",
    tz="Asia/Kolkata",
    notes="Hinglish; 'kal, i.e. Wednesday 11th Feb'. The HR executive schedules and meets at the lobby only. 'approx 1 hour' gives the end. Documents to carry do not make it an info request.",
)

# ================================================================ other kinds
add(
    name="info-w13-wellington-vfx-reel-breakdown-referees-decide-20-nov",
    kind="info_request",
    frm=addr("Aroha Ngāta", "aroha.ngata@kowhaivfx.example"),
    to="Lucas Moreau <lucas.moreau@example.fr>",
    subject=hdr("Kōwhai Visual Effects - Senior Compositor: reel breakdown & referees"),
    date=(2026, 11, 3, 9, 45, "Pacific/Auckland"),
    fmt="alt",
    body="""
Kia ora Lucas,

Thanks for your time with Sione and the comp leads on Friday - they enjoyed it. Before we take the Senior Compositor role further, could you please send us:

1. a shot-by-shot breakdown of your reel (what you did on each shot, the software used, and what was plate vs. CG), and
2. the names and contact details of two referees, ideally a comp supervisor you've reported to.

If you could get these to me by Friday 6 November that would be great. The supervisors will make a final decision by Friday 20 November, and I'll be in touch either way.

Ngā mihi,
Aroha

Aroha Ngāta
Talent Coordinator
Kōwhai Visual Effects, Miramar, Wellington
""",
    company="Kōwhai Visual Effects",
    role="Senior Compositor",
    decision_by="2026-11-20",
    notes="Asks for a reel breakdown and referees (info request). 'by Friday 6 November' is the candidate's deadline; the supervisors' final decision by Friday 20 November is the decision date. Names in the past interview are not interviewers here.",
)

# ================================================================ hard negatives
add(
    name="oth-w13-film-festival-in-conversation-moderator-ics",
    kind="other",
    frm="Programming Team <programming@harbourlightsfilmfest.example>",
    to="Maya Chen <mayachen.edits@example.com>",
    subject="Confirmed: you're moderating 'In Conversation with Ana Lucía Ferrer'",
    date=(2026, 9, 1, 11, 20, "America/Los_Angeles"),
    ics_style="attach",
    body="""
Hi Maya,

Thank you for agreeing to moderate our In Conversation session with director Ana Lucía Ferrer after the screening of LAS HORAS QUIETAS. A calendar invite is attached.

Saturday, September 19 - 7:15 pm to 8:00 pm (after the 5:30 pm screening)
Egyptian Theatre, Stage left green room from 6:45 pm

Format: 30 minutes of your questions, 15 minutes of audience Q&A. Ana Lucía prefers to answer in Spanish with our interpreter, Lucho, beside her. Please send us your question outline by September 12.

Your festival pass and two guest tickets will be at Will Call.

Warmly,
Dana Whitford
Programming Team, Harbour Lights Film Festival
""",
    ics=ics(
        uid="hlff-2026-inconv-ferrer@harbourlightsfilmfest.example",
        start="2026-09-19 19:15",
        end="2026-09-19 20:00",
        tz="America/Los_Angeles",
        vtz=vtz_us("America/Los_Angeles", "-0800", "-0700", "PST", "PDT"),
        organizer=("Dana Whitford", "programming@harbourlightsfilmfest.example"),
        attendees=[
            ("Maya Chen", "mayachen.edits@example.com"),
            ("Ana Lucía Ferrer", "talent@ferrerfilms.example"),
        ],
        summary="In Conversation with Ana Lucía Ferrer - moderator: Maya Chen",
        prodid="-//Eventive//Festival Scheduler//EN",
        location="Egyptian Theatre",
    ),
    notes="Hard negative: the user interviews someone on stage (a moderated 'In Conversation'); an ICS REQUEST with a time, but no hiring.",
)

add(
    name="oth-w13-user-on-search-committee-candidate-itinerary",
    kind="other",
    frm="Carol Bishop <cbishop@whitfield.example.edu>",
    to="Linguistics Search Committee <ling-search@whitfield.example.edu>",
    subject="Dr. Sunita Rao campus visit Feb 19 - committee schedule",
    date=(2026, 2, 13, 10, 2, "America/New_York"),
    body="""
Hi all,

Here is the schedule for our second candidate, Dr. Sunita Rao, who visits next Thursday, February 19.

9:00-9:45  Search committee meeting with the candidate (Seminar Room 3)
10:45-11:45  Job talk, Ames Hall 201
1:30-2:00  Chalk talk with the committee
2:15-3:00  Candidate meets Dean Haddad

Evaluation forms are in the shared drive; please submit yours by noon on Monday the 23rd so Helen can summarize for the faculty vote.

Lunch: Raymond, can you take the grad students' place this time? They have a colloquium.

Thanks,
Carol

Carol Bishop
Department Administrator, Linguistics
Whitfield College
""",
    notes="Hard negative: the user sits on the search committee and will interview someone else; times and a job talk, but the user is not the candidate.",
)

add(
    name="oth-w13-hotel-group-reference-call-for-former-deputy",
    kind="other",
    frm="Imogen Clarke <imogen.clarke@bellmoorhotels.example>",
    to="Aditya Bhatt <aditya.bhatt91@example.in>",
    subject="Reference for Ms. Farah Qureshi - Bellmoor Hotels",
    date=(2026, 6, 2, 13, 10, "Europe/London"),
    fmt="qp",
    body="""
Dear Mr Bhatt,

Farah Qureshi has applied for the position of Rooms Division Manager at Bellmoor Hotels and has given your name as a referee, from her time as your Deputy Front Office Manager at Sagarika Grand.

Would you be available for a 15-minute reference call on Thursday 4 June at 3:30pm UK time (8pm IST)? If another time suits better, please reply with two or three options. Alternatively, I can send a short written questionnaire.

Everything you share will be treated in confidence.

With thanks,
Imogen Clarke
Talent Acquisition Manager
Bellmoor Hotels, London
""",
    notes="Hard negative: the user is a referee for someone else's application; the call is a reference check, not an interview of the user.",
)

add(
    name="oth-w13-architecture-podcast-recording-invite",
    kind="other",
    frm="Ola Sørensen <ola@formandfieldpod.example>",
    to="Tomás Ferreira <tomas.ferreira@example.pt>",
    subject="Form & Field podcast - would you come on to talk about the Tejo pavilion?",
    date=(2026, 6, 22, 9, 30, "Europe/Oslo"),
    fmt="alt",
    body="""
Hi Tomás,

I host Form & Field, a podcast about small public buildings (we just passed 200 episodes!). Your Tejo pavilion has been on my list since it won the AR Emerging award, and I'd love to interview you about it: the timber gridshell, the community workshops, and what you'd do differently.

Recording is remote, about 50 minutes, and we edit it down to 35. If you're up for it, please grab a slot here: https://calendly.com/formandfield/recording

No preparation needed; I'll send the questions a day before.

Best,
Ola Sørensen
Host, Form & Field
""",
    notes="Hard negative: a podcast 'interview' about the user's work with a booking link; no hiring.",
)

add(
    name="oth-w13-goodtime-candidate-experience-survey",
    kind="other",
    frm="Studio Brume via GoodTime <noreply@goodtime.io>",
    to="Karim Benali <karim.benali@example.ca>",
    subject="How was your interview with Studio Brume?",
    date=(2026, 3, 18, 10, 0, "America/Toronto"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="font-weight:600">Hi Karim, how did it go?</h2>
<p>You recently interviewed with <b>Studio Brume</b> for <b>Senior Gameplay Programmer</b>, meeting Geneviève Tremblay and Olivier Côté-Lapointe.</p>
<p>We'd love to hear about your experience. The survey takes about 2 minutes and your answers are shared with the recruiting team anonymously.</p>
<p style="text-align:center"><a href="https://survey.goodtime.io/s/8c1f0b2e" style="background:#5a3fd8;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Rate your experience</a></p>
<p style="font-size:12px;color:#888">This survey is not part of the hiring decision. Powered by GoodTime.</p>
</td></tr></table></body></html>
""",
    notes="Hard negative: a survey about an interview already held; names the interviewers but schedules nothing and decides nothing.",
)

add(
    name="oth-w13-scam-fashion-brand-telegram-interview",
    kind="other",
    frm='"Maison Verelle HR" <hr.maisonverelle.careers@gmail.example>',
    to="Giulia Rossi <giulia.rossi@example.it>",
    subject="Job Offer - Remote Assistant to the Creative Director (Maison Verelle Paris)",
    date=(2026, 4, 2, 3, 14, "UTC"),
    body="""
Dear Applicant,

Your CV has been shortlisted by Maison Verelle Paris for the position of Remote Assistant to the Creative Director. Salary: EUR 4,800/month, flexible hours, work from home.

Your online interview will be conducted by our HR Manager Mrs. Linda Cole on Telegram (@LindaCole_MVHR). Please add her and send the word "VERELLE2026" to begin the text interview at any time today.

After the interview you will receive a cheque to purchase your home office equipment from our approved vendor. Kindly also send a copy of your passport and bank details to complete onboarding.

Regards,
Recruitment Department
Maison Verelle Paris
""",
    notes="Hard negative: scam imitating a fashion house (free-mail sender, Telegram 'text interview', cheque for equipment, bank details). Stays other.",
)
