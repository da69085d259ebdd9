"""python -m matchlens.cli"""
import sys

from matchlens.cli import main

sys.exit(main())
