"""papernotes: paper-reading notes in markdown → structured records, Zotero notes and exports."""

__version__ = "0.1.0"
