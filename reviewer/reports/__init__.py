"""What a review becomes for people: the HTML draft, the DOCX 评查表, the supervision letter and ledger, and the
batch summary (汇总表); pure functions over drafts and summaries."""
