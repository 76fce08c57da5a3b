"""The instructor commands: build and release, collect, feedback, export, report."""
