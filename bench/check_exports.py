"""Check: the shared exports survive the tools people open them with (run by hand or by CI).

    python bench/check_exports.py [NOTES_PATH ...]   # default: notes/ and the seed, when present

For each input it prints, per check, cells compared and cells changed:

* CSV through ``pandas.read_csv`` (default options) and LibreOffice's headless
  import (``soffice --headless --infilter=CSV:44,34,76,1 --convert-to xlsx``:
  default options, UTF-8) — every cell must come back as the written text;
* XLSX through ``pandas.read_excel`` (openpyxl, defaults) and LibreOffice
  (opened and saved again) — every value back with its type;
* BibTeX through ``biber --tool --validate-datamodel``: warnings offline, and
  for the arXiv records once enriched (goal: 0);
* cold ``papernotes export csv`` against ``export json`` in fresh processes
  (the CSV no longer imports pandas).

LibreOffice and biber are Debian packages (``apt-get install
libreoffice-calc-nogui biber``); a missing one is reported and skipped.
Exit status 1 when any cell changed or an enriched record warned.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from export_checks import (  # noqa: E402
    biber_warnings,
    enriched,
    libreoffice_csv_mismatches,
    libreoffice_xlsx_mismatches,
    pandas_csv_mismatches,
    pandas_xlsx_mismatches,
    soffice,
)

from papernotes.config import load_config  # noqa: E402
from papernotes.export import export  # noqa: E402
from papernotes.journal import collect  # noqa: E402

SEEDS = (ROOT.parent / "shared" / "seed", ROOT.parent.parent / "shared" / "seed")


def inputs(argv: list[str]) -> list[Path]:
    if argv:
        return [Path(a) for a in argv]
    found = [ROOT / "notes"]
    found += [s / "000_710b83c0fdba69ac.md" for s in SEEDS if (s / "000_710b83c0fdba69ac.md").is_file()][:1]
    return found


def cold(args: list[str], runs: int = 3) -> float:
    """Best wall time of a fresh ``python -m papernotes`` process."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "papernotes", *args], check=True, capture_output=True, cwd=ROOT)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    failed = False
    cfg = load_config(cwd=ROOT)
    for path in inputs(sys.argv[1:]):
        records = collect([path], cfg, None).records
        print(f"\n{path} — {len(records)} records")
        with tempfile.TemporaryDirectory(prefix="check-exports-") as tmp:
            work = Path(tmp)
            csv_text = export("csv", records, None, None)
            xlsx = work / "papers.xlsx"
            xlsx.write_bytes(export("xlsx", records, None, None))
            results = [
                ("csv  pandas.read_csv", pandas_csv_mismatches(csv_text)),
                ("xlsx pandas.read_excel", pandas_xlsx_mismatches(xlsx)),
            ]
            if soffice():
                results.append(("csv  LibreOffice import", libreoffice_csv_mismatches(csv_text, work)))
                results.append(("xlsx LibreOffice open+save", libreoffice_xlsx_mismatches(xlsx, work)))
            else:
                print("  LibreOffice (soffice) not installed: skipped")
            for name, (n, bad) in results:
                failed |= bool(bad)
                print(f"  {name:<28} {n:6d} cells, {len(bad)} changed")
                for row, col, written, read in bad[:5]:
                    print(f"      row {row} {col}: wrote {written!r}, read {read!r}")
        if shutil.which("biber"):
            offline = biber_warnings(export("bibtex", records, None, None))
            arxiv = [r for r in records if r.arxiv_id]
            rich = biber_warnings(export("bibtex", enriched(arxiv), None, None))
            failed |= bool(rich)
            yearless = sum(1 for r in records if not r.arxiv_id and not r.year)
            print(
                f"  biber --validate-datamodel     offline {len(offline)} warnings "
                f"({yearless} records have no year and no arXiv id); "
                f"the {len(arxiv)} arXiv records enriched: {len(rich)}"
            )
            for w in (rich or offline)[:3]:
                print(f"      {w}")
        else:
            print("  biber not installed: skipped")
    notes = str(ROOT / "notes")
    csv_s, json_s = cold(["export", "csv", notes]), cold(["export", "json", notes])
    print(f"\ncold export csv {csv_s:.2f} s, export json {json_s:.2f} s: ratio {csv_s / json_s:.2f} (goal <= 1.3)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
