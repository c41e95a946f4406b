package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The packages of forms depend one way: the model (forms) on nothing of the
// project, the draft files, the A.7 rules and the XLIFF exchange on the
// model, and XLIFF also on the draft files (their limits). A rule that
// needed a draft file, or a model that needed a rule, would tie back
// together what issue 13 split by concern.
func TestFormsPackagesDependOneWay(t *testing.T) {
	allowed := map[string][]string{
		"fgdraft/forms":             nil,
		"fgdraft/forms/memberstate": nil,
		"fgdraft/forms/a7":          {"fgdraft/forms", "fgdraft/forms/memberstate"},
		"fgdraft/forms/draftfile":   {"fgdraft/forms", "fgdraft/internal/atomicfile", "fgdraft/internal/regularfile"},
		"fgdraft/forms/xliff":       {"fgdraft/forms", "fgdraft/forms/draftfile"},
	}
	for pkg, want := range allowed {
		out, err := exec.Command("go", "list", "-f", `{{join .Imports "\n"}}`, pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		for _, imp := range strings.Fields(string(out)) {
			if strings.HasPrefix(imp, "fgdraft/") && !slices.Contains(want, imp) {
				t.Errorf("%s imports %s; it may import only %v of the project", pkg, imp, want)
			}
		}
	}
}
