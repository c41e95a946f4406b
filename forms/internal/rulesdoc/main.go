// Command rulesdoc writes docs/rules.md, the reference of the A.7 rules, from
// the catalogue (forms.DocumentedRules: each rule's ID, clause, severity and
// documentation keys) and the texts of the message files (area "ruledoc").
// Run it with `go generate ./forms`.
package main

import (
	"flag"
	"fmt"
	"os"

	"fgdraft/forms"
	"fgdraft/locales"
)

func main() {
	out := flag.String("o", "../docs/rules.md", "file to write")
	flag.Parse()
	cat, err := locales.Load(forms.English)
	if err == nil {
		err = os.WriteFile(*out, []byte(Render(cat.In(forms.English), forms.DocumentedRules())), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rulesdoc:", err)
		os.Exit(1)
	}
}
