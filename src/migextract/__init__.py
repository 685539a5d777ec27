"""migextract: statistical figures from Russian text, tied to what they measure."""

__version__ = "0.1.0"
