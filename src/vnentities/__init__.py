"""vnentities: structured entities from English news about Vietnam's government and diplomacy.

    >>> import vnentities
    >>> doc = vnentities.extract("Party General Secretary Nguyen Phu Trong ...")
    >>> [(e.label, e.text, e.norm) for e in doc.entities]
"""

from . import extensions  # noqa: F401  (registers Doc/Span extensions on import)
from .document import Document, extract
from .pipeline import load

__all__ = ["Document", "extract", "load"]
__version__ = "0.1.0"
