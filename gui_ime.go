//go:build !nogui

package main

import "strings"

// inputMethodName is the input method an XMODIFIERS value names: "ibus"
// for "@im=ibus"; "" for none, or for "@im=none", which asks for none.
func inputMethodName(xmodifiers string) string {
	for _, m := range strings.Split(xmodifiers, "@")[1:] {
		if name, ok := strings.CutPrefix(m, "im="); ok {
			name = strings.TrimSpace(name)
			if name == "none" {
				return ""
			}
			return name
		}
	}
	return ""
}
