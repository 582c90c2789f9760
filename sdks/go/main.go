// Smoke run of the Go client openapi-generator writes from the published document: create -> get -> update ->
// list -> delete one contact against a FluentCRM server (the emulator in `make sdk-check`). Every answer is decoded
// into the generated types, so a body that does not match them fails the run, as does an unexpected status.
//
// Settings: FLUENTCRM_BASE_URL (the API root, ending in /wp-json/fluent-crm/v2), FLUENTCRM_USERNAME,
// FLUENTCRM_APP_PASSWORD.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"

	fluentcrm "github.com/fluentcrm/goclient"
)

func setting(name string) string {
	value := os.Getenv(name)
	if value == "" {
		fail("%s is not set", name)
	}
	return value
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "go smoke: "+format+"\n", args...)
	os.Exit(1)
}

// check stops the run unless the call succeeded with the expected status.
func check(what string, response *http.Response, err error, status int) {
	if response == nil {
		fail("%s: no response (%v)", what, err)
	}
	if response.StatusCode != status {
		fail("%s: HTTP %d, expected %d (%v)", what, response.StatusCode, status, err)
	}
	if err != nil && status < 300 {
		fail("%s: the body does not match the generated types: %v", what, err)
	}
}

// expectOpenStatus stops the run unless a status FluentCRM 2.9.84 does not know decodes as a plain string (an open
// enum: a newer server's value must not break the client) and a known one as its constant.
func expectOpenStatus() {
	var newer, known fluentcrm.ContactStatus
	if err := json.Unmarshal([]byte(`"archived"`), &newer); err != nil || newer.String == nil || *newer.String != "archived" {
		fail("an unknown contact status does not decode as a string: %+v (%v)", newer, err)
	}
	if err := json.Unmarshal([]byte(`"bounced"`), &known); err != nil || known.ContactStatusKnown == nil ||
		*known.ContactStatusKnown != fluentcrm.CONTACTSTATUSKNOWN_BOUNCED {
		fail("a known contact status does not decode as its constant: %+v (%v)", known, err)
	}
}

func main() {
	config := fluentcrm.NewConfiguration()
	config.Servers = fluentcrm.ServerConfigurations{{URL: setting("FLUENTCRM_BASE_URL")}}
	client := fluentcrm.NewAPIClient(config)
	ctx := context.WithValue(context.Background(), fluentcrm.ContextBasicAuth, fluentcrm.BasicAuth{
		UserName: setting("FLUENTCRM_USERNAME"),
		Password: setting("FLUENTCRM_APP_PASSWORD"),
	})
	email := fmt.Sprintf("go-smoke-%d@example.com", time.Now().UnixNano())

	input := fluentcrm.NewContactInput(fluentcrm.CONTACTSTATUSINPUT_SUBSCRIBED, email)
	input.SetFirstName("Ada")
	created, response, err := client.ContactsAPI.CreateContact(ctx).ContactInput(*input).Execute()
	check("createContact", response, err, 200)
	id := created.Contact.Id
	status := created.Contact.Status.ContactStatusKnown
	if created.Contact.Email != email || status == nil || *status != fluentcrm.CONTACTSTATUSKNOWN_SUBSCRIBED {
		fail("createContact: stored %q with status %+v", created.Contact.Email, created.Contact.Status)
	}
	expectOpenStatus()

	found, response, err := client.ContactsAPI.GetContact(ctx, id).With([]string{"subscriber.custom_values"}).Execute()
	check("getContact", response, err, 200)
	if found.Subscriber.Id != id || found.Subscriber.CustomValues == nil {
		fail("getContact: got contact %d with custom values %v", found.Subscriber.Id, found.Subscriber.CustomValues)
	}

	fields := fluentcrm.NewContactUpdateFields()
	fields.SetFirstName("Grace")
	update := fluentcrm.ContactUpdateInput{WrappedContactUpdate: fluentcrm.NewWrappedContactUpdate(*fields)}
	updated, response, err := client.ContactsAPI.UpdateContact(ctx, id).ContactUpdateInput(update).Execute()
	check("updateContact", response, err, 200)
	if updated.Contact.FirstName.Get() == nil || *updated.Contact.FirstName.Get() != "Grace" {
		fail("updateContact: first_name was not changed")
	}

	listed, response, err := client.ContactsAPI.ListContacts(ctx).Search(email).PerPage(5).Execute()
	check("listContacts", response, err, 200)
	if listed.Subscribers.Total != 1 || len(listed.Subscribers.Data) != 1 || listed.Subscribers.Data[0].Id != id {
		fail("listContacts: the contact is not listed (%d found)", listed.Subscribers.Total)
	}

	_, response, err = client.ContactsAPI.DeleteContact(ctx, id).Execute()
	check("deleteContact", response, err, 200)

	_, response, err = client.ContactsAPI.GetContact(ctx, id).Execute()
	check("getContact after delete", response, err, 422)
	fmt.Printf("go smoke: create, get, update, list, delete of contact %d passed\n", id)
}
