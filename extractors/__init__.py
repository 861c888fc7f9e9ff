"""Format readers, segmentation into instruments, and field extractors. Imports only `reviewer.model` and
`reviewer.errors`."""
