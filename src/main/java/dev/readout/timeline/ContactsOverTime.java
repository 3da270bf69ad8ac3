package dev.readout.timeline;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.readout.meeting.MeetingLevel;
import dev.readout.vocabulary.PartialDate;

/**
 * The chart above the timeline: contacts per month, stacked by level, or per year when
 * the matches span more than {@link #MONTHS_SHOWN} months (a bar a month would be too
 * thin to read, and its table too long). Laid out for an SVG drawn by the page (no chart
 * library). Every period from the first to the last contact has a bar, so quiet periods
 * show as gaps.
 *
 * @param bars oldest first, each with its position and segments
 * @param years where each year starts along the chart
 * @param levels the levels that occur, in order, for the legend and the table
 * @param yearOnly contacts known only to the year, which no month can show (none in a
 * chart per year, which counts them)
 * @param highest the most contacts in one period, which the tallest bar stands for
 */
public record ContactsOverTime(boolean perYear, List<Bar> bars, List<Tick> years, List<MeetingLevel> levels,
		double barWidth, long yearOnly, long highest) {

	/** The drawing's width in SVG units; the bars share it, however many there are. */
	public static final int WIDTH = 1200;

	/** The drawing area's height; the tallest bar fills it. */
	public static final int HEIGHT = 56;

	/** Beyond ten years of months, the chart counts per year. */
	static final int MONTHS_SHOWN = 120;

	static final double MAX_SLOT = 40;

	/** The room a year's label needs on the axis, in the chart's units. */
	static final double MIN_LABEL_GAP = 36;

	/**
	 * @param perMonth the contacts known to the month or day, by month and level
	 * @param yearOnly those known only to the year, by their year's January and level:
	 * counted in a chart per year, set aside in a chart per month
	 */
	static ContactsOverTime of(Map<YearMonth, Map<MeetingLevel, Long>> perMonth,
			Map<YearMonth, Map<MeetingLevel, Long>> yearOnly) {
		long yearOnlyCount = yearOnly.values()
			.stream()
			.flatMap(levels -> levels.values().stream())
			.mapToLong(Long::longValue)
			.sum();
		if (perMonth.isEmpty()) {
			return new ContactsOverTime(false, List.of(), List.of(), List.of(), 0, yearOnlyCount, 0);
		}
		YearMonth first = perMonth.keySet().stream().min(YearMonth::compareTo).orElseThrow();
		YearMonth last = perMonth.keySet().stream().max(YearMonth::compareTo).orElseThrow();
		boolean perYear = first.until(last, ChronoUnit.MONTHS) + 1 > MONTHS_SHOWN;
		Map<YearMonth, Map<MeetingLevel, Long>> counts = perYear ? byYear(perMonth, yearOnly) : perMonth;
		if (perYear) {
			first = YearMonth.of(first.getYear(), 1);
			last = YearMonth.of(last.getYear(), 1);
		}
		int step = perYear ? 12 : 1;
		long highest = counts.values()
			.stream()
			.mapToLong(levels -> levels.values().stream().mapToLong(Long::longValue).sum())
			.max()
			.orElse(1);
		double slot = Math.min((double) WIDTH / (first.until(last, ChronoUnit.MONTHS) / step + 1), MAX_SLOT);
		List<Bar> bars = new ArrayList<>();
		List<Tick> years = new ArrayList<>();
		double x = 0;
		int labelEvery = perYear ? yearsBetweenLabels(slot) : 1;
		for (YearMonth period = first; !period.isAfter(last); period = period.plusMonths(step)) {
			boolean labelled = perYear ? period.getYear() % labelEvery == 0
					: period.getMonthValue() == 1 || period.equals(first);
			if (labelled) {
				years.add(new Tick(round(x), period.getYear()));
			}
			Map<MeetingLevel, Long> levels = counts.getOrDefault(period, Map.of());
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
			PartialDate label = perYear ? PartialDate.year(period.getYear()) : PartialDate.month(period);
			bars.add(new Bar(label, total, round(x), segments));
			x += slot;
		}
		List<MeetingLevel> present = List.of(MeetingLevel.values())
			.stream()
			.filter(level -> counts.values().stream().anyMatch(levels -> levels.containsKey(level)))
			.toList();
		return new ContactsOverTime(perYear, bars, years, present, round(slot * 0.8), perYear ? 0 : yearOnlyCount,
				highest);
	}

	/**
	 * Over decades a year is narrower than its label: label every 2nd, 5th, 10th… year,
	 * whichever leaves room between labels. The time axis labels its years the same way.
	 * @param yearWidth a year's width in the drawing's units
	 */
	static int yearsBetweenLabels(double yearWidth) {
		for (int every : new int[] { 1, 2, 5, 10, 20, 50 }) {
			if (yearWidth * every >= MIN_LABEL_GAP) {
				return every;
			}
		}
		return 100;
	}

	public boolean isEmpty() {
		return this.bars.isEmpty();
	}

	/** The counts of both maps added up per year, each year keyed by its January. */
	@SafeVarargs
	private static Map<YearMonth, Map<MeetingLevel, Long>> byYear(Map<YearMonth, Map<MeetingLevel, Long>>... counts) {
		Map<YearMonth, Map<MeetingLevel, Long>> perYear = new HashMap<>();
		for (Map<YearMonth, Map<MeetingLevel, Long>> each : counts) {
			each.forEach((month,
					levels) -> levels.forEach((level, count) -> perYear
						.computeIfAbsent(YearMonth.of(month.getYear(), 1), year -> new EnumMap<>(MeetingLevel.class))
						.merge(level, count, Long::sum)));
		}
		return perYear;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** One month's or year's bar; its period is a month or a year accordingly. */
	public record Bar(PartialDate period, long total, double x, List<Segment> segments) {

		public long count(MeetingLevel level) {
			return this.segments.stream().filter(segment -> segment.level() == level).mapToLong(Segment::count).sum();
		}

	}

	/** One level's part of a bar; y is its top edge. */
	public record Segment(MeetingLevel level, long count, double y, double height) {
	}

	/** Where a year starts along the chart. */
	public record Tick(double x, int year) {
	}

}
