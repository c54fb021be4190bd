"""annotations.db: the one place that holds Glossator's data, and the only code that speaks SQL."""

from glossator.store.store import (
    DEFAULT_DB_NAME,
    ImportOutcome,
    SearchHit,
    Store,
    default_db_path,
)

__all__ = ["DEFAULT_DB_NAME", "ImportOutcome", "SearchHit", "Store", "default_db_path"]
