"""Scoring: documents -> cached vectors (embedding, cache) -> score matrices (similarity, fusion, rerank),
for a whole corpus (matching.compare), at scale (index: FAISS top-k; batch: Ray), and model names checked."""
