package reopen

import (
	"bytes"
	"errors"
	"path"

	"fgdraft/export"
	"fgdraft/export/docx"
)

// docxDraft returns the draft a Word file fgdraft wrote carries, in the
// package part docx.DraftPartName, and the name of that part. A file
// without it gives a *NoDraftError; Lost when the file still shows fgdraft
// wrote it (another program saved it over and dropped the part).
func docxDraft(data []byte) ([]byte, string, error) {
	draft, err := docx.ReadDraft(bytes.NewReader(data), int64(len(data)))
	if errors.Is(err, docx.ErrNoDraft) {
		return nil, "", &NoDraftError{Format: export.DOCX, Lost: docx.CarriedDraft(bytes.NewReader(data), int64(len(data)))}
	}
	if err != nil {
		return nil, "", err
	}
	return draft, path.Base(docx.DraftPartName), nil
}
