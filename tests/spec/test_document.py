"""The bundled document is valid OpenAPI 3.1 and follows the conventions every other part relies on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from tools.generator_shapes import OPEN_ENUM

# The operation ids and tags other parts of the project (client, emulator, conformance) rely on.
FIXED_OPERATIONS = {
    ("get", "/subscribers"): ("listContacts", "Contacts"),
    ("post", "/subscribers"): ("createContact", "Contacts"),
    ("delete", "/subscribers"): ("deleteContacts", "Contacts"),
    ("get", "/subscribers/{id}"): ("getContact", "Contacts"),
    ("put", "/subscribers/{id}"): ("updateContact", "Contacts"),
    ("delete", "/subscribers/{id}"): ("deleteContact", "Contacts"),
    ("post", "/subscribers/bulk-add-update"): ("bulkAddUpdateContacts", "Contacts"),
    ("get", "/lists"): ("listLists", "Lists"),
    ("post", "/lists"): ("createList", "Lists"),
    ("get", "/lists/{id}"): ("getList", "Lists"),
    ("put", "/lists/{id}"): ("updateList", "Lists"),
    ("delete", "/lists/{id}"): ("deleteList", "Lists"),
    ("get", "/tags"): ("listTags", "Tags"),
    ("post", "/tags"): ("createTag", "Tags"),
    ("get", "/tags/{id}"): ("getTag", "Tags"),
    ("put", "/tags/{id}"): ("updateTag", "Tags"),
    ("delete", "/tags/{id}"): ("deleteTag", "Tags"),
    ("get", "/reports/dashboard-stats"): ("getDashboardStats", "Reports"),
    ("get", "/reports/subscribers"): ("getSubscriberGrowth", "Reports"),
    ("get", "/reports/email-sents"): ("getEmailSentStats", "Reports"),
    ("get", "/reports/email-opens"): ("getEmailOpenStats", "Reports"),
    ("get", "/reports/email-clicks"): ("getEmailClickStats", "Reports"),
    ("get", "/custom-fields/contacts"): ("getContactCustomFields", "Custom fields"),
    ("put", "/custom-fields/contacts"): ("updateContactCustomFields", "Custom fields"),
    # platform: reports helpers, imports, migrators, docs, bounce handler
    ("get", "/reports/options"): ("getReportOptions", "Reports"),
    ("get", "/reports/ajax-options"): ("getAjaxOptions", "Reports"),
    ("get", "/reports/taxonomy-terms"): ("getTaxonomyTerms", "Reports"),
    ("get", "/reports/cascade_selections"): ("getCascadeSelections", "Reports"),
    ("get", "/reports/emails"): ("listReportEmails", "Reports"),
    ("delete", "/reports/emails"): ("deleteReportEmails", "Reports"),
    ("get", "/reports/advanced-providers"): ("getAdvancedReportProviders", "Reports"),
    ("get", "/reports/ping"): ("pingReports", "Reports"),
    ("post", "/import/csv-upload"): ("uploadImportCsv", "Import"),
    ("post", "/import/csv-import"): ("importCsv", "Import"),
    ("post", "/import/users"): ("importUsers", "Import"),
    ("get", "/import/drivers"): ("listImportDrivers", "Import"),
    ("get", "/import/drivers/{driver}"): ("getImportDriver", "Import"),
    ("post", "/import/drivers/{driver}"): ("runImportDriver", "Import"),
    ("get", "/migrators"): ("listMigrators", "Migrators"),
    ("post", "/migrators/verify-cred"): ("verifyMigratorCredentials", "Migrators"),
    ("get", "/migrators/list-tag-mappings"): ("getMigratorListTagMappings", "Migrators"),
    ("post", "/migrators/summary"): ("getMigratorImportSummary", "Migrators"),
    ("post", "/migrators/import"): ("runMigratorImport", "Migrators"),
    ("get", "/docs"): ("listDocs", "Docs"),
    ("get", "/docs/addons"): ("getAddons", "Docs"),
    ("get", "/docs/{id}"): ("getDoc", "Docs"),
    ("get", "/public/bounce_handler/{service_name}/handle/{security_code}"): ("handleBounceGet", "Bounce handler"),
    ("post", "/public/bounce_handler/{service_name}/handle/{security_code}"): ("handleBouncePost", "Bounce handler"),
    ("put", "/public/bounce_handler/{service_name}/handle/{security_code}"): ("handleBouncePut", "Bounce handler"),
    ("patch", "/public/bounce_handler/{service_name}/handle/{security_code}"): ("handleBouncePatch", "Bounce handler"),
    ("delete", "/public/bounce_handler/{service_name}/handle/{security_code}"): ("handleBounceDelete", "Bounce handler"),
    ("get", "/public/bounce_handler/{service_name}/{security_code}"): ("handleBounceShortGet", "Bounce handler"),
    ("post", "/public/bounce_handler/{service_name}/{security_code}"): ("handleBounceShortPost", "Bounce handler"),
    ("put", "/public/bounce_handler/{service_name}/{security_code}"): ("handleBounceShortPut", "Bounce handler"),
    ("patch", "/public/bounce_handler/{service_name}/{security_code}"): ("handleBounceShortPatch", "Bounce handler"),
    ("delete", "/public/bounce_handler/{service_name}/{security_code}"): ("handleBounceShortDelete", "Bounce handler"),
    # marketing: campaigns and templates
    ("get", "/campaigns"): ("listCampaigns", "Campaigns"),
    ("post", "/campaigns"): ("createCampaign", "Campaigns"),
    ("post", "/campaigns/do-bulk-action"): ("campaignBulkAction", "Campaigns"),
    ("post", "/campaigns/email-preview-html"): ("previewCampaignHtml", "Campaigns"),
    ("get", "/campaigns/emails/{id}/preview"): ("previewCampaignEmail", "Campaigns"),
    ("post", "/campaigns/estimated-contacts"): ("estimateCampaignContacts", "Campaigns"),
    ("post", "/campaigns/send-test-email"): ("sendCampaignTestEmail", "Campaigns"),
    ("post", "/campaigns/update-single-campaign"): ("updateCampaignByBody", "Campaigns"),
    ("get", "/campaigns/{id}"): ("getCampaign", "Campaigns"),
    ("put", "/campaigns/{id}"): ("updateCampaign", "Campaigns"),
    ("delete", "/campaigns/{id}"): ("deleteCampaign", "Campaigns"),
    ("get", "/campaigns/{id}/contacts-by-segment"): ("listCampaignSegmentContacts", "Campaigns"),
    ("post", "/campaigns/{id}/draft-recipients"): ("draftCampaignRecipients", "Campaigns"),
    ("post", "/campaigns/{id}/duplicate"): ("duplicateCampaign", "Campaigns"),
    ("get", "/campaigns/{id}/emails"): ("listCampaignEmails", "Campaigns"),
    ("delete", "/campaigns/{id}/emails"): ("deleteCampaignEmails", "Campaigns"),
    ("get", "/campaigns/{id}/estimated-recipients-count"): ("countCampaignRecipients", "Campaigns"),
    ("get", "/campaigns/{id}/link-report"): ("getCampaignLinkReport", "Campaigns"),
    ("get", "/campaigns/{id}/overview_stats"): ("getCampaignOverviewStats", "Campaigns"),
    ("post", "/campaigns/{id}/pause"): ("pauseCampaign", "Campaigns"),
    ("get", "/campaigns/{id}/processing-stat"): ("getCampaignProcessingStat", "Campaigns"),
    ("post", "/campaigns/{id}/resume"): ("resumeCampaign", "Campaigns"),
    ("get", "/campaigns/{id}/revenues"): ("getCampaignRevenues", "Campaigns"),
    ("post", "/campaigns/{id}/revenues/resync"): ("resyncCampaignRevenues", "Campaigns"),
    ("post", "/campaigns/{id}/schedule"): ("scheduleCampaign", "Campaigns"),
    ("get", "/campaigns/{id}/share-url"): ("getCampaignShareUrl", "Campaigns"),
    ("get", "/campaigns/{id}/status"): ("getCampaignStatus", "Campaigns"),
    ("post", "/campaigns/{id}/step"): ("saveCampaignStep", "Campaigns"),
    ("post", "/campaigns/{id}/subscribe"): ("subscribeCampaignRecipients", "Campaigns"),
    ("put", "/campaigns/{id}/title"): ("updateCampaignTitle", "Campaigns"),
    ("post", "/campaigns/{id}/un-schedule"): ("unscheduleCampaign", "Campaigns"),
    ("get", "/campaigns/{id}/unsubscribers"): ("listCampaignUnsubscribers", "Campaigns"),
    ("put", "/campaigns/{id}/update-labels"): ("updateCampaignLabels", "Campaigns"),
    ("get", "/templates"): ("listTemplates", "Templates"),
    ("post", "/templates"): ("createTemplate", "Templates"),
    ("get", "/templates/all"): ("listAllTemplates", "Templates"),
    ("get", "/templates/built-in-templates"): ("listBuiltInTemplates", "Templates"),
    ("post", "/templates/do-bulk-action"): ("templateBulkAction", "Templates"),
    ("post", "/templates/duplicate/{id}"): ("duplicateTemplate", "Templates"),
    ("post", "/templates/set-global-style"): ("setTemplateGlobalStyle", "Templates"),
    ("get", "/templates/smartcodes"): ("getTemplateSmartcodes", "Templates"),
    ("get", "/templates/{id}"): ("getTemplate", "Templates"),
    ("put", "/templates/{id}"): ("updateTemplate", "Templates"),
    ("delete", "/templates/{id}"): ("deleteTemplate", "Templates"),
    # contacts: companies, labels, users, bulk tags and lists, custom-field groups
    # companies, labels, users, bulk tags and lists, custom-field groups
    ("get", "/companies"): ("listCompanies", "Companies"),
    ("post", "/companies"): ("createCompany", "Companies"),
    ("get", "/companies/{id}"): ("getCompany", "Companies"),
    ("put", "/companies/{id}"): ("updateCompany", "Companies"),
    ("delete", "/companies/{id}"): ("deleteCompany", "Companies"),
    ("get", "/companies/search"): ("searchCompanies", "Companies"),
    ("get", "/companies/search-unattached-contacts"): ("searchUnattachedContacts", "Companies"),
    ("put", "/companies/companies-property"): ("updateCompaniesProperty", "Companies"),
    ("post", "/companies/attach-subscribers"): ("attachCompanyContacts", "Companies"),
    ("post", "/companies/detach-subscribers"): ("detachCompanyContacts", "Companies"),
    ("post", "/companies/do-bulk-action"): ("companiesBulkAction", "Companies"),
    ("get", "/companies/{id}/notes"): ("listCompanyNotes", "Companies"),
    ("post", "/companies/{id}/notes"): ("createCompanyNote", "Companies"),
    ("put", "/companies/{id}/notes/{note_id}"): ("updateCompanyNote", "Companies"),
    ("delete", "/companies/{id}/notes/{note_id}"): ("deleteCompanyNote", "Companies"),
    ("post", "/companies/csv-import"): ("importCompaniesCsv", "Companies"),
    ("get", "/companies/custom-fields"): ("getCompanyCustomFields", "Companies"),
    ("put", "/companies/custom-fields"): ("updateCompanyCustomFields", "Companies"),
    ("get", "/companies/{id}/custom_tab_view"): ("getCompanyCustomTabView", "Companies"),
    ("get", "/labels"): ("listLabels", "Labels"),
    ("post", "/labels"): ("createLabel", "Labels"),
    ("put", "/labels/{id}"): ("updateLabel", "Labels"),
    ("delete", "/labels/{id}"): ("deleteLabel", "Labels"),
    ("get", "/users"): ("listUsers", "Users"),
    ("get", "/users/roles"): ("listUserRoles", "Users"),
    ("post", "/tags/bulk"): ("bulkCreateTags", "Tags"),
    ("post", "/tags/do-bulk-action"): ("bulkDeleteTags", "Tags"),
    ("post", "/lists/bulk"): ("bulkCreateLists", "Lists"),
    ("post", "/lists/do-bulk-action"): ("bulkDeleteLists", "Lists"),
    ("put", "/custom-fields/contacts/update_group_name"): ("renameContactCustomFieldGroup", "Custom fields"),
    # marketing: funnels, webhooks, forms
    # funnels, webhooks and forms
    ("get", "/funnels"): ("listFunnels", "Funnels"),
    ("post", "/funnels"): ("createFunnel", "Funnels"),
    ("get", "/funnels/{id}"): ("getFunnel", "Funnels"),
    ("put", "/funnels/{id}"): ("updateFunnelStatus", "Funnels"),
    ("delete", "/funnels/{id}"): ("deleteFunnel", "Funnels"),
    ("get", "/funnels/triggers"): ("listFunnelTriggers", "Funnels"),
    ("get", "/funnels/templates"): ("listFunnelTemplates", "Funnels"),
    ("post", "/funnels/create-from-template"): ("createFunnelFromTemplate", "Funnels"),
    ("post", "/funnels/import"): ("importFunnel", "Funnels"),
    ("get", "/funnels/all-activities"): ("listFunnelActivities", "Funnels"),
    ("post", "/funnels/remove-bulk-subscribers"): ("removeFunnelSubscriberRows", "Funnels"),
    ("post", "/funnels/do-bulk-action"): ("funnelBulkAction", "Funnels"),
    ("post", "/funnels/send-test-webhook"): ("sendFunnelTestWebhook", "Funnels"),
    ("get", "/funnels/subscriber/{subscriber_id}/automations"): ("listContactAutomations", "Funnels"),
    ("post", "/funnels/funnel/save-funnel-sequences"): ("saveFunnelSequencesFallback", "Funnels"),
    ("post", "/funnels/funnel/save-email-action-fallback"): ("saveFunnelEmailActionFallback", "Funnels"),
    ("put", "/funnels/funnel/{id}/title"): ("updateFunnelTitle", "Funnels"),
    ("post", "/funnels/{id}/clone"): ("cloneFunnel", "Funnels"),
    ("put", "/funnels/{id}/change-trigger"): ("changeFunnelTrigger", "Funnels"),
    ("put", "/funnels/{id}/update-labels"): ("updateFunnelLabels", "Funnels"),
    ("post", "/funnels/{id}/sequences"): ("saveFunnelSequences", "Funnels"),
    ("post", "/funnels/{id}/sequences/save-email-action"): ("saveFunnelEmailAction", "Funnels"),
    ("get", "/funnels/{id}/subscribers"): ("listFunnelSubscribers", "Funnels"),
    ("delete", "/funnels/{id}/subscribers"): ("removeFunnelSubscribers", "Funnels"),
    ("get", "/funnels/{id}/subscribers/{contact_id}"): ("getFunnelSubscriberReport", "Funnels"),
    ("put", "/funnels/{id}/subscribers/{subscriber_id}/status"): ("updateFunnelSubscriberStatus", "Funnels"),
    ("get", "/funnels/{id}/report"): ("getFunnelReport", "Funnels"),
    ("get", "/funnels/{id}/email_reports"): ("getFunnelEmailReports", "Funnels"),
    ("get", "/funnels/{id}/syncable-counts"): ("getFunnelSyncableCount", "Funnels"),
    ("post", "/funnels/{id}/sync-new-steps"): ("syncFunnelNewSteps", "Funnels"),
    ("get", "/webhooks"): ("listWebhooks", "Webhooks"),
    ("post", "/webhooks"): ("createWebhook", "Webhooks"),
    ("put", "/webhooks/{id}"): ("updateWebhook", "Webhooks"),
    ("delete", "/webhooks/{id}"): ("deleteWebhook", "Webhooks"),
    ("get", "/forms"): ("listForms", "Forms"),
    ("post", "/forms"): ("createForm", "Forms"),
    ("get", "/forms/templates"): ("listFormTemplates", "Forms"),
}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def walk(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{where}/{index}")


def test_bundled_document_is_valid_openapi_3_1(bundled_spec: dict[str, Any]) -> None:
    assert bundled_spec["openapi"].startswith("3.1")
    validate(bundled_spec)


def test_validator_would_reject_a_broken_document(bundled_spec: dict[str, Any]) -> None:
    """Guards the check above: the validator in use does reject an invalid 3.1 document."""
    broken = {**bundled_spec, "paths": {"/subscribers": {"get": {"responses": {"200": {}}}}}}
    with pytest.raises(OpenAPIValidationError):
        validate(broken)


@pytest.mark.parametrize(("method", "path"), sorted(FIXED_OPERATIONS))
def test_fixed_operation_ids_and_tags(bundled_spec: dict[str, Any], method: str, path: str) -> None:
    operation = bundled_spec["paths"].get(path, {}).get(method)
    assert operation is not None, f"{method.upper()} {path} is not described"
    operation_id, tag = FIXED_OPERATIONS[(method, path)]
    assert operation["operationId"] == operation_id
    assert operation["tags"] == [tag]


def test_every_operation_has_summary_description_and_a_documented_success(
    bundled_spec: dict[str, Any],
) -> None:
    problems = []
    for method, path, operation in operations(bundled_spec):
        name = f"{method.upper()} {path}"
        if not operation.get("summary") or not operation.get("description"):
            problems.append(f"{name}: summary and description are required")
        if not any(code.startswith("2") for code in operation.get("responses", {})):
            problems.append(f"{name}: no 2xx response")
    assert problems == []


def doc_difference_problems(owner: str, entries: list[dict[str, Any]]) -> list[str]:
    """Format problems of one `x-doc-differences` list; `owner` names where it sits, for the messages."""
    problems = []
    topics = [entry.get("topic") for entry in entries]
    if len(topics) != len(set(topics)):
        problems.append(f"{owner}: duplicate topics {topics}")
    for entry in entries:
        where = f"{owner} [{entry.get('topic')}]"
        if set(entry) != {"topic", "doc", "server", "evidence"}:
            problems.append(f"{where}: keys must be topic, doc, server, evidence; got {sorted(entry)}")
        if not KEBAB.match(str(entry.get("topic", ""))):
            problems.append(f"{where}: topic is not kebab-case")
        evidence = entry.get("evidence")
        if not (isinstance(evidence, list) and evidence and all(isinstance(e, str) for e in evidence)):
            problems.append(f"{where}: evidence must be a non-empty list of exchange names")
    return problems


def test_doc_differences_follow_the_agreed_format(bundled_spec: dict[str, Any]) -> None:
    problems = []
    for method, path, operation in operations(bundled_spec):
        entries = operation.get("x-doc-differences", [])
        problems += doc_difference_problems(f"{method.upper()} {path}", entries)
        if entries and "documentation" not in operation.get("description", ""):
            problems.append(
                f"{method.upper()} {path}: differences exist but the description does not mention the documentation"
            )
    assert problems == []


def test_authentication_differences_sit_on_the_security_scheme(bundled_spec: dict[str, Any]) -> None:
    """The prose documentation's auth advice fails on every operation alike, so it is listed once, on `basicAuth`."""
    scheme = bundled_spec["components"]["securitySchemes"]["basicAuth"]
    entries = scheme.get("x-doc-differences", [])
    assert {"literal-basic-header", "manager-user"} <= {entry.get("topic") for entry in entries}
    assert doc_difference_problems("basicAuth", entries) == []
    for fact in ("username", "base64", "401", "403", "Application Password"):
        assert fact in scheme["description"], f"basicAuth description does not mention {fact}"


def test_timestamps_are_patterns_not_date_time(bundled_spec: dict[str, Any]) -> None:
    """FluentCRM's "YYYY-MM-DD HH:MM:SS" is not RFC 3339; `format: date-time` would reject every real value."""
    offenders = [where for where, node in walk(bundled_spec) if node.get("format") == "date-time"]
    assert offenders == []


def test_contact_status_and_type_are_open_in_responses(bundled_spec: dict[str, Any]) -> None:
    schemas = bundled_spec["components"]["schemas"]
    for name in ("ContactStatus", "ContactType"):
        assert "enum" not in schemas[name] and "const" not in schemas[name], f"{name} must stay open"
    assert "subscribed" in schemas["ContactStatus"][OPEN_ENUM]
    assert "customer" in schemas["ContactType"][OPEN_ENUM]
    fields = schemas["ContactFields"]["properties"]
    assert fields["status"] == {"$ref": "#/components/schemas/ContactStatus"}
    assert fields["contact_type"] == {"$ref": "#/components/schemas/ContactType"}


def open_enum_problems(document: dict[str, Any]) -> list[str]:
    """Every `x-fluentcrm-open-enum` that is not a list of distinct strings on a plain (maybe nullable) string
    schema, names a value the schema rejects, or leaves out one of the schema's examples."""
    problems = []
    for where, node in walk(document):
        if OPEN_ENUM not in node or where.endswith("/examples"):
            continue
        known = node[OPEN_ENUM]
        if node.get("type") not in ("string", ["string", "null"], ["null", "string"]):
            problems.append(f"{where}: an open enum is a string, not {node.get('type')!r}")
        if any(key in node for key in ("enum", "const", "anyOf", "oneOf", "allOf", "$ref")):
            problems.append(f"{where}: an open enum has no enum, const, composition or reference of its own")
        if not (isinstance(known, list) and known and all(isinstance(value, str) for value in known)):
            problems.append(f"{where}: {OPEN_ENUM} must list the known values as strings")
            continue
        if len(set(known)) != len(known):
            problems.append(f"{where}: {OPEN_ENUM} lists a value twice")
        schema = {key: value for key, value in node.items() if key != OPEN_ENUM}
        rejected = [value for value in known if not jsonschema.Draft202012Validator(schema).is_valid(value)]
        unknown = [value for value in node.get("examples") or [] if value is not None and value not in known]
        if rejected or unknown:
            problems.append(f"{where}: rejected known values {rejected}, examples not known {unknown}")
    return problems


def test_open_enums_are_marked_well(bundled_spec: dict[str, Any]) -> None:
    assert open_enum_problems(bundled_spec) == []
    marked = [where for where, node in walk(bundled_spec) if OPEN_ENUM in node]
    assert "#/components/schemas/ContactStatus" in marked
    assert "#/components/schemas/ContactCreateResponse/properties/action_type" in marked


def test_a_badly_marked_open_enum_is_caught() -> None:
    document = {
        "a": {"type": "integer", OPEN_ENUM: ["1"]},
        "b": {"type": "string", "enum": ["x"], OPEN_ENUM: ["x"]},
        "c": {"type": "string", OPEN_ENUM: "x"},
        "d": {"type": "string", "maxLength": 2, OPEN_ENUM: ["long", "ok", "ok"], "examples": ["ok", "new"]},
    }
    problems = "\n".join(open_enum_problems(document))
    assert "#/a: an open enum is a string" in problems
    assert "#/b: an open enum has no enum" in problems
    assert "#/c: x-fluentcrm-open-enum must list" in problems
    assert "#/d: x-fluentcrm-open-enum lists a value twice" in problems
    assert "#/d: rejected known values ['long'], examples not known ['new']" in problems


def test_create_contact_links_to_the_created_contact(bundled_spec: dict[str, Any]) -> None:
    links = bundled_spec["paths"]["/subscribers"]["post"]["responses"]["200"]["links"]
    targets = {link["operationId"]: link["parameters"] for link in links.values()}
    expected = {"id": "$response.body#/contact/id"}
    assert targets == {"getContact": expected, "updateContact": expected, "deleteContact": expected}


@pytest.mark.parametrize(
    ("path", "getter"),
    [
        ("/subscribers/{id}", "getContact"),
        ("/lists/{id}", "getList"),
        ("/tags/{id}", "getTag"),
        ("/campaigns/{id}", "getCampaign"),
        ("/templates/{id}", "getTemplate"),
    ],
)
def test_delete_links_back_to_the_getter(bundled_spec: dict[str, Any], path: str, getter: str) -> None:
    """The stateful conformance phase reads a record again after deleting it only if a link says how."""
    links = bundled_spec["paths"][path]["delete"]["responses"]["200"]["links"]
    targets = {link["operationId"]: link["parameters"] for link in links.values()}
    assert targets == {getter: {"id": "$request.path.id"}}


def test_json_body_operations_document_invalid_json(bundled_spec: dict[str, Any]) -> None:
    """WordPress refuses an unreadable JSON body with 400 before FluentCRM runs, on every route that reads one."""
    missing = [
        operation["operationId"]
        for item in bundled_spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        and "application/json" in operation.get("requestBody", {}).get("content", {})
        and operation["responses"].get("400") != {"$ref": "#/components/responses/InvalidJson"}
    ]
    assert missing == []


def test_registered_components_are_local_references(bundled_spec: dict[str, Any]) -> None:
    """No file reference survives bundling; everything points inside the document."""
    leftovers = [
        f"{where}: {node['$ref']}"
        for where, node in walk(bundled_spec)
        if isinstance(node.get("$ref"), str) and not node["$ref"].startswith("#/")
    ]
    assert leftovers == []
