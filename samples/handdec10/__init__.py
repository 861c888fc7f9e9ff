"""Tenth hand-written development set: fictional decisions around the penalty (文号, signature, remedies, payment, 告知 history)."""
