"""The sample-corpus generator and the committed sample case files with their ground truth."""
