"""papernotes.toml and the environment: the configuration contract of DESIGN.md.

Every key is optional and papernotes works with no file at all. The file is
found in the working directory or a parent, or named by ``--config`` /
``PAPERNOTES_CONFIG``. Relative paths in it are relative to its folder.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

CONFIG_NAME = "papernotes.toml"


@dataclass
class NotesConfig:
    paths: list[str] = field(default_factory=lambda: ["notes"])
    include: list[str] = field(default_factory=lambda: ["*.md", "*.markdown"])


@dataclass
class ArxivConfig:
    base_url: str = "https://export.arxiv.org/api/query"
    delay: float = 3.0
    timeout: float = 30.0
    max_retries: int = 3  # retries after the first attempt, per request
    backoff: float = 15.0  # base seconds of exponential backoff when no Retry-After is sent
    max_wait: float = 300.0  # a Retry-After longer than this ends the run's requests


@dataclass
class ZoteroConfig:
    library_type: str = "user"
    library_id: str = ""
    api_key_env: str = "ZOTERO_API_KEY"
    base_url: str = "https://api.zotero.org"
    local: bool = False
    local_url: str = "http://127.0.0.1:23119/api"
    collection: str = ""
    to_read_tag: str = "to-read"
    create_missing: bool = True
    timeout: float = 30.0  # seconds per HTTP request
    max_retries: int = 5  # retries after the first attempt (429, 5xx, dropped connections)
    backoff: float = 1.0  # base seconds of the exponential backoff between retries
    max_wait: float = 300.0  # seconds: the longest rate-limit/Backoff wait before giving up

    def api_key(self) -> str | None:
        """The key from the environment variable the config names; never stored anywhere."""
        return os.environ.get(self.api_key_env) or None


@dataclass
class SyncConfig:
    tag: str = "papernotes"


@dataclass
class MatchConfig:
    threshold: float = 90.0  # rapidfuzz score (0-100) a fuzzy title match must reach
    margin: float = 3.0  # and beat the runner-up by
    overrides: dict[str, str] = field(default_factory=dict)  # record id -> item key or "none"


@dataclass
class Config:
    notes: NotesConfig = field(default_factory=NotesConfig)
    state_dir: Path = field(default_factory=lambda: Path(".papernotes"))
    arxiv: ArxivConfig = field(default_factory=ArxivConfig)
    zotero: ZoteroConfig = field(default_factory=ZoteroConfig)
    sync: SyncConfig = field(default_factory=SyncConfig)
    match: MatchConfig = field(default_factory=MatchConfig)
    path: Path | None = None  # the file it came from, if any
    root: Path = field(default_factory=Path.cwd)  # folder relative paths resolve against
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def state_db(self) -> Path:
        return self.state_dir / "state.db"

    def note_paths(self) -> list[Path]:
        return [self.root / p for p in self.notes.paths]

    def templates_dir(self) -> Path | None:
        """A user ``templates/`` folder beside papernotes.toml overrides built-in templates."""
        if self.path is None:
            return None
        d = self.path.parent / "templates"
        return d if d.is_dir() else None


def find_config(start: Path | None = None) -> Path | None:
    """papernotes.toml in ``start`` (default: cwd) or the nearest parent."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        candidate = d / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


_SECTIONS: dict[str, type] = {
    "notes": NotesConfig,
    "arxiv": ArxivConfig,
    "zotero": ZoteroConfig,
    "sync": SyncConfig,
    "match": MatchConfig,
}


def _coerce(section: str, key: str, value: Any, default: Any, where: str) -> Any:
    """Check a value against the type of its default so a typo fails with the setting named."""
    name = f"[{section}] {key}"
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: {name} must be true or false, not {value!r}")
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{where}: {name} must be a number, not {value!r}")
        if value < 0:
            raise ConfigError(f"{where}: {name} must not be negative")
        return float(value)
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: {name} must be a whole number, not {value!r}")
        if value < 0:
            raise ConfigError(f"{where}: {name} must not be negative")
        return value
    if isinstance(default, list):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: {name} must be a list of strings")
        return value
    if isinstance(default, dict):
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: {name} must be a table")
        return {str(k): str(v) for k, v in value.items()}
    if isinstance(default, str):
        if isinstance(value, int) and not isinstance(value, bool) and key == "library_id":
            return str(value)
        if not isinstance(value, str):
            raise ConfigError(f"{where}: {name} must be a string, not {value!r}")
        return value
    return value


def load_config(path: str | os.PathLike[str] | None = None, *, cwd: Path | None = None) -> Config:
    """Read the configuration; ``path`` wins over ``PAPERNOTES_CONFIG`` over discovery."""
    explicit = path or os.environ.get("PAPERNOTES_CONFIG") or None
    if explicit:
        cfg_path: Path | None = Path(explicit).expanduser()
        if not cfg_path.is_file():
            raise ConfigError(f"config file not found: {cfg_path}")
    else:
        cfg_path = find_config(cwd)

    cfg = Config()
    cfg.root = (cwd or Path.cwd()).resolve()
    if cfg_path is not None:
        cfg.path = cfg_path.resolve()
        cfg.root = cfg.path.parent
        try:
            data = tomllib.loads(cfg_path.read_text(encoding="utf-8-sig"))
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{cfg_path}: invalid TOML: {e}") from None
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError(f"{cfg_path}: cannot read: {e}") from None
        cfg.raw = data
        where = str(cfg_path)
        for section, value in data.items():
            if section == "state":
                if not isinstance(value, dict):
                    raise ConfigError(f"{where}: [state] must be a table")
                if "dir" in value:
                    if not isinstance(value["dir"], str):
                        raise ConfigError(f"{where}: [state] dir must be a string")
                    cfg.state_dir = Path(value["dir"])
                continue
            cls = _SECTIONS.get(section)
            if cls is None or not isinstance(value, dict):
                continue  # unknown sections belong to future versions; ignore them
            obj = getattr(cfg, section)
            for key, v in value.items():
                if key not in cls.__dataclass_fields__:
                    continue
                setattr(obj, key, _coerce(section, key, v, getattr(obj, key), where))
        if cfg.zotero.library_type not in ("user", "group"):
            raise ConfigError(
                f"{where}: [zotero] library_type must be \"user\" or \"group\", "
                f"not {cfg.zotero.library_type!r}"
            )

    env = os.environ
    if env.get("PAPERNOTES_ARXIV_URL"):
        cfg.arxiv.base_url = env["PAPERNOTES_ARXIV_URL"]
    if env.get("PAPERNOTES_ZOTERO_URL"):
        cfg.zotero.base_url = env["PAPERNOTES_ZOTERO_URL"]
    if env.get("PAPERNOTES_STATE_DIR"):
        cfg.state_dir = Path(env["PAPERNOTES_STATE_DIR"]).expanduser()
    if not cfg.state_dir.is_absolute():
        cfg.state_dir = cfg.root / cfg.state_dir
    return cfg
