package locales

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// ITU's own words and conventions, checked on the message files of each
// language: what ITU's published covers and Recommendation A.7 write, and
// the one word chosen where a language had two (glossary.tsv).
func TestITUConventions(t *testing.T) {
	never := map[string][]string{
		"ar": {"جهة الاتصال:", "بـ{{", "فريق مراسلة", "البند {{.Clause}}", "على الأقل من {{.NeedCountries}} بلدان على الأقل"},
		"zh": {"审查和导出", "工作语言", "文件语言", "原文语言", "经费", "意见征询", "评论期", "段）", "第{{.Clause}}段", "A.7条款"},
		"ru": {"ё", "Ё", "корреспондентская группа", "комментари"},
		"es": {"Comisión de Estudio rectora"},
	}
	neverIn := map[string][]string{
		"ui.zh.toml":  {"第 {{.Clause}} 段"},
		"doc.ar.toml": {"\"جهة الاتصال"},
		"ui.ru.toml":  {"Подать до "},
		"fr":          {"la plus proche"},
	}
	// French: no space before ":", ";", "?" or "!" anywhere, in the PDF (ITU
	// style) as in the interface (one convention: the findings the interface
	// shows are the ones the PDF prints).
	frSpace := regexp.MustCompile(`[ \x{00A0}\x{202F}][:;?!]`)
	names, err := fs.Glob(files, "*.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		lang := strings.Split(name, ".")[1]
		for i, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, bad := range append(append(never[lang], neverIn[name]...), neverIn[lang]...) {
				if strings.Contains(line, bad) {
					t.Errorf("%s:%d says %q: %s", name, i+1, bad, line)
				}
			}
			// The draft is the "borrador" wherever the interface and the
			// command line speak of it (the document's "proyecto de mandato"
			// is ITU's draft ToR, the "proyectos" of a deliverable its drafts).
			if lang == "es" && name != "doc.es.toml" && name != "rules.es.toml" && strings.Contains(line, "proyecto") {
				t.Errorf("%s:%d says \"proyecto\" for the draft: %s", name, i+1, line)
			}
			if lang == "fr" && frSpace.MatchString(line) {
				t.Errorf("%s:%d: space before punctuation: %s", name, i+1, line)
			}
		}
	}
}
