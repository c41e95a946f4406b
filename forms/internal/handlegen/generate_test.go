package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The committed handles are what the generator writes from today's model.
func TestCommittedHandlesAreCurrent(t *testing.T) {
	dir := filepath.Join("..", "..")
	handles, probes, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]byte{"handles_gen.go": handles, "handles_gen_test.go": probes} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("forms/%s is stale: the model changed; run `go generate ./...` and commit the result", name)
		}
	}
}

func writeModel(t *testing.T, model string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "model.go"), []byte("package forms\n\n"+model), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// The naming rules of the package comment, on a small model.
func TestGeneratorNamesHandles(t *testing.T) {
	dir := writeModel(t, "type Proposal struct {\n"+
		"\tID string `json:\"id\" fg:\"id\" handle:\"DraftID\"`\n"+
		"\tTerms Terms `json:\"terms\" handle:\"T\"`\n"+
		"\tPeople []Person `json:\"people\" handle:\"Person\"`\n"+
		"\tTags []string `json:\"tags\" fg:\"code\" handle:\"Tag\"`\n"+
		"\tSkipped string `json:\"-\"`\n"+
		"\tByPath map[string]string `json:\"byPath\"`\n"+
		"}\n"+
		"type Terms struct {\n"+
		"\tScope string `json:\"scope\" fg:\"prose,translated\"`\n"+
		"\tMeeting Event `json:\"meeting\"`\n"+
		"\tStart Date `json:\"start\"`\n"+
		"}\n"+
		"type Event struct {\n\tPlace string `json:\"place\"`\n}\n"+
		"type Person struct {\n\tName string `json:\"name\" fg:\"name\"`\n\tHome Event `json:\"home\"`\n}\n"+
		"type Date struct{ Year int }\n")
	handles, probes, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	src := string(handles)
	for _, want := range []string{
		`DraftID = field("id", KindID, func(p *Proposal) *string { return &p.ID })`,
		`TScope = field("terms.scope", KindProse, func(p *Proposal) *string { return &p.Terms.Scope })`,
		`TMeetingPlace = field("terms.meeting.place", "", func(p *Proposal) *string { return &p.Terms.Meeting.Place })`,
		`TStart = field("terms.start", "", func(p *Proposal) *Date { return &p.Terms.Start })`,
		`People = field("people", "", func(p *Proposal) *[]Person { return &p.People })`,
		`PersonName = itemField("people", "name", KindName, func(p *Proposal, i int) *string { return &p.People[i].Name })`,
		`PersonHomePlace = itemField("people", "home.place", "", func(p *Proposal, i int) *string { return &p.People[i].Home.Place })`,
		`Tags = field("tags", "", func(p *Proposal) *[]string { return &p.Tags })`,
		`Tag = itemField("tags", "", KindCode, func(p *Proposal, i int) *string { return &p.Tags[i] })`,
	} {
		if !strings.Contains(strings.Join(strings.Fields(src), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("generated handles lack\n\t%s\nin\n%s", want, src)
		}
	}
	if strings.Contains(src, "Skipped") || strings.Contains(src, "ByPath") {
		t.Errorf("a field the draft file does not hold, or the map keyed by path, got a handle:\n%s", src)
	}
	if flat := strings.Join(strings.Fields(string(probes)), " "); !strings.Contains(flat, `"PersonName": items(PersonName)`) || !strings.Contains(flat, `"TScope": single(TScope)`) {
		t.Errorf("probes do not list the handles:\n%s", probes)
	}
}

// A list without a tag naming its items is refused, not given made-up names.
func TestGeneratorWantsNamesForItems(t *testing.T) {
	dir := writeModel(t, "type Proposal struct {\n\tTags []string `json:\"tags\"`\n}\n")
	if _, _, err := Generate(dir); err == nil || !strings.Contains(err.Error(), "tags") {
		t.Errorf("err = %v, want a refusal naming tags", err)
	}
}
