package dev.readout.form;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Someone else saved this meanwhile", answered one way on every form: nothing is saved,
 * and the analyst is sent back to the form with their input kept and what is on record
 * now shown beside it. The kept input carries the version now on record, so saving it
 * again replaces the other analyst's work only on purpose.
 */
public final class ChangedMeanwhile {

	private static final String FORM = "form";

	private static final String FLAG = "changedMeanwhile";

	private ChangedMeanwhile() {
	}

	/** Where a refused save goes: back to the form, with the analyst's input kept. */
	public static String backToForm(RedirectAttributes redirect, Object keptInput, String formAddress) {
		redirect.addFlashAttribute(FORM, keptInput);
		redirect.addFlashAttribute(FLAG, true);
		return "redirect:" + formAddress;
	}

	/**
	 * The values the form shows: after a refused save, the analyst's kept input, with the
	 * record's values as {@code onRecord} for the page to show beside it; otherwise the
	 * record's values.
	 */
	@SuppressWarnings("unchecked")
	public static <F> F formToShow(Model model, F recordValues) {
		if (!model.containsAttribute(FLAG)) {
			return recordValues;
		}
		model.addAttribute("onRecord", recordValues);
		return (F) model.getAttribute(FORM);
	}

}
