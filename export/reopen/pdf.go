package reopen

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"fgdraft/export"
	"fgdraft/forms/draftfile"

	"github.com/pdfcpu/pdfcpu/pkg/filter"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// pdfConfig is how pdfcpu reads a contribution: leniently (a PDF another
// tool rewrote may bend the specification), offline, with xref streams and
// object streams (qpdf --object-streams=generate), and within limits that
// fit a contribution. It is made here rather than by
// model.NewDefaultConfiguration, which creates a pdfcpu folder in the
// user's configuration directory.
func pdfConfig() *model.Configuration {
	limits := model.DefaultResourceLimits()
	limits.MaxStreamBytes = MaxFileSize
	limits.MaxDecodeBytes = MaxFileSize
	limits.MaxObjectCount = 1_000_000
	limits.MaxXRefEntries = 1_000_000
	return &model.Configuration{
		Reader15:                  true,
		ValidationMode:            model.ValidationRelaxed,
		UnsupportedResourcePolicy: model.UnsupportedResourceSkip,
		Eol:                       types.EolLF,
		Offline:                   true,
		Cmd:                       model.EXTRACTATTACHMENTS,
		Limits:                    limits,
	}
}

// pdfDraft returns the draft a PDF carries and the name it travels under:
// the associated file whose relationship is Source (what fgdraft writes),
// or else an embedded file named *.json. A PDF with neither gives a
// *NoDraftError.
func pdfDraft(data []byte) (draft []byte, name string, err error) {
	defer func() {
		// pdfcpu is robust, but a reader of untrusted files must not take
		// the application down with it.
		if r := recover(); r != nil {
			draft, name, err = nil, "", fmt.Errorf("the PDF library failed: %v", r)
		}
	}()
	// pdfcpu.Read, not api.ReadContext: the api package pulls in pdfcpu's
	// form filling and with it a library whose start-up tables cost every
	// fgdraft command some 30 ms.
	ctx, err := pdfcpu.Read(bytes.NewReader(data), pdfConfig())
	if err != nil {
		return nil, "", err
	}
	xt := ctx.XRefTable
	catalog, err := xt.Catalog()
	if err != nil {
		return nil, "", err
	}
	if af, ok := catalog.Find("AF"); ok {
		specs, err := xt.DereferenceArray(af)
		if err != nil {
			return nil, "", fmt.Errorf("associated files: %w", err)
		}
		for _, o := range specs {
			spec, err := xt.DereferenceDict(o)
			if err != nil || spec == nil {
				continue
			}
			if rel := spec.NameEntry("AFRelationship"); rel == nil || *rel != "Source" {
				continue
			}
			return embeddedFile(xt, spec)
		}
	}
	// A tool that rewrote the PDF may have dropped /AF but kept the
	// attachment.
	if err := xt.LocateNameTree("EmbeddedFiles", false); err != nil || xt.Names["EmbeddedFiles"] == nil {
		return nil, "", &NoDraftError{Format: export.PDF}
	}
	var found types.Dict
	err = xt.Names["EmbeddedFiles"].Process(xt, func(xt *model.XRefTable, _ string, o *types.Object) error {
		spec, err := xt.DereferenceDict(*o)
		if err != nil || spec == nil || found != nil {
			return nil
		}
		if n, err := specName(xt, spec); err == nil && strings.HasSuffix(strings.ToLower(n), ".json") {
			found = spec
		}
		return nil
	})
	if err != nil {
		return nil, "", fmt.Errorf("embedded files: %w", err)
	}
	if found == nil {
		return nil, "", &NoDraftError{Format: export.PDF}
	}
	return embeddedFile(xt, found)
}

// embeddedFile returns the content of a file specification's embedded file
// and its name.
func embeddedFile(xt *model.XRefTable, spec types.Dict) ([]byte, string, error) {
	name, err := specName(xt, spec)
	if err != nil {
		return nil, "", err
	}
	ef, ok := spec.Find("EF")
	if !ok {
		return nil, "", fmt.Errorf("the embedded file %q has no data", name)
	}
	efd, err := xt.DereferenceDict(ef)
	if err != nil || efd == nil {
		return nil, "", fmt.Errorf("the embedded file %q has no data", name)
	}
	f, ok := efd.Find("F")
	if !ok {
		f, ok = efd.Find("UF")
	}
	if !ok {
		return nil, "", fmt.Errorf("the embedded file %q has no data", name)
	}
	sd, _, err := xt.DereferenceStreamDict(f)
	if err != nil || sd == nil {
		return nil, "", fmt.Errorf("the embedded file %q has no data", name)
	}
	if err := sd.DecodeWithLimit(draftfile.MaxFileSize + 1); err != nil {
		if errors.Is(err, filter.ErrDecodeLimitExceeded) {
			return nil, name, errDraftTooLarge
		}
		return nil, "", fmt.Errorf("the embedded file %q: %w", name, err)
	}
	return sd.Content, name, nil
}

// specName is a file specification's file name: /UF, else /F.
func specName(xt *model.XRefTable, spec types.Dict) (string, error) {
	for _, key := range []string{"UF", "F"} {
		if o, ok := spec.Find(key); ok {
			s, err := xt.DereferenceStringOrHexLiteral(o, model.V10, nil)
			if err == nil && s != "" {
				return s, nil
			}
		}
	}
	return "", errors.New("an embedded file without a name")
}
