"""Reading .txt/.html files (encoding detection) and cutting texts into blocks with roles."""

from glossator.ingest.reader import MAX_BYTES, decode_bytes, normalize_text, read_source
from glossator.ingest.segment import extract_metadata, parse_byline, segment

__all__ = [
    "MAX_BYTES",
    "decode_bytes",
    "extract_metadata",
    "normalize_text",
    "parse_byline",
    "read_source",
    "segment",
]
