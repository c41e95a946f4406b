package forms

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// probe is what the test needs of a handle of any value type.
type probe struct {
	pattern string                                     // "gapAnalysis.entries[].gap"
	kind    FieldKind                                  // of item 2 for an item field
	sample  func(p *Proposal) (path string, where any) // the field of item 2 for an item field
}

func single[T any](f Field[T]) probe {
	return probe{f.Path(), f.Kind(), func(p *Proposal) (string, any) { return f.Path(), f.Ref(p) }}
}

func items[T any](f ItemField[T]) probe {
	return probe{f.Pattern(), f.At(2).Kind(), func(p *Proposal) (string, any) { g := f.At(2); return g.Path(), g.Ref(p) }}
}

// Every handle carries its field's declared kind (its fg tag, as
// Declarations reads it), and only string fields have one.
func TestHandlesCarryTheDeclaredKind(t *testing.T) {
	decls, err := Declarations()
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]FieldKind{}
	for _, d := range decls {
		declared[d.Pattern] = d.Kind
	}
	for name, h := range allHandles {
		if h.kind != declared[h.pattern] {
			t.Errorf("%s (%s): kind %q, its declaration says %q", name, h.pattern, h.kind, declared[h.pattern])
		}
	}
}

// TestHandlesMatchTheModel: every handle's path is a real field of the model
// and its accessor reaches exactly that field; every field of the model
// (leaves and lists; not the translations map, which is keyed by path) has
// a handle.
func TestHandlesMatchTheModel(t *testing.T) {
	p := proposalWithListsOf(3)
	model := modelPatterns(reflect.TypeFor[Proposal](), "")
	seen := map[string]string{}
	for name, h := range allHandles {
		if other, dup := seen[h.pattern]; dup {
			t.Errorf("%s and %s are both handles on %s", name, other, h.pattern)
		}
		seen[h.pattern] = name
		if !slices.Contains(model, h.pattern) {
			t.Errorf("%s: %s is no field of the model", name, h.pattern)
			continue
		}
		path, where := h.sample(p)
		want, err := resolve(reflect.ValueOf(p).Elem(), path)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		got := reflect.ValueOf(where)
		if got.Type().Elem() != want.Type() || got.Pointer() != want.Addr().Pointer() {
			t.Errorf("%s: path %s, but its accessor reaches another field (%s)", name, path, got.Type())
		}
	}
	for _, pattern := range model {
		if _, ok := seen[pattern]; !ok {
			t.Errorf("model field %s has no handle in handles_gen.go: run `go generate ./...`", pattern)
		}
	}
}

func TestItemFieldPaths(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{FGScope.Path(), "focusGroup.scope"},
		{GapEntryGap.At(2).Path(), "gapAnalysis.entries[2].gap"},
		{GapEntryGap.Pattern(), "gapAnalysis.entries[].gap"},
		{GapEntryGap.LabelKey(), "gapAnalysis.entries.gap"},
		{Keyword.At(0).Path(), "contribution.keywords[0]"},
		{Keyword.Pattern(), "contribution.keywords[]"},
		{SupporterCategory.At(11).Path(), "supporters[11].category"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	if got := Paths(FGScope, MeetingStart.At(1)); !slices.Equal(got, []string{"focusGroup.scope", "timeline.meetings[1].start"}) {
		t.Errorf("Paths = %q", got)
	}
}

func TestFieldGetSet(t *testing.T) {
	p := proposalWithListsOf(2)
	GapEntryGap.At(1).Set(p, "no test suite")
	if p.GapAnalysis.Entries[1].Gap != "no test suite" || GapEntryGap.At(1).Get(p) != "no test suite" {
		t.Errorf("set entry 1's gap, model holds %q", p.GapAnalysis.Entries[1].Gap)
	}
	TimelineDurationMonths.Set(p, 9)
	if p.Timeline.DurationMonths != 9 {
		t.Errorf("set duration 9, model holds %d", p.Timeline.DurationMonths)
	}
}

// A bound field follows the draft its getter returns, not the one open
// when it was bound.
func TestFieldBindFollowsTheDraft(t *testing.T) {
	first, second := proposalWithListsOf(1), proposalWithListsOf(1)
	open := first
	scope := FGScope.Bind(func() *Proposal { return open })
	gap := GapEntryGap.At(0).Bind(func() *Proposal { return open })
	open = second
	*scope() = "second scope"
	*gap() = "second gap"
	if second.FocusGroup.Scope != "second scope" || second.GapAnalysis.Entries[0].Gap != "second gap" {
		t.Errorf("bound fields wrote %q, %q into the open draft", second.FocusGroup.Scope, second.GapAnalysis.Entries[0].Gap)
	}
	if first.FocusGroup.Scope != "" || first.GapAnalysis.Entries[0].Gap != "" {
		t.Errorf("bound fields wrote into the draft open when they were bound")
	}
}

// proposalWithListsOf is an empty proposal whose every list has n items.
func proposalWithListsOf(n int) *Proposal {
	p := &Proposal{}
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				fill(v.Field(i))
			}
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), n, n))
			for i := range n {
				fill(v.Index(i))
			}
		}
	}
	fill(reflect.ValueOf(p).Elem())
	return p
}

// modelPatterns lists the patterns of every field of t with a JSON name:
// leaves (Date is one), lists ("supporters"), and items of lists
// ("supporters[].entity", "contribution.keywords[]").
func modelPatterns(t reflect.Type, prefix string) []string {
	var out []string
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "" || name == "-" || sf.Type.Kind() == reflect.Map {
			continue
		}
		path := name
		if prefix != "" {
			path = prefix + "." + name
		}
		ft := sf.Type
		if ft.Kind() == reflect.Slice {
			out = append(out, path)
			ft, path = ft.Elem(), path+"[]"
			if ft.Kind() != reflect.Struct {
				out = append(out, path)
				continue
			}
		}
		if ft.Kind() == reflect.Struct && ft != reflect.TypeFor[Date]() {
			out = append(out, modelPatterns(ft, path)...)
		} else if !strings.HasSuffix(path, "[]") {
			out = append(out, path)
		}
	}
	return out
}

// resolve finds the field a concrete path names in v, by JSON names.
func resolve(v reflect.Value, path string) (reflect.Value, error) {
	for seg := range strings.SplitSeq(path, ".") {
		name, index, isItem := strings.Cut(seg, "[")
		f, ok := fieldByJSON(v, name)
		if !ok {
			return v, &pathError{path, seg}
		}
		v = f
		if isItem {
			i, err := strconv.Atoi(strings.TrimSuffix(index, "]"))
			if err != nil || v.Kind() != reflect.Slice || i >= v.Len() {
				return v, &pathError{path, seg}
			}
			v = v.Index(i)
		}
	}
	return v, nil
}

func fieldByJSON(v reflect.Value, name string) (reflect.Value, bool) {
	if v.Kind() != reflect.Struct {
		return v, false
	}
	for i := range v.NumField() {
		if n, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ","); n == name {
			return v.Field(i), true
		}
	}
	return v, false
}

type pathError struct{ path, segment string }

func (e *pathError) Error() string { return "path " + e.path + ": no field " + e.segment }

// The fields of one route apply on that route only; the others always.
func TestApplies(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		route Route
		field FieldPath
		want  bool
	}{
		{AtMeeting, ContribMeetingPlace, true},
		{AtMeeting, ContribMeetingStart, true},
		{AtMeeting, ContribPostingDate, false},
		{AtMeeting, ContribUrgentMarketNeed, false},
		{BetweenMeetings, ContribMeetingEnd, false},
		{BetweenMeetings, ContribPostingDate, true},
		{BetweenMeetings, ContribUrgentMarketNeed, true},
		{"", ContribMeetingPlace, false},
		{"", ContribPostingDate, false},
		{"", FGScope, true},
		{BetweenMeetings, ContribTitle, true},
	} {
		p := &Proposal{Contribution: Contribution{Route: c.route}}
		if got := Applies(p, c.field); got != c.want {
			t.Errorf("route %q, %s: Applies = %v, want %v", c.route, c.field.Path(), got, c.want)
		}
	}
}
