"""Size-bounded mappings with pluggable eviction: FIFO, LFU, LRU, random, TTL and TLRU."""

from ._base import Cache
from ._policies import FIFOCache, LFUCache, LRUCache, RRCache
from ._timed import TLRUCache, TTLCache

__all__ = ("Cache", "FIFOCache", "LFUCache", "LRUCache", "RRCache", "TLRUCache", "TTLCache")
__version__ = "8.0.3"
