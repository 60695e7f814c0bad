"""Entry script frozen by PyInstaller (see counterweight.spec beside this file).

It does nothing but hand over to :func:`counterweight.__main__.main`, so the frozen
``counterweight`` behaves exactly like the installed command: no arguments (or one
project file) opens the window, anything else runs the command line.
"""

from __future__ import annotations

import multiprocessing
import sys

from counterweight.__main__ import main

if __name__ == "__main__":
    # A frozen program that starts worker processes must call this first (no-op elsewhere).
    multiprocessing.freeze_support()
    sys.exit(main())
