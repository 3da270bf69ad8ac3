package dev.readout.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingRepository;
import dev.readout.meeting.MeetingTopic;
import dev.readout.meeting.Participant;
import dev.readout.meeting.Sides;
import dev.readout.official.Position;
import dev.readout.system.FormText;
import dev.readout.timeline.Timeline;
import dev.readout.timeline.TimelineCursor;
import dev.readout.timeline.TimelineEntry;
import dev.readout.timeline.TimelineOrder;
import dev.readout.timeline.TimelinePage;

import org.springframework.stereotype.Component;

/**
 * The timeline as CSV, one row per meeting, for spreadsheets and other tools. Read in
 * pages of the timeline's own queries, so the statements per row stay fixed and the whole
 * record streams out however large it grows.
 */
@Component
class TimelineCsv {

	static final int BATCH = 500;

	/** Lets Excel read the file as UTF-8, so Chinese names arrive intact. */
	private static final String BYTE_ORDER_MARK = "\uFEFF";

	static final List<String> HEADER = List.of("id", "date", "precision", "local_time", "time_zone", "utc_start",
			"title", "venue", "city", "country", "format", "occasion", "status", "level", "participants", "topics",
			"readouts_" + Sides.PRIMARY.get(0), "readouts_" + Sides.PRIMARY.get(1), "agreements");

	private final Timeline timeline;

	private final MeetingRepository meetings;

	TimelineCsv(Timeline timeline, MeetingRepository meetings) {
		this.timeline = timeline;
		this.meetings = meetings;
	}

	void write(TimelineOrder order, OutputStream stream) throws IOException {
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		out.write(BYTE_ORDER_MARK);
		CsvWriter csv = new CsvWriter(out);
		csv.row(HEADER);
		TimelineCursor after = null;
		do {
			TimelinePage page = this.timeline.page(order, after, BATCH);
			List<TimelineEntry> entries = page.months().stream().flatMap(month -> month.entries().stream()).toList();
			Map<Long, String> topics = topics(entries);
			for (TimelineEntry entry : entries) {
				csv.row(row(entry, topics.getOrDefault(entry.meeting().getId(), "")));
			}
			after = page.next();
		}
		while (after != null);
		out.flush();
	}

	private Map<Long, String> topics(List<TimelineEntry> entries) {
		if (entries.isEmpty()) {
			return Map.of();
		}
		return this.meetings.findTopics(entries.stream().map(entry -> entry.meeting().getId()).toList())
			.stream()
			.collect(Collectors.groupingBy(MeetingTopic::meetingId,
					Collectors.mapping(MeetingTopic::topic, Collectors.joining("; "))));
	}

	private static List<Object> row(TimelineEntry entry, String topics) {
		Meeting meeting = entry.meeting();
		List<Object> row = new ArrayList<>();
		row.add(meeting.getId());
		row.add(FormText.asWritten(meeting.getStart()));
		row.add(meeting.getStart().precision().name().toLowerCase(Locale.ROOT));
		row.add(meeting.getLocalTime());
		row.add(meeting.getTimeZone());
		row.add(meeting.startsAtUtc().map(Object::toString).orElse(null));
		row.add(meeting.getTitle());
		row.add(meeting.getVenue());
		row.add(meeting.getCity());
		row.add(meeting.getCountry());
		row.add(meeting.getFormat().name().toLowerCase(Locale.ROOT));
		row.add(meeting.getOccasion());
		row.add(meeting.getStatus().name().toLowerCase(Locale.ROOT));
		row.add(meeting.getLevel().name().toLowerCase(Locale.ROOT));
		row.add(entry.participants().stream().map(TimelineCsv::participant).collect(Collectors.joining("; ")));
		row.add(topics);
		entry.readouts().stream().limit(2).forEach(side -> row.add(side.count()));
		row.add(entry.agreements());
		return row;
	}

	/** Antony J. Blinken (US, guest, Secretary of State). */
	private static String participant(Participant participant) {
		String name = participant.getOfficial().getFullName() + ((participant.getOfficial().getNativeName() != null)
				? " " + participant.getOfficial().getNativeName() : "");
		String titles = participant.positionsAtTheTime()
			.stream()
			.map(Position::getTitle)
			.collect(Collectors.joining(" / "));
		return name + " (" + participant.getSide() + ", " + participant.getRole().name().toLowerCase(Locale.ROOT)
				+ (titles.isEmpty() ? "" : ", " + titles) + ")";
	}

}
