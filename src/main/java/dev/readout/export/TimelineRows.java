package dev.readout.export;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.meeting.MeetingTopic;
import dev.readout.form.FormText;
import dev.readout.timeline.Timeline;
import dev.readout.timeline.TimelineCursor;
import dev.readout.timeline.TimelineEntry;
import dev.readout.timeline.TimelineFilter;
import dev.readout.timeline.TimelineOrder;
import dev.readout.timeline.TimelinePage;

import org.springframework.stereotype.Component;

/**
 * Reads the whole timeline for the exports, in pages of the timeline's own queries plus
 * one for topics, so the statements per page stay fixed and the record streams out
 * however large it grows.
 */
@Component
class TimelineRows {

	static final int BATCH = 500;

	private final Timeline timeline;

	private final MeetingRepository meetings;

	TimelineRows(Timeline timeline, MeetingRepository meetings) {
		this.timeline = timeline;
		this.meetings = meetings;
	}

	interface RowConsumer {

		void accept(TimelineRow row) throws IOException;

	}

	interface MeetingConsumer {

		void accept(Meeting meeting) throws IOException;

	}

	private interface PageConsumer {

		void accept(List<TimelineEntry> entries) throws IOException;

	}

	void forEach(TimelineFilter filter, TimelineOrder order, RowConsumer consumer) throws IOException {
		forEachPage(filter, order, entries -> {
			Map<Long, List<String>> topics = topics(entries);
			for (TimelineEntry entry : entries) {
				consumer.accept(row(entry, topics.getOrDefault(entry.meeting().getId(), List.of())));
			}
		});
	}

	/**
	 * Every meeting on the timeline, in order, without the rows' extra query for topics.
	 */
	void forEachMeeting(TimelineFilter filter, TimelineOrder order, MeetingConsumer consumer) throws IOException {
		forEachPage(filter, order, entries -> {
			for (TimelineEntry entry : entries) {
				consumer.accept(entry.meeting());
			}
		});
	}

	private void forEachPage(TimelineFilter filter, TimelineOrder order, PageConsumer consumer) throws IOException {
		TimelineCursor after = null;
		do {
			TimelinePage page = this.timeline.page(filter, order, after, BATCH);
			consumer.accept(page.months().stream().flatMap(month -> month.entries().stream()).toList());
			after = page.next();
		}
		while (after != null);
	}

	private Map<Long, List<String>> topics(List<TimelineEntry> entries) {
		if (entries.isEmpty()) {
			return Map.of();
		}
		return this.meetings.findTopics(entries.stream().map(entry -> entry.meeting().getId()).toList())
			.stream()
			.collect(Collectors.groupingBy(MeetingTopic::meetingId,
					Collectors.mapping(MeetingTopic::topic, Collectors.toList())));
	}

	private static TimelineRow row(TimelineEntry entry, List<String> topics) {
		Meeting meeting = entry.meeting();
		Map<String, Long> readouts = new LinkedHashMap<>();
		entry.readouts().forEach(side -> readouts.put(side.side(), side.count()));
		return new TimelineRow(meeting.getId(), FormText.asWritten(meeting.getStart()),
				lower(meeting.getStart().precision()),
				(meeting.getLocalTime() != null) ? meeting.getLocalTime().toString() : null, meeting.getTimeZone(),
				meeting.startsAtUtc().map(Object::toString).orElse(null), meeting.getTitle(), meeting.getVenue(),
				meeting.getCity(), meeting.getCountry(), lower(meeting.getFormat()), meeting.getOccasion(),
				lower(meeting.getStatus()), lower(meeting.getLevel()), meeting.getEventCode().code(),
				entry.participants()
					.stream()
					.map(participant -> new TimelineRow.Participant(participant.getOfficial().getFullName(),
							participant.getOfficial().getNativeName(), participant.getSide(),
							lower(participant.getRole()), participant.titlesAtTheTime()))
					.toList(),
				topics, readouts, entry.agreements(), Objects.toString(meeting.getEndDate(), null),
				meeting.getSpanDays(), meeting.getDurationMinutes(),
				Objects.toString(meeting.getExpectedAfter(), null));
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
