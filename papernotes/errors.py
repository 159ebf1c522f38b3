"""User-facing errors: one clear message and an exit status, never a traceback."""

from __future__ import annotations


class PapernotesError(Exception):
    """An error the CLI prints as ``papernotes: <message>`` and exits with ``exit_code``."""

    exit_code = 2

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class ConfigError(PapernotesError):
    """papernotes.toml or an environment variable is wrong; the message names the setting."""


class InputError(PapernotesError):
    """A notes path is missing or unreadable; the message names the file."""


class NetworkError(PapernotesError):
    """A remote service could not be reached or answered with an error status."""

    exit_code = 3
