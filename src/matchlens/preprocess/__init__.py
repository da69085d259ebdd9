"""Preprocessing: the text each model sees (sections: experience + education + skills) and token-aware chunks."""
