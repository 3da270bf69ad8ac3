package dev.readout.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingStatus;
import dev.readout.vocabulary.PartialDate;
import dev.readout.vocabulary.PartialDateFormatter;
import dev.readout.timeline.TimelineFilter;
import dev.readout.timeline.TimelineOrder;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The timeline as an iCalendar feed. A meeting with a local time is an event in its real
 * time zone; one known only to the day is an all-day event; one known only to the month
 * or year spans that whole period and says so, rather than pretending to a day. UIDs
 * never change and SEQUENCE follows the record's version, so calendar clients update
 * events instead of duplicating them.
 */
@Component
class TimelineIcs {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final TimelineRows rows;

	private final MessageSource messages;

	private final Clock clock;

	private final PartialDateFormatter dates;

	TimelineIcs(TimelineRows rows, MessageSource messages, PartialDateFormatter dates, Clock clock) {
		this.rows = rows;
		this.dates = dates;
		this.messages = messages;
		this.clock = clock;
	}

	void write(OutputStream stream) throws IOException {
		// Time zones come before the events that use them, so the meetings are gathered
		// first.
		List<Meeting> meetings = new ArrayList<>();
		// A contact only expected within a window has no day for a calendar; an event
		// over the whole window would read as a contact lasting months.
		this.rows.forEachMeeting(TimelineFilter.none(), TimelineOrder.OLDEST, (meeting) -> {
			if (meeting.getExpectedAfter() == null) {
				meetings.add(meeting);
			}
		});

		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		IcsWriter ics = new IcsWriter(out);
		ics.property("BEGIN", "VCALENDAR");
		ics.property("VERSION", "2.0");
		ics.property("PRODID", "-//Readout//Timeline of contacts//EN");
		ics.property("CALSCALE", "GREGORIAN");
		ics.text("X-WR-CALNAME", message("timeline.title"));
		for (Map.Entry<ZoneId, Set<ZoneOffsetTransition>> zone : observances(meetings).entrySet()) {
			timeZone(ics, zone.getKey(), zone.getValue());
		}
		String stamp = UTC.format(Instant.now(this.clock));
		for (Meeting meeting : meetings) {
			event(ics, meeting, stamp);
		}
		ics.property("END", "VCALENDAR");
		out.flush();
	}

	private void event(IcsWriter ics, Meeting meeting, String stamp) throws IOException {
		ics.property("BEGIN", "VEVENT");
		ics.property("UID", "meeting-" + meeting.getId() + "@readout");
		ics.property("DTSTAMP", stamp);
		ics.property("SEQUENCE", String.valueOf(meeting.getVersion()));
		ZonedDateTime start = meeting.startsAt().orElse(null);
		PartialDate date = meeting.getStart();
		if (start != null) {
			ics.property("DTSTART;TZID=" + start.getZone().getId(), LOCAL.format(start));
			if (meeting.duration().isPresent()) {
				ics.property("DTEND;TZID=" + start.getZone().getId(),
						LOCAL.format(start.plus(meeting.duration().get())));
			}
		}
		else {
			LocalDate lastDay = (meeting.getEndDate() != null) ? meeting.getEndDate() : date.latestDay();
			ics.property("DTSTART;VALUE=DATE", DATE.format(date.earliestDay()));
			ics.property("DTEND;VALUE=DATE", DATE.format(lastDay.plusDays(1)));
		}
		ics.text("SUMMARY", meeting.getTitle());
		List<String> description = new ArrayList<>();
		if (!date.isExactDay()) {
			description.add(message("ics.dateKnownTo." + date.precision(),
					this.dates.print(date, LocaleContextHolder.getLocale())));
		}
		if (meeting.getSummary() != null) {
			description.add(meeting.getSummary());
		}
		if (!description.isEmpty()) {
			ics.text("DESCRIPTION", String.join("\n\n", description));
		}
		String place = Stream.of(meeting.getVenue(), meeting.getCity())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
		if (!place.isEmpty()) {
			ics.text("LOCATION", place);
		}
		ics.property("STATUS", status(meeting.getStatus()));
		ics.property("END", "VEVENT");
	}

	private static String status(MeetingStatus status) {
		return switch (status) {
			case HELD -> "CONFIRMED";
			case CANCELLED -> "CANCELLED";
			case PLANNED, POSTPONED -> "TENTATIVE";
		};
	}

	/**
	 * For each time zone the events use, the offset transitions in force at their start:
	 * exactly the observances a client needs to place every event correctly.
	 */
	private static Map<ZoneId, Set<ZoneOffsetTransition>> observances(List<Meeting> meetings) {
		Map<ZoneId, Set<ZoneOffsetTransition>> byZone = new LinkedHashMap<>();
		for (Meeting meeting : meetings) {
			meeting.startsAt().ifPresent(start -> {
				ZoneRules rules = start.getZone().getRules();
				ZoneOffsetTransition inForce = rules.previousTransition(start.toInstant().plusSeconds(1));
				Set<ZoneOffsetTransition> transitions = byZone.computeIfAbsent(start.getZone(),
						zone -> new LinkedHashSet<>());
				if (inForce != null) {
					transitions.add(inForce);
				}
			});
		}
		return byZone;
	}

	private static void timeZone(IcsWriter ics, ZoneId zone, Set<ZoneOffsetTransition> transitions) throws IOException {
		ics.property("BEGIN", "VTIMEZONE");
		ics.property("TZID", zone.getId());
		if (transitions.isEmpty()) {
			ZoneOffset offset = zone.getRules().getOffset(Instant.EPOCH);
			observance(ics, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
		}
		// Each observance starts when its offset took effect and states that offset as
		// both "from" and "to", as
		// minimal VTIMEZONEs do: every event lies after the onset of its own observance,
		// and clients (ical4j among
		// them) read the offset unambiguously.
		for (ZoneOffsetTransition transition : transitions) {
			boolean daylight = zone.getRules().isDaylightSavings(transition.getInstant());
			observance(ics, daylight ? "DAYLIGHT" : "STANDARD", transition.getDateTimeAfter(),
					transition.getOffsetAfter(), transition.getOffsetAfter());
		}
		ics.property("END", "VTIMEZONE");
	}

	private static void observance(IcsWriter ics, String kind, LocalDateTime onset, ZoneOffset from, ZoneOffset to)
			throws IOException {
		ics.property("BEGIN", kind);
		ics.property("DTSTART", LOCAL.format(onset));
		ics.property("TZOFFSETFROM", offset(from));
		ics.property("TZOFFSETTO", offset(to));
		ics.property("END", kind);
	}

	/** +0800, as iCalendar writes offsets. */
	private static String offset(ZoneOffset offset) {
		return offset.getId().equals("Z") ? "+0000" : offset.getId().replace(":", "");
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
