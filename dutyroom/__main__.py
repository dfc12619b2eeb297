"""`python -m dutyroom` is the `dutyroom` command."""

import sys

from dutyroom.cli import main

sys.exit(main())
