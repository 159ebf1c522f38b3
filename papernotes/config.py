"""papernotes.toml and the environment: the configuration contract of DESIGN.md.

Every key is optional and papernotes works with no file at all. The file is
found in the working directory or a parent, or named by ``--config`` /
``PAPERNOTES_CONFIG``. Relative paths in it are relative to its folder.
"""

from __future__ import annotations

import os
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
    max_wait: float = 300.0  # the longest rate-limit/Backoff wait before giving up (DESIGN.md)

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
class ExportConfig:
    awesome_title: str = "Awesome Papers"
    awesome_group_by: str = "topic"
    reading_list_title: str = "Reading list"
    site_title: str = "Reading notes"  # default --title of `export site`
    citekey_ascii: bool = True  # false: keep CJK characters in BibTeX keys


@dataclass
class TemplatesConfig:
    dir: str = "templates"  # the only folder (besides the built-ins) templates are read from
    timeout: float = 10.0  # seconds a render may take
    max_output_mb: float = 50.0  # megabytes (million characters) a render may write


@dataclass
class Config:
    notes: NotesConfig = field(default_factory=NotesConfig)
    state_dir: Path = field(default_factory=lambda: Path(".papernotes"))
    arxiv: ArxivConfig = field(default_factory=ArxivConfig)
    zotero: ZoteroConfig = field(default_factory=ZoteroConfig)
    sync: SyncConfig = field(default_factory=SyncConfig)
    match: MatchConfig = field(default_factory=MatchConfig)
    export: ExportConfig = field(default_factory=ExportConfig)
    templates: TemplatesConfig = field(default_factory=TemplatesConfig)
    path: Path | None = None  # the file it came from, if any
    root: Path = field(default_factory=Path.cwd)  # folder relative paths resolve against
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def state_db(self) -> Path:
        return self.state_dir / "state.db"

    def note_paths(self) -> list[Path]:
        return [self.root / p for p in self.notes.paths]

    def templates_dir(self) -> Path | None:
        """A user ``templates/`` folder beside papernotes.toml (or ``[templates] dir``) overrides built-ins."""
        if self.path is None:
            return None
        d = self.path.parent / Path(self.templates.dir).expanduser()
        return d if d.is_dir() else None


def find_config(start: Path | None = None) -> Path | None:
    """papernotes.toml in ``start`` (default: cwd) or the nearest parent."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        candidate = d / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


@dataclass
class StateConfig:
    dir: str = ".papernotes"  # relative to the config file's folder


_SECTIONS: dict[str, type] = {
    "notes": NotesConfig,
    "state": StateConfig,
    "arxiv": ArxivConfig,
    "zotero": ZoteroConfig,
    "sync": SyncConfig,
    "match": MatchConfig,
    "export": ExportConfig,
    "templates": TemplatesConfig,
}

# (section, key) -> (lowest, highest, lowest allowed itself?) for numbers
RANGES: dict[tuple[str, str], tuple[float, float, bool]] = {
    ("arxiv", "delay"): (0, 3600, True),
    ("arxiv", "timeout"): (0, 3600, False),
    ("arxiv", "max_retries"): (0, 100, True),
    ("arxiv", "backoff"): (0, 3600, True),
    ("arxiv", "max_wait"): (0, 86400, True),
    ("zotero", "timeout"): (0, 3600, False),
    ("zotero", "max_retries"): (0, 100, True),
    ("zotero", "backoff"): (0, 3600, True),
    ("zotero", "max_wait"): (0, 86400, True),
    ("match", "threshold"): (0, 100, True),
    ("match", "margin"): (0, 100, True),
    ("templates", "timeout"): (0, 3600, False),
    ("templates", "max_output_mb"): (0, 100_000, False),
}
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("zotero", "library_type"): ("user", "group"),
    ("export", "awesome_group_by"): ("topic", "year", "venue", "month"),
}


def _did_you_mean(name: str, known: list[str]) -> str:
    from difflib import get_close_matches

    close = get_close_matches(name, known, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(known)})"


def _number(name: str, value: Any, section: str, key: str, where: str, whole: bool) -> int | float:
    kind = "a whole number" if whole else "a number"
    ok = isinstance(value, int) if whole else isinstance(value, int | float)
    if isinstance(value, bool) or not ok or value != value:  # NaN is not a setting
        raise ConfigError(f"{where}: {name} must be {kind}, not {value!r}")
    low, high, low_ok = RANGES.get((section, key), (0, float("inf"), True))
    if value < low or value > high or (value == low and not low_ok):
        bound = f"from {low:g}" if low_ok else f"above {low:g}"
        top = f" to {high:g}" if high != float("inf") else ""
        raise ConfigError(f"{where}: {name} must be {bound}{top}, not {value!r}")
    return value if whole else float(value)


def _coerce(section: str, key: str, value: Any, default: Any, where: str) -> Any:
    """Check a value against the type of its default, its range and its choices."""
    name = f"[{section}] {key}"
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: {name} must be true or false (unquoted), not {value!r}")
        return value
    if isinstance(default, float):
        return _number(name, value, section, key, where, whole=False)
    if isinstance(default, int):
        return _number(name, value, section, key, where, whole=True)
    if isinstance(default, list):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: {name} must be a list of strings, not {value!r}")
        return value
    if isinstance(default, dict):
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: {name} must be a table, not {value!r}")
        for k, v in value.items():
            if not isinstance(v, str):
                raise ConfigError(f"{where}: {name} {k!r} must be a string, not {v!r}")
        return dict(value)
    if isinstance(default, str):
        if isinstance(value, int) and not isinstance(value, bool) and key == "library_id":
            value = str(value)
        if not isinstance(value, str):
            raise ConfigError(f"{where}: {name} must be a string, not {value!r}")
        choices = ENUMS.get((section, key))
        if choices and value not in choices:
            raise ConfigError(f"{where}: {name} must be one of {', '.join(choices)}, not {value!r}")
        return value
    return value


def apply_settings(cfg: Config, data: dict[str, Any], where: str) -> None:
    """Validate the whole file against the schema (the dataclasses above) and apply it."""
    sections = list(_SECTIONS)
    for section, value in data.items():
        cls = _SECTIONS.get(section)
        if cls is None:
            raise ConfigError(f"{where}: unknown section [{section}]{_did_you_mean(section, sections)}")
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: [{section}] must be a table, not {value!r}")
        known = list(cls.__dataclass_fields__)
        obj = StateConfig() if section == "state" else getattr(cfg, section)
        for key, v in value.items():
            if key not in cls.__dataclass_fields__:
                raise ConfigError(f"{where}: unknown setting [{section}] {key}{_did_you_mean(key, known)}")
            setattr(obj, key, _coerce(section, key, v, getattr(obj, key), where))
        if section == "state" and "dir" in value:
            cfg.state_dir = Path(obj.dir)


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
        import tomllib  # only a run with a config file pays for the TOML parser

        try:
            data = tomllib.loads(cfg_path.read_text(encoding="utf-8-sig"))
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{cfg_path}: invalid TOML: {e}") from None
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError(f"{cfg_path}: cannot read: {e}") from None
        cfg.raw = data
        apply_settings(cfg, data, str(cfg_path))

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
