"""The `reviewer` command line: the top layer, which may drive every other one."""
