package dev.readout.readout;

import dev.readout.vocabulary.StatementKind;
import java.util.Comparator;
import java.util.List;

import dev.readout.meeting.Meeting;
import dev.readout.source.Source;
import dev.readout.vocabulary.Topic;

/**
 * The statements of one meeting (readouts, transcripts, remarks…) set against each other,
 * side by side.
 *
 * @param sides the United States and China first, then any other side with a statement; a
 * side may have none
 * @param topics one row per topic, those only one side raised first
 * @param characterisations the words of the sides' characterisations compared
 */
public record Comparison(Meeting meeting, List<SideReadouts> sides, List<TopicRow> topics, Wording characterisations) {

	/**
	 * The sides with no statement on record at all: a gap in the record, not a finding
	 * about the side.
	 */
	public List<String> sidesWithoutStatements() {
		return this.sides.stream().filter(side -> side.readouts().isEmpty()).map(SideReadouts::side).toList();
	}

	/**
	 * The sides with statements on record but no readout among them, with the kinds they
	 * have, where nothing on record says they issued none.
	 */
	public List<SideReadouts> sidesWithoutReadout() {
		return this.sides.stream()
			.filter(side -> !side.readouts().isEmpty() && !side.has(StatementKind.READOUT)
					&& !side.has(StatementKind.NO_READOUT))
			.toList();
	}

	/**
	 * The sides on record, with a source, as having issued no readout: a finding about
	 * the side.
	 */
	public List<SideReadouts> sidesThatIssuedNoReadout() {
		return this.sides.stream().filter(side -> side.has(StatementKind.NO_READOUT)).toList();
	}

	/**
	 * Whether the comparison finds anything to point out: a side without statements or
	 * without a readout, a topic only one side raised, or no topic at all.
	 */
	public boolean hasFindings() {
		return !sidesWithoutStatements().isEmpty() || !sidesThatIssuedNoReadout().isEmpty()
				|| !sidesWithoutReadout().isEmpty() || this.topics.isEmpty()
				|| this.sides.stream().anyMatch(side -> !raisedOnlyBy(side.side()).isEmpty());
	}

	/**
	 * The topics only this side raised, while the other sides' statements are on record.
	 */
	public List<Topic> raisedOnlyBy(String side) {
		return this.topics.stream()
			.filter(row -> row.finding() == Finding.ONE_SIDE && row.side(side).raised())
			.map(TopicRow::topic)
			.toList();
	}

	/**
	 * @param readouts the side's statements, readouts first
	 */
	public record SideReadouts(String side, List<Readout> readouts) {

		/** The kinds of statement the side has on record, in order. */
		public List<StatementKind> kinds() {
			return this.readouts.stream().map(Readout::getKind).distinct().toList();
		}

		public boolean has(StatementKind kind) {
			return this.readouts.stream().anyMatch(readout -> readout.getKind() == kind);
		}

		/** The sources that report the side issued no readout, each once. */
		public List<Source> noReadoutSources() {
			return this.readouts.stream()
				.filter(readout -> readout.getKind() == StatementKind.NO_READOUT)
				.flatMap(readout -> readout.getSources().stream())
				.distinct()
				.sorted(Comparator.comparing(Source::getId))
				.toList();
		}

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
			if (raising > 1) {
				return Finding.SEVERAL_SIDES;
			}
			// One side alone raised it only if the others said something without it.
			boolean othersOnRecord = this.sides.stream()
				.filter(side -> !side.raised())
				.allMatch(TopicSide::hasStatements);
			return othersOnRecord ? Finding.ONE_SIDE : Finding.OTHER_SIDE_NOT_ON_RECORD;
		}

		public TopicSide side(String side) {
			return this.sides.stream().filter(each -> each.side().equals(side)).findFirst().orElseThrow();
		}

	}

	/**
	 * @param raised whether one of the side's statements is tagged with the topic
	 * @param passages the paragraphs of the side's statements that name the topic
	 * @param hasStatements whether the side has any statement of the meeting on record
	 */
	public record TopicSide(String side, boolean raised, List<Passage> passages, boolean hasStatements) {
	}

	/** A paragraph of a statement, with the kind of statement it came from. */
	public record Passage(StatementKind kind, String text) {
	}

	/** In order of interest: what one side alone raised comes first. */
	public enum Finding {

		ONE_SIDE, SEVERAL_SIDES,
		/** Raised by one side while the other side's statements are not on record. */
		OTHER_SIDE_NOT_ON_RECORD, NO_SIDE

	}

	public record Wording(List<String> common, List<SideWords> own) {
	}

	public record SideWords(String side, List<String> words) {
	}

}
