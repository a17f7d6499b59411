"""Probes of who interviews: messages written from the issue's list (panels, tables, coordinators,
replaced panelists, quoted history, calendar guests, signatures, other languages) against what
the people reader could miss, not from any corpus message. Sent Wed 2026-03-04 10:00 Chicago
to Jordan Avery; tests/unit/understand/test_people_probes.py checks each one's kind and
interviewers (names compared without case, as `evaluate` does).
"""

# ruff: noqa: E501 - message bodies read better unbroken
from __future__ import annotations

# (kind, subject, sender, body, interviewer names, calendar parts)
PROBES: list[tuple[str, str, str, str, list[str], list[str]]] = [
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT. Your interviewers:\n"
        "\n"
        "- Jane Whitfield <jane.whitfield@brightwave.example>\n"
        "- Marcus Oyelaran <marcus.o@brightwave.example>\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview schedule - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Here is your schedule for Tuesday, March 10 at 2:00 PM CT:\n"
        "\n"
        "2:00 - 2:45  Jane Whitfield (Engineering Manager)\n"
        "2:45 - 3:30  Marcus Oyelaran (Staff Engineer)\n"
        "3:30 - 4:00  Break\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Great news! Dr. Helen Marsh, our VP of Data, would like to meet you on Tuesday, March 10 at "
        "2:00 PM CT over Zoom.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Helen Marsh"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "On Tuesday, March 10 at 2:00 PM CT you'll meet Jean-Luc Moreau and Siobhán Ní Bhriain from the "
        "platform team.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jean-Luc Moreau", "Siobhán Ní Bhriain"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your interview is set for Tuesday, March 10 at 2:00 PM CT. Ravi Menon will interview you; I'll "
        "be on the call briefly at the start to make introductions but won't take part.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Ravi Menon"],
        [],
    ),
    (
        "reschedule",
        "Updated: interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "A change to your panel: Ravi Menon is unavailable, so Priyanka Das will interview you instead. "
        "The time stays the same but we moved it to Wednesday, March 11 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Priyanka Das"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You'll be interviewing with our Director of Engineering, Tomasz Wiśniewski, on Tuesday, March "
        "10 at 2:00 PM CT. If you have any questions beforehand, my colleague Elena Park can help.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Tomasz Wiśniewski"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're set for Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Interviewers: Whitfield, Jane (Engineering Manager); Oyelaran, Marcus (Staff Engineer)\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "We'd like to invite you to a panel interview on Tuesday, March 10 at 2:00 PM CT. The panel will "
        "be Jane Whitfield, Marcus Oyelaran and Ines Carvalho.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Ines Carvalho", "Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Jane Whitfield (Engineering Manager) and Marcus Oyelaran (Staff Engineer) will be your "
        "interviewers on Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Thanks for your time today. The next step is a 60-minute technical interview on Tuesday, March "
        "10 at 2:00 PM CT. You'll pair with two engineers from the team, Oluwaseun Adeyemi and Kenji "
        "Watanabe.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Kenji Watanabe", "Oluwaseun Adeyemi"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "I'd like to schedule your onsite for Tuesday, March 10 at 2:00 PM CT. Agenda:\n"
        "\n"
        "* 2:00 PM - Hiring manager interview (Jane Whitfield)\n"
        "* 3:00 PM - System design (Marcus Oyelaran)\n"
        "* 4:00 PM - Values interview (Ines Carvalho)\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Ines Carvalho", "Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your video interview is on Tuesday, March 10 at 2:00 PM CT. You will be meeting:\n"
        "\n"
        "Jane Whitfield\n"
        "Engineering Manager\n"
        "\n"
        "Marcus Oyelaran\n"
        "Staff Engineer\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Jane Whitfield <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Camila passed me your resume and I'd love to chat. Are you free Tuesday, March 10 at 2:00 PM "
        "CT? My colleague Marcus Oyelaran will join us.\n"
        "\n"
        "Cheers,\n"
        "Jane Whitfield\n"
        "Engineering Manager | Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're booked for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield. Please note Marcus "
        "Oyelaran, who you spoke with last round, won't be on this call.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Re: Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Perfect, confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave\n"
        "\n"
        "On Mon, Mar 2, 2026 at 9:00 AM Jordan Avery <jordan.avery@example.net> wrote:\n"
        "> Hi Camila, Tuesday works.\n"
        ">\n"
        "> On Fri, Feb 27, 2026 Camila Reyes wrote:\n"
        ">> Would you be free to meet Jane Whitfield or Marcus Oyelaran next week?",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You'll meet with Ms. Adaeze Nwosu, Head of Analytics, on Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Adaeze Nwosu"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your interview is on Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "| Time | Interviewer | Focus |\n"
        "|---|---|---|\n"
        "| 2:00 | Jane Whitfield | Hiring manager |\n"
        "| 2:45 | Marcus Oyelaran | Coding |\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Hope your week is going well! I'm excited to let you know the team wants to move forward. I've "
        "set up a conversation with Rebecca Stone, who leads our data platform group, for Tuesday, March "
        "10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Rebecca Stone"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your final round is Tuesday, March 10 at 2:00 PM CT. You'll be speaking with Anna-Lena Fischer "
        "(CTO), Bartholomew O'Connor-Hughes (Principal Engineer) and Li Na (Product Lead).\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Anna-Lena Fischer", "Bartholomew O'Connor-Hughes", "Li Na"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "We'd like to invite you to a panel interview on Tuesday, March 10 at 2:00 PM CT. The panel will "
        "be Jane Whitfield, Marcus Oyelaran and Peter Brandt.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran", "Peter Brandt"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "I'd like to schedule your onsite for Tuesday, March 10 at 2:00 PM CT. Agenda:\n"
        "\n"
        "* 2:00 PM - Hiring manager interview (Jane Whitfield)\n"
        "* 3:00 PM - System design (Marcus Oyelaran)\n"
        "* 4:00 PM - Values interview (Peter Brandt)\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran", "Peter Brandt"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your interview is on Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "| Time | Interviewer | Focus |\n"
        "| 2:00 | Jane Whitfield | Hiring manager |\n"
        "| 2:45 | Marcus Oyelaran | Coding |\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your interview is on Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Time | Interviewer | Focus\n"
        "---|---|---\n"
        "2:00 | Jane Whitfield | Hiring manager\n"
        "2:45 | Marcus Oyelaran | Coding\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Invite attached for Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [
            "BEGIN:VCALENDAR\n"
            "METHOD:REQUEST\n"
            "BEGIN:VEVENT\n"
            "UID:abc-1\n"
            "DTSTART;TZID=America/Chicago:20260310T140000\n"
            "DTEND;TZID=America/Chicago:20260310T150000\n"
            "SUMMARY:Interview: Jordan Avery / Data Engineer\n"
            "ORGANIZER;CN=Camila Reyes:mailto:camila.reyes@brightwave.example\n"
            "ATTENDEE;CN=Jordan Avery;ROLE=REQ-PARTICIPANT:mailto:jordan.avery@example.net\n"
            "ATTENDEE;CN=Camila Reyes;ROLE=REQ-PARTICIPANT:mailto:camila.reyes@brightwave.example\n"
            "ATTENDEE;CN=Jane Whitfield;ROLE=REQ-PARTICIPANT:mailto:jane.whitfield@brightwave.example\n"
            "ATTENDEE;CN=Marcus Oyelaran;ROLE=REQ-PARTICIPANT:mailto:marcus.o@brightwave.example\n"
            "ATTENDEE;CUTYPE=RESOURCE;CN=Conf Room "
            "4B;ROLE=REQ-PARTICIPANT:mailto:room-4b@resource.brightwave.example\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n"
        ],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Invite attached for Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [
            "BEGIN:VCALENDAR\n"
            "METHOD:REQUEST\n"
            "BEGIN:VEVENT\n"
            "UID:abc-1\n"
            "DTSTART;TZID=America/Chicago:20260310T140000\n"
            "DTEND;TZID=America/Chicago:20260310T150000\n"
            "SUMMARY:Interview: Jordan Avery / Data Engineer\n"
            "ORGANIZER;CN=Camila Reyes:mailto:camila.reyes@brightwave.example\n"
            "ATTENDEE;CN=Jordan Avery;ROLE=REQ-PARTICIPANT:mailto:jordan.avery@example.net\n"
            "ATTENDEE;CN=Camila Reyes;ROLE=REQ-PARTICIPANT:mailto:camila.reyes@brightwave.example\n"
            'ATTENDEE;CN="Whitfield, Jane";ROLE=REQ-PARTICIPANT:mailto:jane.whitfield@brightwave.example\n'
            "ATTENDEE;CN=marcus.oyelaran@brightwave.example;ROLE=REQ-PARTICIPANT:mailto:marcus.oyelaran@brightwave.example\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n"
        ],
    ),
    (
        "invitation",
        "FW: Interview confirmation - Data Engineer",
        "Tom Baxter <tom@hirewell-agency.example>",
        "Hi Jordan,\n"
        "\n"
        "See below from the client - all confirmed. Good luck!\n"
        "\n"
        "Tom Baxter\n"
        "Senior Consultant, Hirewell\n"
        "\n"
        "-----Original Message-----\n"
        "From: Camila Reyes <camila.reyes@brightwave.example>\n"
        "Sent: Monday, March 2, 2026 4:12 PM\n"
        "To: Tom Baxter <tom@hirewell-agency.example>\n"
        "Subject: Interview confirmation - Data Engineer\n"
        "\n"
        "Hi Tom,\n"
        "\n"
        "Confirming Jordan for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield and Marcus Oyelaran.\n"
        "\n"
        "Thanks,\n"
        "Camila",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "RE: Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield.\n"
        "\n"
        "Best,\n"
        "Camila\n"
        "\n"
        "From: Jordan Avery <jordan.avery@example.net>\n"
        "Sent: Monday, March 2, 2026 9:00 AM\n"
        "To: Camila Reyes\n"
        "Subject: RE: Interview - Data Engineer\n"
        "\n"
        "Tuesday works. Will Marcus Oyelaran be there too?\n"
        "\n"
        "From: Camila Reyes\n"
        "Sent: Friday, February 27, 2026\n"
        "\n"
        "Would you be free to meet Paul Krause next week?",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Recruiting Coordination <scheduling@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You are confirmed for Tuesday, March 10 at 2:00 PM CT. Your interviewer will be Jane Whitfield, "
        "Engineering Manager.\n"
        "\n"
        "Please reach out to me with any questions.\n"
        "\n"
        "Thanks,\n"
        "Owen Fitzgerald\n"
        "Recruiting Coordinator",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You are confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield. Owen Fitzgerald, our "
        "recruiting coordinator, will send the Zoom link.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Phone screen",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Thanks for applying to the Data Engineer role! I'd like to set up a 30 minute phone call to "
        "learn more about your background. Would Tuesday, March 10 at 2:00 PM CT work? I'll call you at "
        "the number on your resume.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Camila Reyes"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You'll meet Jane Whitfield on Tuesday, March 10 at 2:00 PM CT. Her LinkedIn: "
        "https://www.linkedin.com/in/janewhitfield\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You'll meet Jane (Engineering Manager) and Marcus (Staff Engineer) on Tuesday, March 10 at 2:00 "
        "PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane", "Marcus"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your interview with the hiring manager, Jane Whitfield, is confirmed for Tuesday, March 10 at "
        "2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "The hiring team would love to meet you. Jane Whitfield and Marcus Oyelaran are available "
        "Tuesday, March 10 at 2:00 PM CT; please confirm.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Congratulations on moving to the final round! It's on Tuesday, March 10 at 2:00 PM CT at our "
        "Austin office.\n"
        "\n"
        "Who you'll meet\n"
        "Jane Whitfield - Engineering Manager\n"
        "Marcus Oyelaran - Staff Engineer\n"
        "Roberta Lindqvist - Director of Data\n"
        "\n"
        "Parking is available on site.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran", "Roberta Lindqvist"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "See you Tuesday, March 10 at 2:00 PM CT! Joining from our side: Jane Whitfield and Marcus "
        "Oyelaran.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your interview is on Tuesday, March 10 at 2:00 PM CT. The interview will be conducted by Jane "
        "Whitfield (Engineering Manager) together with Marcus Oyelaran.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Brightwave Recruiting <interviews@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your interview is confirmed. Details are in the attached invitation.\n"
        "\n"
        "Brightwave Recruiting",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [
            "BEGIN:VCALENDAR\n"
            "METHOD:REQUEST\n"
            "BEGIN:VEVENT\n"
            "UID:gt-9\n"
            "DTSTART:20260310T200000Z\n"
            "DTEND:20260310T210000Z\n"
            "SUMMARY:Brightwave Interview - Data Engineer\n"
            "DESCRIPTION:Interview schedule\\n\\n2:00 PM - 2:30 PM  Jane Whitfield (Engineering "
            "Manager)\\n2:30 PM - 3:00 PM  Marcus Oyelaran (Staff Engineer)\\n\\nZoom: "
            "https://zoom.us/j/123\n"
            "ORGANIZER;CN=Brightwave Recruiting:mailto:interviews@brightwave.example\n"
            "ATTENDEE;CN=Jordan Avery:mailto:jordan.avery@example.net\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n"
        ],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Jane Whitfield <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n\nSending an invite for our chat.\n\nJane",
        ["Jane Whitfield"],
        [
            "BEGIN:VCALENDAR\n"
            "METHOD:REQUEST\n"
            "BEGIN:VEVENT\n"
            "UID:abc-1\n"
            "DTSTART;TZID=America/Chicago:20260310T140000\n"
            "DTEND;TZID=America/Chicago:20260310T150000\n"
            "SUMMARY:Interview: Jordan Avery / Data Engineer\n"
            "ORGANIZER;CN=Jane Whitfield:mailto:jane.whitfield@brightwave.example\n"
            "ATTENDEE;CN=Jordan Avery;ROLE=REQ-PARTICIPANT:mailto:jordan.avery@example.net\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n"
        ],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Invite attached for Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [
            "BEGIN:VCALENDAR\n"
            "METHOD:REQUEST\n"
            "BEGIN:VEVENT\n"
            "UID:abc-1\n"
            "DTSTART;TZID=America/Chicago:20260310T140000\n"
            "DTEND;TZID=America/Chicago:20260310T150000\n"
            "SUMMARY:Interview: Jordan Avery / Data Engineer\n"
            "ORGANIZER;CN=Camila Reyes:mailto:camila.reyes@brightwave.example\n"
            "ATTENDEE;CN=Jordan Avery;ROLE=REQ-PARTICIPANT:mailto:jordan.avery@example.net\n"
            "ATTENDEE;CN=Jane Whitfield;ROLE=REQ-PARTICIPANT:mailto:jane.whitfield@brightwave.example\n"
            "ATTENDEE;CN=Brightwave Interviews;ROLE=REQ-PARTICIPANT:mailto:interviews@brightwave.example\n"
            "ATTENDEE;CN=Zoom Room;ROLE=REQ-PARTICIPANT:mailto:zoomroom7@brightwave.example\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n"
        ],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your interview is on Tuesday, March 10 at 2:00 PM CT. Jane Whitfield had to drop out, so Marcus "
        "Oyelaran will cover.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You'll meet Jane Whitfield, PhD, Head of ML, on Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You'll meet Jane K. Whitfield and Dr Marcus Oyelaran on Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane K. Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Einladung zum Vorstellungsgespräch",
        "Lena Vogt <lena.vogt@nordlicht.example.de>",
        "Hallo Jordan,\n"
        "\n"
        "wir laden Sie herzlich zum Gespräch am Dienstag, 10. März um 14:00 Uhr ein. Sie sprechen mit "
        "Frau Dr. Anja Schmidt (Leiterin Entwicklung) und Herrn Jonas Weber.\n"
        "\n"
        "Viele Grüße\n"
        "Lena Vogt\n"
        "HR",
        ["Anja Schmidt", "Jonas Weber"],
        [],
    ),
    (
        "invitation",
        "Entrevista - Ingeniero de Datos",
        "Carmen Ruiz <carmen.ruiz@solaria.example.es>",
        "Hola Jordan,\n"
        "\n"
        "Te confirmo la entrevista el martes 10 de marzo a las 14:00. La entrevista será con Luis "
        "Hernández, Gerente de Ingeniería, y con Ana Torres.\n"
        "\n"
        "Saludos,\n"
        "Carmen Ruiz",
        ["Ana Torres", "Luis Hernández"],
        [],
    ),
    (
        "invitation",
        "Entretien - Data Engineer",
        "Claire Dubois <claire.dubois@lumiere.example.fr>",
        "Bonjour Jordan,\n"
        "\n"
        "Nous vous proposons un entretien le mardi 10 mars à 14h00. Vous rencontrerez Mme Sophie "
        "Laurent, directrice technique, et M. Paul Martin.\n"
        "\n"
        "Cordialement,\n"
        "Claire Dubois\n"
        "Chargée de recrutement",
        ["Paul Martin", "Sophie Laurent"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You'll meet Mr. Tanaka, our engineering director, on Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Tanaka"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Good news - we'd like to bring you in on Tuesday, March 10 at 2:00 PM CT. You'll spend an hour "
        "with Jane Whitfield and then 45 minutes with Marcus Oyelaran. My colleague Brian Koh from "
        "recruiting will greet you at reception.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield. You may remember "
        "Marcus Oyelaran from your first round; he won't be joining this time.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Jane Whitfield <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "I'm Jane, the hiring manager for the Data Engineer role. I'd like to invite you to a 45 minute "
        "video interview on Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Jane Whitfield\n"
        "Engineering Manager, Brightwave\n"
        "jane.whitfield@brightwave.example",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT. You'll be interviewed by:\n"
        "\n"
        "  Jane Whitfield, Engineering Manager\n"
        "  Marcus Oyelaran, Staff Engineer\n"
        "\n"
        "Let me know if you need anything.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT. Interview panel:\n"
        "1. Jane Whitfield\n"
        "2. Marcus Oyelaran\n"
        "3. Peter Brandt\n"
        "\n"
        "Please bring a photo ID.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran", "Peter Brandt"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Jane Whitfield <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Thanks for your interest in the team. Would Tuesday, March 10 at 2:00 PM CT work for a "
        "45-minute conversation? Looking forward to meeting you.\n"
        "\n"
        "Jane Whitfield\n"
        "Engineering Manager, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Panel: JANE WHITFIELD (Head of Data), MARCUS OYELARAN (Staff Engineer)\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Jane Whitfield <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Camila set up our interview for Tuesday, March 10 at 2:00 PM CT. I'll be one of your "
        "interviewers, together with Marcus Oyelaran.\n"
        "\n"
        "Jane Whitfield\n"
        "Engineering Manager, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You'll meet Jane Whitfield (she/her), Engineering Manager, and Marcus Oyelaran (he/him), Staff "
        "Engineer, on Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Invite attached for Tuesday, March 10 at 2:00 PM CT.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [
            "BEGIN:VCALENDAR\n"
            "METHOD:REQUEST\n"
            "BEGIN:VEVENT\n"
            "UID:abc-1\n"
            "DTSTART;TZID=America/Chicago:20260310T140000\n"
            "DTEND;TZID=America/Chicago:20260310T150000\n"
            "SUMMARY:Interview: Jordan Avery / Data Engineer\n"
            "ORGANIZER;CN=Camila Reyes:mailto:camila.reyes@brightwave.example\n"
            "ATTENDEE;CN=Jordan Avery;ROLE=REQ-PARTICIPANT:mailto:jordan.avery@example.net\n"
            "ATTENDEE;CN=Jane Whitfield "
            "(she/her);ROLE=REQ-PARTICIPANT:mailto:jane.whitfield@brightwave.example\n"
            "ATTENDEE;CN=Marcus Oyelaran [EXT];ROLE=REQ-PARTICIPANT:mailto:marcus.o@brightwave.example\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n"
        ],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Jane Whitfield via Greenhouse <no-reply@greenhouse.io>",
        "Hi Jordan,\n"
        "\n"
        "I'd love to chat about the Data Engineer role. Does Tuesday, March 10 at 2:00 PM CT work for a "
        "call with me?\n"
        "\n"
        "Jane",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "The next step is a technical interview on Tuesday, March 10 at 2:00 PM CT. Your interviewer "
        "will be Jane Whitfield - she leads our data platform team.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "I have scheduled your interview for Tuesday, March 10 at 2:00 PM CT. Joining will be:\n"
        "\n"
        "• Jane Whitfield | Engineering Manager\n"
        "• Marcus Oyelaran | Staff Engineer\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Great news! You'll have a final round on Tuesday, March 10 at 2:00 PM CT with our CEO Jane "
        "Whitfield and our CTO Marcus Oyelaran.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield and Marcus Oyelaran. "
        "Our office manager, Pat Quinn, will meet you at reception.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT. You'll be speaking with Jane Whitfield. "
        "Jane has been at Brightwave for six years and previously worked at Google.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview schedule - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Here's your schedule for Tuesday, March 10 at 2:00 PM CT:\n"
        "\n"
        "2:00 PM - 2:45 PM: Technical Interview\n"
        "Interviewers: Jane Whitfield, Marcus Oyelaran\n"
        "\n"
        "2:45 PM - 3:30 PM: Hiring Manager\n"
        "Interviewer: Peter Brandt\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran", "Peter Brandt"],
        [],
    ),
    (
        "invitation",
        "Invitation to interview",
        "HR Team <hr@council.example.gov.uk>",
        "Dear Jordan,\n"
        "\n"
        "I am pleased to invite you to interview on Tuesday 10 March 2026 at 2pm. You will be "
        "interviewed by a panel consisting of Ms Jane Whitfield (Chair), Dr Marcus Oyelaran and Mr Peter "
        "Brandt.\n"
        "\n"
        "Yours sincerely,\n"
        "HR Team",
        ["Jane Whitfield", "Marcus Oyelaran", "Peter Brandt"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your interview is on Tuesday, March 10 at 2:00 PM CT. You'll meet Kim Min-jun, Zhang Wei and "
        "Nguyễn Văn An from the data team.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Kim Min-jun", "Nguyễn Văn An", "Zhang Wei"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Your interview is on Tuesday, March 10 at 2:00 PM CT with Mohammed Al-Farsi and R. Srinivasan.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Mohammed Al-Farsi", "R. Srinivasan"],
        [],
    ),
    (
        "invitation",
        "Interview details",
        "Talent Team <talent@infosys-like.example.in>",
        "Dear Jordan,\n"
        "\n"
        "Please find below the details of your interview:\n"
        "\n"
        "Date: 10-Mar-2026\n"
        "Time: 2:00 PM CT\n"
        "Interviewer Name: Jane Whitfield\n"
        "Designation: Engineering Manager\n"
        "Mode: Video\n"
        "\n"
        "Regards,\n"
        "Talent Team",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're all set for Tuesday, March 10 at 2:00 PM CT. Meet the team: Jane Whitfield (EM) · Marcus "
        "Oyelaran (Staff Eng) · Peter Brandt (PM)\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran", "Peter Brandt"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're all set for Tuesday, March 10 at 2:00 PM CT! Here's who you'll be talking to:\n"
        "\n"
        "Jane Whitfield — Engineering Manager. Jane leads the data platform team.\n"
        "Marcus Oyelaran — Staff Engineer. Marcus will run the system design portion.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "The hiring manager, Jane Whitfield, would like to meet you on Tuesday, March 10 at 2:00 PM CT. "
        "Marcus Oyelaran from her team will join too.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "I've booked your interview for Tuesday, March 10 at 2:00 PM CT. It's with Jane Whitfield "
        "(https://www.linkedin.com/in/janewhitfield) and Marcus Oyelaran "
        "(https://www.linkedin.com/in/moyelaran).\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You'll be meeting with two people on Tuesday, March 10 at 2:00 PM CT:\n"
        "\n"
        "1. Jane Whitfield, our Engineering Manager, who'll talk about the team\n"
        "2. Marcus Oyelaran, a Staff Engineer, for a technical deep-dive\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Confirming Tuesday, March 10 at 2:00 PM CT. Interviewers: Jane Whitfield "
        "(jane.whitfield@brightwave.example) & Marcus Oyelaran (marcus@brightwave.example)\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Confirming Tuesday, March 10 at 2:00 PM CT. The interview will be led by Jane Whitfield, and "
        "Marcus Oyelaran will shadow as a trainee interviewer.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Great speaking with you yesterday! As promised, I've set up your next interview for Tuesday, "
        "March 10 at 2:00 PM CT with Jane Whitfield, our VP of Engineering.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield at our Santa Clara "
        "office (Building 4, Mission College Blvd). Parking is free.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield over Microsoft Teams. "
        "Please have Power BI Desktop installed for the exercise.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield. Our founder Elena "
        "Park started Brightwave in 2015 after leaving Stripe.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield. I've cc'd Owen "
        "Fitzgerald, who coordinates our interviews.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield. Before the interview, "
        "you might enjoy Marcus Oyelaran's talk on our data platform: https://youtu.be/x\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Great news - Jane Whitfield was impressed by your take-home. She'd like to meet on Tuesday, "
        "March 10 at 2:00 PM CT to discuss it.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT. Your interviewer is Jane Whitfield; the "
        "role reports to Marcus Oyelaran, our CTO, whom you'll meet in a later round.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield. Address: 500 Howard "
        "Street, San Francisco. Ask for Maria at the front desk.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Jane Whitfield <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Marcus Oyelaran recommended I reach out. Would you be free Tuesday, March 10 at 2:00 PM CT for "
        "a chat with me about the Data Engineer role?\n"
        "\n"
        "Jane Whitfield\n"
        "Engineering Manager",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield. Please review the "
        "Brightwave Values doc and the Data Engineering Handbook beforehand.\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Interview - Data Engineer",
        "Camila Reyes <camila.reyes@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "You're confirmed for Tuesday, March 10 at 2:00 PM CT with Jane Whitfield (Engineering Manager) "
        "and Marcus Oyelaran (Staff Engineer). Jane and Marcus are looking forward to it!\n"
        "\n"
        "Best,\n"
        "Camila Reyes\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [],
    ),
    (
        "invitation",
        "Interview confirmed - Data Engineer",
        "Brightwave Recruiting <interviews@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Thank you for your time so far in the process. We are excited to confirm your virtual onsite "
        "for the Data Engineer role. Please find the calendar invitation attached with all the details, "
        "including the Zoom link and who you will meet. If you need any accommodations, please let us "
        "know and we will be happy to help.\n"
        "\n"
        "Brightwave Recruiting",
        ["Jane Whitfield", "Marcus Oyelaran"],
        [
            "BEGIN:VCALENDAR\n"
            "METHOD:REQUEST\n"
            "BEGIN:VEVENT\n"
            "UID:gt-10\n"
            "DTSTART:20260310T200000Z\n"
            "DTEND:20260310T213000Z\n"
            "SUMMARY:Brightwave Interview - Data Engineer\n"
            "DESCRIPTION:Your interviewers:\\n- Jane Whitfield\\, Engineering Manager\\n- Marcus "
            "Oyelaran\\, Staff Engineer\\n\\nJoin Zoom: https://zoom.us/j/123\n"
            "ORGANIZER;CN=Brightwave Recruiting:mailto:interviews@brightwave.example\n"
            "ATTENDEE;CN=Jordan Avery:mailto:jordan.avery@example.net\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n"
        ],
    ),
    (
        "invitation",
        "Phone screen",
        "jane.whitfield@brightwave.example",
        "Hi Jordan,\n"
        "\n"
        "Thanks for applying for the Data Engineer role. Are you free Tuesday, March 10 at 2:00 PM CT "
        "for a 30-minute phone screen with me?\n"
        "\n"
        "Best,\n"
        "Jane Whitfield\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Phone screen",
        "Jane W. <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Thanks for applying for the Data Engineer role. Are you free Tuesday, March 10 at 2:00 PM CT "
        "for a 30-minute phone screen with me?\n"
        "\n"
        "Best,\n"
        "Jane Whitfield\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Phone screen",
        '"Whitfield, Jane" <jane.whitfield@brightwave.example>',
        "Hi Jordan,\n"
        "\n"
        "Thanks for applying for the Data Engineer role. Are you free Tuesday, March 10 at 2:00 PM CT "
        "for a 30-minute phone screen with me?\n"
        "\n"
        "Best,\n"
        "Jane\n"
        "Talent Partner, Brightwave",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Phone screen",
        "JANE WHITFIELD <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Thanks for applying for the Data Engineer role. Are you free Tuesday, March 10 at 2:00 PM CT "
        "for a 30-minute phone screen with me?\n"
        "\n"
        "Best,\n"
        "Jane",
        ["JANE WHITFIELD"],
        [],
    ),
    (
        "invitation",
        "Phone screen",
        "Jane <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Thanks for applying for the Data Engineer role. Are you free Tuesday, March 10 at 2:00 PM CT "
        "for a 30-minute phone screen with me?\n"
        "\n"
        "Best,\n"
        "Jane Whitfield | Talent Partner",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Phone screen",
        "Dr. Jane Whitfield <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Thanks for applying for the Data Engineer role. Are you free Tuesday, March 10 at 2:00 PM CT "
        "for a 30-minute phone screen with me?\n"
        "\n"
        "Best,\n"
        "Jane",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Phone screen",
        "Jane Whitfield (Brightwave) <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Thanks for applying for the Data Engineer role. Are you free Tuesday, March 10 at 2:00 PM CT "
        "for a 30-minute phone screen with me?\n"
        "\n"
        "Best,\n"
        "Jane",
        ["Jane Whitfield"],
        [],
    ),
    (
        "invitation",
        "Phone screen",
        "Jane Whitfield | Brightwave <jane.whitfield@brightwave.example>",
        "Hi Jordan,\n"
        "\n"
        "Thanks for applying for the Data Engineer role. Are you free Tuesday, March 10 at 2:00 PM CT "
        "for a 30-minute phone screen with me?\n"
        "\n"
        "Best,\n"
        "Jane",
        ["Jane Whitfield"],
        [],
    ),
]
