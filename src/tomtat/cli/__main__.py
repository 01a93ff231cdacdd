"""``python -m tomtat.cli``."""

import sys

from tomtat.cli import main

sys.exit(main())
