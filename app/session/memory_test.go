package session

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"fgdraft/forms"
)

// mapMemory is a Memory in a map, as the app's preferences keep it.
type mapMemory struct {
	strings map[string]string
	lists   map[string][]string
}

func newMapMemory() *mapMemory {
	return &mapMemory{strings: map[string]string{}, lists: map[string][]string{}}
}

func (m *mapMemory) String(k string) string             { return m.strings[k] }
func (m *mapMemory) SetString(k, v string)              { m.strings[k] = v }
func (m *mapMemory) StringList(k string) []string       { return slices.Clone(m.lists[k]) }
func (m *mapMemory) SetStringList(k string, v []string) { m.lists[k] = slices.Clone(v) }

func TestRecentAndLastFile(t *testing.T) {
	dir := t.TempDir()
	mem := newMapMemory()
	s := New(example(t), today)
	s.Remember(mem)
	if s.Folder() != "" || len(s.Recent()) != 0 {
		t.Fatalf("fresh memory: folder %q, recent %v", s.Folder(), s.Recent())
	}

	// Saving to more files than the list holds keeps the newest, newest first.
	var paths []string
	for i := range maxRecent + 2 {
		path, _, err := s.SaveTo(filepath.Join(dir, fmt.Sprintf("d%d.json", i)))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	recent := s.Recent()
	if len(recent) != maxRecent || recent[0] != paths[len(paths)-1] || s.LastFile() != paths[len(paths)-1] {
		t.Fatalf("recent %v, last %q", recent, s.LastFile())
	}

	// Opening an older one moves it to the front without a duplicate.
	if _, err := s.Open(paths[3]); err != nil {
		t.Fatal(err)
	}
	recent = s.Recent()
	if recent[0] != paths[3] || len(recent) != maxRecent || slices.Index(recent[1:], paths[3]) >= 0 || s.LastFile() != paths[3] {
		t.Errorf("after open: recent %v, last %q", recent, s.LastFile())
	}

	// A new draft has no file to reopen; a dialog starts in the newest file's folder.
	s.NewBlank(forms.English)
	if s.LastFile() != "" || s.Folder() != dir {
		t.Errorf("new draft: last %q, folder %q", s.LastFile(), s.Folder())
	}

	// A draft that cannot be opened leaves the memory as it was.
	before := s.Recent()
	if _, err := s.Open(filepath.Join(dir, "missing.json")); err == nil {
		t.Fatal("opened a missing file")
	}
	if !slices.Equal(s.Recent(), before) {
		t.Errorf("a failed open changed the recent files: %v", s.Recent())
	}
}

func TestInterfaceLanguage(t *testing.T) {
	system := func() forms.Lang { return forms.Chinese }
	s := New(blank(), today)
	if got := s.StartInterfaceLang("", system); got != forms.Chinese {
		t.Errorf("no memory: %q, want the system's", got)
	}
	s.Remember(newMapMemory())
	if got := s.StartInterfaceLang("", system); got != forms.Chinese {
		t.Errorf("first run: %q, want the system's", got)
	}
	s.ChooseInterfaceLang(forms.Arabic)
	if got := s.StartInterfaceLang("", system); got != forms.Arabic {
		t.Errorf("after a choice: %q, want it", got)
	}
	if got := s.StartInterfaceLang(forms.Russian, system); got != forms.Russian {
		t.Errorf("asked for: %q, want it", got)
	}
	s.ChooseInterfaceLang("xx")
	if got := s.StartInterfaceLang("", system); got != forms.Arabic {
		t.Errorf("an invalid choice was remembered: %q", got)
	}
}

// Issue 21, item 8: the translation target is remembered between windows
// and runs; none until the user picks one, and never an invalid one.
func TestTranslationTarget(t *testing.T) {
	t.Parallel()
	s := New(blank(), today)
	s.ChooseTranslationTarget(forms.French)
	if got := s.TranslationTarget(); got != "" {
		t.Errorf("no memory: %q", got)
	}
	mem := newMapMemory()
	s.Remember(mem)
	if got := s.TranslationTarget(); got != "" {
		t.Errorf("first run: %q", got)
	}
	s.ChooseTranslationTarget(forms.French)
	s.ChooseTranslationTarget("xx")
	next := New(blank(), today)
	next.Remember(mem)
	if got := next.TranslationTarget(); got != forms.French {
		t.Errorf("next run: %q, want fr", got)
	}
}
