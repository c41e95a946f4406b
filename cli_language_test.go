package main

import (
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/forms"
)

// The command line says its problems in one language, as the window does:
// the one --lang names where it names the messages', else the
// environment's. A French run gives French, with no English left in the
// problem (issue 23, item 8).
func TestCommandsSpeakTheirLanguage(t *testing.T) {
	dir := t.TempDir()
	draft := copyDraft(t, "examples/fg-example-en.json", dir)
	missing := filepath.Join(dir, "none.json")
	fr := func(id string, data ...map[string]any) string { return message(t, forms.French, id, data...) }
	cases := []struct {
		name string
		env  string // LC_ALL
		args []string
		want string
	}{
		{"a missing draft, --lang fr", "", []string{"validate", "--lang", "fr", missing}, fr("drafterr.problem.not-found")},
		{"a missing draft, French environment", "fr_FR.UTF-8", []string{"validate", missing}, fr("drafterr.problem.not-found")},
		{"--lang over the environment", "zh_CN.UTF-8", []string{"validate", "--lang", "fr", missing}, fr("drafterr.problem.not-found")},
		{"a missing XLIFF file", "fr_FR.UTF-8", []string{"xliff", "import", draft, filepath.Join(dir, "none.xlf")}, fr("drafterr.problem.not-found")},
		{"no target language", "fr_FR.UTF-8", []string{"xliff", "export", draft}, fr("cli.xliff.needLang")},
		{"the draft's own language", "fr_FR.UTF-8", []string{"xliff", "export", "--lang", "en", "-o", filepath.Join(dir, "x.xlf"), draft},
			fr("files.xliff.exportOwnLanguage", map[string]any{"Language": fr("language.en")})},
		{"output over the draft", "fr_FR.UTF-8", []string{"xliff", "export", "--lang", "fr", "-o", draft, draft}, fr("cli.sameFile", map[string]any{"File": draft})},
		{"a draft that is a folder", "fr_FR", []string{"xliff", "export", "--lang", "fr", dir}, fr("files.notRegular", map[string]any{"File": dir})},
	}
	for _, c := range cases {
		t.Setenv("LC_ALL", c.env)
		code, _, errs := runCLI(t, c.args...)
		if code != exitUnusable || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d, %q; want %d and %q", c.name, code, errs, exitUnusable, c.want)
		}
		// the problem's own words are French: none of the English message
		// it replaces is left
		if strings.Contains(errs, "cannot") || strings.Contains(errs, "no such file") {
			t.Errorf("%s: English left in %q", c.name, errs)
		}
	}
	// And in Chinese, from the environment
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	_, _, errs := runCLI(t, "xliff", "export", draft)
	if want := message(t, forms.Chinese, "cli.xliff.needLang"); !strings.Contains(errs, want) {
		t.Errorf("Chinese environment: %q; want %q", errs, want)
	}
}
