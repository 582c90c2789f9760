/**
 * Smoke run of a TypeScript client generated from the published document (openapi-typescript types, openapi-fetch
 * calls): create -> get -> update -> list -> delete one contact against a FluentCRM server (the emulator in
 * `make test`). `tsc --strict` checks every call and body against the generated types; at run time each status is
 * checked, and each field named below is checked to have the JSON type the generated type gives it (a wrong
 * expectation does not compile, a server that breaks the type fails the run).
 *
 * Settings: FLUENTCRM_BASE_URL (the API root, ending in /wp-json/fluent-crm/v2), FLUENTCRM_USERNAME,
 * FLUENTCRM_APP_PASSWORD.
 */
import createClient from "openapi-fetch";
import type { components, paths } from "./fluentcrm.js";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

type Schemas = components["schemas"];
type Kind = "number" | "string" | "boolean" | "null" | "array" | "object";
/** The JSON kinds a TypeScript type allows (distributes over unions such as `string | null`). */
type KindOf<V> = V extends number
  ? "number"
  : V extends string
    ? "string"
    : V extends boolean
      ? "boolean"
      : V extends null
        ? "null"
        : V extends readonly unknown[]
          ? "array"
          : "object";

function kindOf(value: unknown): Kind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const kind = typeof value;
  if (kind === "number" || kind === "string" || kind === "boolean" || kind === "object") return kind;
  throw new Error(`unexpected JavaScript value ${String(value)}`);
}

/** Check at run time that each named field has the kind given, which must be one the generated type allows. */
function expectKinds<T extends object>(value: T, kinds: { [K in keyof T]?: KindOf<T[K]> }, where: string): void {
  for (const [key, expected] of Object.entries(kinds)) {
    const actual = kindOf((value as Record<string, unknown>)[key]);
    if (actual !== expected) throw new Error(`${where}.${key}: expected ${String(expected)}, got ${actual}`);
  }
}

function expectStatus(response: Response, status: number, what: string): void {
  if (response.status !== status) throw new Error(`${what}: HTTP ${response.status}, expected ${status}`);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what}: no body`);
  return value;
}

/**
 * Open enums: the values FluentCRM 2.9.84 sends are literal types (assigning any other value to the known type does
 * not compile), while the type of the field itself still takes any string, as a newer server may send one.
 */
const knownStatuses: readonly Schemas["ContactStatusKnown"][] = [
  "subscribed", "pending", "unsubscribed", "transactional", "bounced", "complained", "spammed",
];
// @ts-expect-error `archived` is not a contact status FluentCRM 2.9.84 knows
const unknownStatus: Schemas["ContactStatusKnown"] = "archived";
const newerStatus: Schemas["ContactStatus"] = unknownStatus;

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  const credentials = btoa(`${setting("FLUENTCRM_USERNAME")}:${setting("FLUENTCRM_APP_PASSWORD")}`);
  const client = createClient<paths>({
    baseUrl: setting("FLUENTCRM_BASE_URL"),
    headers: { Authorization: `Basic ${credentials}` },
  });
  const email = `ts-smoke-${Date.now()}@example.com`;

  const created = await client.POST("/subscribers", {
    body: { email, status: "subscribed", first_name: "Ada", tags: [], lists: [] },
  });
  expectStatus(created.response, 200, "createContact");
  const createdBody: Schemas["ContactCreateResponse"] = required(created.data, "createContact");
  expectKinds(createdBody, { message: "string", action_type: "string", contact: "object" }, "createContact");
  const record: Schemas["ContactRecord"] = createdBody.contact;
  expectKinds(record, { id: "number", email: "string", status: "string", created_at: "string" }, "contact");
  const id = record.id;
  if (!(knownStatuses as readonly string[]).includes(record.status)) {
    throw new Error(`createContact: status ${record.status}, expected a known one`);
  }

  const found = await client.GET("/subscribers/{id}", {
    params: { path: { id }, query: { "with[]": ["subscriber.custom_values"] } },
  });
  expectStatus(found.response, 200, "getContact");
  const contact: Schemas["Contact"] = required(found.data, "getContact").subscriber;
  expectKinds(contact, { id: "number", email: "string", tags: "array", lists: "array", custom_values: "object" }, "getContact");
  if (contact.email !== email) throw new Error(`getContact: e-mail ${contact.email}, expected ${email}`);

  const updated = await client.PUT("/subscribers/{id}", {
    params: { path: { id } },
    body: { subscriber: { first_name: "Grace" } },
  });
  expectStatus(updated.response, 200, "updateContact");
  const updateBody: Schemas["ContactUpdateResponse"] = required(updated.data, "updateContact");
  expectKinds(updateBody, { message: "string", contact: "object", isDirty: "boolean" }, "updateContact");
  if (updateBody.contact.first_name !== "Grace") throw new Error("updateContact: first_name was not changed");

  const listed = await client.GET("/subscribers", { params: { query: { search: email, per_page: 5 } } });
  expectStatus(listed.response, 200, "listContacts");
  const page: Schemas["ContactPage"] = required(listed.data, "listContacts").subscribers;
  expectKinds(page, { total: "number", per_page: "number", current_page: "number", data: "array" }, "listContacts");
  const row = page.data[0];
  if (page.total !== 1 || row === undefined || row.id !== id) throw new Error("listContacts: the contact is not listed");
  expectKinds(row, { id: "number", email: "string", first_name: "string" }, "listContacts.data[0]");

  const deleted = await client.DELETE("/subscribers/{id}", { params: { path: { id } } });
  expectStatus(deleted.response, 200, "deleteContact");
  expectKinds(required(deleted.data, "deleteContact"), { message: "string" }, "deleteContact");

  const gone = await client.GET("/subscribers/{id}", { params: { path: { id } } });
  expectStatus(gone.response, 422, "getContact after delete");
  console.log(`typescript smoke: create, get, update, list, delete of contact ${id} passed`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
