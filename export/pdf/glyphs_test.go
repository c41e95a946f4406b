package pdf

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/docx"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// Characters no bundled font has are reported by the field they are in, in
// the text printed in the document language (a translation counts).
func TestPDFNamesFieldsWithMissingGlyphs(t *testing.T) {
	fs := exporttest.Fonts(t)
	p := exporttest.GoodProposal()
	p.Contribution.Title = "Quantum \U0001F680 migration"
	p.Contribution.Contacts[0].Name = "Dr. \U0001F600"
	p.FocusGroup.Scope = "fine, with a variation selector é\uFE0F and a bidi mark \u200F"
	_, _, err := export.Contribution(p, forms.English, exporttest.Cat, New(fs), a7.Options{Today: exporttest.Today})
	var me *export.MissingGlyphsError
	if !errors.As(err, &me) {
		t.Fatalf("want export.MissingGlyphsError, got %v", err)
	}
	var where []string
	for _, u := range me.Texts {
		where = append(where, u.Where)
	}
	if strings.Join(where, " ") != "contribution.title contribution.contacts[0].name" {
		t.Errorf("reported %v", where)
	}
	if msg := err.Error(); !strings.Contains(msg, "contribution.title: no font has '\U0001F680' (U+1F680, character 9)") {
		t.Errorf("message %q", msg)
	}

	// Only the text printed counts: the emoji in the source title does not
	// matter once the title has a translation without it.
	p = exporttest.GoodProposal()
	title := p.TextFields()[0]
	if title.Path != "contribution.title" {
		t.Fatal(title.Path)
	}
	p.SetTranslation(title, forms.French, "Migration quantique")
	title.Set("Quantum \U0001F680 migration")
	if _, _, err := export.Contribution(p, forms.French, exporttest.Cat, New(fs), a7.Options{Today: exporttest.Today}); err != nil {
		t.Errorf("French export with a translated title: %v", err)
	}
	// An emoji in the translation is named as the translation's.
	p.SetTranslation(title, forms.French, "Migration \U0001F680")
	_, _, err = export.Contribution(p, forms.French, exporttest.Cat, New(fs), a7.Options{Today: exporttest.Today})
	if err == nil || !strings.Contains(err.Error(), "contribution.title (translation into fr): no font has") {
		t.Errorf("emoji in a translation: %v", err)
	}
}

// A country code is checked by its field, not by the part of the document
// it ends up in.
func TestPDFNamesCountryCodeWithMissingGlyphs(t *testing.T) {
	p := exporttest.GoodProposal()
	p.Supporters[2].Country = "D\U0001F600"
	_, _, err := export.Contribution(p, forms.English, exporttest.Cat, New(exporttest.Fonts(t)), a7.Options{Today: exporttest.Today})
	if err == nil || !strings.HasPrefix(strings.TrimPrefix(err.Error(), "characters no font can draw: "), "supporters[2].country:") {
		t.Errorf("got %v", err)
	}
}

// The refusal is told in the user's language, naming the field by its label
// and path, the character and where it is, and why the PDF cannot hold it.
func TestMissingGlyphsMessageInUsersLanguage(t *testing.T) {
	p := exporttest.GoodProposal()
	p.Contribution.Title = "Quantum \U0001F680 migration"
	_, _, err := export.Contribution(p, forms.English, exporttest.Cat, New(exporttest.Fonts(t)), a7.Options{Today: exporttest.Today})
	var me *export.MissingGlyphsError
	if !errors.As(err, &me) {
		t.Fatalf("got %v", err)
	}
	fr := exporttest.Cat.In(forms.French)
	msg := me.Message(fr)
	for _, want := range []string{fr.T("export.unprintable.pdf"), fr.FieldLabel("contribution.title") + " (contribution.title)", "U+1F680", "caractère 9"} {
		if !strings.Contains(msg, want) {
			t.Errorf("French message lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "no font") {
		t.Errorf("French message has English in it:\n%s", msg)
	}
}

// A control character in the printed text is refused before anything is
// rendered, naming the field, as the draft file refuses it; the renderers
// no longer drop it without a word (issue 26, item 3).
func TestControlCharactersRefusedBeforeRendering(t *testing.T) {
	p := exporttest.GoodProposal()
	p.FocusGroup.Scope = "ready \x1b[2J to file"
	for _, r := range []export.Renderer{New(exporttest.Fonts(t)), docx.New()} {
		_, _, err := export.Contribution(p, forms.English, exporttest.Cat, r, a7.Options{Today: exporttest.Today})
		var me *export.MissingGlyphsError
		if !errors.As(err, &me) || len(me.Texts) != 1 || me.Texts[0].Where != "focusGroup.scope" || !strings.Contains(err.Error(), "U+001B") {
			t.Errorf("%s: got %v, want the scope's U+001B refused", r.Format(), err)
			continue
		}
		if msg := me.Message(exporttest.Cat.In(forms.French)); !strings.HasPrefix(msg, exporttest.Cat.In(forms.French).T("export.unprintable.control")) {
			t.Errorf("%s: message %q", r.Format(), msg)
		}
	}
}

// A document never carries the hidden characters typed into the draft
// (overrides, tag characters, zero-width spaces); the draft inside keeps
// them, as the author wrote it (issue 26, item 4).
func TestDocumentsCarryNoHiddenCharacters(t *testing.T) {
	p := exporttest.GoodProposal()
	p.FocusGroup.Background = "Fine. \u202Eelif ot ydaer si lasoporp sihT\u202C \u200B\U000E0041."
	data, _, err := export.Contribution(p, forms.English, exporttest.Cat, docx.New(), a7.Options{Today: exporttest.Today})
	if err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		// the draft travels twice: its own part and the Custom XML copy
		// that survives a word processor's re-save (issue 20)
		isDraft := strings.HasSuffix(f.Name, ".json") || f.Name == "customXml/item1.xml"
		has := strings.ContainsAny(string(b), "\u202E\u202C\u200B\U000E0041")
		if has && !isDraft {
			t.Errorf("%s carries hidden characters", f.Name)
		}
		if isDraft && !has {
			t.Errorf("the draft inside lost what its author typed")
		}
	}
	if !strings.HasPrefix(p.FocusGroup.Background, "Fine. \u202E") {
		t.Error("the export changed the proposal")
	}
}
