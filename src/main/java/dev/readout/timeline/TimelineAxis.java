package dev.readout.timeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.readout.meeting.MeetingLevel;
import dev.readout.vocabulary.DatePrecision;
import dev.readout.vocabulary.PartialDate;

/**
 * The contacts a filter matches as marks on a time axis, one lane per level or per
 * channel (the reader chooses), each mark coloured by its level: a contact known to the
 * day is a mark at its date (a bar over the days of a visit), one known only to the month
 * or year an open band over that period (or the window it was expected in), so that the
 * axis never shows a precision the record does not have. Planned and postponed contacts
 * are drawn apart from held ones, and gaps in contact show as gaps. Beyond
 * {@link #MOST_MARKS} contacts the marks would merge into one another; the page then
 * shows the counts per period instead.
 *
 * @param lanes the levels or channels present, top to bottom
 * @param ticks the years (or, over a year or less, the months) labelled on the axis, each
 * a link that narrows the list to it
 */
public record TimelineAxis(LocalDate first, LocalDate last, List<Lane> lanes, List<Mark> marks,
		List<Tick> ticks) implements Serializable {

	/** Most contacts drawn one by one. */
	static final int MOST_MARKS = 1000;

	/** The axis's width in its drawing's units. */
	public static final int WIDTH = 1200;

	public static final int LANE_HEIGHT = 14;

	/** Room for the labels below the lanes. */
	public static final int LABELS = 16;

	/** Levels from the top; channels by name, the contacts on no channel last. */
	private static final Comparator<Lane> LANE_ORDER = Comparator
		.comparing(Lane::level, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Lane::channel, Comparator.nullsLast(Comparator.naturalOrder()));

	/** A mark is never narrower than this, so a single day can be seen and clicked. */
	static final double LEAST_WIDTH = 3;

	/** One contact as the axis needs it. */
	record Contact(long id, String title, PartialDate start, LocalDate end, LocalDate expectedAfter, MeetingLevel level,
			String channel, boolean held) {

		Lane lane(AxisLanes lanes) {
			return (lanes == AxisLanes.CHANNEL) ? Lane.ofChannel(this.channel) : Lane.ofLevel(this.level);
		}

		LocalDate firstDay() {
			return (this.expectedAfter != null) ? this.expectedAfter.plusDays(1) : this.start.earliestDay();
		}

		LocalDate lastDay() {
			return (this.end != null) ? this.end : this.start.latestDay();
		}

	}

	/**
	 * @param band true for a contact known only to its month or year (or expected within
	 * a window): drawn over the whole period, open
	 */
	public record Mark(long id, String title, int lane, MeetingLevel level, double x, double width, boolean band,
			boolean held) implements Serializable {

		public double y() {
			return this.lane * LANE_HEIGHT + 2;
		}

		public double height() {
			return LANE_HEIGHT - 4;
		}

	}

	/**
	 * A lane: a level, or a channel (a null channel holds the contacts on no channel).
	 */
	public record Lane(MeetingLevel level, String channel) implements Serializable {

		static Lane ofLevel(MeetingLevel level) {
			return new Lane(level, null);
		}

		static Lane ofChannel(String channel) {
			return new Lane(null, channel);
		}

		public boolean byLevel() {
			return this.level != null;
		}

		public double labelY(int index) {
			return index * LANE_HEIGHT + LANE_HEIGHT - 4;
		}

	}

	/**
	 * @param label a year (2023) or a month (2023-06)
	 */
	public record Tick(double x, String label) implements Serializable {
	}

	/**
	 * The axis for these contacts in lanes by level, or null when there are none or too
	 * many to draw.
	 */
	static TimelineAxis of(List<Contact> contacts) {
		return of(contacts, AxisLanes.LEVEL);
	}

	/** The axis for these contacts, or null when there are none or too many to draw. */
	static TimelineAxis of(List<Contact> contacts, AxisLanes by) {
		if (contacts.isEmpty() || contacts.size() > MOST_MARKS) {
			return null;
		}
		LocalDate first = contacts.stream().map(Contact::firstDay).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = contacts.stream().map(Contact::lastDay).max(LocalDate::compareTo).orElseThrow();
		// Whole years (or months, over a year or less) from end to end, so that ticks
		// fall on their boundaries.
		boolean byMonth = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) < 12;
		first = byMonth ? first.withDayOfMonth(1) : first.withDayOfYear(1);
		last = byMonth ? last.withDayOfMonth(last.lengthOfMonth()) : last.withDayOfYear(last.lengthOfYear());
		double perDay = (double) WIDTH / (ChronoUnit.DAYS.between(first, last) + 1);
		List<Lane> lanes = contacts.stream().map(contact -> contact.lane(by)).distinct().sorted(LANE_ORDER).toList();
		List<Mark> marks = new ArrayList<>();
		for (Contact contact : contacts) {
			double x = ChronoUnit.DAYS.between(first, contact.firstDay()) * perDay;
			double width = Math.max((ChronoUnit.DAYS.between(contact.firstDay(), contact.lastDay()) + 1) * perDay,
					LEAST_WIDTH);
			boolean band = contact.start().precision() != DatePrecision.DAY;
			marks.add(new Mark(contact.id(), contact.title(), lanes.indexOf(contact.lane(by)), contact.level(),
					round(x), round(width), band, contact.held()));
		}
		return new TimelineAxis(first, last, lanes, marks, ticks(first, last, perDay, byMonth));
	}

	/**
	 * Labels with room between them: every year, or every 2nd, 5th, 10th… over decades.
	 */
	private static List<Tick> ticks(LocalDate first, LocalDate last, double perDay, boolean byMonth) {
		List<Tick> ticks = new ArrayList<>();
		if (byMonth) {
			for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month
				.plusMonths(1)) {
				ticks.add(new Tick(round(ChronoUnit.DAYS.between(first, month.atDay(1)) * perDay), month.toString()));
			}
			return ticks;
		}
		int every = ContactsOverTime.yearsBetweenLabels(365.25 * perDay);
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			if (year % every == 0) {
				ticks.add(new Tick(round(ChronoUnit.DAYS.between(first, LocalDate.of(year, 1, 1)) * perDay),
						Integer.toString(year)));
			}
		}
		return ticks;
	}

	public int laneHeight() {
		return LANE_HEIGHT;
	}

	/** The drawing's height: its lanes and the labels below them. */
	public int height() {
		return this.lanes.size() * LANE_HEIGHT + LABELS;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
