"""HTTP handlers, one module per FluentCRM controller."""
