"""Speed and scale figures for the toolkit: regeneration, client overhead, emulator load and conformance.

Each comparison lives in its own module and is measured side by side in one run, so the report can state a
ratio instead of two numbers taken on different days. ``python -m bench`` runs everything and writes
``docs/benchmarks.md`` and ``docs/benchmarks.json``; ``python -m bench --only emulator`` runs one section and
keeps the other sections' figures from the previous run.
"""
