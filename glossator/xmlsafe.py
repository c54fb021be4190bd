"""The one XML parser configuration for files Glossator did not write: no entity is
expanded, no DTD loaded, nothing fetched from the network, no huge-tree allowance."""

from __future__ import annotations

from typing import Any

from lxml import etree


def untrusted_parser(**options: Any) -> etree.XMLParser:
    """An lxml parser for untrusted input; ``options`` add to (never loosen) the defaults."""
    settings: dict[str, Any] = {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "dtd_validation": False,
        "huge_tree": False,
    }
    for key in settings:
        if key in options and options[key] != settings[key]:
            raise ValueError(f"{key} cannot be changed for untrusted XML")
    settings.update(options)
    return etree.XMLParser(**settings)
