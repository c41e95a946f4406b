// Command rulesdoc writes the reference of the A.7 rules in the six
// languages — docs/rules.md in English, docs/rules.LANG.md in the others —
// from the catalogue (a7.DocumentedRules: each rule's ID, clause,
// severity and documentation keys) and the texts of the message files
// (area "ruledoc"). Run it with `go generate ./...`.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"
)

func main() {
	dir := flag.String("dir", "../docs", "directory to write the files to")
	flag.Parse()
	if err := writeAll(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "rulesdoc:", err)
		os.Exit(1)
	}
}

func writeAll(dir string) error {
	cat, err := locales.LoadReference()
	if err != nil {
		return err
	}
	for _, lang := range forms.Languages() {
		doc := Render(cat.In(lang), a7.DocumentedRules())
		if err := os.WriteFile(filepath.Join(dir, FileName(lang)), []byte(doc), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// FileName is the reference's file in docs/: rules.md in English, which the
// README links to, rules.LANG.md in the other languages.
func FileName(lang forms.Lang) string {
	if lang == forms.English {
		return "rules.md"
	}
	return "rules." + string(lang) + ".md"
}
