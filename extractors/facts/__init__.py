"""The extract stage's readers of per-instrument facts (`reviewer.core.facts`), one module per family.

`extractors.extract.extract` calls `instrument.read_facts` for every instrument and then `case` for the case as
a whole; the checks read what they produce and parse nothing themselves.
"""
