package dev.readout.historian;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One trip or visit as the Historian's file gives it, every field kept as written so that
 * the export gives back the same record.
 *
 * @param travellerRole for a trip, the traveller's office as the Historian codes it
 * ({@code president} or {@code secretary}); null for a visit
 * @param travellerId for a trip, the Historian's id of the traveller, such as
 * {@code blinken-antony-j}; null for a visit
 * @param person the traveller's name (a trip) or the visitor's title and name (a visit)
 * @param countryId the Historian's id of the country travelled to (a trip) or from (a
 * visit), such as {@code china}
 * @param locale for a trip, the cities visited; null for a visit
 * @param remarks what the trip's remarks or the visit's description say
 */
public record HistorianEntry(Kind kind, int historianId, String travellerRole, String travellerId, String person,
		LocalDate start, LocalDate end, String countryId, String countryLabel, String locale, String remarks,
		String createdBy, String createdAt, String lastModifiedBy, String lastModifiedAt) implements Serializable {

	/**
	 * The Historian's id of the People's Republic of China (and of the Republic before
	 * it).
	 */
	static final String CHINA = "china";

	public enum Kind {

		/** A President's or Secretary of State's trip abroad. */
		TRIP,
		/** A foreign leader's visit to the United States. */
		VISIT

	}

	/**
	 * A contact between the United States and China: a trip to China or a visit from it.
	 */
	boolean isUsChinaContact() {
		return CHINA.equals(this.countryId);
	}

	boolean isPresidentsTrip() {
		return this.kind == Kind.TRIP && "president".equals(this.travellerRole);
	}

	/** Whether the two records cover at least one day in common. */
	boolean overlaps(HistorianEntry other) {
		return !this.start.isAfter(other.end) && !other.start.isAfter(this.end);
	}

	/** The remarks as one line, as a summary shows them. */
	public String remarksInOneLine() {
		return this.remarks.strip().replaceAll("\\s+", " ");
	}

}
