package locales

import (
	"encoding"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// modelLabelKeys walks the proposal model by its JSON tags and lists the
// label key of every field path, containers included: "contribution",
// "contribution.meeting", "contribution.meeting.start", "supporters",
// "supporters.country" … (list indices are not part of label keys).
func modelLabelKeys() []string {
	var keys []string
	textMarshaler := reflect.TypeFor[encoding.TextMarshaler]()
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := strings.Split(f.Tag.Get("json"), ",")[0]
			if !f.IsExported() || tag == "-" || tag == "" {
				continue
			}
			path := tag
			if prefix != "" {
				path = prefix + "." + tag
			}
			keys = append(keys, path)
			ft := f.Type
			for ft.Kind() == reflect.Slice || ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct && !ft.Implements(textMarshaler) && !reflect.PointerTo(ft).Implements(textMarshaler) {
				walk(ft, path)
			}
		}
	}
	walk(reflect.TypeFor[forms.Proposal](), "")
	return keys
}

// Every field of the model has a label ("field.<LabelKey>"); the
// completeness test carries it to the other five languages.
func TestEveryFieldHasALabel(t *testing.T) {
	cat := MustLoad()
	en := cat.In(forms.English)
	have := hasKey(cat, "fields", forms.English)
	keys := modelLabelKeys()
	if len(keys) < 80 {
		t.Fatalf("only %d label keys found: %v", len(keys), keys)
	}
	for _, k := range keys {
		if !have("field." + k) {
			t.Errorf("fields.en.toml lacks %q", "field."+k)
		}
	}
	// Paths as findings and text fields write them map to those labels.
	p := &forms.Proposal{
		Contribution: forms.Contribution{Contacts: make([]forms.Contact, 1), Keywords: []string{"k"}},
		FocusGroup: forms.FocusGroup{Deliverables: make([]forms.Deliverable, 1), Relationships: make([]forms.Relationship, 1),
			AffectedGroups: make([]forms.AffectedGroup, 1)},
		GapAnalysis: forms.GapAnalysis{Entries: make([]forms.GapEntry, 1)},
		Supporters:  make([]forms.Supporter, 1),
		Leadership:  forms.Leadership{ViceChairs: make([]forms.Nominee, 1)},
		Timeline:    forms.Timeline{Meetings: make([]forms.Event, 1), ParentMeetings: make([]forms.Event, 1)},
	}
	for _, f := range p.TextFields() {
		if !have("field." + forms.LabelKey(f.Path)) {
			t.Errorf("text field %s has no label", f.Path)
		}
	}
	if got := en.FieldLabel("gapAnalysis.entries[2].gap"); strings.Contains(got, "[") {
		t.Errorf("FieldLabel: %q", got)
	}
}

// Every value of the model's enumerations, every wizard step and every kind of
// derived date has a label.
func TestValueLabels(t *testing.T) {
	have := hasKey(MustLoad(), "fields", forms.English)
	var keys []string
	for _, v := range forms.Categories() {
		keys = append(keys, "category."+string(v))
	}
	for _, v := range forms.Coverages() {
		keys = append(keys, "coverage."+string(v))
	}
	for _, v := range forms.DeliverableTypes() {
		keys = append(keys, "deliverableType."+string(v))
	}
	for _, v := range forms.BodyKinds() {
		keys = append(keys, "bodyKind."+string(v))
	}
	for _, v := range []forms.GroupKind{forms.StudyGroup, forms.TSAG} {
		keys = append(keys, "groupKind."+string(v))
	}
	for _, v := range []forms.Route{forms.AtMeeting, forms.BetweenMeetings} {
		keys = append(keys, "route."+string(v))
	}
	for _, v := range forms.Steps() {
		keys = append(keys, "step."+string(v))
	}
	for _, v := range a7.DeadlineKinds() {
		keys = append(keys, "deadline."+string(v))
	}
	for _, k := range keys {
		if !have(k) {
			t.Errorf("fields.en.toml lacks %q", k)
		}
	}
}

// hasKey reports whether a message ID is in one area's file of one language.
// (Localizer.Has asks for the plural form "one", which a simple message lacks
// in languages that have that form.)
func hasKey(cat *Catalog, area string, lang forms.Lang) func(id string) bool {
	keys := cat.Keys(area, lang)
	return func(id string) bool {
		_, found := slices.BinarySearch(keys, id)
		return found
	}
}
