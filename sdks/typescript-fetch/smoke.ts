// Smoke run of the typescript-fetch client openapi-generator writes from the single-body document: create -> get
// -> update -> list -> delete one contact against a FluentCRM server (the emulator in `make sdk-check`). The client
// decodes every answer through its generated `FromJSON` functions; the checks below read the decoded values, so an
// answer that does not fit the generated types or an unexpected status fails the run.
//
// Settings: FLUENTCRM_BASE_URL (the API root, ending in /wp-json/fluent-crm/v2), FLUENTCRM_USERNAME,
// FLUENTCRM_APP_PASSWORD.
import { Configuration, ContactsApi, ResponseError } from "./client";

// Node's globals, without depending on @types/node.
declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

function setting(name: string): string {
  const value = process.env[name];
  if (!value) {
    fail(`${name} is not set`);
  }
  return value;
}

function fail(message: string): never {
  console.error(`typescript-fetch smoke: ${message}`);
  process.exit(1);
}

async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    if (error instanceof ResponseError) {
      return error.response.status;
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const contacts = new ContactsApi(
    new Configuration({
      basePath: setting("FLUENTCRM_BASE_URL"),
      username: setting("FLUENTCRM_USERNAME"),
      password: setting("FLUENTCRM_APP_PASSWORD"),
    }),
  );
  const email = `ts-fetch-smoke-${Date.now()}@example.com`;

  const created = await contacts.createContact({ contactInput: { email, status: "subscribed", firstName: "Ada" } });
  const id = created.contact.id;
  if (created.contact.email !== email || created.contact.status !== "subscribed") {
    fail(`createContact: stored ${created.contact.email} with status ${created.contact.status}`);
  }

  const found = await contacts.getContact({ id, _with: ["subscriber.custom_values"] });
  if (found.subscriber.id !== id || found.subscriber.customValues === undefined) {
    fail(`getContact: got contact ${found.subscriber.id} without custom values`);
  }

  const updated = await contacts.updateContact({ id, contactUpdateInput: { subscriber: { firstName: "Grace" } } });
  if (updated.contact.firstName !== "Grace") {
    fail(`updateContact: first_name is ${updated.contact.firstName}`);
  }

  const listed = await contacts.listContacts({ search: email, perPage: 5 });
  if (listed.subscribers.total !== 1 || listed.subscribers.data[0]?.id !== id) {
    fail(`listContacts: the contact is not listed (${listed.subscribers.total} found)`);
  }

  await contacts.deleteContact({ id });
  const after = await statusOf(contacts.getContact({ id }));
  if (after !== 422) {
    fail(`getContact after delete: HTTP ${after}, expected 422`);
  }
  console.log(`typescript-fetch smoke: create, get, update, list, delete of contact ${id} passed`);
}

main().catch((error: unknown) => fail(String(error)));
