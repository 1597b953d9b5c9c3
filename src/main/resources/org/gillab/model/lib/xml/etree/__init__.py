"""xml.etree: the ElementTree API (see xml.etree.ElementTree)."""
