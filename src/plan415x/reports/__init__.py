"""Formatters: each takes values and returns a string; none of them prints."""
