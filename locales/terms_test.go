package locales

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"fgdraft/forms"

	"github.com/BurntSushi/toml"
)

// A term list (terms/LANG.toml) names, for each concept fgdraft speaks of,
// the one form its language uses and the variants it refuses; see
// terms/README.md.
type term struct {
	Use      string   `toml:"use"`
	Refuse   []string `toml:"refuse"`
	Patterns []string `toml:"patterns"`
	Examples []string `toml:"examples"`
	Source   string   `toml:"source"`

	compiled []*regexp.Regexp
}

// termList is one language's terms by concept.
type termList map[string]*term

func loadTerms(t *testing.T, lang forms.Lang) termList {
	t.Helper()
	var list termList
	if _, err := toml.DecodeFile(filepath.Join("terms", string(lang)+".toml"), &list); err != nil {
		t.Fatalf("terms/%s.toml: %v", lang, err)
	}
	for concept, tm := range list {
		if tm.Use == "" {
			t.Errorf("terms/%s.toml [%s] has no use", lang, concept)
		}
		for _, p := range tm.Patterns {
			re, err := regexp.Compile(p)
			if err != nil {
				t.Fatalf("terms/%s.toml [%s]: %v", lang, concept, err)
			}
			tm.compiled = append(tm.compiled, re)
		}
	}
	return list
}

// variant is a refused form found in a text: the concept and the form.
type variant struct{ concept, form string }

// variants lists the refused forms text contains, in concept order. Plain
// variants match regardless of case ("Appui" and "appui").
func (l termList) variants(text string) []variant {
	var found []variant
	lower := strings.ToLower(text)
	concepts := make([]string, 0, len(l))
	for c := range l {
		concepts = append(concepts, c)
	}
	sort.Strings(concepts)
	for _, c := range concepts {
		tm := l[c]
		for _, r := range tm.Refuse {
			if strings.Contains(lower, strings.ToLower(r)) {
				found = append(found, variant{c, r})
			}
		}
		for _, re := range tm.compiled {
			if m := re.FindString(text); m != "" {
				found = append(found, variant{c, m})
			}
		}
	}
	return found
}

// text is one message (or one line of a generated document) and where it is.
type text struct{ where, value string }

// messageTexts returns every text a delegate may read in lang: each form of
// each message of the message files, the Fyne translations and the lines
// of the generated reference of the rules.
func messageTexts(t *testing.T, lang forms.Lang) []text {
	t.Helper()
	var texts []text
	names, err := filepath.Glob("*." + string(lang) + ".toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		var msgs map[string]any
		if _, err := toml.DecodeFile(name, &msgs); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		texts = appendStrings(texts, name, msgs)
	}
	raw, err := os.ReadFile("fyne." + string(lang) + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var fyne map[string]any
	if err := json.Unmarshal(raw, &fyne); err != nil {
		t.Fatalf("fyne.%s.json: %v", lang, err)
	}
	texts = appendStrings(texts, "fyne."+string(lang)+".json", fyne)
	doc := filepath.Join("..", "docs", "rules."+string(lang)+".md")
	if lang == forms.English {
		doc = filepath.Join("..", "docs", "rules.md")
	}
	raw, err = os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(raw), "\n") {
		texts = append(texts, text{fmt.Sprintf("%s:%d", doc, i+1), line})
	}
	sort.Slice(texts, func(i, j int) bool { return texts[i].where < texts[j].where })
	return texts
}

// notProse matches what a text holds that is not words for the reader:
// code (`fgdraft validate`, `"SG17"`) and the generated documents' HTML
// tags (<div dir="rtl">).
var notProse = regexp.MustCompile("`[^`]*`|<[^>]*>")

// prose is text without its code and tags.
func prose(s string) string { return notProse.ReplaceAllString(s, "`…`") }

// appendStrings appends every string of a decoded file: each message and
// each plural form of a plural one ("key.one"), each field of a draft.
func appendStrings(texts []text, where string, v any) []text {
	switch v := v.(type) {
	case string:
		texts = append(texts, text{where, v})
	case map[string]any:
		for k, e := range v {
			texts = appendStrings(texts, where+" "+k, e)
		}
	case []any:
		for i, e := range v {
			texts = appendStrings(texts, fmt.Sprintf("%s[%d]", where, i), e)
		}
	}
	return texts
}

// Every file a delegate reads says each concept one way: no message, Fyne
// translation or generated reference uses a variant its term list refuses.
func TestOneTermPerConcept(t *testing.T) {
	t.Parallel()
	for _, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			list := loadTerms(t, lang)
			for _, tx := range messageTexts(t, lang) {
				for _, v := range list.variants(prose(tx.value)) {
					t.Errorf("%s says %q where the term list (%s) has %q: %s", tx.where, v.form, v.concept, list[v.concept].Use, tx.value)
				}
			}
		})
	}
}

// Each term list is consistent: a form it uses is not one it refuses, and
// each example it gives of a refused form is refused.
func TestTermListsRefuseTheirExamples(t *testing.T) {
	t.Parallel()
	for _, lang := range forms.Languages() {
		list := loadTerms(t, lang)
		for concept, tm := range list {
			if v := list.variants(tm.Use); len(v) > 0 {
				t.Errorf("terms/%s.toml [%s]: the form used, %q, is refused: %v", lang, concept, tm.Use, v)
			}
			for _, r := range tm.Refuse {
				if len(list.variants("… "+r+" …")) == 0 {
					t.Errorf("terms/%s.toml [%s]: %q passes", lang, concept, r)
				}
			}
			if len(tm.Patterns) > 0 && len(tm.Examples) == 0 {
				t.Errorf("terms/%s.toml [%s]: patterns without an example", lang, concept)
			}
			for _, ex := range tm.Examples {
				if len(list.variants(ex)) == 0 {
					t.Errorf("terms/%s.toml [%s]: the example %q passes", lang, concept, ex)
				}
			}
		}
	}
}

// Every variant issue 25 found in the messages, the documents, the rules'
// reference and the command line is one the term test refuses: each is fed
// through the scanner in a sentence of its own.
func TestTermListsRefuseTheReviewedVariants(t *testing.T) {
	t.Parallel()
	reviewed := map[forms.Lang][]string{
		"en": {"[criteria.support, A.7 §2.1]"},
		"ar": {
			`"bodyKind.consortium" = "اتحاد"`,
			"لا يستوفي المشروع التوصية",
			"ليس عضوًا في الاتحاد",
			"الاهتمام واهتمام الصناعة",
			`"{{.Name}}" ({{.Acronym}})`,
		},
		"zh": {
			// 标准组织 is the form of ITU's Chinese A.7 (the seed), so the
			// document's 标准制定组织 is the variant.
			"其他标准制定组织、论坛或联盟",
			"焦点组的存在期限",
			"焦点组存在期间",
			"对该专题极具兴趣并迫切需要",
			"在{{.Date}}之前（即",
			"战略、结构或运营影响",
			"A.7 第 2.1 节",
			"共 {{.Count}} 个",
			// ITU's Chinese A.7 writes 事前标准化研究 (twice): it stays, and
			// the review's 预标准化研究 is the variant.
			"预标准化研究",
		},
		"fr": {
			"un groupe de correspondance",
			"une activité conjointe de coordination (JCA)",
			"12 jours calendaires avant",
			"Lieu de la réunion de rattachement",
			"La période de commentaires se termine",
			"Pas de chevauchement avec les travaux existants",
			"Appui d'au moins quatre membres",
			"Lacune subsistante",
			"ne respecte pas la Recommandation A.7",
			"Aucune constatation: le projet",
			`la désignation du groupe de rattachement"`,
			`"doc.cover.noQuestion" = "N/A"`,
			"{{.Count}} de mois",
			"{{.Count}} d'erreurs",
		},
		"ru": {
			`"doc.cover.noQuestion" = "N/A"`,
			"Поддерживающие организации",
			"Временная шкала",
			"Срок деятельности",
			"Группа-получатель",
			`"editor.month.1" = "янв"`,
			`"editor.month.2" = "фев"`,
			"главный редактор — проект",
			`"12 календарных дней до"`,
		},
		"es": {
			"Reuniones de la Comisión rectora",
			"una actividad conjunta de coordinación (JCA)",
			"12 días civiles antes",
			"que se pide al GANT designar",
			"Laguna restante",
			"Cronograma",
			"fuera de la vigencia del Grupo Temático",
			`"12 días naturales antes"`,
		},
	}
	for lang, texts := range reviewed {
		list := loadTerms(t, lang)
		for _, s := range texts {
			if len(list.variants(s)) == 0 {
				t.Errorf("%s: %q passes the term test", lang, s)
			}
		}
	}
}

// exampleTexts returns the texts of the bundled example drafts by language:
// the draft's own fields in its language, and each translation's text in
// the language it translates into.
func exampleTexts(t *testing.T) map[forms.Lang][]text {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("..", "examples", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	names = append(names, filepath.Join("..", "assets", "example.json"))
	byLang := make(map[forms.Lang][]text)
	for _, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var draft map[string]any
		if err := json.Unmarshal(raw, &draft); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		lang, _ := draft["language"].(string)
		translations, _ := draft["translations"].(map[string]any)
		delete(draft, "translations")
		byLang[forms.Lang(lang)] = appendStrings(byLang[forms.Lang(lang)], name, draft)
		for to, fields := range translations {
			fields, _ := fields.(map[string]any)
			for field, tr := range fields {
				if tr, ok := tr.(map[string]any); ok {
					if s, ok := tr["text"].(string); ok {
						byLang[forms.Lang(to)] = append(byLang[forms.Lang(to)], text{name + " translations." + to + "." + field, s})
					}
				}
			}
		}
	}
	return byLang
}

// The example drafts, and their translations, name fgdraft's concepts as
// the messages do: they are what a new user reads first.
func TestExamplesUseTheTerms(t *testing.T) {
	t.Parallel()
	for lang, texts := range exampleTexts(t) {
		list := loadTerms(t, lang)
		for _, tx := range texts {
			for _, v := range list.variants(prose(tx.value)) {
				t.Errorf("%s says %q where the term list (%s) has %q: %s", tx.where, v.form, v.concept, list[v.concept].Use, tx.value)
			}
		}
	}
}
