package dev.readout.form;

import java.time.LocalDate;

/**
 * The one rule for every date that must have come: a publication, a change, a contact
 * held.
 */
public final class Today {

	private Today() {
	}

	/**
	 * Whether a day has begun somewhere: the server's today, or the day after it, which
	 * has already begun east of the server (Beijing is eight hours ahead of UTC).
	 */
	public static boolean hasBegun(LocalDate day, LocalDate serversToday) {
		return !day.isAfter(serversToday.plusDays(1));
	}

}
