package dev.readout.form;

import java.io.Serializable;
import java.time.Instant;

import dev.readout.audit.AuditEntry;
import dev.readout.audit.Revision;

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

	/**
	 * Where a refused save goes: back to the form, with the analyst's input kept and who
	 * saved the record meanwhile, and when.
	 */
	public static String backToForm(RedirectAttributes redirect, Revision<?> refused, Object keptInput,
			String formAddress) {
		redirect.addFlashAttribute(FORM, keptInput);
		redirect.addFlashAttribute(FLAG, true);
		AuditEntry meanwhile = refused.savedMeanwhile();
		if (meanwhile != null) {
			redirect.addFlashAttribute("savedMeanwhile", new SavedBy(meanwhile.actor(), meanwhile.occurredAt()));
		}
		return "redirect:" + formAddress;
	}

	/**
	 * Who saved the record while the analyst was editing it, and when.
	 *
	 * @param actor their username, or null when the trail does not name them
	 * @param at when they saved it
	 */
	public record SavedBy(String actor, Instant at) implements Serializable {
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
