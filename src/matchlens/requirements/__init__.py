"""A gig's requirements (split from its text, edited by the user) and the requirements score ``req:<model>``.

``model``: what a requirement is, how a gig's text is split into requirements and where the user's edits live (the
gig document's meta, filled from the workspace's ``requirements.json``); ``score``: per requirement the best CV
sentence under a model, calibrated per model on the corpus, combined with the weights, a missing required item
capping the score (built by ``scoring.matching.score_model`` for ``req:<model>``).
"""
