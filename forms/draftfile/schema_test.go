package draftfile

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"fgdraft/forms"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func draftSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "docs", "draft.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("draft.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("draft.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validateSchema(s *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

func TestSchemaAcceptsExamples(t *testing.T) {
	s := draftSchema(t)
	for _, file := range exampleFiles(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := validateSchema(s, data); err != nil {
			t.Errorf("%s: %v", file, err)
		}
	}
	// Every member of the model is in the schema (it forbids unknown members).
	for _, p := range []*forms.Proposal{fullProposal(), {}} {
		data, _ := Encode(p)
		if err := validateSchema(s, data); err != nil {
			t.Errorf("encoded proposal does not validate: %v", err)
		}
	}
}

func TestSchemaRejectsBrokenDrafts(t *testing.T) {
	s := draftSchema(t)
	for name, data := range map[string]string{
		"no format":        `{"language": "en"}`,
		"future format":    `{"format": 2}`,
		"unknown field":    `{"format": 1, "focusGroup": {"scop": "x"}}`,
		"date type":        `{"format": 1, "contribution": {"meeting": {"start": 12}}}`,
		"date form":        `{"format": 1, "timeline": {"start": "1 April 2027"}}`,
		"bad enum":         `{"format": 1, "supporters": [{"category": "observer"}]}`,
		"bad language":     `{"format": 1, "language": "de"}`,
		"negative":         `{"format": 1, "timeline": {"durationMonths": -1}}`,
		"translation lang": `{"format": 1, "translations": {"de": {}}}`,
		"translation path": `{"format": 1, "translations": {"fr": {"a b": {"text": "x"}}}}`,
		"not an object":    `[]`,
	} {
		if err := validateSchema(s, []byte(data)); err == nil {
			t.Errorf("%s: schema accepts %s", name, data)
		}
		if _, err := Decode([]byte(data)); err == nil {
			t.Errorf("%s: Decode accepts %s", name, data)
		}
	}
}
