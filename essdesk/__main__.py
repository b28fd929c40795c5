"""`python -m essdesk` and the `essdesk` console script."""

import os
import sys

from essdesk import cli


def main() -> None:
    code = cli.main()
    # Every file is written, fsynced and closed by now: skip the interpreter's teardown,
    # which only frees memory (~50 ms after an export; the window does the same, issue 6).
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # `essdesk info … | head`: the reader left
        pass
    os._exit(code)


if __name__ == "__main__":
    main()
