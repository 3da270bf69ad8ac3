package dev.readout.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.readout.official.Official;

/**
 * What a new contact's form can take from an article's text, for the analyst to check:
 * the officials on record it names (by full name, name in their own script, or a surname
 * no other official on record shares, as in "Mr. Wang") and the first date it gives ("19
 * June 2023", "June 19, 2023", or "on Sunday" reckoned back from the day it was
 * published). Nothing is guessed beyond that.
 *
 * @param officials the officials named, in the order the text first names them
 * @param date the day, or null when the text gives none
 */
record ArticleReading(List<Official> officials, LocalDate date) {

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
			"\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})\\b");

	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
			"\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), (\\d{4})\\b");

	private static final Pattern WEEKDAY = Pattern
		.compile("\\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

	private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	static ArticleReading of(String text, LocalDate publishedOn, Collection<Official> onRecord) {
		return new ArticleReading(named(text, onRecord), date(text, publishedOn));
	}

	private static List<Official> named(String text, Collection<Official> onRecord) {
		Map<String, List<Official>> bySurname = onRecord.stream()
			.collect(Collectors.groupingBy(ArticleReading::surname));
		List<Map.Entry<Integer, Official>> found = new ArrayList<>();
		for (Official official : onRecord) {
			List<Official> sharingSurname = bySurname.get(surname(official));
			firstMention(text, official.getFullName(), official.getNativeName(),
					(sharingSurname.size() == 1) ? surname(official) : null)
				.ifPresent(at -> found.add(Map.entry(at, official)));
		}
		return found.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
	}

	/**
	 * Where the text first names someone by any of these names (whole words; a name in
	 * Chinese characters anywhere).
	 */
	private static Optional<Integer> firstMention(String text, String... names) {
		// Most officials on record are not named at all: a plain search first, a pattern
		// only for a name the text holds.
		return Arrays.stream(names).filter(Objects::nonNull).filter(text::contains).map(name -> {
			Matcher mention = Pattern.compile("(?<!\\p{IsLatin})" + Pattern.quote(name) + "(?!\\p{IsLatin})")
				.matcher(text);
			return mention.find() ? mention.start() : Integer.MAX_VALUE;
		}).filter(at -> at != Integer.MAX_VALUE).min(Integer::compare);
	}

	/**
	 * The family name as it is written alone: first for Chinese names, last otherwise.
	 */
	private static String surname(Official official) {
		String[] parts = official.getFullName().split("\\s+");
		return "CN".equals(official.getCountry()) ? parts[0] : parts[parts.length - 1];
	}

	private static LocalDate date(String text, LocalDate publishedOn) {
		List<Map.Entry<Integer, LocalDate>> dates = new ArrayList<>();
		Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
		while (dayFirst.find()) {
			parse(dayFirst.group(1) + " " + dayFirst.group(2) + " " + dayFirst.group(3))
				.ifPresent(day -> dates.add(Map.entry(dayFirst.start(), day)));
		}
		Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
		while (monthFirst.find()) {
			parse(monthFirst.group(2) + " " + monthFirst.group(1) + " " + monthFirst.group(3))
				.ifPresent(day -> dates.add(Map.entry(monthFirst.start(), day)));
		}
		Matcher weekday = WEEKDAY.matcher(text);
		if (publishedOn != null && weekday.find()) {
			// "On Sunday" in a report published on Monday is the day before.
			DayOfWeek named = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
			dates.add(Map.entry(weekday.start(), publishedOn.with(TemporalAdjusters.previousOrSame(named))));
		}
		return dates.stream().min(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
	}

	private static Optional<LocalDate> parse(String written) {
		try {
			return Optional.of(LocalDate.parse(written, WRITTEN));
		}
		catch (DateTimeParseException ex) {
			// "31 June 2023" names no day: the text gives no date there.
			return Optional.empty();
		}
	}

}
