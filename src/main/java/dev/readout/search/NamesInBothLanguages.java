package dev.readout.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.readout.audit.RecordChanged;
import dev.readout.cache.KeptWhileUnchanged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The names on record in both languages (topics and officials: "Taiwan" and 台湾, "Wang Yi"
 * and 王毅), so that words typed in one language also find texts written in the other:
 * {@link #inOtherLanguage} writes the words with each such name in its other language,
 * and a search looks for either form.
 */
@Component
public class NamesInBothLanguages {

	private static final String NAMES = """
			select name, native_name from topic where native_name is not null
			union select full_name, native_name from official where native_name is not null""";

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * The names as last read, renewed after a change to officials or topics; changes made
	 * outside this instance are seen after {@link KeptWhileUnchanged#MAX_AGE} at most.
	 * Kept apart from the record's version, so that a search costs no statement for it.
	 */
	private volatile Read read;

	NamesInBothLanguages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The words with every name on record in them written in its other language, or the
	 * words as they are when they name none.
	 */
	public String inOtherLanguage(String words) {
		Instant now = this.clock.instant();
		Read current = this.read;
		if (current == null || current.at().plus(KeptWhileUnchanged.MAX_AGE).isBefore(now)) {
			current = new Read(load(), now);
			this.read = current;
		}
		return current.names().inOtherLanguage(words);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void renewAfter(RecordChanged change) {
		if (change.mayConcern("OFFICIAL") || change.mayConcern("TOPIC")) {
			this.read = null;
		}
	}

	private Names load() {
		Map<String, String> otherLanguage = new HashMap<>();
		this.jdbc.sql(NAMES).query((row, number) -> {
			String latin = row.getString(1);
			String own = row.getString(2);
			otherLanguage.putIfAbsent(latin.toLowerCase(Locale.ROOT), own);
			otherLanguage.putIfAbsent(own.toLowerCase(Locale.ROOT), latin);
			return null;
		}).list();
		return new Names(otherLanguage);
	}

	private record Read(Names names, Instant at) {
	}

	/** The names and a pattern that finds any of them, longest first. */
	static final class Names {

		private final Map<String, String> otherLanguage;

		private final Pattern anyName;

		Names(Map<String, String> otherLanguage) {
			this.otherLanguage = otherLanguage;
			List<String> longestFirst = otherLanguage.keySet()
				.stream()
				.sorted(Comparator.comparingInt(String::length).reversed())
				.toList();
			// A Latin name is a whole word ("Yi" is no name inside "Yield"); Chinese has
			// no spaces between words, so a Chinese name is found anywhere.
			this.anyName = longestFirst.isEmpty() ? null
					: Pattern.compile(longestFirst.stream()
						.map(name -> isLatin(name) ? "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])"
								: Pattern.quote(name))
						.collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		}

		String inOtherLanguage(String words) {
			if (this.anyName == null) {
				return words;
			}
			Matcher names = this.anyName.matcher(words);
			return names.replaceAll(
					found -> Matcher.quoteReplacement(this.otherLanguage.get(found.group().toLowerCase(Locale.ROOT))));
		}

		private static boolean isLatin(String name) {
			return name.codePoints()
				.noneMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN);
		}

	}

}
