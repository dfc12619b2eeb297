"""`python -m dutyroom` is the `dutyroom` command."""

import sys

from dutyroom.app.cli import main

sys.exit(main())
