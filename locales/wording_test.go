package locales

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// Tests on the rendered text of findings: what a delegate reads in each of
// the six languages, for drafts built from the forms tests' clean proposal.

func cleanDraft(t *testing.T) *forms.Proposal {
	t.Helper()
	data, err := os.ReadFile("../forms/a7/testdata/clean.json")
	if err != nil {
		t.Fatal(err)
	}
	var p forms.Proposal
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatal(err)
	}
	return &p
}

// ruleMessages renders the findings of one rule in one language.
func ruleMessages(t *testing.T, cat *Catalog, lang forms.Lang, p *forms.Proposal, opt a7.Options, id string) []string {
	t.Helper()
	r, ok := a7.RuleByID(id)
	if !ok {
		t.Fatalf("no rule %s", id)
	}
	var out []string
	for _, f := range r.Check(p, opt) {
		out = append(out, cat.In(lang).Finding(f))
	}
	return out
}

// wording is what one message must say, and must not, in each language.
type wording struct {
	says, notSays map[forms.Lang][]string
}

func (w wording) check(t *testing.T, lang forms.Lang, msg string) {
	t.Helper()
	for _, s := range w.says[lang] {
		if !strings.Contains(msg, s) {
			t.Errorf("%s: %q does not say %q", lang, msg, s)
		}
	}
	for _, s := range w.notSays[lang] {
		if strings.Contains(msg, s) {
			t.Errorf("%s: %q says %q", lang, msg, s)
		}
	}
}

// laterMeeting is the advice to go to a later meeting, in each language.
var laterMeeting = map[forms.Lang][]string{
	forms.English: {"later meeting"}, forms.French: {"réunion ultérieure"}, forms.Spanish: {"reunión posterior"},
	forms.Russian: {"следующему собранию"}, forms.Chinese: {"以后的会议"}, forms.Arabic: {"اجتماع لاحق"},
}

// A submission date after the deadline, while the deadline is ahead, is a
// plan: the message says so and says by when to submit, not "go to a later
// meeting".
func TestDeadlineMessagePlannedLate(t *testing.T) {
	cat := MustLoad()
	p := cleanDraft(t)
	p.Contribution.SubmissionDate = forms.NewDate(2027, 2, 18) // the deadline is 17 February 2027
	w := wording{says: map[forms.Lang][]string{
		forms.English: {"Submission planned for 18 February 2027, one day after the deadline of 17 February 2027: submit by 17 February 2027"},
		forms.French:  {"Soumission prévue le 18 février 2027", "au plus tard le 17 février 2027"},
		forms.Spanish: {"Presentación prevista para el 18 de febrero de 2027", "a más tardar el 17 de febrero de 2027"},
		forms.Russian: {"запланировано на 18 февраля 2027", "не позднее 17 февраля 2027"},
		forms.Chinese: {"计划于2027年2月18日提交", "最晚于2027年2月17日"},
		forms.Arabic:  {"التقديم مقرر في", "في موعد أقصاه"},
	}, notSays: laterMeeting}
	for _, lang := range forms.Languages() {
		msgs := ruleMessages(t, cat, lang, p, a7.Options{Today: forms.NewDate(2027, 1, 4)}, "deadline.contribution")
		if len(msgs) != 1 {
			t.Fatalf("%s: %q", lang, msgs)
		}
		w.check(t, lang, msgs[0])
	}
}

// On the deadline day the message says it is the last day, not "0 days left".
func TestDeadlineMessageLastDay(t *testing.T) {
	cat := MustLoad()
	p := cleanDraft(t)
	p.Contribution.SubmissionDate = forms.Date{}
	w := wording{says: map[forms.Lang][]string{
		forms.English: {"today is the last day"}, forms.French: {"c'est aujourd'hui le dernier jour"},
		forms.Spanish: {"hoy es el último día"}, forms.Russian: {"сегодня последний день"},
		forms.Chinese: {"今天是最后一天"}, forms.Arabic: {"اليوم هو اليوم الأخير"},
	}, notSays: map[forms.Lang][]string{
		forms.English: {"0 days"}, forms.French: {"0 jour"}, forms.Spanish: {"0 días"},
		forms.Russian: {"0 дней"}, forms.Chinese: {"0天"}, forms.Arabic: {": 0"},
	}}
	for _, lang := range forms.Languages() {
		msgs := ruleMessages(t, cat, lang, p, a7.Options{Today: forms.NewDate(2027, 2, 17)}, "deadline.contribution")
		if len(msgs) != 1 {
			t.Fatalf("%s: %q", lang, msgs)
		}
		w.check(t, lang, msgs[0])
	}
}

// translation.missing names the language to translate into and counts the
// fields per step, instead of listing some eighty field labels.
func TestTranslationMissingMessage(t *testing.T) {
	cat := MustLoad()
	p := cleanDraft(t)
	w := wording{says: map[forms.Lang][]string{
		forms.English: {"into French", "By step: Contribution (", "Terms of reference ("},
		forms.French:  {"en français", "Par étape: Contribution (", "Mandat ("},
		forms.Spanish: {"al francés", "Por paso: Contribución (", "Mandato ("},
		forms.Russian: {"на французский язык", "По шагам: Вклад ("},
		forms.Chinese: {"法文译文", "按步骤：文稿（", "职责范围（"},
		forms.Arabic:  {"إلى الفرنسية", "حسب الخطوة: "},
	}}
	for _, lang := range forms.Languages() {
		loc := cat.In(lang)
		w.notSays = map[forms.Lang][]string{lang: {loc.FieldLabel("focusGroup.scope"), loc.FieldLabel("focusGroup.actionPlan")}}
		msgs := ruleMessages(t, cat, lang, p, a7.Options{Today: forms.NewDate(2027, 1, 4), ExportLang: forms.French}, "translation.missing")
		if len(msgs) != 1 {
			t.Fatalf("%s: %q", lang, msgs)
		}
		w.check(t, lang, msgs[0])
	}
}

// A chair nominee already named from the wrong category is not asked to be
// named: the message names them and asks to correct the category.
func TestChairMessageNamedNominee(t *testing.T) {
	cat := MustLoad()
	p := cleanDraft(t)
	p.Leadership.Chair.Category = forms.Academia
	name := p.Leadership.Chair.Name
	w := wording{says: map[forms.Lang][]string{
		forms.English: {name + ", the chair nominee, must come from", "nominate another person"},
		forms.French:  {name + ", candidat à la présidence, doit", "corrigez la catégorie"},
		forms.Spanish: {name + ", candidato a Presidente, debe", "corrija la categoría"},
		forms.Russian: {"(" + name + ") должен", "исправьте категорию"},
		forms.Chinese: {"（" + name + "）须来自", "更正其成员类别"},
		forms.Arabic:  {"(" + name + ")", "صحّح فئة العضوية"},
	}, notSays: map[forms.Lang][]string{
		forms.English: {"Name a chair nominee"}, forms.French: {"Désignez un candidat"}, forms.Spanish: {"Proponga un candidato"},
		forms.Russian: {"Назовите кандидата"}, forms.Chinese: {"请提名"}, forms.Arabic: {"سمِّ مرشحاً"},
	}}
	for _, lang := range forms.Languages() {
		msgs := ruleMessages(t, cat, lang, p, a7.Options{Today: forms.NewDate(2027, 1, 4)}, "leadership.chair")
		if len(msgs) != 1 {
			t.Fatalf("%s: %q", lang, msgs)
		}
		w.check(t, lang, msgs[0])
	}
}

// Twelve months is within "9 to 12 months, when justified", not "beyond 9".
func TestDurationMessageTwelveMonths(t *testing.T) {
	cat := MustLoad()
	p := cleanDraft(t)
	p.Timeline.DurationMonths = 12
	w := wording{says: map[forms.Lang][]string{
		forms.English: {"12 months is within the 9 to 12 months A.7 allows when justified"},
		forms.French:  {"12 mois reste dans les 9 à 12 mois"},
		forms.Spanish: {"12 meses está dentro de los 9 a 12 meses"},
		forms.Russian: {"(12 мес.) укладывается в 9–12 месяцев"},
		forms.Chinese: {"12个月的期限在A.7建议书允许的9到12个月之内"},
		forms.Arabic:  {"(12) تقع ضمن مدة 9 إلى 12 شهراً"},
	}, notSays: map[forms.Lang][]string{
		forms.English: {"exceeds"}, forms.French: {"dépasse"}, forms.Spanish: {"supera"},
		forms.Russian: {"превышает"}, forms.Chinese: {"超过"}, forms.Arabic: {"تتجاوز"},
	}}
	for _, lang := range forms.Languages() {
		msgs := ruleMessages(t, cat, lang, p, a7.Options{Today: forms.NewDate(2027, 1, 4)}, "tor.duration")
		if len(msgs) != 1 {
			t.Fatalf("%s: %q", lang, msgs)
		}
		w.check(t, lang, msgs[0])
	}
}

// A non-member nominee is a person: "them", not "it".
func TestMembersOnlyMessageOnePerson(t *testing.T) {
	cat := MustLoad()
	p := cleanDraft(t)
	p.FocusGroup.Implications.Strategic = true
	p.Supporters[4].Category = forms.MemberState // only the vice-chair nominee remains a non-member
	p.Leadership.ViceChairs = p.Leadership.ViceChairs[:1]
	p.Leadership.ViceChairs[0].Category = forms.NonMember
	msgs := ruleMessages(t, cat, forms.English, p, a7.Options{Today: forms.NewDate(2027, 1, 4)}, "participation.members-only")
	if len(msgs) != 1 || !strings.Contains(msgs[0], "Remove them") || strings.Contains(msgs[0], "Remove it") {
		t.Errorf("members-only with one nominee: %q", msgs)
	}
}

// A malformed second address is reported even when the first contact is
// complete: the cover would print it.
func TestContactMessageBadSecondAddress(t *testing.T) {
	cat := MustLoad()
	p := cleanDraft(t)
	p.Contribution.Contacts = append(p.Contribution.Contacts, forms.Contact{Name: "X Y", Organization: "Z", Country: "DE", Email: "x.y at example.org"})
	w := wording{says: map[forms.Lang][]string{
		forms.English: {"contact 2, x.y at example.org, is not an address"},
		forms.French:  {"personne à contacter 2, x.y at example.org, n'est pas une adresse"},
		forms.Spanish: {"contacto 2, x.y at example.org, no es una dirección"},
		forms.Russian: {"контактного лица 2 (x.y at example.org)"},
		forms.Chinese: {"联系人2的电子邮件地址x.y at example.org不是有效地址"},
		forms.Arabic:  {"لجهة الاتصال 2 (x.y at example.org)"},
	}}
	for _, lang := range forms.Languages() {
		msgs := ruleMessages(t, cat, lang, p, a7.Options{Today: forms.NewDate(2027, 1, 4)}, "cover.contact")
		if len(msgs) != 1 {
			t.Fatalf("%s: %q", lang, msgs)
		}
		w.check(t, lang, msgs[0])
	}
}
