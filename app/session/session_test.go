package session

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fgdraft/assets"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
)

var testToday = forms.NewDate(2026, time.March, 2)

func today() forms.Date { return testToday }

func blank() *forms.Proposal {
	p := &forms.Proposal{Language: forms.English}
	p.EnsureID()
	return p
}

func example(t *testing.T) *forms.Proposal {
	t.Helper()
	p, err := draftfile.Decode(assets.Example)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// recorder is a listener that keeps what it was told.
type recorder struct{ got []Change }

func (r *recorder) listen(c Change) { r.got = append(r.got, c) }

func listen(s *Session) *recorder {
	r := &recorder{}
	s.Subscribe(r.listen)
	return r
}

func TestEditMakesDirtyAndRevalidates(t *testing.T) {
	// Given a blank draft, which lacks a scope
	s := New(blank(), today)
	rec := listen(s)
	if s.Dirty() {
		t.Fatal("a new session starts dirty")
	}
	if _, ok := s.Marks()[forms.FGScope.Path()]; !ok {
		t.Fatalf("blank draft: no finding on the scope: %v", s.Marks())
	}
	before := len(s.Findings())

	// When a scope is written
	*forms.FGScope.Ref(s.Draft()) = "Quantum-safe migration of ITU-T signalling protocols."
	s.Edited()

	// Then the draft has unsaved changes, its findings were computed again
	// and the listener heard of both.
	if !s.Dirty() {
		t.Error("an edited draft is not dirty")
	}
	if _, ok := s.Marks()[forms.FGScope.Path()]; ok {
		t.Errorf("the scope is still marked after it was filled in")
	}
	if len(s.Findings()) >= before {
		t.Errorf("findings: %d before the edit, %d after", before, len(s.Findings()))
	}
	if want := []Change{NameChanged, FindingsChanged}; !slices.Equal(rec.got, want) {
		t.Errorf("changes told: %v, want %v", rec.got, want)
	}

	// When a second edit follows, the name does not change again.
	rec.got = nil
	s.Edited()
	if want := []Change{FindingsChanged}; !slices.Equal(rec.got, want) {
		t.Errorf("second edit told: %v, want %v", rec.got, want)
	}
}

func TestCountsPerStep(t *testing.T) {
	s := New(blank(), today)
	var sum StepCount
	for _, step := range forms.Steps() {
		if step == forms.StepReview {
			continue
		}
		c := s.Count(step)
		sum.Errors += c.Errors
		sum.Warnings += c.Warnings
		sum.Infos += c.Infos
	}
	if sum != s.Total() || s.Count(forms.StepReview) != s.Total() {
		t.Errorf("steps add up to %+v, review %+v, total %+v", sum, s.Count(forms.StepReview), s.Total())
	}
	if s.Total().Errors == 0 || s.Total().Status() != a7.Error {
		t.Errorf("a blank draft has no errors: %+v", s.Total())
	}
	if got := (StepCount{Warnings: 1}).Status(); got != a7.Warning {
		t.Errorf("status of one warning: %v", got)
	}
	if got := (StepCount{Infos: 4}).Status(); got != a7.Info {
		t.Errorf("status of infos: %v", got)
	}
}

func TestUnreadableTextIsAnErrorUntilCorrected(t *testing.T) {
	s := New(example(t), today)
	errs := s.Total().Errors
	path := forms.FGAcronym.Path()

	s.SetUnreadable(path, "31 février")
	if s.Total().Errors != errs+1 || s.Findings()[0].Rule != UnreadableRule || s.Marks()[path] != a7.Error {
		t.Fatalf("unreadable text: %d errors (was %d), first %v", s.Total().Errors, errs, s.Findings()[0])
	}
	s.SetUnreadable(path, "")
	if s.Total().Errors != errs {
		t.Errorf("corrected: %d errors, want %d", s.Total().Errors, errs)
	}
}

func TestSaveMakesClean(t *testing.T) {
	// Given an edited example
	s := New(example(t), today)
	s.Draft().FocusGroup.Acronym = "FG-SAVE"
	s.Edited()
	if got := s.SuggestedName(); got != "FG-SAVE" {
		t.Errorf("suggested name %q", got)
	}
	rec := listen(s)

	// When it is saved
	path := filepath.Join(t.TempDir(), "draft.json")
	written, _, err := s.SaveTo(path)
	if err != nil {
		t.Fatal(err)
	}

	// Then it is clean, named after its file, and the file holds the edit.
	if s.Dirty() || s.Path() != written || s.Example() {
		t.Errorf("after save: dirty %v, path %q (wrote %q), example %v", s.Dirty(), s.Path(), written, s.Example())
	}
	if got := s.Name("example", "untitled"); got != "draft.json" {
		t.Errorf("name %q", got)
	}
	if !slices.Contains(rec.got, NameChanged) {
		t.Errorf("save told %v", rec.got)
	}
	back, err := draftfile.Load(written)
	if err != nil || back.FocusGroup.Acronym != "FG-SAVE" {
		t.Errorf("read back: %v, %v", back, err)
	}
}

func TestSaveFailureKeepsState(t *testing.T) {
	s := New(blank(), today)
	s.Edited()
	bad := filepath.Join(t.TempDir(), "no such folder", "draft.json")
	if _, _, err := s.SaveTo(bad); err == nil {
		t.Fatal("saved into a missing folder")
	}
	if !s.Dirty() || s.Path() != "" {
		t.Errorf("after a failed save: dirty %v, path %q", s.Dirty(), s.Path())
	}
}

func TestOpenRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "qsm.json")
	want := example(t)
	want.FocusGroup.Acronym = "FG-OPEN"
	if err := draftfile.Save(path, want); err != nil {
		t.Fatal(err)
	}
	s := New(blank(), today)
	s.Edited()
	rec := listen(s)

	got, err := s.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Contribution || s.Path() != got.Path || s.Dirty() || s.Draft().FocusGroup.Acronym != "FG-OPEN" {
		t.Errorf("opened %+v: path %q, dirty %v, acronym %q", got, s.Path(), s.Dirty(), s.Draft().FocusGroup.Acronym)
	}
	if s.DocLang() != s.Draft().Language {
		t.Errorf("document language %q, draft's %q", s.DocLang(), s.Draft().Language)
	}
	if len(rec.got) == 0 || rec.got[0] != DraftReplaced {
		t.Errorf("open told %v", rec.got)
	}
}

func TestOpenBrokenFileLeavesStateUnchanged(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.json")
	if err := os.WriteFile(broken, []byte(`{"focusGroup": {"acronym": 7`), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, path := range map[string]string{
		"broken JSON":  broken,
		"missing file": filepath.Join(dir, "missing.json"),
		"a folder":     dir,
	} {
		t.Run(name, func(t *testing.T) {
			// Given an edited draft
			s := New(example(t), today)
			s.Draft().FocusGroup.Acronym = "FG-KEEP"
			s.Edited()
			draft, findings := s.Draft(), len(s.Findings())
			rec := listen(s)

			// When a bad file is opened
			_, err := s.Open(path)

			// Then the error names the file and nothing changed.
			if err == nil {
				t.Fatal("no error")
			}
			if !containsBase(err.Error(), path) {
				t.Errorf("error does not name the file: %v", err)
			}
			if s.Draft() != draft || !s.Dirty() || s.Draft().FocusGroup.Acronym != "FG-KEEP" || len(s.Findings()) != findings || len(rec.got) != 0 {
				t.Errorf("state changed: dirty %v, acronym %q, %d findings (was %d), told %v",
					s.Dirty(), s.Draft().FocusGroup.Acronym, len(s.Findings()), findings, rec.got)
			}
		})
	}
}

func containsBase(msg, path string) bool {
	return strings.Contains(msg, filepath.Base(path))
}

func TestDocLangChangesTheCheck(t *testing.T) {
	s := New(example(t), today)
	other := forms.French
	if s.Draft().Language == other {
		other = forms.Russian
	}
	rec := listen(s)
	s.SetDocLang(other)
	if s.ValidateOptions().ExportLang != other || !slices.Contains(rec.got, FindingsChanged) {
		t.Errorf("export language %q, told %v", s.ValidateOptions().ExportLang, rec.got)
	}
	if s.Dirty() {
		t.Error("choosing the document language made the draft dirty")
	}
	rec.got = nil
	s.SetDocLang(other)
	if len(rec.got) != 0 {
		t.Errorf("choosing the same language again told %v", rec.got)
	}
}

func TestForgetChanges(t *testing.T) {
	s := New(blank(), today)
	s.Edited()
	rec := listen(s)
	s.ForgetChanges()
	if s.Dirty() || !slices.Equal(rec.got, []Change{NameChanged}) {
		t.Errorf("dirty %v, told %v", s.Dirty(), rec.got)
	}
}

func TestNames(t *testing.T) {
	s := New(example(t), today)
	s.Replace(example(t), "", true, false)
	if got := s.Name("Example", "Untitled"); got != "Example" {
		t.Errorf("example named %q", got)
	}
	s.Replace(blank(), "", false, false)
	if got := s.Name("Example", "Untitled"); got != "Untitled" {
		t.Errorf("blank named %q", got)
	}
	if got := s.SuggestedName(); got != "FG-proposal" {
		t.Errorf("blank suggested %q", got)
	}
	if got := ReopenedName("/tmp/FG-QSM_SG17_en.pdf"); got != "FG-QSM_SG17_en" {
		t.Errorf("reopened name %q", got)
	}
}

func TestAutosaveDecisions(t *testing.T) {
	dir := t.TempDir()
	a := NewAutosave(filepath.Join(dir, "data"))
	s := New(example(t), today)

	// A clean draft is not autosaved.
	if a.Due(s) {
		t.Error("a clean draft is due")
	}
	if err := a.Write(s); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(a.File()); err == nil {
		t.Error("a clean draft was autosaved")
	}
	if _, err := a.Pending(); !errors.Is(err, ErrNothingToRecover) {
		t.Errorf("pending with no copy: %v", err)
	}

	// An edited draft is, and the copy is offered back with its file.
	own := filepath.Join(dir, "own.json")
	if _, _, err := s.SaveTo(own); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(own, old, old)
	s.Draft().FocusGroup.Acronym = "FG-AUTO"
	s.Edited()
	if !a.Due(s) {
		t.Error("an edited draft is not due")
	}
	if err := a.Write(s); err != nil {
		t.Fatal(err)
	}
	r, err := a.Pending()
	if err != nil {
		t.Fatal(err)
	}
	if r.Path != own || r.Draft.FocusGroup.Acronym != "FG-AUTO" {
		t.Errorf("recovery %+v", r)
	}

	// Recovering it makes a dirty draft of its own file.
	other := New(blank(), today)
	other.Recover(r)
	if !other.Dirty() || other.Path() != own || other.Draft().FocusGroup.Acronym != "FG-AUTO" {
		t.Errorf("recovered: dirty %v, path %q", other.Dirty(), other.Path())
	}

	// A file saved after the copy makes it stale: dropped, not offered.
	later := time.Now().Add(time.Hour)
	os.Chtimes(own, later, later)
	if _, err := a.Pending(); !errors.Is(err, ErrNothingToRecover) {
		t.Errorf("stale copy: %v", err)
	}
	if _, err := os.Stat(a.File()); err == nil {
		t.Error("a stale copy was kept")
	}

	// An unreadable copy is dropped with an error that says so.
	if err := os.WriteFile(a.File(), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Pending(); err == nil || errors.Is(err, ErrNothingToRecover) {
		t.Errorf("unreadable copy: %v", err)
	}
	if _, err := os.Stat(a.File()); err == nil {
		t.Error("an unreadable copy was kept")
	}

	// Clear removes the copy.
	s.Edited()
	a.Write(s)
	a.Clear()
	if _, err := os.Stat(a.File()); err == nil {
		t.Error("Clear kept the copy")
	}
}

func TestNewBlankAndExample(t *testing.T) {
	s := New(blank(), today)
	s.Edited()
	rec := listen(s)

	if err := s.OpenExample(forms.English); err != nil {
		t.Fatal(err)
	}
	if !s.Example() || s.Dirty() || s.Path() != "" || s.Draft().FocusGroup.Acronym == "" {
		t.Errorf("example: example %v, dirty %v, path %q, acronym %q", s.Example(), s.Dirty(), s.Path(), s.Draft().FocusGroup.Acronym)
	}
	if len(rec.got) == 0 || rec.got[0] != DraftReplaced {
		t.Errorf("example told %v", rec.got)
	}

	s.NewBlank(forms.Arabic)
	if s.Example() || s.Dirty() || s.Draft().Language != forms.Arabic || s.Draft().ID == "" || s.DocLang() != forms.Arabic {
		t.Errorf("blank: example %v, dirty %v, language %q, ID %q", s.Example(), s.Dirty(), s.Draft().Language, s.Draft().ID)
	}
}
