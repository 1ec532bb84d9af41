"""Turn files into notice records: load → normalize → parse notice → sections → chunks, directives.

Pure parsing: nothing here writes to an index (that is `assistant.indexer`).
"""
