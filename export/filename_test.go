package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"fgdraft/forms"
)

// Default names work on every system whatever the acronym: capped, without
// characters a system refuses, never a name Windows reserves.
func TestFileNameIsSafe(t *testing.T) {
	for _, c := range []struct{ acronym, want string }{
		{"FG-QSM", "FG-QSM_SG17_fr.pdf"},
		{"", "focus-group-proposal_SG17_fr.pdf"},
		{`FG:"a"<b>|c?*`, "FGabc_SG17_fr.pdf"},
		{"report\u202Efdp.exe", "reportfdp.exe_SG17_fr.pdf"},
		{"CON.x", "CON_.x_SG17_fr.pdf"},
	} {
		p := &forms.Proposal{}
		p.FocusGroup.Acronym = c.acronym
		p.Contribution.ParentGroup = forms.Group{Kind: forms.StudyGroup, Number: 17}
		if got := FileName(p, forms.French, PDF); got != c.want {
			t.Errorf("FileName(%q) = %q, want %q", c.acronym, got, c.want)
		}
	}
	p := &forms.Proposal{}
	p.FocusGroup.Acronym = "FG-" + strings.Repeat("量子", 100) // 600 bytes
	name := FileName(p, forms.Chinese, PDF)
	if len(name) > 100 || !utf8.ValidString(name) || !strings.HasSuffix(name, "_zh.pdf") {
		t.Fatalf("long acronym: %q (%d bytes)", name, len(name))
	}
	// The file system takes it.
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Error(err)
	}
}
