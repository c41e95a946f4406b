package draftfile

import (
	"errors"
	"fmt"
	"testing"
)

// One policy for characters: a control character (but tab and line feed),
// a non-character or a lone surrogate is refused with the field named,
// never turned into something else (issue 26, items 3 and 8).
func TestForbiddenCharactersRefused(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		escaped string
		want    string
	}{
		{`\u001b[2J`, "U+001B"},
		{`\u0007`, "U+0007"},
		{`\u0000`, "U+0000"},
		{`\r`, "U+000D"},
		{`\u000b`, "U+000B"},
		{`\u007f`, "U+007F"},
		{`\u009b`, "U+009B"},
		{`\ufffe`, "U+FFFE"},
		{`\uffff`, "U+FFFF"},
		{`\ufdd0`, "U+FDD0"},
		{`\ud800`, "U+D800"},
		{`a\udc00b`, "U+DC00"},
		{"\u0085", "U+0085"}, // raw, as UTF-8
	} {
		data := fmt.Sprintf(`{"format": 1, "language": "en", "contribution": {"title": "x%s"}}`, c.escaped)
		_, err := Decode([]byte(data))
		var de *Error
		if !errors.As(err, &de) || de.Problem != BadCharacter || de.Field != "contribution.title" || de.Params.Value != c.want {
			t.Errorf("%s: got %v, want %s refused in contribution.title", c.escaped, err, c.want)
		}
	}
	for _, ok := range []string{`a\tb`, `a\nb`, `a\r\nb`, `\ud83d\ude00`, `\ufffd`, `\u00a0`} {
		data := fmt.Sprintf(`{"format": 1, "language": "en", "contribution": {"title": "x%s"}}`, ok)
		if _, err := Decode([]byte(data)); err != nil {
			t.Errorf("%s: refused: %v", ok, err)
		}
	}
}
