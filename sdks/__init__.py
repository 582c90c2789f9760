"""Proof that the published document serves other languages: clients generated from it compile and run.

``sdks.typescript`` (part of ``make test``) builds a TypeScript client with openapi-typescript and openapi-fetch;
``python -m sdks`` (``make sdk-check``) builds typescript-fetch and Go clients with openapi-generator. Each runs the
same create -> get -> update -> list -> delete sequence against the emulator.
"""
