package dev.readout.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.readout.search.NamesInBothLanguages;
import dev.readout.search.SearchWords;

/**
 * The SQL condition on {@code meeting m} that a timeline filter stands for, with only the
 * clauses of the filters that are set, so PostgreSQL plans each combination on its own
 * indexes. Values travel as bind parameters, never as SQL text.
 */
final class MatchingMeetings {

	/**
	 * Meetings whose own text, readouts (with their characterisations), agreements or
	 * participants' names contain the words, read as the search page reads them.
	 */
	private static final String WORDS = """
			m.id in (
			    select id from meeting where search_document @@ %1$s
			    union select meeting_id from readout_on_record where search_document @@ %1$s
			    union select r.meeting_id from readout_characterisation c join readout_on_record r on r.id = c.readout_id
			        where c.search_document @@ %1$s
			    union select meeting_id from agreement where search_document @@ %1$s
			    union select p.meeting_id from participant p join official o on o.id = p.official_id
			        where o.search_document @@ %2$s)"""
		.formatted(SearchWords.IN_TEXTS, SearchWords.IN_NAMES);

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new HashMap<>();

	MatchingMeetings(TimelineFilter filter, NamesInBothLanguages names) {
		LocalDate earliest = filter.earliestDay();
		if (earliest != null) {
			// A contact known only to the month or year matches when it may fall in the
			// range.
			add("m.last_day >= :earliest", "earliest", earliest);
		}
		LocalDate latest = filter.latestDay();
		if (latest != null) {
			// From the first day it may fall on: its date's, or its window's for a
			// contact expected after a day.
			add("m.local_start < :dayAfterLatest", "dayAfterLatest", latest.plusDays(1).atStartOfDay());
		}
		if (filter.official() != null) {
			add("exists (select 1 from participant p where p.meeting_id = m.id and p.official_id = :official)",
					"official", filter.official());
		}
		if (filter.side() != null && !filter.side().isBlank()) {
			add("exists (select 1 from participant p where p.meeting_id = m.id and p.side = :side)", "side",
					filter.side());
		}
		if (filter.level() != null) {
			add("m.level = :level", "level", filter.level().name());
		}
		if (filter.format() != null) {
			add("m.format = :format", "format", filter.format().name());
		}
		if (filter.status() != null) {
			add("m.status = :status", "status", filter.status().name());
		}
		if (filter.topic() != null) {
			add("exists (select 1 from meeting_topic t where t.meeting_id = m.id and t.topic_id = :topic)", "topic",
					filter.topic());
		}
		if (filter.visit() != null) {
			add("m.visit_id = :visit", "visit", filter.visit());
		}
		if (filter.channel() != null) {
			add("m.channel_id = :channel", "channel", filter.channel());
		}
		if (filter.words() != null) {
			add(WORDS, "words", filter.words());
			this.parameters.put("wordsInOtherLanguage", names.inOtherLanguage(filter.words()));
		}
	}

	private void add(String condition, String name, Object value) {
		this.conditions.add(condition);
		this.parameters.put(name, value);
	}

	/** The condition, to follow {@code where}. */
	String condition() {
		return this.conditions.isEmpty() ? "true" : String.join("\n and ", this.conditions);
	}

	Map<String, Object> parameters() {
		return new HashMap<>(this.parameters);
	}

}
