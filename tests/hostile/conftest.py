"""Hostile input: every case must end in a value (or, for the service, a quarantined
message), within bounded time and memory: never a crash, a hang or a header with CR/LF."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from followup.understand.pipeline import Understander


@pytest.fixture(scope="session")
def understander() -> Iterator[Understander]:
    yield Understander("auto")
