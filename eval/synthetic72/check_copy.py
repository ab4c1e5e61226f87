#!/usr/bin/env python3
"""Copy check: every 9-word run that articles/*.txt shares with ../shared/data or the other eval/synthetic* sets."""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from synthetic_sets import check_copy
sys.exit(1 if check_copy(here) else 0)
