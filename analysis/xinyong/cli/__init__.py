"""The `xinyong` command: thin wrappers over the library, grouped by job in the modules of this
package; each help text ends with an example. `main` is the entry point (pyproject.toml)."""
from __future__ import annotations

# imported for their side effect: each module registers its commands on `main`
from . import analysis_commands, annotation_commands, build_commands, corpus_commands  # noqa: F401
from .common import main

__all__ = ["main"]
