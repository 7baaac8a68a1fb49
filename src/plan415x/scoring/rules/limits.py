"""floors and caps (扣完为止, 不计负分, 封顶): where the rules' lines stop.

Each is a line of its own in the breakdown, so the lines still add up to the total:
- a rule's max_per_target: when the rule's lines for one target move its score by more than
  that, a cap line of the same rule gives back the excess (3 red periods at −2 with a cap of 4:
  −6, then +2);
- floors.target (扣完为止, default 0): a target whose points plus its lines fall below the floor
  gets a floor line raising it to the floor (a target's deductions stop at its points);
- caps.bonus_per_unit: a unit's bonus lines above the cap are taken back by one cap line;
- floors.unit (不计负分, default 0): a unit's total below the floor is raised to it by a floor line.
Applied in that order.
"""
