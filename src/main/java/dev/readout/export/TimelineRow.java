package dev.readout.export;

import java.util.List;
import java.util.Map;

/**
 * One meeting as the exports give it: dates at their precision, times with their zone and
 * in UTC, participants with the titles they held then.
 *
 * @param date the date as written at its precision: 2023-06-19, 2023-05 or 2023
 * @param cameoCode the contact's CAMEO event code, such as 042 (make a visit)
 * @param readouts the number of readouts per side, United States and China always present
 * @param endDate the last day of a contact over several days, or null
 * @param spanDays the days a contact known to its month or year ran over, or null
 * @param durationMinutes how long it lasted, or null
 * @param expectedAfter the day after which an expected contact was to come, or null
 */
record TimelineRow(long id, String date, String precision, String localTime, String timeZone, String utcStart,
		String title, String venue, String city, String country, String format, String occasion, String status,
		String level, String cameoCode, List<Participant> participants, List<String> topics, Map<String, Long> readouts,
		long agreements, String endDate, Integer spanDays, Integer durationMinutes, String expectedAfter) {

	/** A participant: Antony J. Blinken, US, guest, Secretary of State. */
	record Participant(String name, String nativeName, String side, String role, List<String> titles) {
	}

}
