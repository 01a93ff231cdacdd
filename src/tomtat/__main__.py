"""``python -m tomtat``."""

import sys

from tomtat.cli import main

sys.exit(main())
