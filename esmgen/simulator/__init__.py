"""The offline dry-run engine: read a deck as text, apply it to a simulated ESM.

It never imports the renderer or the templates: it reads what a deck says,
so it catches template mistakes instead of repeating them.
"""
