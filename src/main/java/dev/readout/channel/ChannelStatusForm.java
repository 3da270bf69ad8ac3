package dev.readout.channel;

import java.io.Serializable;

import dev.readout.source.Source;
import dev.readout.form.DateAtPrecision;
import dev.readout.form.ClaimForm;
import dev.readout.form.FormText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * Where a channel stands, as an analyst records it.
 *
 * @param since when the status took effect, at the precision known (2023-06-19, 2023-06
 * or 2021); required unless the channel is open
 * @param sourceId the source that reports it
 * @param dormantAfterMonths how many months without a contact make an open channel
 * dormant
 * @param version the version the analyst started from
 */
public record ChannelStatusForm(@NotNull ChannelStatus status, @DateAtPrecision String since,
		@Size(max = 2000) String note, @Valid ClaimForm claim, Long sourceId,
		@NotNull @Min(1) @Max(120) Integer dormantAfterMonths, Integer version) implements Serializable {

	public ChannelStatusForm {
		claim = (claim != null) ? claim : ClaimForm.none();
	}

	static ChannelStatusForm from(Channel channel) {
		return new ChannelStatusForm(channel.getStatus(), FormText.asWritten(channel.getStatusSince()),
				FormText.of(channel.getStatusNote()), ClaimForm.from(channel.getStatusClaim()),
				(channel.getSource() != null) ? channel.getSource().getId() : null, channel.getDormantAfterMonths(),
				channel.getVersion());
	}

	/** The same input, to be saved over the version the analyst has now seen. */
	ChannelStatusForm startingFrom(int currentVersion) {
		return new ChannelStatusForm(this.status, this.since, this.note, this.claim, this.sourceId,
				this.dormantAfterMonths, currentVersion);
	}

	/** A declined or suspended channel says since when. */
	void rejectIfUndated(Errors errors) {
		this.claim.rejectIfUnclaimed(errors, "claim");
		if (this.status != null && this.status != ChannelStatus.OPEN && !FormText.hasText(this.since)
				&& !errors.hasFieldErrors("since")) {
			errors.rejectValue("since", "channel.since.required");
		}
	}

	void applyTo(Channel channel, Source source) {
		channel.changeStatus(this.status, FormText.partialDate(this.since), FormText.orNull(this.note),
				this.claim.toAttribution(), source, this.dormantAfterMonths);
	}

}
