//go:build !nogui

package main

import "testing"

func TestDrawScale(t *testing.T) {
	for _, c := range []struct {
		user            float32
		widthMm, widthP int
		want            float32
	}{
		{1, 0, 1024, 1},     // no physical size: 1
		{1.5, 0, 1024, 1.5}, // FYNE_SCALE=1.5
		{1, 270, 1024, 1},   // 96 dpi: not below 1
		{1, 300, 2880, 2},   // 244 dpi
		{1.5, 300, 2880, 3}, // both
		{1, 10, 100000, 1},  // nonsense density: the baseline
	} {
		if got := drawScale(c.user, c.widthMm, c.widthP); got != c.want {
			t.Errorf("drawScale(%v, %d mm, %d px) = %v, want %v", c.user, c.widthMm, c.widthP, got, c.want)
		}
	}
}
