"""An independent sample-case-file generator (行政处罚案卷) with its own templates, layouts and defects.

Run ``python -m samples.alt.generate --help``. See README.md in this folder.
"""
