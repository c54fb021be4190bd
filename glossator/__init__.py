"""Glossator: English texts that carry Russian — annotation, term base, TEI P5.

The core library. It never imports Qt, the ``gui`` package or (outside ``glossator.cli``)
the ``tei`` package.
"""

__version__ = "0.1.0"
