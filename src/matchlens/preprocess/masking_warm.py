"""Imported once by the masking workers' fork server (``masking.WARM``, ``procs.warm_context``): the masker's
modules, word lists and lazily built patterns are loaded there before any worker is forked from it, so each worker
starts warm instead of spending ~1 s importing and loading them (on the critical path of a first heatmap).
Importing it anywhere else only warms that process."""
from matchlens.preprocess.masking import warm

warm()
