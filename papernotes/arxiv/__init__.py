"""arXiv: the paced client, title search and verification, and the enrich stage.

Import the submodules directly (``papernotes.arxiv.client``, ``.titles``,
``.enrich``); this package stays empty so ``papernotes --help`` does not load
the arxiv library, requests or lxml.
"""
