"""Streamlit helpers: the only place besides pages/ that imports Streamlit."""
