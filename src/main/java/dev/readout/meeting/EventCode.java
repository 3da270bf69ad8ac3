package dev.readout.meeting;

import dev.readout.vocabulary.Sides;

/**
 * What kind of event a contact is in CAMEO, the event coding that datasets of
 * international events (GDELT, ICEWS, Phoenix) share, so that Readout's contacts can be
 * read beside them. Derived from the contact's format, status and place unless an analyst
 * chose a code.
 */
public enum EventCode {

	EXPRESS_INTENT_TO_MEET("036"), CONSULT("040"), DISCUSS_BY_TELEPHONE("041"), MAKE_A_VISIT("042"),
	HOST_A_VISIT("043"), MEET_AT_THIRD_LOCATION("044"), ENGAGE_IN_NEGOTIATION("046"), REJECT_PROPOSAL_TO_MEET("125");

	private final String code;

	EventCode(String code) {
		this.code = code;
	}

	/** The CAMEO code, such as 042. */
	public String code() {
		return this.code;
	}

	/**
	 * The code a contact's format, status and place give: an expected contact is an
	 * intent to meet, a cancelled or postponed one a proposal turned down, a call a
	 * discussion by telephone, a meeting in one side's country the other side's visit,
	 * and one elsewhere (or on the sidelines of a gathering) a meeting at a third
	 * location.
	 */
	static EventCode derivedFor(MeetingFormat format, MeetingStatus status, String country) {
		return switch (status) {
			case PLANNED -> EXPRESS_INTENT_TO_MEET;
			case CANCELLED, POSTPONED -> REJECT_PROPOSAL_TO_MEET;
			case HELD -> switch (format) {
				case PHONE_CALL, VIDEO_CALL -> DISCUSS_BY_TELEPHONE;
				case SIDELINES -> MEET_AT_THIRD_LOCATION;
				case IN_PERSON, VISIT ->
					isSide(country) ? MAKE_A_VISIT : (country != null) ? MEET_AT_THIRD_LOCATION : CONSULT;
			};
		};
	}

	/**
	 * Who acts, for a code with a direction: the side that makes a visit is the one whose
	 * country it was not held in, and the side that hosts one the country's; null for the
	 * others.
	 */
	String actor(String country) {
		if (!isSide(country)) {
			return null;
		}
		return switch (this) {
			case MAKE_A_VISIT -> Sides.PRIMARY.get(Sides.PRIMARY.get(0).equals(country) ? 1 : 0);
			case HOST_A_VISIT -> country;
			default -> null;
		};
	}

	private static boolean isSide(String country) {
		return country != null && Sides.PRIMARY.contains(country);
	}

	/** The other side of a directed code. */
	String target(String country) {
		String actor = actor(country);
		return (actor == null) ? null : Sides.PRIMARY.get(Sides.PRIMARY.get(0).equals(actor) ? 1 : 0);
	}

}
