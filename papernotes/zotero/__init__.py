"""Zotero: the client (web and local API), the library mirror, and record matching.

Import the submodules directly (``papernotes.zotero.client``, ``.mirror``,
``.match``); this package stays empty so ``papernotes --help`` does not load
pyzotero or httpx2.
"""
