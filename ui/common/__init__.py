"""Shared by several screens: the look, Dutch wording, messages, small dialog parts, autosave and slow work."""
