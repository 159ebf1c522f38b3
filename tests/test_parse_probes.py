"""The probe sets (issue 9): notes files in the issue's format families, gold written blind.

Every set was written by a helper who never ran the parser (gold first). ``probe`` (58
files, six blind rounds), ``probe2`` … ``probe93`` (12 files each) were each measured blind
first — those first figures are the held-out measure, kept in the README — and then used
to fix the parser's families (each rule is tested on other text in
``test_parse_families.py``). Every floor here is a figure the parser reached, rounded
down, so a family that breaks fails (scoring: ``probe_scoring``, the corpus scorer's
matching).
"""

from __future__ import annotations

import pytest
from probe_scoring import files, micro, records, score

# micro floors: recall, precision, field recall, field precision
MICRO = {
    "probe": (1.0, 0.99, 0.99, 1.0),
    "probe2": (1.0, 1.0, 1.0, 0.97),
    "probe3": (0.98, 1.0, 0.97, 0.96),  # field precision 0.99 → 0.96: ``论文链接：`` (paper link) is the source field now
    "probe4": (0.98, 0.97, 0.89, 0.92),
    "probe5": (0.98, 0.94, 0.95, 0.92),
    "probe6": (0.98, 0.97, 0.95, 1.0),
    "probe7": (0.98, 0.96, 0.98, 0.98),
    "probe8": (0.91, 0.93, 0.93, 0.99),
    "probe9": (0.98, 0.94, 0.98, 1.0),
    "probe10": (0.97, 0.98, 0.95, 1.0),
    "probe11": (0.95, 0.98, 0.91, 0.99),
    "probe12": (1.0, 0.98, 0.97, 0.99),
    "probe13": (0.98, 0.98, 0.97, 0.93),  # field recall 0.95 → 0.97, precision 0.92 → 0.91: ``Opinion:`` is now ideas
    "probe14": (0.95, 0.93, 0.94, 0.96),  # field precision 0.97 → 0.95: a BibTeX entry's journal is its venue field (the corpus map's source)
    "probe15": (0.94, 0.95, 0.92, 0.96),
    "probe16": (0.98, 0.92, 0.95, 1.0),
    "probe17": (1.0, 0.98, 1.0, 0.98),
    "probe18": (0.96, 0.96, 0.96, 0.98),
    "probe19": (0.96, 0.96, 0.97, 0.97),
    "probe20": (0.94, 0.9, 1.0, 0.98),  # field precision 1.0 → 0.98: ``Journal:`` is now the venue field (the corpus map's source)
    "probe21": (0.96, 0.97, 0.9, 1.0),  # held out at stop 19: never used to fix the parser
    "probe22": (0.98, 0.92, 0.93, 0.87),
    "probe23": (0.98, 0.93, 0.88, 0.95),  # held out at stop 20: never used to fix the parser
    "probe24": (0.96, 0.98, 0.91, 0.93),
    "probe25": (0.98, 0.97, 1.0, 1.0),
    "probe26": (0.98, 0.98, 0.94, 0.98),
    "probe27": (0.98, 1.0, 0.97, 1.0),
    "probe28": (0.98, 0.96, 1.0, 0.95),
    "probe29": (1.0, 1.0, 0.97, 1.0),  # held out at stop 21 (0.92 / 0.90 / 0.71 on arrival), used to fix the parser at stop 22
    "probe30": (0.98, 0.97, 0.9, 1.0),
    "probe31": (1.0, 0.98, 0.95, 1.0),
    "probe32": (0.95, 0.92, 0.71, 1.0),
    "probe33": (1.0, 1.0, 1.0, 0.88),  # held out at stop 22 (0.81 / 0.90 / 0.64 then); fixed by family at stop 23
    "probe34": (1.0, 0.96, 0.98, 1.0),
    "probe35": (0.98, 0.98, 0.92, 0.94),
    "probe36": (0.98, 0.94, 0.93, 1.0),  # held out at stop 23 (0.88 / 0.82 / 0.78 then); fixed by family at stop 24
    "probe37": (0.98, 0.97, 1.0, 0.97),
    "probe38": (0.96, 0.97, 0.85, 0.97),
    # (field precision 0.77 → 0.75 at stop 36: one more gold paper found, ``Graph WaveNet …``, whose ``感想`` line is read as
    # ideas where this gold lists no fields for any paper of that file)
    "probe39": (0.95, 1.0, 0.97, 0.75),  # held out at stop 23 (0.76 / 0.89 / 0.38 then); fixed by family at stop 24
    "probe40": (0.91, 0.94, 0.71, 0.96),
    "probe41": (0.94, 0.93, 1.0, 1.0),
    "probe42": (1.0, 0.94, 0.96, 0.97),
    "probe43": (0.98, 0.95, 0.94, 0.97),  # held out at stop 24 (0.89 / 0.84 / 0.67 then); fixed by family at stop 25
    "probe44": (0.98, 0.97, 0.8, 1.0),
    "probe45": (0.91, 0.91, 0.96, 0.98),
    "probe46": (0.97, 0.97, 0.84, 0.97),
    "probe47": (0.98, 0.98, 0.99, 1.0),
    "probe48": (0.97, 0.93, 0.91, 0.83),
    "probe49": (1.0, 0.93, 0.93, 1.0),
    "probe50": (0.98, 0.9, 0.92, 0.99),
    "probe51": (0.98, 0.97, 0.96, 0.96),
    "probe52": (0.97, 0.97, 0.8, 0.96),  # held out at stop 24 (0.86 / 0.79 / 0.50 then), used from stop 26; field precision 0.98 → 0.96: ``Objective:`` is motivation and a Spanner review's ``Contribution`` a field here, the gold leaves them out
    "probe53": (0.88, 0.95, 0.91, 1.0),
    "probe54": (0.98, 0.92, 0.82, 0.85),
    "probe55": (0.98, 0.94, 0.97, 0.99),
    "probe56": (1.0, 0.98, 0.98, 0.52),  # held out at stop 25 (0.98 / 0.75 / 0.75 then), used from stop 26
    "probe57": (0.94, 0.96, 0.98, 0.98),
    "probe58": (1.0, 0.98, 0.84, 0.97),  # field precision 0.98 → 0.97: the Obsidian clip now reads its labels (field recall 0.77 → 0.84), one the gold leaves out
    "probe59": (1.0, 1.0, 0.98, 0.98),  # held out at stop 25 (0.91 / 0.74 / 0.69 then), used from stop 26
    "probe60": (0.98, 0.98, 0.93, 1.0),
    "probe61": (1.0, 0.97, 0.88, 0.92),
    "probe62": (0.95, 0.94, 0.93, 1.0),
    "probe63": (0.94, 0.94, 0.91, 1.0),
    "probe64": (1.0, 0.9, 0.95, 0.99),
    "probe65": (0.97, 0.94, 0.82, 0.93),
    "probe66": (1.0, 0.9, 0.71, 0.94),  # held out at stop 26, never opened (compared at set level only)
    "probe67": (0.96, 0.93, 1.0, 1.0),
    "probe68": (0.91, 0.87, 0.87, 0.97),
    "probe69": (0.97, 0.92, 0.97, 1.0),
    "probe70": (0.89, 0.89, 0.88, 0.97),
    "probe71": (1.0, 0.93, 0.92, 0.99),
    "probe72": (0.76, 0.87, 0.94, 1.0),  # held out at stop 26 (second round): never used to fix the parser
    "probe73": (0.95, 0.92, 0.95, 1.0),  # held out at stop 26 (third round): never used to fix the parser
    "probe74": (0.83, 0.81, 0.84, 0.99),
    "probe75": (0.97, 0.87, 0.78, 0.97),
    "probe76": (0.96, 0.96, 0.95, 0.98),  # held out at stop 26 (third round): never used to fix the parser
    "probe77": (0.92, 0.89, 1.0, 0.98),  # stop 26, fourth round (0.84 / 0.79 / 0.76 on arrival), used after it
    "probe78": (0.98, 0.81, 0.87, 1.0),  # stop 26, fourth round: never used
    "probe79": (0.8, 0.88, 0.89, 1.0),  # stop 26, fourth round: never used (stop 28: the list-remark rule gave it one paper and one false record, at set level)
    "probe80": (1.0, 1.0, 1.0, 1.0),  # stop 26, fifth round (0.77 / 0.76 / 0.68 then); used at stop 27
    "probe81": (1.0, 0.98, 1.0, 1.0),  # stop 26, fifth round (0.62 / 0.73 / 0.47 then); used at stop 27
    "probe82": (0.81, 1.0, 0.81, 0.92),  # stop 26, fifth round: never used
    "probe83": (0.82, 0.8, 0.77, 1.0),  # stop 27, sixth round (0.82 / 0.81 / 0.58 on arrival): held out, never opened
    "probe84": (1.0, 0.96, 0.88, 0.96),  # stop 27, sixth round (0.93 / 0.92 / 0.80 on arrival), used after it
    "probe85": (1.0, 0.97, 0.98, 0.95),  # stop 27, sixth round (0.75 / 0.71 / 0.61 on arrival), used after it
    "probe86": (0.97, 0.97, 0.87, 1.0),  # stop 27, sixth round (0.81 / 0.74 / 0.80 on arrival), used after it
    "probe87": (0.98, 0.95, 0.78, 0.98),  # stop 27, seventh round (0.55 / 0.59 / 0.54 on arrival), used after it
    "probe88": (0.86, 0.88, 0.88, 0.95),  # stop 27, seventh round (0.87 / 0.88 / 0.87 on arrival): held out, never opened
    "probe89": (0.96, 0.88, 0.77, 0.96),  # stop 27, seventh round (0.80 / 0.71 / 0.38 on arrival), used after it
    "probe90": (1.0, 0.97, 0.97, 1.0),  # stop 27, seventh round (0.95 / 0.89 / 0.89 on arrival), used after it
    "probe91": (0.95, 0.86, 0.98, 1.0),  # stop 27, eighth round (0.96 / 0.87 / 0.97 on arrival): held out, never opened
    "probe92": (0.96, 0.9, 0.87, 1.0),  # stop 27, eighth round (0.96 / 0.86 / 0.86 on arrival), used after it
    "probe93": (0.91, 0.93, 0.9, 1.0),  # stop 27, eighth round (0.71 / 0.91 / 0.85 on arrival), used after it
    # stop 28, ninth round (core families A+B and C written fresh), scored with ``score.py`` on arrival at 4a63fa4:
    "probe94": (0.97, 0.9, 1.0, 0.99),  # 0.96 / 0.86 / 0.94 on arrival: held out (compared at set level only)
    "probe95": (0.86, 0.95, 0.98, 0.96),  # 0.61 / 0.92 / 0.88 on arrival, used after it
}
# per-file recall floors below 1.0 (probe, probe2, probe3; probe4 is held to its micro floors)
BELOW = {
    ("probe2", "bibliography.md"): 0.9,
    ("probe3", "db_query_opt_journal.md"): 0.87,
    ("probe3", "hci_paper_of_the_week.md"): 0.77,
}
# per-file precision floors below 1.0 on the fixed sets: ``[[Agent Evaluation Ideas]]``, the
# reader's own brainstorm page in a list of paper pages, reads like a short title
PRECISION_BELOW = {("probe", "r2-obsidian-index-details.md"): 0.8}
FIXED_FILES = [(s, n) for s in ("probe", "probe2", "probe3") for n in files(s)]


def test_every_probe_set_is_there() -> None:
    assert [len(files(s)) for s in MICRO] == [58] + [12] * 94


@pytest.mark.parametrize("probe_set", list(MICRO))
def test_micro_floors(probe_set: str) -> None:
    got = micro(probe_set)
    for (name, value), floor in zip(got.items(), MICRO[probe_set], strict=True):
        assert value >= floor, f"{probe_set}: {name} {value:.3f} < {floor}"


@pytest.mark.parametrize(("probe_set", "name"), FIXED_FILES)
def test_per_file_floors(probe_set: str, name: str) -> None:
    s = score(probe_set, name)
    assert s.found / s.gold >= BELOW.get((probe_set, name), 1.0), f"recall {s.found}/{s.gold}"
    assert s.tp / max(s.out, 1) >= PRECISION_BELOW.get((probe_set, name), 1.0), f"precision {s.tp}/{s.out}"


@pytest.mark.parametrize("probe_set", ["probe2", "probe3"])
def test_titles_are_not_empty_or_decorated(probe_set: str) -> None:
    """Every record has a title; none keeps ``《》``, a ``论文：`` prefix, bold marks or a marker."""
    for name in files(probe_set):
        for r in records(probe_set, name):
            assert r["title"].strip(), f"{name}: untitled record {r.get('url')}"
            assert not r["title"].startswith(("《", "论文：", "论文:", "**", "read ", "DONE ")), r["title"]
            assert "()" not in r["title"], r["title"]
