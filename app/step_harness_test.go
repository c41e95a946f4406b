package app

import (
	"strings"
	"sync"
	"testing"
	"time"

	"fgdraft/forms"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

var (
	stepCatOnce sync.Once
	stepCat     *locales.Catalog
)

func stepCatalog() *locales.Catalog {
	stepCatOnce.Do(func() { stepCat = locales.MustLoad() })
	return stepCat
}

// stepHarness is one step form in a headless test window, with the paths
// reported through env.changed.
type stepHarness struct {
	t       testing.TB
	env     *editorEnv
	form    stepForm
	f       *form
	win     fyne.Window
	changes []string
}

func stepDate(y int, m time.Month, d int) forms.Date { return forms.NewDate(y, m, d) }

// sampleDraft is a small proposal with one item in most lists.
func sampleDraft() *forms.Proposal {
	return &forms.Proposal{
		Language: forms.English,
		Contribution: forms.Contribution{
			ParentGroup: forms.Group{Kind: forms.StudyGroup, Number: 17},
			Route:       forms.AtMeeting,
			Meeting:     forms.Event{Place: "Geneva", Start: stepDate(2027, 3, 10), End: stepDate(2027, 3, 19)},
			StudyPeriod: "2025-2028",
			Questions:   []string{"Q6/17"},
			Title:       "Proposal",
			Contacts:    []forms.Contact{{Name: "A. Person", Organization: "Org", Country: "FR", Email: "a@example.org"}},
			Keywords:    []string{"security", "AI"},
		},
		FocusGroup: forms.FocusGroup{
			Name:         "Focus Group on Testing",
			Acronym:      "FG-TEST",
			Deliverables: []forms.Deliverable{{Title: "Report", Type: forms.GapAnalysisReport, Due: stepDate(2027, 12, 1)}},
		},
		GapAnalysis: forms.GapAnalysis{Entries: []forms.GapEntry{{Body: "SG13", Kind: forms.ITUTStudyGroup}}},
		Supporters: []forms.Supporter{
			{Entity: "Admin A", Category: forms.MemberState, Country: "FR", Committed: true},
			{Entity: "Company B", Category: forms.SectorMember, Country: "DE", Committed: true},
		},
		Leadership: forms.Leadership{Chair: forms.Nominee{Name: "C. Hair", Category: forms.SectorMember, Country: "JP"}},
		Timeline: forms.Timeline{
			Start:          stepDate(2027, 4, 1),
			DurationMonths: 12,
			Meetings: []forms.Event{
				{Place: "Geneva", Start: stepDate(2027, 5, 3), End: stepDate(2027, 5, 5)},
				{Place: "Seoul", Start: stepDate(2027, 9, 6), End: stepDate(2027, 9, 8)},
			},
			ParentMeetings: []forms.Event{{Place: "Geneva", Start: stepDate(2027, 10, 4), End: stepDate(2027, 10, 13)}},
		},
	}
}

func newStepHarness(t testing.TB, step forms.Step, lang forms.Lang) *stepHarness {
	t.Helper()
	return newStepHarnessDraft(t, step, lang, forms.English)
}

// newStepHarnessDraft is newStepHarness with the sample draft said to be in
// the language draft.
func newStepHarnessDraft(t testing.TB, step forms.Step, lang, draft forms.Lang) *stepHarness {
	t.Helper()
	a := test.NewTempApp(t)
	_ = a
	h := &stepHarness{t: t}
	h.win = test.NewTempWindow(t, nil)
	p := sampleDraft()
	p.Language = draft
	h.env = &editorEnv{
		draft:   p,
		changed: func(p string) { h.changes = append(h.changes, p) },
		ui:      stepCatalog().In(lang),
		win:     h.win,
		today:   func() forms.Date { return stepDate(2026, 11, 20) },
	}
	h.form = newStepForm(step, h.env)
	if h.form == nil {
		t.Fatalf("no form for step %s", step)
	}
	h.f = formOf(h.form)
	h.win.SetContent(h.form.Content())
	h.win.Resize(fyne.NewSize(1000, 700))
	return h
}

// formOf unwraps the common form of a step form.
func formOf(s stepForm) *form {
	switch v := s.(type) {
	case *form:
		return v
	case *supportersStep:
		return v.form
	case *timelineStep:
		return v.form
	}
	return nil
}

// entry is the entry widget of a path.
func (h *stepHarness) entry(path string) *widget.Entry {
	h.t.Helper()
	ref, ok := h.f.fields[path]
	if !ok {
		h.t.Fatalf("no widget for %s", path)
	}
	switch w := ref.focus.(type) {
	case *widget.Entry:
		return w
	case *dateEntry:
		return &w.Entry
	case *countryEntry:
		return &w.Entry
	case *lineEntry:
		return &w.Entry
	case *wrapEntry:
		return &w.Entry
	}
	h.t.Fatalf("%s: %T is not an entry", path, ref.focus)
	return nil
}

func (h *stepHarness) focusable(path string) fyne.Focusable {
	h.t.Helper()
	ref, ok := h.f.fields[path]
	if !ok {
		h.t.Fatalf("no widget for %s", path)
	}
	return ref.focus
}

// typeInto types text at the end of the widget of path.
func (h *stepHarness) typeInto(path, text string) {
	h.t.Helper()
	w := h.focusable(path)
	h.win.Canvas().Focus(w)
	if b, ok := w.(interface {
		Text() string
		SetCursorOffset(int)
	}); ok { // the bidirectional entry, alone or in a table's cell
		b.SetCursorOffset(len([]rune(b.Text())))
	} else if _, ok := w.(*widget.Check); !ok {
		if _, ok := w.(*widget.Select); !ok {
			e := h.entry(path)
			rows := strings.Split(e.Text, "\n")
			e.CursorRow = len(rows) - 1
			e.CursorColumn = len([]rune(rows[len(rows)-1]))
		}
	}
	test.Type(w, text)
}

// replace sets the text of the entry of path at once, as a paste over a
// selection does.
func (h *stepHarness) replace(path, text string) {
	h.t.Helper()
	h.entry(path).SetText(text)
}

// retype clears the entry of path, then types text character by character.
func (h *stepHarness) retype(path, text string) {
	h.t.Helper()
	h.entry(path).SetText("")
	h.typeInto(path, text)
}

func (h *stepHarness) lastChange() string {
	if len(h.changes) == 0 {
		return ""
	}
	return h.changes[len(h.changes)-1]
}

func (h *stepHarness) wantChange(path string) {
	h.t.Helper()
	if got := h.lastChange(); got != path {
		h.t.Errorf("last change reported %q, want %q (all: %v)", got, path, h.changes)
	}
}

// list finds the list editor of a path.
func listOf[T any](h *stepHarness, path string) *listEditor[T] {
	h.t.Helper()
	for _, r := range h.f.reloaders {
		if l, ok := r.(*listEditor[T]); ok && l.path == path {
			return l
		}
	}
	h.t.Fatalf("no list editor for %s", path)
	return nil
}
