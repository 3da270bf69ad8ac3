package dev.readout.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dev.readout.meeting.MeetingStatus;
import dev.readout.meeting.Participant;
import dev.readout.official.Official;
import dev.readout.official.Position;
import dev.readout.vocabulary.DatePrecision;
import dev.readout.vocabulary.PartialDate;

/**
 * A position as far as the record shows it held: to its end when that is on record, and
 * otherwise to the latest contact held in which the official took part in it: "in office
 * in June 2023 (end not on record)", never "held today".
 *
 * @param lastSeen the month (or year) of that latest contact, for a position whose end is
 * not on record; null when the end is on record or no contact attests it
 */
public record Tenure(Position position, PartialDate lastSeen) {

	/** The official's positions over time, each with how far the record shows it held. */
	public static List<Tenure> of(Official official, Collection<Participant> participations) {
		List<PartialDate> held = participations.stream()
			.filter(participation -> participation.getMeeting().getStatus() == MeetingStatus.HELD)
			.map(participation -> participation.getMeeting().getStart())
			.toList();
		return official.positionsOverTime()
			.stream()
			.map(position -> new Tenure(position,
					(position.getEnd() != null) ? null
							: held.stream()
								.filter(position::heldDuring)
								.max(Comparator.comparing(PartialDate::earliestDay))
								.map(Tenure::toTheMonth)
								.orElse(null)))
			.toList();
	}

	/**
	 * The official's latest position, as far as the latest contact held that the record
	 * has them in shows it held; null without a position on record.
	 */
	public static Tenure latest(Official official, LocalDate lastContactDay) {
		List<Position> positions = official.positionsOverTime();
		if (positions.isEmpty()) {
			return null;
		}
		Position latest = positions.get(positions.size() - 1);
		boolean attested = latest.getEnd() == null && lastContactDay != null
				&& latest.heldDuring(PartialDate.day(lastContactDay));
		return new Tenure(latest, attested ? toTheMonth(PartialDate.day(lastContactDay)) : null);
	}

	private static PartialDate toTheMonth(PartialDate date) {
		return (date.precision() == DatePrecision.YEAR) ? date : PartialDate.month(YearMonth.from(date.date()));
	}

}
