package docx

import "fgdraft/export"

func (w *docWriter) chart(c export.Chart) {}
