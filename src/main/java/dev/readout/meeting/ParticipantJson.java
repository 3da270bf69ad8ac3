package dev.readout.meeting;

import java.util.List;

/**
 * Someone who took part in a meeting, with the titles they held on its date.
 *
 * @param side the government the participant spoke for, as an ISO 3166 code
 */
public record ParticipantJson(long officialId, String name, String nativeName, String side, ParticipantRole role,
		List<String> titlesAtTheTime) {

	public static ParticipantJson of(Participant participant) {
		return new ParticipantJson(participant.getOfficial().getId(), participant.getOfficial().getFullName(),
				participant.getOfficial().getNativeName(), participant.getSide(), participant.getRole(),
				participant.titlesAtTheTime());
	}

}
