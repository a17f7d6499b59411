"""Shared fixture: the real spaCy pipeline, loaded once per test session."""

from __future__ import annotations

import pytest
from followup.understand.pipeline import Understander


@pytest.fixture(scope="session")
def understander() -> Understander:
    u = Understander("auto")
    u.nlp  # load once for the whole session  # noqa: B018
    return u
