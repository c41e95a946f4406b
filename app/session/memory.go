package session

import (
	"path/filepath"
	"slices"

	"fgdraft/forms"
)

// Keys under which a session remembers files between runs.
const (
	LastFileKey = "lastFile"    // the draft open when the app last quit
	RecentKey   = "recentFiles" // recently opened or saved drafts, newest first
	// InterfaceLangKey is the interface language the user chose last.
	InterfaceLangKey = "uiLanguage"
	// TranslationTargetKey is the language the user last translated into.
	TranslationTargetKey = "translationTarget"
	maxRecent            = 8
)

// Memory is where a session remembers files between runs; the app's
// preferences (fyne.Preferences) are one.
type Memory interface {
	String(key string) string
	SetString(key, value string)
	StringList(key string) []string
	SetStringList(key string, value []string)
}

// Remember makes the session keep its recent files and last file in m.
// Without a memory it remembers nothing.
func (s *Session) Remember(m Memory) { s.memory = m }

// Recent lists the drafts opened or saved lately, newest first.
func (s *Session) Recent() []string {
	if s.memory == nil {
		return nil
	}
	return s.memory.StringList(RecentKey)
}

// LastFile is the draft that was open when the app last quit; "" when it
// was untitled.
func (s *Session) LastFile() string {
	if s.memory == nil {
		return ""
	}
	return s.memory.String(LastFileKey)
}

// remember records path as the draft's file: newest of the recent files,
// and the one to open at the next start.
func (s *Session) remember(path string) {
	if s.memory == nil {
		return
	}
	list := slices.DeleteFunc(s.Recent(), func(p string) bool { return p == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	s.memory.SetStringList(RecentKey, list)
	s.memory.SetString(LastFileKey, path)
}

// forgetLastFile records that the draft has no file to reopen at the next start.
func (s *Session) forgetLastFile() {
	if s.memory != nil {
		s.memory.SetString(LastFileKey, "")
	}
}

// Folder is where a file dialog about this draft starts: its file's or its
// contribution's folder, else the newest recent file's; "" when there is
// none.
func (s *Session) Folder() string {
	switch {
	case s.path != "":
		return filepath.Dir(s.path)
	case s.reopened != "":
		return filepath.Dir(s.reopened)
	}
	if recent := s.Recent(); len(recent) > 0 {
		return filepath.Dir(recent[0])
	}
	return ""
}

// StartInterfaceLang is the interface language to start in: the one asked
// for (on the command line), else the one chosen last, else the system's.
func (s *Session) StartInterfaceLang(asked forms.Lang, system func() forms.Lang) forms.Lang {
	if asked.Valid() {
		return asked
	}
	if s.memory != nil {
		if l := forms.Lang(s.memory.String(InterfaceLangKey)); l.Valid() {
			return l
		}
	}
	return system()
}

// ChooseInterfaceLang remembers the interface language the user chose, for
// the next start.
func (s *Session) ChooseInterfaceLang(l forms.Lang) {
	if s.memory != nil && l.Valid() {
		s.memory.SetString(InterfaceLangKey, string(l))
	}
}

// TranslationTarget is the language the user last translated into, for the
// translation window to reopen on; "" when none was chosen.
func (s *Session) TranslationTarget() forms.Lang {
	if s.memory == nil {
		return ""
	}
	if l := forms.Lang(s.memory.String(TranslationTargetKey)); l.Valid() {
		return l
	}
	return ""
}

// ChooseTranslationTarget remembers the language the user translates into.
func (s *Session) ChooseTranslationTarget(l forms.Lang) {
	if s.memory != nil && l.Valid() {
		s.memory.SetString(TranslationTargetKey, string(l))
	}
}
