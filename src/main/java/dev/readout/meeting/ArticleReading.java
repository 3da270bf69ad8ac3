package dev.readout.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.readout.official.Official;

/**
 * What a new contact's form can take from an article's text, for the analyst to check:
 * the officials on record it names (by full name, name in their own script, a known
 * alias, or a surname no other official on record shares, as in "Mr. Wang") and the first
 * date it gives ("19 June 2023", "June 19, 2023", or "on Sunday" reckoned back from the
 * day it was published), and the words it quotes, each with the official on record named
 * nearest to it in the same paragraph as its likely speaker. Nothing is guessed beyond
 * that.
 *
 * @param officials the officials named, in the order the text first names them
 * @param date the day, or null when the text gives none
 * @param quotations the quoted words, in the order of the text
 */
public record ArticleReading(List<Official> officials, LocalDate date, List<Quotation> quotations) {

	/** A speaker is looked for this far from the quote, within its paragraph. */
	private static final int SPEAKER_DISTANCE = 200;

	private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F]");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?。](?=\\s|$)|\\n");

	private static final Pattern QUOTED = Pattern.compile("“([^”]{15,1000})”|\"([^\"\n]{15,1000})\"");

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
			"\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})\\b");

	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
			"\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), (\\d{4})\\b");

	/**
	 * "18 June" or "June 18" with no year after it: the report's own year, as news writes
	 * it.
	 */
	private static final Pattern WITHOUT_YEAR = Pattern.compile(
			"\\b(?:(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)"
					+ "|(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}))"
					+ "\\b(?!,? \\d{4})(?! \\d)");

	/** "on Sunday", or "On Sunday" where it opens a sentence. */
	private static final Pattern WEEKDAY = Pattern
		.compile("\\b[Oo]n (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

	// Strict: the default would read "31 June" as 30 June, a day the text does not give.
	private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
		.withResolverStyle(ResolverStyle.STRICT);

	public static ArticleReading of(String writtenText, LocalDate publishedOn, Collection<Official> onRecord) {
		// Web pages hold names and dates together with non-breaking spaces: read as
		// spaces.
		String text = NO_BREAK_SPACE.matcher(writtenText).replaceAll(" ");
		List<Mention> mentions = mentions(text, onRecord);
		List<Official> named = mentions.stream().map(Mention::official).distinct().toList();
		return new ArticleReading(named, date(text, publishedOn), quotations(text, mentions));
	}

	/** Quoted words and who said them, when the text says it. */
	public record Quotation(String words, Official speaker) {
	}

	private record Mention(int start, int end, Official official) {
	}

	/** Every place the text names an official on record, in the order of the text. */
	private static List<Mention> mentions(String text, Collection<Official> onRecord) {
		Map<String, List<Official>> bySurname = onRecord.stream()
			.collect(Collectors.groupingBy(ArticleReading::surname));
		List<Mention> found = new ArrayList<>();
		for (Official official : onRecord) {
			List<Official> sharingSurname = bySurname.get(surname(official));
			// Most officials on record are not named at all: a plain search first, a
			// pattern only for a name the text holds (whole words; a name in Chinese
			// characters anywhere).
			Stream
				.concat(Stream.of(official.getFullName(), official.getNativeName(),
						(sharingSurname.size() == 1) ? surname(official) : null), official.getAliases().stream())
				.filter(Objects::nonNull)
				.filter(text::contains)
				.forEach(name -> {
					Matcher mention = Pattern.compile("(?<!\\p{IsLatin})" + Pattern.quote(name) + "(?!\\p{IsLatin})")
						.matcher(text);
					while (mention.find()) {
						found.add(new Mention(mention.start(), mention.end(), official));
					}
				});
		}
		return found.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
	}

	private static List<Quotation> quotations(String text, List<Mention> mentions) {
		List<int[]> spans = new ArrayList<>();
		List<String> words = new ArrayList<>();
		Matcher quoted = QUOTED.matcher(text);
		while (quoted.find()) {
			spans.add(new int[] { quoted.start(), quoted.end() });
			words.add(((quoted.group(1) != null) ? quoted.group(1) : quoted.group(2)).strip());
		}
		List<Quotation> quotations = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			int before = (i > 0) ? spans.get(i - 1)[1] : 0;
			int after = (i + 1 < spans.size()) ? spans.get(i + 1)[0] : text.length();
			quotations.add(new Quotation(words.get(i), speaker(text, spans.get(i)[0], spans.get(i)[1],
					Math.max(before, paragraphStart(text, spans.get(i)[0])), after, mentions)));
		}
		return quotations;
	}

	/**
	 * The official named nearest the quote: before it, since the previous quote or the
	 * paragraph began ("Wang said: “…”"), or after it in the same sentence ("“…,” Wang
	 * said."). A name beyond another quote belongs to that one.
	 */
	private static Official speaker(String text, int start, int end, int from, int to, List<Mention> mentions) {
		int sentenceEnd = sentenceEnd(text, end);
		return mentions.stream()
			.filter(mention -> (mention.start() >= from && mention.end() <= start)
					|| (mention.start() >= end && mention.end() <= Math.min(to, sentenceEnd)))
			.map(mention -> Map.entry((mention.end() <= start) ? start - mention.end() : mention.start() - end,
					mention.official()))
			.filter(distance -> distance.getKey() <= SPEAKER_DISTANCE)
			.min(Map.Entry.comparingByKey())
			.map(Map.Entry::getValue)
			.orElse(null);
	}

	private static int paragraphStart(String text, int at) {
		int blankLine = text.lastIndexOf("\n\n", at);
		return (blankLine < 0) ? 0 : blankLine + 2;
	}

	private static int sentenceEnd(String text, int from) {
		Matcher end = SENTENCE_END.matcher(text);
		return end.find(from) ? end.start() : text.length();
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
		Matcher withoutYear = WITHOUT_YEAR.matcher(text);
		while (publishedOn != null && withoutYear.find()) {
			String day = (withoutYear.group(1) != null) ? withoutYear.group(1) : withoutYear.group(4);
			String month = (withoutYear.group(2) != null) ? withoutYear.group(2) : withoutYear.group(3);
			// The last time that day came, on or before the report.
			parse(day + " " + month + " " + publishedOn.getYear()).filter(sameYear -> !sameYear.isAfter(publishedOn))
				.or(() -> parse(day + " " + month + " " + (publishedOn.getYear() - 1)))
				.ifPresent(reported -> dates.add(Map.entry(withoutYear.start(), reported)));
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
