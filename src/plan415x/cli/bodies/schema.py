"""The body of ``schema``: the JSON Schema of a data file (pydantic makes it)."""

from plan415x.cli.shared import emit
from plan415x.options import SchemaName
from plan415x.schemas import schema_json


def run(*, which: SchemaName) -> None:
    emit(schema_json(which.value))
