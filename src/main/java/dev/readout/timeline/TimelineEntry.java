package dev.readout.timeline;

import java.util.List;

import dev.readout.vocabulary.Sides;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.Participant;

/**
 * One contact on the timeline.
 *
 * @param participants in page order, each showing the titles held on the meeting's date
 * @param readouts the number of readouts per side, United States and China first
 * @param overdue a planned contact whose time has passed with nothing recorded
 */
public record TimelineEntry(Meeting meeting, List<Participant> participants, List<ReadoutsOfSide> readouts,
		long agreements, boolean overdue) {

	public record ReadoutsOfSide(String side, long count) {
	}

	/**
	 * The principal participant of each side, United States first: the first in page
	 * order, hosts and leads before their delegations.
	 */
	public List<Participant> principals() {
		return Sides.PRIMARY.stream()
			.flatMap(side -> this.participants.stream()
				.filter(participant -> side.equals(participant.getSide()))
				.limit(1))
			.toList();
	}

}
