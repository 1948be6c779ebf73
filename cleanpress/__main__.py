"""``python -m cleanpress`` runs the command line."""

from .cli import main

main()
