"""Persistence: the SQLite catalog (source of truth), Chroma vectors and the lexical index."""
