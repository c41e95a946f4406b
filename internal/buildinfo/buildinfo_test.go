package buildinfo

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		toml    string
		commit  string
		want    string // String(), when no error
		wantErr string
	}{
		{"release", "[Details]\nVersion = \"0.1.0\"\nBuild = 3\n", "4b1262a", "0.1.0 (build 3, commit 4b1262a)", ""},
		{"pre-release", "[Details]\nVersion = \"1.2.0-rc.1\"\nBuild = 7\n", "abc-dirty", "1.2.0-rc.1 (build 7, commit abc-dirty)", ""},
		{"no version", "[Details]\nName = \"fgdraft\"\n", "x", "", "is not a version"},
		{"not a version", "[Details]\nVersion = \"latest\"\n", "x", "", `"latest"`},
		{"broken toml", "[Details\n", "x", "", "FyneApp.toml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Parse([]byte(tt.toml), tt.commit)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := v.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if got := v.Producer(); got != "fgdraft "+tt.want {
				t.Errorf("Producer() = %q", got)
			}
		})
	}
}

func TestUnknownCommitIsSaid(t *testing.T) {
	v := Version{Number: "0.1.0", Build: 1}
	if got := v.String(); got != "0.1.0 (build 1, commit unknown)" {
		t.Errorf("String() = %q", got)
	}
}
