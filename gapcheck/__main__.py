"""Allow `python -m gapcheck`."""

from gapcheck._cli import main

raise SystemExit(main())
