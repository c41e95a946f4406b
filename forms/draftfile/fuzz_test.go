package draftfile

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// fuzzSeeds are small drafts and near-drafts: the fuzzers mutate them, and
// a small input runs fast, so that a minute of fuzzing runs a million of
// them. The full proposal and the large example files are read back in
// TestFullRoundTrip and TestExamplesRoundTrip.
func fuzzSeeds(f *testing.F) [][]byte {
	small := []byte(`{"format": 1, "language": "en", "contribution": {"title": "T", "meeting": {"start": "2027-03-16"}}, "focusGroup": {"acronym": "FG-X", "scope": "Scope."}, "timeline": {"durationMonths": 9}, "supporters": [{"entity": "A", "country": "FR", "committed": true}]}`)
	seeds := [][]byte{
		small,
		bytes.Replace(small, []byte(`"durationMonths": 9`), []byte(`"durationMonths": "9"`), 1), // wrong type
		bytes.Replace(small, []byte(`"durationMonths": 9`), []byte(`"durationMonths": 1e999`), 1),
		bytes.Replace(small, []byte(`"format": 1`), []byte(`"format": 2`), 1),
		bytes.Replace(small, []byte(`"scope"`), []byte(`"scop"`), 1),
		append(bytes.Clone(small[:60]), 0xff, 0xfe, '"', '}'),
		small[:len(small)/2], // truncated
		[]byte(`{"format": 1, "focusGroup": {"scope": "\u00e9\ud83d\ude00 \ud800 \n\t\\"}}`),
		[]byte(`{"format": 1, "timeline": {"durationMonths": 123456789012345678901234567890}}`),
		[]byte(`{"format": 1, "translations": {"fr": {"supporters[0].entity": {"text": "x", "source": "y"}}}}`),
		[]byte(strings.Repeat(`{"a":`, 100) + "1" + strings.Repeat("}", 100)),
		[]byte(strings.Repeat("[", 5000)),
		[]byte(`{"format": 1, "language": "en", "language": "fr"}`),
		[]byte(`[1, 2, 3]`),
		[]byte(`-0.5e+3`),
		{},
	}
	for _, file := range exampleFiles(f) {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, data[:min(len(data), 600)]) // the head of a real draft, cut off
	}
	return seeds
}

// FuzzDecode: Decode never panics and refuses only with an *Error that
// says why; what it accepts re-encodes to a draft that decodes to an equal
// proposal, in the bytes encoding/json would write.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data)
		if err != nil {
			if de, ok := err.(*Error); !ok || de.Reason == "" {
				t.Fatalf("error %T %v is not an *Error with a reason", err, err)
			}
			return
		}
		enc, err := Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		q, err := Decode(enc)
		if err != nil {
			t.Fatalf("re-encoded draft does not decode: %v\n%s", err, enc)
		}
		// Equal proposals encode to equal bytes (Encode sorts what maps
		// hold), so decode(encode(p)) == p also makes the encoding stable.
		if !reflect.DeepEqual(p, q) {
			t.Fatalf("decode(encode(p)) != p:\n%#v\n%#v", p, q)
		}
		if std, err := encodeStd(p); err != nil || !bytes.Equal(std, enc) {
			t.Fatalf("Encode differs from encoding/json")
		}
	})
}

// FuzzParseJSON: the hand-written parser agrees with encoding/json about
// what is valid JSON.
func FuzzParseJSON(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, serr := parseJSON(data); (serr == nil) != json.Valid(data) && isShallow(data) {
			t.Fatalf("parser disagrees with encoding/json on validity: %v / %v", serr, json.Valid(data))
		}
	})
}

// isShallow: the parser refuses nesting deeper than maxDepth, which
// encoding/json accepts, and refuses duplicate members; compare only inputs
// where neither applies. (Duplicates make the parser stricter, so an input
// the parser accepts must still be valid for encoding/json.)
func isShallow(data []byte) bool {
	depth, maxd := 0, 0
	inStr, esc := false, false
	for _, c := range data {
		switch {
		case esc:
			esc = false
		case inStr && c == '\\':
			esc = true
		case c == '"':
			inStr = !inStr
		case !inStr && (c == '{' || c == '['):
			depth++
			maxd = max(maxd, depth)
		case !inStr && (c == '}' || c == ']'):
			depth--
		}
	}
	if maxd > maxDepth {
		return false
	}
	if json.Valid(data) {
		// Valid JSON: the parser may still refuse it for duplicate members.
		_, serr := parseJSON(data)
		return serr == nil || !strings.Contains(serr.msg, "duplicate member")
	}
	return true
}
