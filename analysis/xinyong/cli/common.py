"""What every `xinyong` command shares: the group that turns our errors into messages and exit codes,
and the options several commands take."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import click

from .. import errors
from ..errors import XinyongError
from ..outputs import FORMATS

SOURCES_OPTION = click.option(
    "--sources", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Folder of the Chinese originals (default: $XINYONG_SOURCES, ../shared/sources, corpus/sources).")


def format_option(default: str = "table") -> Callable:
    """--format for a command that prints rows: the same four formats with the same meaning everywhere
    (table: aligned text; json: one array; jsonl: one object a line; csv: a header and a line a row)."""
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default=default, show_default=True,
                        help="Output format: table (text), json, jsonl or csv.")


FORMAT_OPTION = format_option()


# The default is sources.MAX_SOURCE_BYTES, the limit `fetch` and the build use.
MAX_BYTES_OPTION = click.option("--max-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
                                help="Refuse files larger than this (the limit `fetch` and the build use).")


def check_size(file: Path, max_bytes: int) -> None:
    """Refuse a file over the size limit before reading it (E024), as `fetch` does."""
    size = file.stat().st_size
    if size > max_bytes:
        raise XinyongError("E024", path=file, size=size, limit=max_bytes)


class XinyongGroup(click.Group):
    """Turns our errors into one clear message and the documented exit code."""

    def invoke(self, ctx: click.Context):
        import os

        try:
            return super().invoke(ctx)
        except XinyongError as exc:
            click.echo(exc.render(), err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            # Ctrl-C: quietly, with the shell's code; writes are atomic, so nothing is half-written.
            ctx.exit(errors.EXIT_INTERRUPTED)
        except OSError as exc:  # a read-only build/, a file where a folder should be, a full disk
            click.echo(XinyongError("E065", path=exc.filename, reason=exc.strerror or str(exc)).render(), err=True)
            ctx.exit(errors.EXIT_INPUT)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as exc:  # no traceback reaches a user; XINYONG_DEBUG=1 shows it for us
            if os.environ.get("XINYONG_DEBUG"):
                raise
            click.echo(XinyongError("E068", kind=type(exc).__name__, reason=str(exc)).render(), err=True)
            ctx.exit(errors.EXIT_PROBLEMS)


@click.group(cls=XinyongGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="xinyong")
def main() -> None:
    """Xinyong: a bilingual corpus of China's Social Credit System documents.

    \b
    Example:
        xinyong list --level provincial
    """


