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
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingStatus;
import dev.readout.vocabulary.PartialDate;
import dev.readout.vocabulary.PartialDateFormatter;
import dev.readout.timeline.TimelineFilter;
import dev.readout.timeline.TimelineOrder;

import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

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

		// ical4j writes each property, escaped and folded; the calendar is written one
		// component at a time, so that a feed of 100,000 meetings is never held whole.
		Writer out = new FoldingWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		out.write("BEGIN:VCALENDAR\r\n");
		for (Property property : List.of(new Version(new ParameterList(), Version.VALUE_2_0),
				new ProdId("-//Readout//Timeline of contacts//EN"), new CalScale(CalScale.VALUE_GREGORIAN),
				new XProperty("X-WR-CALNAME", message("timeline.title")))) {
			out.write(property.toString());
		}
		for (Map.Entry<ZoneId, Set<ZoneOffsetTransition>> zone : observances(meetings).entrySet()) {
			out.write(timeZone(zone.getKey(), zone.getValue()).toString());
		}
		Instant stamp = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		for (Meeting meeting : meetings) {
			out.write(event(meeting, stamp).toString());
		}
		out.write("END:VCALENDAR\r\n");
		out.flush();
	}

	private VEvent event(Meeting meeting, Instant stamp) {
		VEvent event = new VEvent(false);
		event.add(new Uid("meeting-" + meeting.getId() + "@readout"));
		event.add(new DtStamp(stamp));
		event.add(new Sequence(meeting.getVersion()));
		ZonedDateTime start = meeting.startsAt().orElse(null);
		PartialDate date = meeting.getStart();
		if (start != null) {
			event.add(new DtStart<>(zoned(start), start.toLocalDateTime()));
			endsAt(meeting, start).ifPresent(end -> event.add(new DtEnd<>(zoned(start), end.toLocalDateTime())));
		}
		else {
			LocalDate lastDay = (meeting.getEndDate() != null) ? meeting.getEndDate() : date.latestDay();
			event.add(new DtStart<>(date.earliestDay()));
			event.add(new DtEnd<>(lastDay.plusDays(1)));
		}
		event.add(new Summary(meeting.getTitle()));
		List<String> description = new ArrayList<>();
		if (!date.isExactDay()) {
			description.add(message("ics.dateKnownTo." + date.precision(),
					this.dates.print(date, LocaleContextHolder.getLocale())));
		}
		if (meeting.getSummary() != null) {
			description.add(meeting.getSummary());
		}
		if (!description.isEmpty()) {
			event.add(new Description(String.join("\n\n", description)));
		}
		String place = Stream.of(meeting.getVenue(), meeting.getCity())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
		if (!place.isEmpty()) {
			event.add(new Location(place));
		}
		event.add(status(meeting.getStatus()));
		return event;
	}

	/**
	 * When a contact with a start time ended: after its duration, or else at the end of
	 * its last day when it ran over several; a contact of one day and no duration has no
	 * end to give.
	 */
	private static Optional<ZonedDateTime> endsAt(Meeting meeting, ZonedDateTime start) {
		return meeting.duration()
			.map(start::plus)
			.or(() -> Optional.ofNullable(meeting.getEndDate())
				.map(lastDay -> lastDay.plusDays(1).atStartOfDay(start.getZone())));
	}

	/** The time zone a local time is in, as the calendar's VTIMEZONE names it. */
	private static ParameterList zoned(ZonedDateTime time) {
		return new ParameterList(List.of(new TzId(time.getZone().getId())));
	}

	private static Status status(MeetingStatus status) {
		return new Status(switch (status) {
			case HELD -> "CONFIRMED";
			case CANCELLED -> "CANCELLED";
			case PLANNED, POSTPONED -> "TENTATIVE";
		});
	}

	/**
	 * For each time zone the events use, the offset transitions in force at their starts
	 * and ends: exactly the observances a client needs to place every event correctly.
	 */
	private static Map<ZoneId, Set<ZoneOffsetTransition>> observances(List<Meeting> meetings) {
		Map<ZoneId, Set<ZoneOffsetTransition>> byZone = new LinkedHashMap<>();
		for (Meeting meeting : meetings) {
			meeting.startsAt().ifPresent(start -> {
				Set<ZoneOffsetTransition> transitions = byZone.computeIfAbsent(start.getZone(),
						zone -> new LinkedHashSet<>());
				Stream.concat(Stream.of(start), endsAt(meeting, start).stream()).forEach(time -> {
					ZoneRules rules = time.getZone().getRules();
					ZoneOffsetTransition inForce = rules.previousTransition(time.toInstant().plusSeconds(1));
					if (inForce != null) {
						transitions.add(inForce);
					}
				});
			});
		}
		return byZone;
	}

	/**
	 * Each observance starts when its offset took effect and states that offset as both
	 * "from" and "to", as minimal VTIMEZONEs do: every event lies after the onset of its
	 * own observance, and clients (ical4j among them) read the offset unambiguously.
	 */
	private static VTimeZone timeZone(ZoneId zone, Set<ZoneOffsetTransition> transitions) {
		List<Observance> observances = new ArrayList<>();
		if (transitions.isEmpty()) {
			ZoneOffset offset = zone.getRules().getOffset(Instant.EPOCH);
			observances.add(observance(false, LocalDateTime.of(1970, 1, 1, 0, 0), offset));
		}
		for (ZoneOffsetTransition transition : transitions) {
			observances.add(observance(zone.getRules().isDaylightSavings(transition.getInstant()),
					transition.getDateTimeAfter(), transition.getOffsetAfter()));
		}
		return new VTimeZone(new PropertyList(List.of(new net.fortuna.ical4j.model.property.TzId(zone.getId()))),
				new ComponentList<>(observances));
	}

	private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset offset) {
		PropertyList properties = new PropertyList(
				List.of(new DtStart<>(onset), new TzOffsetFrom(offset), new TzOffsetTo(offset)));
		return daylight ? new Daylight(properties) : new Standard(properties);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
