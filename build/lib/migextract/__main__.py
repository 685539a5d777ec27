"""`python -m migextract …`: the same as the `migextract` command."""

import sys

from .cli import main

sys.exit(main())
