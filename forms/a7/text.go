package a7

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// present reports whether a free-text field says something: it is not blank
// and not an obvious placeholder ("TBD", "TODO", "xxx", "待定" …).
func present(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && !isPlaceholder(s)
}

// onlyPlaceholder reports whether a free-text field is filled in, but only
// with a placeholder: a list row that says nothing yet.
func onlyPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && isPlaceholder(s)
}

// placeholders are texts (lower case, letters and digits only) that hold a
// place instead of saying something, in the six languages.
var placeholders = map[string]bool{
	"tbd": true, "tbc": true, "tba": true, "todo": true, "fixme": true, "na": true,
	"none": true, "nil": true, "test": true, "text": true, "placeholder": true,
	"tobedefined": true, "tobedetermined": true, "tobecompleted": true, "tobeconfirmed": true,
	"tobeprovided": true, "tobeadded": true, "tobewritten": true,
	"àcompléter": true, "àdéfinir": true, "àpréciser": true, "àconfirmer": true,
	"pordefinir": true, "porcompletar": true, "pordeterminar": true,
	"уточняется": true, "будетуточнено": true, "будетдобавлено": true, "нетданных": true,
	"待定": true, "待补充": true, "待填写": true, "待完善": true, "略": true, "无": true, "暂无": true,
	"يحددلاحقا": true, "قيدالإعداد": true,
}

// isPlaceholder reports whether s (trimmed, not blank) is an obvious
// placeholder: a known placeholder word, a run of one repeated letter
// ("xxx", "...", "---"), no letter at all, or lorem ipsum.
func isPlaceholder(s string) bool {
	if len(s) > 48 {
		// Long texts are placeholders only when they are lorem ipsum.
		head := s[:48]
		return hasLoremIpsum(head)
	}
	var buf [48]byte
	norm := buf[:0]
	var first rune
	same, letters := true, 0
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		r = unicode.ToLower(r)
		if letters == 0 {
			first = r
		} else if r != first {
			same = false
		}
		letters++
		norm = utf8.AppendRune(norm, r)
	}
	switch {
	case letters == 0:
		return true
	case same && letters >= 2 && (first == 'x' || first == 'y' || first == 'z' || first == 'a' || first == 'х'):
		return true
	case same && letters >= 3:
		return true
	}
	return placeholders[string(norm)] || strings.Contains(string(norm), "loremipsum")
}

// hasLoremIpsum reports whether s contains "lorem ipsum" in any case, without
// allocating.
func hasLoremIpsum(s string) bool {
	const lorem = "lorem ipsum"
	for i := 0; i+len(lorem) <= len(s); i++ {
		if s[i]|0x20 == 'l' && strings.EqualFold(s[i:i+len(lorem)], lorem) {
			return true
		}
	}
	return false
}

// Substance thresholds of criteria.interest: a few sentences. A text is
// substantive with about 100 characters (not counting spaces), or two
// sentences of about 60. Chinese and Japanese say in one character what
// alphabetic scripts say in two or three, so a CJK character weighs 2.5:
// about 40 Chinese characters suffice.
const (
	substantiveWeight  = 200 // in half characters: 100 characters
	twoSentencesWeight = 120 // 60 characters in at least two sentences
	cjkWeight          = 5   // 2.5 characters
	otherWeight        = 2
)

// substantive reports whether s is a real statement, not a placeholder or a
// one-liner (see the thresholds above). It stops reading once the text is
// long enough, so a long text costs no more than a short one.
func substantive(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || isPlaceholder(s) {
		return false
	}
	weight, sentences, inSentence := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			continue
		case isSentenceEnd(r):
			if inSentence >= 3 {
				sentences++
			}
			inSentence = 0
			continue
		case isCJK(r):
			weight += cjkWeight
		default:
			weight += otherWeight
		}
		inSentence++
		if weight >= substantiveWeight {
			return true
		}
	}
	if inSentence >= 3 {
		sentences++ // a last sentence without a full stop
	}
	return sentences >= 2 && weight >= twoSentencesWeight
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？', '؟', '；', ';':
		return true
	}
	return false
}

// isCJK reports whether r is a Han, kana or Hangul character.
func isCJK(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// wellFormedEmail is a plain check of an e-mail address: one "@", a local
// part, a domain with a dot and no empty label, no spaces or angle brackets.
func wellFormedEmail(s string) bool {
	s = strings.TrimSpace(s)
	at := strings.IndexByte(s, '@')
	if at <= 0 || at != strings.LastIndexByte(s, '@') {
		return false
	}
	local, domain := s[:at], s[at+1:]
	if strings.ContainsAny(s, " \t<>(),;:\"[]\\") || local[0] == '.' || local[len(local)-1] == '.' {
		return false
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
	}
	return len(labels[len(labels)-1]) >= 2
}
