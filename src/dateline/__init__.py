"""dateline: attributed quotes, resolved actors and PLOVER events from news articles."""

__version__ = "0.1.0"
