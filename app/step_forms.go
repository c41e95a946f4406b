package app

import "fgdraft/forms"

// newStepForm builds the form of one wizard step over env.draft. It returns
// nil for the review step, which the window builds itself.
func newStepForm(step forms.Step, env *editorEnv) stepForm {
	switch step {
	case forms.StepContribution:
		return newContributionStep(env)
	case forms.StepTerms:
		return newTermsStep(env)
	case forms.StepGaps:
		return newGapsStep(env)
	case forms.StepSupporters:
		return newSupportersStep(env)
	case forms.StepTimeline:
		return newTimelineStep(env)
	}
	return nil
}

// enabledIf enables or disables widgets that only apply in some cases (the
// study-group number for TSAG, the meeting for the between-meetings route).
type disableable interface {
	Enable()
	Disable()
	Disabled() bool
}

func enabledIf(on bool, ws ...disableable) {
	for _, w := range ws {
		if on && w.Disabled() {
			w.Enable()
		} else if !on && !w.Disabled() {
			w.Disable()
		}
	}
}
