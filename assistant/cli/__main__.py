"""`python -m assistant.cli` is `notices`."""

import sys

from assistant.cli import main

sys.exit(main())
