package a7

import (
	"encoding/json"
	"os"
	"slices"
	"time"

	"fgdraft/forms"
)

// testToday is "today" in every rule test: well before the clean proposal's
// deadlines.
var testToday = forms.NewDate(2027, time.January, 4)

func testOptions() Options { return Options{Today: testToday} }

// cleanProposal is a proposal that meets every rule of the catalogue: no
// error or warning, only the infos every proposal at a meeting gets. It is
// testdata/clean.json, which the locales tests use too.
func cleanProposal() *forms.Proposal {
	data, err := os.ReadFile("testdata/clean.json")
	if err != nil {
		panic(err)
	}
	var p forms.Proposal
	if err := json.Unmarshal(data, &p); err != nil {
		panic(err)
	}
	return &p
}

func date(s string) forms.Date {
	d, err := forms.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// findingsOf are the findings of one rule.
func findingsOf(fs []Finding, rule string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func equalStrings(a, b []string) bool { return slices.Equal(a, b) }
