//go:build translateshot

package app

import (
	"os"
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
)

// This TestMain opens the translation window in a real window, for
// screenshots (docs/screenshots/translate-*.png); it is built only with
// -tags translateshot and needs a display:
//
//	go test -c -tags translateshot -o /tmp/translate-shot.test ./app
//	FGDRAFT_SHOT_DRAFT=examples/fg-example-zh.json FGDRAFT_SHOT_INTO=ar \
//	  /work/shared/tools/screenshot docs/screenshots/translate-zh-ar.png -- /tmp/translate-shot.test
//
// The window runs in TestMain: the GL driver needs the main goroutine.
func TestMain(m *testing.M) {
	draft := os.Getenv("FGDRAFT_SHOT_DRAFT")
	if draft == "" {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "translate-shot")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	a := fyneapp.NewWithID("org.itu.fgdraft.shot")
	w := newWindow(a, Options{Draft: draft, Lang: forms.Lang(os.Getenv("FGDRAFT_SHOT_UI")), DataDir: dir})
	w.docLang = forms.Lang(os.Getenv("FGDRAFT_SHOT_INTO"))
	var l translateLink
	l.show(w)
	if os.Getenv("FGDRAFT_SHOT_FILL") != "" {
		// Translate a few fields, then change one source so that its
		// translation is stale: every state of a row shows.
		p := w.draft
		for _, f := range p.TextFields() {
			if text, ok := shotTranslations[l.view.Target()][f.Path]; ok {
				p.SetTranslation(f, l.view.Target(), text)
			}
		}
		for _, f := range p.TextFields() {
			if f.Path == "contribution.meeting.place" {
				f.Set(f.Get() + " (rev. 1)")
			}
		}
		l.view.Reload()
	}
	l.win.Resize(fyne.NewSize(1280, 800))
	l.win.SetOnClosed(a.Quit)
	a.Run()
}

var shotTranslations = map[forms.Lang]map[string]string{
	forms.Arabic: {
		"contribution.title":         "مقترح لإنشاء فريق ITU-T المتخصص المعني بالشبكات الذكية المتصلة على الارتفاعات المنخفضة (FG-LAIC)",
		"contribution.meeting.place": "جنيف، سويسرا",
		"contribution.keywords[0]":   "اقتصاد الارتفاعات المنخفضة",
		"contribution.keywords[1]":   "الطائرات بدون طيار",
		"contribution.keywords[2]":   "الشبكات المتكاملة بين الجو والأرض",
		"focusGroup.name":            "الفريق المتخصص المعني بالشبكات الذكية المتصلة على الارتفاعات المنخفضة",
		"contribution.abstract":      "تقترح هذه المساهمة أن ينشئ الفريق الاستشاري لتقييس الاتصالات (TSAG) فريق ITU-T المتخصص المعني بالشبكات الذكية المتصلة على الارتفاعات المنخفضة (FG-LAIC) لمدة تسعة أشهر.",
	},
	forms.Russian: {
		"contribution.title":         "Предложение о создании Оперативной группы МСЭ-T по переходу сетей электросвязи на квантово-устойчивую криптографию (FG-QSM)",
		"contribution.meeting.place": "Женева, Швейцария",
		"contribution.keywords[0]":   "постквантовая криптография",
		"contribution.keywords[1]":   "переход на квантово-устойчивую криптографию",
		"contribution.keywords[2]":   "криптографическая гибкость",
		"focusGroup.name":            "Оперативная группа по переходу сетей электросвязи на квантово-устойчивую криптографию",
		"contribution.abstract":      "В настоящем вкладе предлагается, чтобы 17-я Исследовательская комиссия МСЭ-T создала Оперативную группу по переходу сетей электросвязи на квантово-устойчивую криптографию (FG-QSM) сроком на девять месяцев.",
	},
}
