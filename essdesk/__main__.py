"""`python -m essdesk` and the `essdesk` console script."""

import sys

from essdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
