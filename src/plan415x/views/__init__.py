"""Views: what a report shows, computed once from the engine's results (numbers, rankings,
streaks, the judgements of earlier periods), with no language or format. The renderers
(``reports/``, ``excel/``) take a view and say it; they never judge again.

Each module is light and imported where it is used: this package imports none of them, so a
cached ``check`` pays only for the views it shows.
"""
