"""Format readers, segmentation into instruments, and field extractors. Imports only `reviewer.core.model` and
`reviewer.core.errors`."""
