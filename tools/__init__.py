"""Build tooling for the FluentCRM OpenAPI description: bundle, overlay, validate, lint, publish, generate."""
