package dev.readout.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import dev.readout.agreement.AgreementStatus;
import dev.readout.cache.KeptWhileUnchanged;
import dev.readout.cache.WhileRecordUnchanged;
import dev.readout.form.FormText;
import dev.readout.vocabulary.DatePrecision;
import dev.readout.vocabulary.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the record with PostgreSQL: the words as a web search would read
 * them ({@code "exact phrase"}, {@code or}, {@code -word}), English words by their stem,
 * Chinese by pairs of characters (see {@code cjk_bigrams} in the V4 migration). Five
 * queries (after one setting), each answered from a GIN index (or, for a common word, by
 * walking the newest rows) and cut to the best {@link #LIMIT} hits among the latest
 * {@link #CANDIDATES} matches.
 */
@Service
@Transactional(readOnly = true)
public class RecordSearch {

	static final int LIMIT = 20;

	/**
	 * A word found in half a million readouts cannot be ranked in the time a page has:
	 * the ranking runs over the most recently recorded matches of each kind, this many.
	 */
	static final int CANDIDATES = 1000;

	private static final String QUERY = SearchWords.IN_TEXTS;

	private static final String MEETINGS = """
			select m.id, m.title, m.start_date, m.start_precision,
			       ts_headline('english', coalesce(m.summary, ''), query, :options) as snippet
			from meeting m, (select %s as query) typed
			where m.id in (select id from meeting_on_record where search_document @@ %s
			               order by id desc limit :candidates)
			order by ts_rank(m.search_document, query) desc, m.local_start desc, m.id desc
			limit :limit""".formatted(QUERY, QUERY);

	private static final String READOUTS = """
			select r.id, r.meeting_id, m.title as meeting_title, r.side, r.title,
			       ts_headline('english', coalesce(r.body, ''), query, :options) as snippet
			from readout_on_record r join meeting_on_record m on m.id = r.meeting_id, (select %s as query) typed
			where r.id in ((select id from readout_on_record where search_document @@ %s
			                order by id desc limit :candidates)
			               union (select readout_id from readout_characterisation where search_document @@ %s
			                      order by readout_id desc limit :candidates))
			order by ts_rank(r.search_document, query) desc, m.local_start desc, r.id desc
			limit :limit""".formatted(QUERY, QUERY, QUERY);

	private static final String AGREEMENTS = """
			select a.id, a.meeting_id, m.title as meeting_title, a.status,
			       ts_headline('english', a.description, query, :options) as snippet
			from agreement a join meeting_on_record m on m.id = a.meeting_id, (select %s as query) typed
			where a.id in (select id from agreement where search_document @@ %s order by id desc limit :candidates)
			order by ts_rank(a.search_document, query) desc, m.local_start desc, a.id desc
			limit :limit""".formatted(QUERY, QUERY);

	private static final String SOURCES = """
			select s.id, s.label, s.publisher, s.published_on,
			       ts_headline('english', coalesce(t.text, ''), query, :options) as snippet
			from source s left join source_text t on t.source_id = s.id, (select %s as query) typed
			where s.id in ((select source_id from source_text where search_document @@ %s
			                order by source_id desc limit :candidates)
			               union (select id from source where search_document @@ %s
			                      order by id desc limit :candidates))
			order by ts_rank(s.search_document, query) + ts_rank(coalesce(t.search_document, ''), query) desc,
			         s.id desc
			limit :limit""".formatted(QUERY, QUERY, QUERY);

	private static final String OFFICIALS = """
			select o.id, o.full_name, o.native_name, o.aliases, o.country
			from official o, (select %s as query) typed
			where o.search_document @@ query
			order by ts_rank(o.search_document, query) desc, o.full_name, o.id
			limit :limit""".formatted(SearchWords.IN_NAMES);

	/**
	 * Bytes of searches kept while the record is unchanged (about 20 KB a search): a
	 * common word takes most of a second.
	 */
	static final long KEPT_BYTES = 8L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final WhileRecordUnchanged<String, SearchResults> searched;

	private final NamesInBothLanguages names;

	RecordSearch(JdbcClient jdbc, NamesInBothLanguages names, KeptWhileUnchanged kept) {
		this.jdbc = jdbc;
		this.names = names;
		this.searched = kept.rendered("searches", KEPT_BYTES, SearchResults::weight);
	}

	public SearchResults search(String words) {
		return this.searched.get(words, () -> find(words));
	}

	private SearchResults find(String words) {
		// The words are written into each candidate query's condition, so that the
		// planner sees them: a rare word is read from the GIN index, a common one by
		// walking the newest rows. A generic plan (pgjdbc prepares repeated statements)
		// cannot tell them apart, so plans stay custom for this transaction.
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		String inOtherLanguage = this.names.inOtherLanguage(words);
		Typed typed = new Typed(words, inOtherLanguage, Snippet.chineseWordsIn(words, inOtherLanguage));
		return new SearchResults(words, meetings(typed), readouts(typed), agreements(typed), sources(typed),
				officials(typed));
	}

	private List<SearchResults.MeetingHit> meetings(Typed typed) {
		return query(MEETINGS, typed)
			.query((row, number) -> new SearchResults.MeetingHit(row.getLong("id"), row.getString("title"), date(row),
					Snippet.of(row.getString("snippet"), typed.chinese())))
			.list();
	}

	private List<SearchResults.ReadoutHit> readouts(Typed typed) {
		return query(READOUTS, typed)
			.query((row, number) -> new SearchResults.ReadoutHit(row.getLong("id"), row.getLong("meeting_id"),
					row.getString("meeting_title"), row.getString("side"), row.getString("title"),
					Snippet.of(row.getString("snippet"), typed.chinese())))
			.list();
	}

	private List<SearchResults.AgreementHit> agreements(Typed typed) {
		return query(AGREEMENTS, typed)
			.query((row, number) -> new SearchResults.AgreementHit(row.getLong("id"), row.getLong("meeting_id"),
					row.getString("meeting_title"), AgreementStatus.valueOf(row.getString("status")),
					Snippet.of(row.getString("snippet"), typed.chinese())))
			.list();
	}

	private List<SearchResults.SourceHit> sources(Typed typed) {
		return query(SOURCES, typed)
			.query((row, number) -> new SearchResults.SourceHit(row.getLong("id"), row.getString("label"),
					row.getString("publisher"), row.getObject("published_on", LocalDate.class),
					Snippet.of(row.getString("snippet"), typed.chinese())))
			.list();
	}

	private List<SearchResults.OfficialHit> officials(Typed typed) {
		return this.jdbc.sql(OFFICIALS)
			.param("words", typed.words())
			.param("wordsInOtherLanguage", typed.inOtherLanguage())
			.param("limit", LIMIT)
			.query((row, number) -> new SearchResults.OfficialHit(row.getLong("id"), row.getString("full_name"),
					row.getString("native_name"), FormText.lines(row.getString("aliases")), row.getString("country")))
			.list();
	}

	private JdbcClient.StatementSpec query(String sql, Typed typed) {
		return this.jdbc.sql(sql)
			.param("words", typed.words())
			.param("wordsInOtherLanguage", typed.inOtherLanguage())
			.param("candidates", CANDIDATES)
			.param("options", Snippet.HEADLINE_OPTIONS)
			.param("limit", LIMIT);
	}

	private static PartialDate date(ResultSet row) throws SQLException {
		return new PartialDate(row.getObject("start_date", LocalDate.class),
				DatePrecision.valueOf(row.getString("start_precision")));
	}

	/**
	 * Words as typed, as written with the names in them in the other language, and the
	 * Chinese words among either, which the excerpts mark.
	 */
	private record Typed(String words, String inOtherLanguage, List<String> chinese) {
	}

}
