package dev.readout.timeline;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.readout.meeting.MeetingLevel;

/**
 * The chart above the timeline: contacts per month, stacked by level, laid out for an SVG
 * drawn by the page (no chart library). Every month from the first to the last contact
 * has a bar, so quiet months show as gaps.
 *
 * @param months oldest first, each with its bar's position and segments
 * @param highest the most contacts in one month, which the tallest bar stands for
 * @param yearOnly contacts known only to the year, which no month can show
 */
public record ContactsPerMonth(List<Month> months, List<Tick> years, double barWidth, long yearOnly, long highest) {

	/** The drawing's width in SVG units; the months share it, however many there are. */
	public static final int WIDTH = 720;

	static final double MAX_SLOT = 40;

	/** The drawing area's height; the tallest bar fills it. */
	public static final int HEIGHT = 100;

	static ContactsPerMonth of(Map<YearMonth, Map<MeetingLevel, Long>> counts, long yearOnly) {
		if (counts.isEmpty()) {
			return new ContactsPerMonth(List.of(), List.of(), 0, yearOnly, 0);
		}
		YearMonth first = counts.keySet().stream().min(YearMonth::compareTo).orElseThrow();
		YearMonth last = counts.keySet().stream().max(YearMonth::compareTo).orElseThrow();
		long highest = counts.values()
			.stream()
			.mapToLong(levels -> levels.values().stream().mapToLong(Long::longValue).sum())
			.max()
			.orElse(1);
		// A few months get bars of a readable width rather than the whole drawing.
		double slot = Math.min((double) WIDTH / (first.until(last, ChronoUnit.MONTHS) + 1), MAX_SLOT);
		List<Month> months = new ArrayList<>();
		List<Tick> years = new ArrayList<>();
		double x = 0;
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			if (month.getMonthValue() == 1 || month.equals(first)) {
				years.add(new Tick(round(x), month.getYear()));
			}
			Map<MeetingLevel, Long> levels = counts.getOrDefault(month, Map.of());
			List<Segment> segments = new ArrayList<>();
			double top = HEIGHT;
			for (MeetingLevel level : MeetingLevel.values()) {
				long count = levels.getOrDefault(level, 0L);
				if (count > 0) {
					double height = (double) HEIGHT * count / highest;
					top -= height;
					segments.add(new Segment(level, count, round(top), round(height)));
				}
			}
			long total = levels.values().stream().mapToLong(Long::longValue).sum();
			months.add(new Month(month, total, round(x), segments));
			x += slot;
		}
		return new ContactsPerMonth(months, years, round(slot * 0.8), yearOnly, highest);
	}

	public boolean isEmpty() {
		return this.months.isEmpty();
	}

	/** The levels that occur, in order, for the legend and the table. */
	public List<MeetingLevel> levels() {
		return List.of(MeetingLevel.values())
			.stream()
			.filter(level -> this.months.stream()
				.anyMatch(month -> month.segments().stream().anyMatch(segment -> segment.level() == level)))
			.toList();
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	public record Month(YearMonth month, long total, double x, List<Segment> segments) {

		public long count(MeetingLevel level) {
			return this.segments.stream().filter(segment -> segment.level() == level).mapToLong(Segment::count).sum();
		}

	}

	/** One level's part of a month's bar; y is its top edge. */
	public record Segment(MeetingLevel level, long count, double y, double height) {
	}

	/** Where a year starts along the chart. */
	public record Tick(double x, int year) {
	}

}
