"""``make sdk-check`` reads openapi-generator's log: what blames the document fails the check, nothing else does."""

from __future__ import annotations

from sdks.openapi_generator import document_problems

BETA = (
    "[main] WARN  o.o.codegen.DefaultCodegen - OpenAPI 3.1 support is still in beta. To report an issue ..."
)
INVENTED = (
    "[main] INFO  o.o.codegen.InlineModelResolver - Inline schema created as Contact_allOf_commerce_stat. ..."
)
NORMALIZER = (
    "[main] ERROR o.o.codegen.OpenAPINormalizer - Type array not yet supported in openapi-normalizer ..."
)
LOOKUP = "[main] WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null"
PATTERN = "[main] WARN  o.o.codegen.utils.ModelUtils - Validation 'pattern' has no effect on schema 'integer'. Ignoring!"


def test_warnings_errors_and_invented_names_blame_the_document() -> None:
    lines = [
        "[main] INFO  o.o.codegen.DefaultGenerator - Generating ...",
        BETA,
        INVENTED,
        NORMALIZER,
        PATTERN,
    ]
    log = "\n".join(lines)
    assert document_problems(log) == [INVENTED, NORMALIZER, PATTERN]


def test_only_the_beta_notice_is_tolerated() -> None:
    assert document_problems(BETA) == []
    assert document_problems(LOOKUP) == [LOOKUP]
