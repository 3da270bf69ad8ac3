package dev.readout.agreement;

import dev.readout.form.ClaimForm;
import java.time.LocalDate;

import dev.readout.source.NewSourceForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new agreement, or a proposal one side declined, with the first entry of its status
 * history.
 */
public record AgreementForm(@NotBlank @Size(max = 1000) String description, @Valid StatusChangeForm firstStatus) {

	/**
	 * A request that leaves out the first status gets an empty one, which validation then
	 * reports field by field.
	 */
	public AgreementForm {
		firstStatus = (firstStatus != null) ? firstStatus
				: new StatusChangeForm(null, "", "", ClaimForm.none(), null, NewSourceForm.blank(), null);
	}

	static AgreementForm blank(LocalDate meetingDay) {
		return new AgreementForm("",
				new StatusChangeForm(AgreementStatus.AGREED, (meetingDay != null) ? meetingDay.toString() : "", "",
						ClaimForm.none(), null, NewSourceForm.blank(), null));
	}

}
