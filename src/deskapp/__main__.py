"""`python -m deskapp` does what the `deskapp` command does."""

import sys

from deskapp.cli import main

sys.exit(main())
