//go:build !nogui

package main

import "testing"

func TestInputMethodName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ xmodifiers, want string }{
		{"@im=ibus", "ibus"},
		{"@im=fcitx", "fcitx"},
		{"@other=x@im=kinput2", "kinput2"},
		{"@im=none", ""},
		{"@im=", ""},
		{"", ""},
		{"im=ibus", ""}, // a modifier starts with @
	} {
		if got := inputMethodName(c.xmodifiers); got != c.want {
			t.Errorf("XMODIFIERS=%q: %q, want %q", c.xmodifiers, got, c.want)
		}
	}
}
