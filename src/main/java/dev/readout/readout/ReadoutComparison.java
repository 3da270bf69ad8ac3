package dev.readout.readout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.vocabulary.Sides;
import dev.readout.vocabulary.Topic;
import dev.readout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the two governments' readouts of one meeting against each other: topic by topic,
 * what each side said and which topics only one side raised; and the words each chose to
 * characterise the meeting. A side's silence is a finding only when an analyst recorded,
 * with a source, that it issued no readout; otherwise it is a gap in the record.
 */
@Service
@Transactional(readOnly = true)
public class ReadoutComparison {

	/** Words that say nothing about how a meeting went. */
	private static final Set<String> LINKING_WORDS = Set.of("a", "an", "and", "the", "of", "or", "to", "in", "on",
			"with", "for", "between", "at", "by", "as", "was", "were", "is", "be");

	private final MeetingRepository meetings;

	private final ReadoutRepository readouts;

	ReadoutComparison(MeetingRepository meetings, ReadoutRepository readouts) {
		this.meetings = meetings;
		this.readouts = readouts;
	}

	public Comparison compare(long meetingId) {
		Meeting meeting = this.meetings.findDetails(meetingId)
			.orElseThrow(() -> new NotFoundException("Meeting", meetingId));
		Map<String, List<Readout>> bySide = this.readouts.findByMeeting(meetingId)
			.stream()
			.collect(Collectors.groupingBy(Readout::getSide));
		List<Comparison.SideReadouts> sides = Sides.withPrimary(bySide.keySet())
			.stream()
			.map(side -> new Comparison.SideReadouts(side,
					bySide.getOrDefault(side, List.of()).stream().sorted(Readout.READOUTS_FIRST).toList()))
			.toList();
		return new Comparison(meeting, sides, topicRows(meeting, sides), characterisations(sides));
	}

	/**
	 * One row per topic that either side raised or that is on the meeting's own list:
	 * those only one side raised first, as they are what an analyst looks for.
	 */
	private static List<Comparison.TopicRow> topicRows(Meeting meeting, List<Comparison.SideReadouts> sides) {
		Set<Topic> topics = new TreeSet<>(Comparator.comparing(Topic::getName));
		topics.addAll(meeting.topicsByName());
		sides.forEach(side -> side.readouts().forEach(readout -> topics.addAll(readout.getTopics())));
		return topics.stream()
			.map(topic -> new Comparison.TopicRow(topic, sides.stream().map(side -> topicSide(topic, side)).toList(),
					meeting.topicsByName().contains(topic)))
			.sorted(Comparator.comparing(Comparison.TopicRow::finding))
			.toList();
	}

	private static Comparison.TopicSide topicSide(Topic topic, Comparison.SideReadouts side) {
		List<Readout> raising = side.readouts()
			.stream()
			.filter(readout -> readout.getTopics().contains(topic))
			.toList();
		List<Comparison.Passage> passages = raising.stream()
			.flatMap(readout -> readout.paragraphs()
				.stream()
				.filter(topic::isNamedIn)
				.map(paragraph -> new Comparison.Passage(readout.getKind(), paragraph)))
			.toList();
		return new Comparison.TopicSide(side.side(), !raising.isEmpty(), passages, !side.readouts().isEmpty());
	}

	/**
	 * The words of the first two sides' characterisations (the two governments'): shared,
	 * and each side's own. A third side's words, or its silence, change neither.
	 */
	private static Comparison.Wording characterisations(List<Comparison.SideReadouts> sides) {
		List<Set<String>> words = sides.stream().map(ReadoutComparison::words).toList();
		Set<String> common = new LinkedHashSet<>(words.get(0));
		common.retainAll(words.get(1));
		List<Comparison.SideWords> own = new ArrayList<>();
		for (int i = 0; i < sides.size(); i++) {
			Set<String> only = new LinkedHashSet<>(words.get(i));
			only.removeAll(common);
			own.add(new Comparison.SideWords(sides.get(i).side(), List.copyOf(only)));
		}
		return new Comparison.Wording(List.copyOf(common), own);
	}

	private static Set<String> words(Comparison.SideReadouts side) {
		Set<String> words = new LinkedHashSet<>();
		side.readouts()
			.forEach(readout -> readout.getCharacterisations()
				.forEach(phrase -> List.of(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+"))
					.stream()
					.filter(word -> !word.isEmpty() && !LINKING_WORDS.contains(word))
					.forEach(words::add)));
		return words;
	}

}
