package draftfile

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// locate finds every member and item of the example drafts: the value at the
// offset it gives is the value at that path, and with atKey the offset is
// that of the member's name.
func TestLocateFindsEveryPath(t *testing.T) {
	files := exampleFiles(t)
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		// Escapes in member names, and a compact layout.
		var compact bytes.Buffer
		json.Compact(&compact, data)
		for _, doc := range [][]byte{data, compact.Bytes(), []byte(`{"format": 1, "focusGroup": {"sc\u006fpe": "x", "name": "a \"quoted\" [name]"}, "translations": {"fr": {"focusGroup.scope": {"text": "y"}}}}`)} {
			var root any
			dec := json.NewDecoder(bytes.NewReader(doc))
			dec.UseNumber()
			if err := dec.Decode(&root); err != nil {
				t.Fatal(err)
			}
			n := 0
			var walk func(path string, v any)
			walk = func(path string, v any) {
				if path != "" {
					n++
					off, ok := locate(doc, path, false)
					if !ok {
						t.Fatalf("%s: %s not found", file, path)
					}
					var got any
					d := json.NewDecoder(bytes.NewReader(doc[off:]))
					d.UseNumber()
					if err := d.Decode(&got); err != nil || !reflect.DeepEqual(got, v) {
						t.Fatalf("%s: at %s found %v (%v), want %v", file, path, got, err, v)
					}
					if i := strings.LastIndexAny(path, ".]"); i >= 0 && path[i] == '.' || !strings.ContainsAny(path, ".[") {
						if koff, ok := locate(doc, path, true); !ok || doc[koff] != '"' || koff >= off {
							t.Fatalf("%s: name of %s at %d (%v)", file, path, koff, ok)
						}
					}
				}
				switch x := v.(type) {
				case map[string]any:
					for k, e := range x {
						if path == "translations" || strings.HasPrefix(path, "translations.") && strings.Count(path, ".") == 1 && !strings.Contains(path, "[") {
							walk(keyPath(path, k), e)
						} else {
							walk(joinPath(path, k), e)
						}
					}
				case []any:
					for i, e := range x {
						walk(indexPath(path, i), e)
					}
				}
			}
			walk("", root)
			if n < 5 {
				t.Fatalf("only %d paths", n)
			}
		}
	}
	if _, ok := locate([]byte(`{"a": 1}`), "b", false); ok {
		t.Error("found a path that is not there")
	}
}
