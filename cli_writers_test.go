package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fgdraft/forms"
)

// Two imports into one draft at the same time: each either records its
// translations, which are then in the draft, or refuses having written
// nothing; never does one report success and lose the other's work
// (issue 26, item 6).
func TestParallelImportsLoseNothing(t *testing.T) {
	dir := t.TempDir()
	draft := filepath.Join(dir, "zh.json")
	src, err := os.ReadFile("examples/fg-example-zh.json")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{"fr": "Proposition de créer le groupe spécialisé", "es": "Propuesta de crear el grupo temático"}
	changed := message(t, forms.English, "drafterr.problem.changed-since-read")
	xlf := map[string]string{}
	os.WriteFile(draft, src, 0o644)
	for lang, text := range texts {
		xlf[lang] = filepath.Join(dir, lang+".xlf")
		if code, _, errs := runCLI(t, "xliff", "export", "--lang", lang, "-o", xlf[lang], draft); code != 0 {
			t.Fatalf("export: %s", errs)
		}
		data, _ := os.ReadFile(xlf[lang])
		os.WriteFile(xlf[lang], bytes.Replace(data, []byte("</source>"), []byte("</source><target>"+text+"</target>"), 1), 0o644)
	}
	refusals := 0
	for range 30 {
		os.WriteFile(draft, src, 0o644)
		var wg sync.WaitGroup
		var mu sync.Mutex
		ok := map[string]bool{}
		for lang := range texts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				code, _, errs := runCLI(t, "xliff", "import", draft, xlf[lang])
				mu.Lock()
				defer mu.Unlock()
				switch {
				case code == 0:
					ok[lang] = true
				case strings.Contains(errs, changed):
					refusals++
				default:
					t.Errorf("%s: exit %d: %s", lang, code, errs)
				}
			}()
		}
		wg.Wait()
		saved, _ := os.ReadFile(draft)
		if len(ok) == 0 {
			t.Error("both imports refused")
		}
		for lang := range ok {
			if !bytes.Contains(saved, []byte(texts[lang])) {
				t.Fatalf("the %s import reported success, but its translation is not in the draft", lang)
			}
		}
	}
	t.Logf("%d of 30 rounds had one import refused", refusals)
	if _, err := os.Stat(filepath.Join(dir, ".zh.json.lock")); err == nil {
		t.Error("a lock file was left behind")
	}
}
