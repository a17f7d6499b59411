"""Mail domains that say nothing about which employer wrote: free mail, applicant-tracking
and scheduling services, job boards, meeting hosts. One list for every stage, so that the
record, the calendar reader and the understand stage agree on what a "company domain" is.
"""

from __future__ import annotations

FREEMAIL = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "web.de",
        "fastmail.com",
        "hey.com",
        "yandex.com",
        "mail.com",
        "zoho.com",
    }
)

# Applicant-tracking and scheduling services: a hiring signal, never the company itself.
HIRING_SERVICES = frozenset(
    {
        "greenhouse.io",
        "greenhouse-mail.io",
        "lever.co",
        "ashbyhq.com",
        "myworkday.com",
        "myworkdayjobs.com",
        "workday.com",
        "smartrecruiters.com",
        "icims.com",
        "goodtime.io",
        "modernloop.io",
        "gem.com",
        "jobvite.com",
        "teamtailor.com",
        "recruitee.com",
        "workable.com",
        "workablemail.com",
        "bamboohr.com",
        "breezy.hr",
        "calendly.com",
    }
)

JOB_BOARDS = frozenset(
    {"linkedin.com", "indeed.com", "indeedemail.com", "ziprecruiter.com", "glassdoor.com"}
)

# Where video meetings and calendar invitations come from on anyone's behalf.
MEETING_HOSTS = frozenset({"google.com", "zoom.us", "microsoft.com"})

# A sender under any of these (or a subdomain: hire.lever.co) does not identify an employer.
SHARED_DOMAINS = FREEMAIL | HIRING_SERVICES | JOB_BOARDS | MEETING_HOSTS


def is_shared(domain: str) -> bool:
    """The domain or one of its parents (hire.lever.co -> lever.co) is shared: a set lookup
    per label rather than a scan of the list (asked for every message a scan records)."""
    labels = domain.split(".")
    return any(".".join(labels[i:]) in SHARED_DOMAINS for i in range(len(labels)))
