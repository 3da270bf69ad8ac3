package dev.readout.dossier;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.Participant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.readout.agreement.Agreement;
import dev.readout.readout.Readout;
import dev.readout.source.Citation;
import dev.readout.source.Citations;
import dev.readout.source.CitedPassages;

/**
 * Everything the meeting page shows, loaded in a fixed number of queries.
 *
 * @param sides one column per government: its participants and its readouts
 * @param privateParticipants those who took part as private persons, for no government
 * @param visitMeetings all meetings of the visit this meeting belongs to, in order (empty
 * without a visit)
 * @param meetingCitations citation numbers of the sources reporting the meeting itself
 * @param passages the passages the page's records cite, by the source they are from
 */
public record MeetingPage(Meeting meeting, List<Side> sides, List<Participant> privateParticipants,
		List<Meeting> visitMeetings, List<CitedAgreement> agreements, List<Integer> meetingCitations,
		Citations citations, Map<Long, List<CitedPassages.Passage>> passages) {

	/**
	 * The passages cited from a numbered source or from any copy of it cited on the page.
	 */
	public List<CitedPassages.Passage> passagesOf(Citation citation) {
		return Stream.concat(Stream.of(citation.source()), citation.copies().stream())
			.flatMap(source -> this.passages.getOrDefault(source.getId(), List.of()).stream())
			.toList();
	}

	public record Side(String country, List<Participant> participants, List<CitedReadout> readouts) {
	}

	public record CitedReadout(Readout readout, List<Integer> citations) {
	}

	/**
	 * @param sourceIds the sources cited for the agreement itself
	 * @param citations their numbers on the page
	 */
	public record CitedAgreement(Agreement agreement, List<Long> sourceIds, List<Integer> citations) {
	}

}
