package dev.readout.agreement;

import java.time.LocalDate;
import java.util.List;

import dev.readout.vocabulary.Attribution;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A commitment made at a meeting and where it stands, as the JSON API gives it.
 *
 * @param history every status it has had, oldest first, each dated and sourced
 */
@Schema(name = "Agreement")
public record AgreementJson(long id, long meetingId, String description, AgreementStatus status, LocalDate recordedOn,
		List<Change> history, int version) {

	/** An agreement loaded with its history. */
	public static AgreementJson of(Agreement agreement) {
		return new AgreementJson(agreement.getId(), agreement.getMeeting().getId(), agreement.getDescription(),
				agreement.getStatus(), agreement.recordedOn(),
				agreement.getHistory()
					.stream()
					.map(change -> new Change(change.getStatus(), change.getChangedOn(), change.getNote(),
							Attribution.statedOrNull(change.getAttribution()),
							(change.getSource() != null) ? change.getSource().getId() : null))
					.toList(),
				agreement.getVersion());
	}

	/**
	 * A change of status: when, why, and the source that shows it.
	 *
	 * @param claim whose claim the change is, when its source attributes it
	 */
	@Schema(name = "AgreementStatusChange")
	public record Change(AgreementStatus status, LocalDate on, String note, Attribution claim, Long sourceId) {
	}

}
