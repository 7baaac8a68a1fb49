"""年考评: the annual score of each responsible unit, from rules in the data folder's
scoring.yaml (model), one module per rule type (rules/), the computation (engine) and the
loader (load)."""
