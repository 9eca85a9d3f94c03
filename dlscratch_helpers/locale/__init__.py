"""Translations of the package's strings, one subpackage per language (see i18n.py)."""
