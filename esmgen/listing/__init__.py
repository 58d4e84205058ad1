"""The listing side: listings in, verdicts out.

check reads a job's SYSTSPRT (or a TSO session log) and judges each command
by its messages, using the per-ESM message tables in messages/. Nothing here
imports the renderer (esmgen.renderer).
"""
