"""The bodies of the commands, one module per command, named after it (``import_`` for
``import``): what a command does once typer has parsed its options.

A command in ``plan415x.cli`` is its face: its options and help text, which ``--help`` must
build for every command without importing the engine, the loader or the model
(tests/test_startup.py). So it imports its body inside the function, once, and the body imports
everything it needs at its top. What several bodies share lives in a module here that is no
command's body (``common``, ``scored``); no body imports a command module.
"""
