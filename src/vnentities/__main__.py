"""``python -m vnentities``: the command line."""

from .cli import app

app(prog_name="vnentities")
