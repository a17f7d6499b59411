"""interview-followup: drafts (never sends) the follow-up emails a job search asks for.

The pipeline, one module or package per stage:
sources (mail/, calendars/) -> understand/ -> record -> plan -> compose -> deliver (service).
"""

__version__ = "0.1.0"
