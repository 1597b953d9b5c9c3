"""xml.parsers: in GIL Lab's model only expat's error class (the model has no expat)."""
