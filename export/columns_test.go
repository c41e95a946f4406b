package export

import (
	"math"
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	t.Parallel()
	for s, want := range map[string][]string{
		"Clause of A.7":         {"Clause", "of", "A.7"},
		"ITU-T A.1建议书":          {"ITU-T", "A.1", "建", "议", "书"},
		"  Рекомендация  МСЭ-Т": {"Рекомендация", "МСЭ-Т"},
		"":                      nil,
	} {
		if got := Words(s); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestFitColumns(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		widths, minimum, want []float64
	}{
		// wide enough: unchanged
		{[]float64{100, 200}, []float64{50, 80}, []float64{100, 200}},
		// the first too narrow: it takes from the second's room
		{[]float64{40, 260}, []float64{80, 60}, []float64{80, 220}},
		// taken in proportion to the room each has
		{[]float64{20, 100, 180}, []float64{60, 40, 40}, []float64{60, 88, 152}},
		// the minimums exceed the total: shared by the minimums
		{[]float64{100, 100}, []float64{150, 150}, []float64{100, 100}},
	} {
		got := FitColumns(c.widths, c.minimum)
		for i := range got {
			if math.Abs(got[i]-c.want[i]) > 1e-9 {
				t.Errorf("FitColumns(%v, %v) = %v, want %v", c.widths, c.minimum, got, c.want)
				break
			}
		}
	}
}
