package dev.readout.agreement;

import java.io.Serializable;

import dev.readout.source.NewSourceForm;
import dev.readout.form.CalendarDate;
import dev.readout.form.NotAfterToday;
import dev.readout.form.ClaimForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A dated, sourced change of an agreement's status; also the first entry of a new
 * agreement.
 *
 * @param sourceId an existing source as evidence, or null
 * @param version the agreement version the analyst saw; null for a new agreement
 */
public record StatusChangeForm(@NotNull AgreementStatus status,
		@NotBlank @CalendarDate @NotAfterToday(message = "{agreement.changedOn.future}") String changedOn,
		@Size(max = 2000) String note, @Valid ClaimForm claim, Long sourceId, @Valid NewSourceForm newSource,
		Integer version) implements Serializable {

	public StatusChangeForm {
		claim = (claim != null) ? claim : ClaimForm.none();
		newSource = (newSource != null) ? newSource : NewSourceForm.blank();
	}

	/** A blank change, made from the agreement's version now on record. */
	static StatusChangeForm next(Agreement agreement) {
		return new StatusChangeForm(agreement.getStatus(), "", "", ClaimForm.none(), null, NewSourceForm.blank(),
				agreement.getVersion());
	}

	/** The same input, to be saved over the version the analyst has now seen. */
	StatusChangeForm startingFrom(int currentVersion) {
		return new StatusChangeForm(this.status, this.changedOn, this.note, this.claim, this.sourceId, this.newSource,
				currentVersion);
	}

}
