"""JSON Schemas of the data files, for editors (yaml-language-server) and other validators."""

from __future__ import annotations

import json

from pydantic import BaseModel

from plan415x.model import ActualsFile, PlanFile
from plan415x.scoring.model import ScoringFile

_MODELS: dict[str, type[BaseModel]] = {"targets": PlanFile, "actuals": ActualsFile, "scoring": ScoringFile}


def schema_json(which: str) -> str:
    model = _MODELS[which]
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"plan415x {which} file"
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
