"""Performance benchmarks: run by `make bench`, not part of the suite; each prints its figure."""
