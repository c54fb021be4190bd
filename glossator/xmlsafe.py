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


def declares_entities(tree: etree._ElementTree) -> bool:
    """Whether a parsed document declares entities in its DOCTYPE (an expansion bomb or an
    external entity waiting to be resolved). A bare ``<!DOCTYPE x SYSTEM "x.dtd">``, as
    translation tools write, declares none and is harmless: the DTD is never loaded."""
    dtd = tree.docinfo.internalDTD
    return dtd is not None and any(True for _ in dtd.iterentities())
