"""What each ESM gets for the items of a translation rule (esmgen.importer.translation):
one module per ESM, named by the registry (esmgen.esms: Esm.translation).

Contract: a module defines EFFECTS, {rule name: translation.Effect}, for the
rules whose effect on that ESM differs from translation.COMMON; a rule it
does not name and COMMON does not hold does not touch that ESM. An Effect
with drops=True leaves the item out of that ESM's decks (the import files it
under a component for the ESMs that keep it).
"""
