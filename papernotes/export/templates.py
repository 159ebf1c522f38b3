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
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import PapernotesError
from .markdown import github_slug, md_cell, md_escape, md_url, one_line, sentence

if TYPE_CHECKING:
    from jinja2 import Template

    from ..config import Config

BUILTIN_PACKAGE = "papernotes.templates"
_HTML_EXTS = ("html", "htm", "xml")
_TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")


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


def _builtin_source(name: str) -> tuple[str, str | None, Any] | None:
    ref = resources.files(BUILTIN_PACKAGE).joinpath(name)
    if not ref.is_file():
        return None
    return ref.read_text(encoding="utf-8"), None, lambda: True


def view_attributes() -> dict[type, frozenset[str]]:
    """Export view type → its public data attributes (the variables documented above).

    These values are plain data (strings, numbers, lists, records) computed by
    papernotes itself, never callables, so the sandbox need not inspect each one.
    """
    from dataclasses import fields, is_dataclass

    from . import Group
    from .entries import Entry, ToRead, lazy

    out: dict[type, frozenset[str]] = {}
    for cls in (Entry, Group, ToRead):
        names = {f.name for f in fields(cls)} if is_dataclass(cls) else set()
        names |= {n for n, v in vars(cls).items() if isinstance(v, (lazy, property)) or n == "status"}
        out[cls] = frozenset(n for n in names if not n.startswith("_"))
    out[Entry] |= Entry.INSTANCE_ATTRIBUTES
    return out


def _sandbox_class() -> type:
    from jinja2.sandbox import SandboxedEnvironment

    class ExportSandbox(SandboxedEnvironment):
        """The sandbox, minus its per-access checks on the export's own view objects.

        Each ``e.title`` otherwise costs an ``is_internal_attribute`` walk and a
        ``str.format`` check; with 10,000 entries that was most of a render.
        Anything else (records, strings, user objects) gets the full sandbox.
        """

        views = view_attributes()

        def getattr(self, obj: Any, attribute: str) -> Any:
            allowed = self.views.get(type(obj))
            if allowed is not None and attribute in allowed:
                return getattr(obj, attribute)
            return super().getattr(obj, attribute)

    return ExportSandbox


_SANDBOX: list[type] = []


def environment(search_dirs: list[Path]) -> Any:
    """A sandboxed environment that looks in ``search_dirs`` first, then the built-ins."""
    from jinja2 import ChoiceLoader, FileSystemLoader, FunctionLoader, StrictUndefined

    if not _SANDBOX:
        _SANDBOX.append(_sandbox_class())
    loaders: list[Any] = [FileSystemLoader([str(d) for d in search_dirs], encoding="utf-8")]
    loaders.append(FunctionLoader(_builtin_source))
    env = _SANDBOX[0](
        loader=ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        md=md_escape,
        md_cell=md_cell,
        md_url=md_url,
        one_line=one_line,
        sentence=sentence,
        slug=github_slug,
    )
    return env


def load_template(name: str, cfg: Config | None, template_file: str | None = None) -> Template:
    """``--template FILE`` wins, then ``templates/<name>`` beside papernotes.toml, then the built-in."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

    dirs: list[Path] = []
    lookup = name
    if template_file:
        path = Path(template_file).expanduser()
        if not path.is_file():
            raise PapernotesError(f"--template: no such file: {path}")
        dirs.append(path.resolve().parent)
        lookup = path.name
    user_dir = cfg.templates_dir() if cfg is not None else None
    if user_dir is not None:
        dirs.append(user_dir)
    env = environment(dirs)
    try:
        return env.get_template(lookup)
    except TemplateSyntaxError as e:
        where = e.filename or lookup
        raise PapernotesError(f"{where}:{e.lineno}: template syntax error: {e.message}") from None
    except TemplateNotFound:
        raise PapernotesError(f"template not found: {lookup}") from None
    except TemplateError as e:
        raise PapernotesError(f"{lookup}: {e}") from None
    except UnicodeDecodeError as e:
        raise PapernotesError(f"{lookup}: template is not UTF-8 ({e.reason})") from None


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
    )


def render(template: Template, variables: dict[str, Any]) -> str:
    """Render, turning template mistakes (unknown variable, sandbox refusal) into user errors."""
    from jinja2 import TemplateError

    try:
        return template.render(**variables)
    except TemplateError as e:
        where = template.filename or template.name or "template"
        line = _error_line(e)
        raise PapernotesError(f"{where}{f':{line}' if line else ''}: template error: {e}") from None


def _error_line(exc: BaseException) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(_TEMPLATE_SUFFIXES) or "<template>" in tb.tb_frame.f_code.co_filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
