"""``plan415x draft``: a plan's targets proposed from its text, for an analyst to confirm.

Deterministic rules only (no network, no model): the text is cut into numbered paragraphs
(``segment``), sentences and clauses; quantities are read with their units and comparators
(``quantity``); the hedge and the period are read with their scope, the sentence
(``scope``); the kind follows from the wording (``kinds``); responsible units come from the
annex tables (``responsible``); ``propose`` puts them together, ``yamltext`` writes the data
folder's targets.yaml and ``compare`` measures a draft against an encoding made by hand.

Nothing here knows a county: every word the rules read is the common vocabulary of Chinese
plan-writing (以上, 力争, 每年, 占…比重, 列第一位的为牵头单位), and every name, figure and year
comes from the text.
"""
