package dev.readout.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import dev.readout.vocabulary.Attribution;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A commitment made at a meeting and where it stands, as the JSON API gives it.
 *
 * @param history every status it has had, oldest first, each dated and sourced
 * @param sourceIds the sources cited for the agreement itself, beyond each change's own
 */
@Schema(name = "Agreement")
public record AgreementJson(long id, long meetingId, String description, AgreementStatus status, LocalDate recordedOn,
		List<Change> history, List<Long> sourceIds, int version) {

	/**
	 * An agreement loaded with its history.
	 * @param sourceIds the sources cited for it, read with it or apart
	 */
	public static AgreementJson of(Agreement agreement, Collection<Long> sourceIds) {
		return new AgreementJson(agreement.getId(), agreement.getMeeting().getId(), agreement.getDescription(),
				agreement.getStatus(), agreement.recordedOn(),
				agreement.getHistory()
					.stream()
					.map(change -> new Change(change.getStatus(), change.getChangedOn(), change.getNote(),
							Attribution.statedOrNull(change.getAttribution()),
							(change.getSource() != null) ? change.getSource().getId() : null))
					.toList(),
				sourceIds.stream().sorted().toList(), agreement.getVersion());
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
