"""Corpus runs: read many inputs, code them on a pool of processes (or Ray), store the results."""
