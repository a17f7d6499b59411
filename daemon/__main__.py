"""`python -m followup`."""

from .cli import main

raise SystemExit(main())
