"""Start dutyroom exactly as its console script does, with the read-only probe (probe.py) added.

`python tests/journey/driver.py --data-dir D` is `dutyroom --data-dir D`: the same `main()` with
the same `sys.argv`, called the way the console script calls it (`sys.exit(main())`). The only
addition is the probe, which starts on the GUI thread once the event loop runs.
"""

import sys

from probe import start_when_running

from dutyroom.app.cli import main

if __name__ == "__main__":
    start_when_running()
    sys.argv[0] = "dutyroom"
    sys.exit(main())
