"""Jinja2 templates for the markdown exports: lookup, sandboxing, and the variables they get.

## Export templates

`papernotes export awesome` and `papernotes export reading-list` render Jinja2
templates. The built-in ones (`templates/awesome.md.j2`,
`templates/reading-list.md.j2`) ship inside the package. To change the layout,
copy one and either pass it with `--template FILE` or put it, under the same
name, in a `templates/` folder beside `papernotes.toml` (that folder is also
searched for `{% include %}`s). Templates run in Jinja2's **sandbox**, so a
shared template cannot reach Python internals. A template whose name ends in
`.html`, `.htm` or `.xml` (before an optional `.j2`) is HTML-autoescaped;
markdown templates are not, and use the `md` filter instead. The built-in
markdown output passes `markdownlint-cli2` with its default rules; it turns
off only MD013 (line length) with a comment under the title, because one list
item per paper is the awesome-list convention and wrapping would split items.

Variables every template receives:

| variable | what it is |
| --- | --- |
| `title` | the document title (`--title`, default "Awesome Papers" / "Reading list") |
| `generated_from` | list of the notes files the records came from |
| `group_by` | `topic`, `year`, `venue` or `month` |
| `groups` | list of groups, in output order; each has `name`, `name_md` (escaped), `slug` (GitHub anchor) and `entries` |
| `entries` | every entry, sorted (newest paper first, then title) |
| `to_read` | Zotero items marked to-read that the notes do not mention (see below) |
| `count` | number of entries |

Each **entry** has: `id`, `title` (plain text as written; use `md` in
markdown), `title_md` (markdown-escaped),
`link` (the paper page: arXiv abs, DOI, OpenReview or your own link, never an
aggregator; may be empty), `link_md` (`[Title](link)` or the escaped title),
`pdf_url`, `code_url`, `authors` (list, from arXiv metadata when cached),
`authors_short` ("A", "A and B" or "A et al."), `venue`, `year`,
`venue_year`, `first_read` (YYYY-MM-DD or empty), `dates` (every reading
date), `kind` (digest / noted / listed), `status` (`read`), `key_idea` (first
line of the Key field, else of Ideas; plain text), `description_md` (the
awesome-list description: `Authors, Venue Year ([pdf](…), [code](…)). Key
idea.`), `topic`, `tags`, `context`, `arxiv_id`, `doi`, `zotero_key`,
`zotero_link`, and `record` (the full `list --json` object of the record,
with `fields` and `notes`).

Each **to_read** item has: `title`, `title_md`, `link`, `link_md`, `authors`,
`authors_short`, `year`, `zotero_key`, `zotero_link`, `added` (YYYY-MM-DD).

Filters: `md` (escape plain text for inline markdown, one line; URLs become
`<…>` autolinks), `md_cell` (escape for a table cell: pipes escaped, line
breaks as `<br>`), `md_url` (percent-encode spaces and parentheses),
`one_line`, `sentence` (one line that ends with punctuation), `slug` (GitHub
heading anchor). Unknown variables are errors (the message names the template
and line), not silent blanks.

Optional settings in `papernotes.toml`:

```toml
[export]
awesome_title = "Awesome Papers"    # default --title of the awesome list
awesome_group_by = "topic"          # default --group-by of the awesome list
reading_list_title = "Reading list"
citekey_ascii = true                # false: keep CJK characters in BibTeX keys
```

### Where templates come from, and their limits

Template names resolve only inside the templates folder (`templates/` beside
`papernotes.toml`, or `[templates] dir`) and the built-in ones: an absolute
name, a `..` segment or a symlink leading out of the folder is refused, so
`{% include '/etc/passwd' %}` or `{% include '../../x' %}` is an error, not a
leak. A `--template FILE` is read as given, but its `{% include %}`s follow
the same rule (its own folder is not searched). Rendering stops with a clear
error after `[templates] timeout` seconds (default 10) or
`[templates] max_output_mb` megabytes of output (default 50); huge powers,
repetitions and widths are refused up front, and a render that would take
more than 2 GB of memory stops. Every template problem exits
with status 2 and names the template file and line. The Zotero note template
(`zotero-note.html.j2`) loads and renders through the same loader.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any

from ..errors import PapernotesError
from .markdown import github_slug, md_cell, md_escape, md_url, one_line, sentence
from .template_limits import (
    SIZED_FILTERS,
    Limits,
    TemplateLimit,
    check_args,
    check_time,
    checked_binop,
    deadline,
    limited_range,
    sized_filter,
)

if TYPE_CHECKING:
    from jinja2 import Template

    from ..config import Config

BUILTIN_PACKAGE = "papernotes.templates"
_HTML_EXTS = ("html", "htm", "xml")
_TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
MAX_TEMPLATE_BYTES = 1_000_000  # a template bigger than this is not a template
CHUNKS_PER_CHECK = 256  # output pieces between two checks of the size and time limits


def _autoescape(name: str | None) -> bool:
    """Jinja's ``select_autoescape`` for html/htm/xml, looking through a ``.j2`` suffix."""
    from jinja2 import select_autoescape

    if not name:
        return False
    low = name.lower()
    for suffix in _TEMPLATE_SUFFIXES:
        if low.endswith(suffix):
            low = low[: -len(suffix)]
            break
    return select_autoescape(enabled_extensions=_HTML_EXTS, default_for_string=False)(low)


def check_name(name: Any) -> str:
    """Refuse template names that could leave the template folders (absolute, ``..``, drives)."""
    from jinja2 import TemplateNotFound

    if not isinstance(name, str) or not name or "\x00" in name or "\\" in name:
        raise TemplateNotFound(str(name), f"template name {name!r} is not allowed")
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).anchor or name.startswith("~"):
        raise TemplateNotFound(name, f"template {name!r}: absolute paths are not allowed")
    if ".." in PurePosixPath(name).parts:
        raise TemplateNotFound(name, f"template {name!r}: '..' is not allowed")
    return name


def _read_source(path: Path, name: str) -> str:
    from jinja2 import TemplateError

    try:
        with path.open("rb") as f:
            data = f.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as e:
        raise TemplateError(f"template {name}: cannot read ({e.strerror or e})") from None
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateError(f"template {name}: larger than {MAX_TEMPLATE_BYTES:,} bytes")
    if b"\x00" in data:
        raise TemplateError(f"template {name}: binary file, not a template")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise TemplateError(f"template {name}: not UTF-8 text ({e.reason} at byte {e.start})") from None


def _confined_loader_class() -> type:
    from jinja2 import BaseLoader, TemplateError, TemplateNotFound

    class ConfinedLoader(BaseLoader):
        """Finds names in the user's templates folder, then the built-ins; nowhere else.

        ``explicit`` maps the one ``--template FILE`` the user named to its path;
        that file is taken as given, but what it includes follows the same rule.
        """

        def __init__(self, roots: list[Path], explicit: dict[str, Path] | None = None) -> None:
            self.roots = [r.resolve() for r in roots]
            self.explicit = dict(explicit or {})

        def get_source(self, environment: Any, template: str) -> tuple[str, str | None, Any]:
            if template in self.explicit:
                path = self.explicit[template]
                return _read_source(path, str(path)), str(path), lambda: True
            name = check_name(template)
            for root in self.roots:
                candidate = root / name
                if not candidate.exists() and not candidate.is_symlink():
                    continue
                real = candidate.resolve()
                if not real.is_relative_to(root):
                    raise TemplateError(f"template {name!r} is a link out of {root}; refused")
                if not real.is_file():
                    raise TemplateError(f"template {name!r} in {root} is not a regular file")
                return _read_source(real, str(candidate)), str(candidate), lambda: True
            ref = resources.files(BUILTIN_PACKAGE).joinpath(name)
            if ref.is_file():
                return ref.read_text(encoding="utf-8"), f"(built-in) {name}", lambda: True
            raise TemplateNotFound(name)

    return ConfinedLoader


def view_attributes() -> dict[type, frozenset[str]]:
    """Export view type → its public data attributes (the variables documented above).

    These values are plain data (strings, numbers, lists, records) computed by
    papernotes itself, never callables, so the sandbox need not inspect each one.
    """
    from dataclasses import fields, is_dataclass
    from functools import cached_property

    from . import Group
    from .entries import Entry, ToRead

    out: dict[type, frozenset[str]] = {}
    for cls in (Entry, Group, ToRead):
        names = {f.name for f in fields(cls)} if is_dataclass(cls) else set()
        names |= {n for n, v in vars(cls).items() if isinstance(v, (cached_property, property)) or n == "status"}
        out[cls] = frozenset(n for n in names if not n.startswith("_"))
    out[Entry] |= Entry.INSTANCE_ATTRIBUTES
    return out


def _sandbox_class() -> type:
    from jinja2.sandbox import SandboxedEnvironment

    class ExportSandbox(SandboxedEnvironment):
        """The sandbox with size checks on ``**``, ``*`` and ``%``, and on call arguments.

        It also skips the per-access checks on the export's own view objects:
        each ``e.title`` otherwise costs an ``is_internal_attribute`` walk and a
        ``str.format`` check; with 10,000 entries that was most of a render.
        Anything else (records, strings, user objects) gets the full sandbox.
        """

        views = view_attributes()
        intercepted_binops = frozenset({"**", "*", "%"})

        def getattr(self, obj: Any, attribute: str) -> Any:
            allowed = self.views.get(type(obj))
            if allowed is not None and attribute in allowed:
                return getattr(obj, attribute)
            return super().getattr(obj, attribute)

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            checked_binop(operator, left, right)
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
            check_args(args, kwargs)
            check_time()
            return super().call(__context, __obj, *args, **kwargs)

    return ExportSandbox


_CLASSES: dict[str, type] = {}


def environment(
    search_dirs: list[Path], explicit: dict[str, Path] | None = None, *, note: bool = False, stub: bool = False
) -> Any:
    """A sandboxed, confined environment over ``search_dirs`` then the built-ins.

    ``note=True`` gives the Zotero note's settings (HTML autoescape always on,
    no block trimming, lenient undefined), so a note renders as it always did;
    ``stub=True`` the pull stub's (markdown: no autoescape, the text pre-escaped).
    """
    from jinja2 import StrictUndefined, Undefined

    if not _CLASSES:
        _CLASSES["sandbox"] = _sandbox_class()
        _CLASSES["loader"] = _confined_loader_class()
    loader = _CLASSES["loader"](search_dirs, explicit)
    if note:
        env = _CLASSES["sandbox"](loader=loader, autoescape=True, undefined=Undefined)
    elif stub:
        env = _CLASSES["sandbox"](loader=loader, autoescape=False, keep_trailing_newline=True, undefined=Undefined)
    else:
        env = _CLASSES["sandbox"](
            loader=loader,
            autoescape=_autoescape,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    env.globals["range"] = limited_range
    for name in SIZED_FILTERS:
        env.filters[name] = sized_filter(env.filters[name])
    env.filters.update(
        md=md_escape,
        md_cell=md_cell,
        md_url=md_url,
        one_line=one_line,
        sentence=sentence,
        slug=github_slug,
    )
    return env


def templates_folder(cfg: Config | None) -> Path | None:
    return cfg.templates_dir() if cfg is not None else None


def load_template(name: str, cfg: Config | None, template_file: str | None = None) -> Template:
    """``--template FILE`` wins, then ``templates/<name>`` beside papernotes.toml, then the built-in."""
    dirs: list[Path] = []
    explicit: dict[str, Path] = {}
    lookup = name
    if template_file:
        path = Path(template_file).expanduser()
        if not path.is_file():
            raise PapernotesError(f"--template: no such file: {path}")
        lookup = str(path)
        explicit[lookup] = path
    user_dir = templates_folder(cfg)
    if user_dir is not None:
        dirs.append(user_dir)
    return get_template(environment(dirs, explicit), lookup)


def template_text(name: str, templates_dir: Path | None) -> str:
    """A template's source through the confined loader: the user's folder, then the built-ins.

    For templates papernotes renders itself (the Zotero note, the pull stub),
    so they read only what the export templates may read.
    """
    from jinja2 import TemplateError

    env = note_environment(templates_dir)
    try:
        return env.loader.get_source(env, name)[0]
    except TemplateError as e:
        raise PapernotesError(f"{name}: {e.message or e}") from None


@lru_cache(maxsize=8)
def stub_environment(templates_dir: Path | None) -> Any:
    """The pull stub's sandbox: markdown, confined and limited like the others."""
    return environment([templates_dir] if templates_dir is not None else [], stub=True)


def note_environment(templates_dir: Path | None) -> Any:
    """The Zotero note's sandbox (autoescape on, no trimming), confined like the exports'."""
    return environment([templates_dir] if templates_dir is not None else [], note=True)


def get_template(env: Any, lookup: str) -> Template:
    """Load and compile, turning every failure into one exit-2 message naming the template."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

    try:
        return env.get_template(lookup)
    except TemplateSyntaxError as e:
        where = e.filename or lookup
        raise PapernotesError(f"{where}:{e.lineno}: template syntax error: {e.message}") from None
    except TemplateNotFound as e:
        detail = e.message if e.message and e.message != e.name else f"template not found: {e.name or lookup}"
        raise PapernotesError(detail if lookup == e.name else f"{lookup}: {detail}") from None
    except TemplateError as e:
        raise PapernotesError(f"{lookup}: {e}") from None
    except (RecursionError, MemoryError) as e:
        raise PapernotesError(f"{lookup}: template too deeply nested or too large to compile ({type(e).__name__})") from None


def render_document(
    ctx: Any,
    name: str,
    user_template: str | None,
    *,
    title: str,
    group_by: str,
    groups: list[Any],
    entries: list[Any],
) -> str:
    """Render a grouped markdown export with the variables documented above (one place for all)."""
    return render(
        load_template(name, ctx.cfg, user_template),
        {
            "title": title,
            "generated_from": ctx.files,
            "group_by": group_by,
            "groups": groups,
            "entries": entries,
            "to_read": ctx.to_read,
            "count": len(entries),
        },
        Limits.from_config(ctx.cfg),
    )


def render(
    template: Template, variables: dict[str, Any], limits: Limits | None = None, *, name: str | None = None
) -> str:
    """Render within the time and output limits; every failure is one exit-2 message with file:line."""
    limits = limits or Limits()
    filename = template.filename if template.filename != "<template>" else None
    where = filename or template.name or name or "template"
    out: list[str] = []
    size = 0
    try:
        with deadline(limits.timeout):
            chunks = template.generate(**variables)
            # a page is hundreds of tiny chunks: join them in C, check the limits per batch
            while batch := list(islice(chunks, CHUNKS_PER_CHECK)):
                piece = "".join(batch)
                size += len(piece)
                if size > limits.max_output:
                    raise TemplateLimit(f"wrote more than {limits.max_output:,} characters")
                out.append(piece)
                check_time()
    except PapernotesError:
        raise
    except TemplateLimit as e:
        reason = f"took longer than {limits.timeout:g} s" if str(e) == "took too long" else str(e)
        raise PapernotesError(f"{_place(e, where)}: template stopped: {reason}") from None
    except RecursionError as e:
        raise PapernotesError(f"{_place(e, where)}: template error: recursion too deep") from None
    except MemoryError as e:
        raise PapernotesError(f"{_place(e, where)}: template error: out of memory") from None
    except Exception as e:  # noqa: BLE001 - a user's template failing is bad input, not our bug
        from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

        if isinstance(e, TemplateSyntaxError):  # in an include, compiled only now
            raise PapernotesError(f"{e.filename or where}:{e.lineno}: template syntax error: {e.message}") from None
        if isinstance(e, TemplateNotFound) and (e.message or "") == (e.name or ""):
            raise PapernotesError(f"{_place(e, where)}: template not found: {e.name}") from None
        kind = "template error" if isinstance(e, TemplateError) else f"template error ({type(e).__name__})"
        raise PapernotesError(f"{_place(e, where)}: {kind}: {e}") from None
    return "".join(out)


def _place(exc: BaseException, default: str) -> str:
    """``file:line`` of the innermost template frame of ``exc`` (an include names its own file)."""
    tb = exc.__traceback__
    found: tuple[str, int] | None = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if not filename.endswith(".py") and not filename.startswith("<frozen"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    if found is None:
        return default
    name, line = found
    return f"{default if name == '<template>' else name}:{line}"
