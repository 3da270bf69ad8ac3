package dev.readout.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingStatus;
import dev.readout.meeting.Participant;
import dev.readout.vocabulary.Countries;
import dev.readout.vocabulary.PartialDateFormatter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The compact list's rows, each worked out once in Java so that the page only writes
 * text: rendering the rows with expressions (country names, titles at the time, dates at
 * their precision, counts in words) took over 40 % of a cold timeline page's time
 * ({@code bench/results/2026-12-03-0040-timeline-parts.md}).
 */
@Component
class CompactList {

	private final MessageSource messages;

	private final Countries countries;

	private final PartialDateFormatter dates;

	CompactList(MessageSource messages, Countries countries, PartialDateFormatter dates) {
		this.messages = messages;
		this.countries = countries;
		this.dates = dates;
	}

	List<Row> rows(TimelinePage page, Locale locale) {
		return page.months()
			.stream()
			.flatMap(month -> month.entries().stream())
			.map(entry -> row(entry, locale))
			.toList();
	}

	private Row row(TimelineEntry entry, Locale locale) {
		Meeting meeting = entry.meeting();
		String place = Stream
			.of(meeting.getCity(),
					(meeting.getCountry() != null) ? this.countries.name(meeting.getCountry(), locale) : null)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
		// Several days read "18 Jun – 19 Jun 2023", with the first day's year when it is
		// another ("28 Dec 2023 – 2 Jan 2024"); a day, month or year, at its precision.
		LocalDate first = meeting.getStart().date();
		String start = (meeting.getEndDate() == null) ? this.dates.print(meeting.getStart(), locale) : this.dates
			.format(first,
					(first.getYear() == meeting.getEndDate().getYear()) ? "format.dayWithinYear" : "format.dayShort",
					locale);
		String end = (meeting.getEndDate() != null) ? this.dates.format(meeting.getEndDate(), "format.dayShort", locale)
				: null;
		return new Row(meeting.getId(), meeting.getTitle(), meeting.getStatus(), meeting.getStart().date().toString(),
				start, Objects.toString(meeting.getEndDate(), null), end, place,
				entry.principals().stream().map(principal -> principal(principal, locale)).toList(), entry.overdue(),
				entry.readouts().stream().map(side -> readouts(side, locale)).toList());
	}

	private Principal principal(Participant participant, Locale locale) {
		String titles = String.join("; ", participant.titlesAtTheTime());
		return new Principal(participant.getOfficial().getId(), participant.getSide(),
				this.countries.name(participant.getSide(), locale), participant.getOfficial().nameIn(locale),
				participant.getOfficial().getFullName(), titles);
	}

	private Readouts readouts(TimelineEntry.ReadoutsOfSide side, Locale locale) {
		String said = this.messages.getMessage("timeline.readouts.count",
				new Object[] { this.countries.name(side.side(), locale), side.count() }, locale);
		return new Readouts(side.side(), side.count(), said);
	}

	/**
	 * A contact as a line of the list.
	 *
	 * @param startIso the first day, for the {@code datetime} attribute
	 * @param start the date as the list writes it: the first day of several, or the date
	 * at its precision
	 * @param endIso the last day of several, or null
	 * @param end the last day as the list writes it, or null
	 */
	public record Row(long id, String title, MeetingStatus status, String startIso, String start, String endIso,
			String end, String place, List<Principal> principals, boolean overdue, List<Readouts> readouts) {

		public boolean held() {
			return this.status.isHeld();
		}

	}

	/**
	 * The principal of a side, with the titles they held on the meeting's date.
	 *
	 * @param country the side's name in the reader's language
	 * @param name the name a reader of the interface's language knows them by
	 */
	public record Principal(long officialId, String side, String country, String name, String fullName, String titles) {

		/** What a pointer resting on them shows: their name, and titles if any. */
		public String hint() {
			return this.titles.isEmpty() ? this.fullName : this.fullName + ", " + this.titles;
		}

	}

	/**
	 * A side's readouts of the contact.
	 *
	 * @param said the count in words, such as "China: 1"
	 */
	public record Readouts(String side, long count, String said) {
	}

}
