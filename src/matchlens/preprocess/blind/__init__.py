"""Blind scoring's detectors: person names, the grounds of French law a CV carries, and grammatical gender."""
