"""Hiring mail for the benchmark mailbox: whole applications, each a thread of messages
(acknowledgement, invitation with or without an attached ICS, scheduling links, reschedules,
next steps, requests for references, rejections, offers), in the styles of several ATS and of
people writing by hand. Deterministic for a seed."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from mime import Built, alternative, ics_event, mixed, plain, stamp

ME_NAME, ME_EMAIL = "Jordan Avery", "jordan.avery@example.net"
COMPANIES = [
    ("Northwind Analytics", "northwind.example"),
    ("Copperleaf Health", "copperleaf.example"),
    ("Bluebird Freight", "bluebirdfreight.example"),
    ("Halvorsen Maritime", "halvorsen.example"),
    ("Kestrel Robotics", "kestrel-robotics.example"),
    ("Lumen & Vale", "lumenvale.example"),
    ("Orchard Street Bank", "orchardbank.example"),
    ("Tanaka Precision", "tanaka-precision.example"),
    ("Ferreira Logística", "ferreira-log.example"),
    ("Saltmarsh Games", "saltmarsh.example"),
    ("Mbeki Energy", "mbeki-energy.example"),
    ("Quill Learning", "quill.example"),
    ("Brightwater Insurance", "brightwater.example"),
    ("Aldergrove Labs", "aldergrove.example"),
    ("Stellwerk GmbH", "stellwerk.example"),
    ("Pinecrest Retail", "pinecrest.example"),
    ("Vantage Civic Tech", "vantagecivic.example"),
    ("Ostrander Media", "ostrander.example"),
    ("Rivera & Cole", "riveracole.example"),
    ("Juniper Biosciences", "juniperbio.example"),
]
ROLES = [
    "Senior Data Analyst",
    "Analytics Engineer",
    "Backend Engineer (Python)",
    "Staff Software Engineer, Payments",
    "Product Analyst",
    "Data Engineer II",
    "Machine Learning Engineer",
    "Business Intelligence Developer",
    "Platform Engineer",
    "Engineering Manager, Data",
    "Site Reliability Engineer",
    "Quantitative Analyst",
]
PEOPLE = [
    ("Priya Raman", "Senior Recruiter"),
    ("Marcus Feld", "Engineering Manager"),
    ("Ana Lucía Ortega", "Director of Data"),
    ("Tomasz Wiśniewski", "Staff Engineer"),
    ("Keiko Sato", "Head of Analytics"),
    ("Olumide Adeyemi", "Principal Engineer"),
    ("Sarah O'Connell", "Talent Partner"),
    ("Luis Hernández", "VP Engineering"),
    ("Mei-Ling Chou", "Data Scientist"),
    ("Henrik Lund", "Product Manager"),
    ("Fatima Zahra Benali", "Technical Recruiter"),
    ("David Goldberg", "CTO"),
    ("Aisha Mohammed", "Senior Software Engineer"),
    ("Rafael Costa", "Team Lead"),
    ("Ingrid Johansson", "People Operations"),
    ("Chinedu Okafor", "Analytics Manager"),
]
ATS = ["greenhouse.io", "lever.co", "myworkday.com", "ashbyhq.com", "smartrecruiters.com"]
ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London"]


def _addr(name: str, domain: str) -> str:
    first, last = name.split(maxsplit=1)[0], name.rsplit(maxsplit=1)[-1]
    return f"{first}.{last}@{domain}".lower().replace("'", "").encode("ascii", "ignore").decode()


class Application:
    """One application's thread of messages, all dated before `end`."""

    def __init__(self, rng: random.Random, index: int, start: datetime) -> None:
        self.rng, self.index = rng, index
        self.company, self.domain = rng.choice(COMPANIES)
        self.role = rng.choice(ROLES)
        self.recruiter = rng.choice(PEOPLE[:7] + PEOPLE[10:11])
        self.panel = rng.sample(PEOPLE, 2)
        self.zone = ZoneInfo(rng.choice(ZONES))
        self.when = start
        self.thread: list[str] = []

    def mid(self, step: str) -> str:
        return f"<app{self.index}.{step}.{self.rng.randrange(10**9)}@{self.domain}>"

    def _head(self, sender: tuple[str, str], subject: str, step: str) -> dict[str, str]:
        name, address = sender
        head = {
            "From": f"{name} <{address}>",
            "To": f"{ME_NAME} <{ME_EMAIL}>",
            "Subject": subject,
            "Date": stamp(self.when.astimezone(self.zone)),
            "Message-ID": self.mid(step),
        }
        if self.thread:
            head["In-Reply-To"] = self.thread[-1]
            head["References"] = " ".join(self.thread[-3:])
        self.thread.append(head["Message-ID"])
        return head

    def _recruiter(self) -> tuple[str, str]:
        return self.recruiter[0], _addr(self.recruiter[0], self.domain)

    def _sign(self) -> str:
        name, title = self.recruiter
        return f"Best regards,\n{name}\n{title}, {self.company}\n"

    def ack(self) -> Built:
        ats = self.rng.choice(ATS)
        sender = (f"{self.company} Recruiting", f"no-reply@{ats}")
        head = self._head(sender, f"Thank you for applying to {self.company}", "ack")
        text = (
            f"Hi Jordan,\n\nThanks for applying to the {self.role} role at {self.company}. "
            "Our team is reviewing your application and will reach out if your experience "
            "matches what we are looking for.\n\nYou can review your application in our "
            f"candidate portal at https://boards.{ats}/{self.domain.split('.')[0]}.\n\n"
            f"Best,\nThe {self.company} Talent Team\n"
        )
        html = "<html><body><p>" + text.replace("\n\n", "</p><p>") + "</p></body></html>"
        return Built(head, alternative(text, html), "application_ack")

    def _slot(self) -> datetime:
        day = (self.when + timedelta(days=self.rng.randint(2, 6))).astimezone(self.zone)
        day = day.replace(hour=self.rng.choice([9, 10, 11, 13, 14, 15, 16]), minute=0)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day.replace(second=0, microsecond=0)

    def invitation(self, with_ics: bool) -> Built:
        start = self._slot()
        (a, at), (b, bt) = self.panel
        nice = start.strftime("%A, %B %-d at %-I:%M %p ") + (start.tzname() or "")
        subject = self.rng.choice(
            [
                f"Interview invitation: {self.role} at {self.company}",
                f"{self.company} | Next round for {self.role}",
                f"Scheduling your interview with {self.company}",
            ]
        )
        head = self._head(self._recruiter(), subject, "invite")
        text = (
            f"Hi Jordan,\n\nThank you for your time so far. We would like to invite you to a "
            f"45-minute video interview for the {self.role} position on {nice}. You will meet "
            f"{a} ({at}) and {b} ({bt}).\n\nThe Zoom link is "
            f"https://zoom.us/j/{self.rng.randrange(10**10)}. Please let me know if the time "
            f"does not work for you.\n\n{self._sign()}"
        )
        if not with_ics:
            return Built(head, plain(text), "invitation")
        attendees = [(ME_NAME, ME_EMAIL), (a, _addr(a, self.domain)), (b, _addr(b, self.domain))]
        cal = ics_event(
            uid=f"app{self.index}-{self.rng.randrange(10**9)}@{self.domain}",
            start=start,
            minutes=45,
            summary=f"Interview: {ME_NAME} / {self.company}",
            organizer=self._recruiter(),
            attendees=attendees,
        )
        return Built(head, mixed(plain(text), cal), "invitation")

    def scheduling_link(self) -> Built:
        tool = self.rng.choice(["calendly.com", "app.goodtime.io"])
        head = self._head(self._recruiter(), f"Next steps: {self.role} phone screen", "link")
        text = (
            f"Hello Jordan,\n\nI enjoyed reading your application for our {self.role} opening. "
            f"Could you pick a 30-minute slot for a phone screen with me next week? "
            f"https://{tool}/{self.recruiter[0].split()[0].lower()}/30min\n\n{self._sign()}"
        )
        return Built(head, plain(text), "invitation")

    def reschedule(self) -> Built:
        start = self._slot()
        nice = start.strftime("%a %d %b, %H:%M ") + (start.tzname() or "")
        head = self._head(self._recruiter(), f"Change of time: {self.company} interview", "resch")
        text = (
            f"Hi Jordan,\n\nApologies for the change: {self.panel[0][0]} has a conflict, so we "
            f"need to move your interview. The new time is {nice}, same Zoom link.\n\n"
            f"{self._sign()}"
        )
        return Built(head, plain(text), "reschedule")

    def next_steps(self) -> Built:
        by = self.when + timedelta(days=self.rng.randint(5, 12))
        head = self._head(self._recruiter(), f"Re: {self.role} interviews", "next")
        text = (
            f"Hi Jordan,\n\nThank you for meeting the team on {self.when:%A}. Everyone enjoyed "
            f"the conversation. We are finishing interviews this week and expect to make a "
            f"decision by {by:%B %-d}.\n\n{self._sign()}"
        )
        return Built(head, plain(text), "next_steps")

    def info_request(self) -> Built:
        head = self._head(self._recruiter(), f"References for {self.role}", "refs")
        text = (
            "Hi Jordan,\n\nAs a last step, could you send us the names and contact details "
            "of two professional references, and a link to your portfolio, by Thursday?\n\n"
            f"{self._sign()}"
        )
        return Built(head, plain(text), "info_request")

    def rejection(self) -> Built:
        head = self._head(self._recruiter(), f"Your application to {self.company}", "reject")
        text = (
            f"Dear Jordan,\n\nThank you for your interest in the {self.role} position and for "
            "the time you invested in our process. After careful consideration, we have "
            "decided to move forward with other candidates whose experience more closely "
            "matches our needs.\n\nWe wish you the best in your search.\n\n" + self._sign()
        )
        return Built(head, plain(text), "rejection")

    def offer(self) -> Built:
        head = self._head(self._recruiter(), f"Offer: {self.role} at {self.company}", "offer")
        text = (
            f"Hi Jordan,\n\nI am delighted to extend you an offer for the {self.role} position. "
            "The offer letter is attached; please review it and let me know if you have any "
            f"questions.\n\nCongratulations!\n\n{self._sign()}"
        )
        return Built(head, plain(text), "offer")

    def messages(self) -> list[Built]:
        """The thread, each message some days after the one before."""
        steps = [self.ack]
        r = self.rng.random()
        if r < 0.25:
            steps += [self.rejection]
        else:
            steps += [self.scheduling_link] if r < 0.4 else []
            steps += [lambda: self.invitation(with_ics=self.rng.random() < 0.6)]
            steps += [self.reschedule] if self.rng.random() < 0.2 else []
            steps += [self.next_steps]
            steps += [self.info_request] if self.rng.random() < 0.3 else []
            steps += [self.rejection if self.rng.random() < 0.8 else self.offer]
        out = []
        for step in steps:
            out.append(step())
            self.when += timedelta(days=self.rng.randint(2, 9), hours=self.rng.randint(0, 8))
        return out


def fresh_invitation(rng: random.Random, when: datetime) -> Built:
    """An invitation (with ICS) that starts a new application: the arrival benchmark."""
    app = Application(rng, 999_999, when)
    return app.invitation(with_ics=True)
