"""plan415x: check a Chinese action plan's targets against the figures reported."""

__version__ = "0.1.0"
