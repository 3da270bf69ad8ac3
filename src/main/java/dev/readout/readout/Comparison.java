package dev.readout.readout;

import java.util.List;

import dev.readout.meeting.Meeting;
import dev.readout.vocabulary.Topic;

/**
 * The readouts of one meeting set against each other.
 *
 * @param sides the United States and China first, then any other side with a readout; a
 * side may have none
 * @param topics one row per topic, those only one side raised first
 * @param characterisations the words of the sides' characterisations compared
 */
public record Comparison(Meeting meeting, List<SideReadouts> sides, List<TopicRow> topics, Wording characterisations) {

	/** The sides with no readout on record. */
	public List<String> silentSides() {
		return this.sides.stream().filter(side -> side.readouts().isEmpty()).map(SideReadouts::side).toList();
	}

	/** The topics only this side raised. */
	public List<Topic> raisedOnlyBy(String side) {
		return this.topics.stream()
			.filter(row -> row.finding() == Finding.ONE_SIDE && row.side(side).raised())
			.map(TopicRow::topic)
			.toList();
	}

	public record SideReadouts(String side, List<Readout> readouts) {
	}

	/**
	 * @param onMeetingList whether the topic is among those recorded for the meeting
	 * itself
	 */
	public record TopicRow(Topic topic, List<TopicSide> sides, boolean onMeetingList) {

		public Finding finding() {
			long raising = this.sides.stream().filter(TopicSide::raised).count();
			if (raising == 0) {
				return Finding.NO_SIDE;
			}
			return (raising == 1) ? Finding.ONE_SIDE : Finding.SEVERAL_SIDES;
		}

		public TopicSide side(String side) {
			return this.sides.stream().filter(each -> each.side().equals(side)).findFirst().orElseThrow();
		}

	}

	/**
	 * @param raised whether one of the side's readouts is tagged with the topic
	 * @param passages the paragraphs of the side's readouts that name the topic
	 */
	public record TopicSide(String side, boolean raised, List<String> passages) {
	}

	/** In order of interest: what one side alone raised comes first. */
	public enum Finding {

		ONE_SIDE, SEVERAL_SIDES, NO_SIDE

	}

	public record Wording(List<String> common, List<SideWords> own) {
	}

	public record SideWords(String side, List<String> words) {
	}

}
