package dev.readout.form;

import java.io.Serializable;

import dev.readout.vocabulary.Attribution;
import dev.readout.vocabulary.StatementKind;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * Whose claim a fact is, as a form asks for it: who makes it, as the source names them,
 * and in what kind of statement. Both empty when the source states the fact in its own
 * voice.
 */
public record ClaimForm(@Size(max = 200) String claimedBy, StatementKind claimedIn) implements Serializable {

	public static ClaimForm from(Attribution attribution) {
		return new ClaimForm(FormText.of(attribution.claimedBy()), attribution.claimedIn());
	}

	public static ClaimForm none() {
		return new ClaimForm("", null);
	}

	public Attribution toAttribution() {
		return FormText.hasText(this.claimedBy) ? new Attribution(this.claimedBy.strip(), this.claimedIn)
				: Attribution.NONE;
	}

	/**
	 * A kind of statement needs someone who made it, and words: not "issued no readout".
	 */
	public void rejectIfUnclaimed(Errors errors, String path) {
		if (this.claimedIn == StatementKind.NO_READOUT) {
			errors.rejectValue(path + ".claimedIn", "claim.claimedIn.wordless");
		}
		if (this.claimedIn != null && !FormText.hasText(this.claimedBy)
				&& !errors.hasFieldErrors(path + ".claimedBy")) {
			errors.rejectValue(path + ".claimedBy", "claim.claimedBy.required");
		}
	}

}
