"""esmgen: one declarative security spec, command decks for RACF, ACF2 and Top Secret."""

__version__ = "0.1.0"
