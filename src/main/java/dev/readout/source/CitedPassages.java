package dev.readout.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.readout.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passages citations rest on: chosen by an analyst from the article's text, and
 * checked against it whenever they are shown, so that a passage edited out of the text is
 * flagged rather than quoted as if it were still there. Spacing and line breaks do not
 * count: a passage copied from the page matches the text it was copied from.
 */
@Service
@Transactional
public class CitedPassages {

	/**
	 * A space of any kind, in Java's and PostgreSQL's regular expressions alike: web
	 * pages space words with non-breaking spaces and Chinese text with ideographic ones,
	 * which a copy from the page gives as plain spaces.
	 */
	private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F\\u3000]";

	/** Spaces of any kind and number are one space, in Java and in SQL alike. */
	private static final String SPACES_IN_SQL = "'" + SPACE + "+'";

	private static final String ON_THIS_MEETING = """
			(p.cited_by_type = 'MEETING' and p.cited_by_id = :meetingId)
			or (p.cited_by_type = 'STATEMENT' and p.cited_by_id in (select id from readout where meeting_id = :meetingId))
			or (p.cited_by_type = 'AGREEMENT' and p.cited_by_id in (select id from agreement where meeting_id = :meetingId))""";

	private static final String STILL_IN_TEXT = "strpos(regexp_replace(coalesce(t.text, ''), " + SPACES_IN_SQL
			+ ", ' ', 'g'), regexp_replace(p.passage, " + SPACES_IN_SQL + ", ' ', 'g')) > 0";

	private final JdbcClient jdbc;

	private final SourceTexts texts;

	private final AuditTrail auditTrail;

	CitedPassages(JdbcClient jdbc, SourceTexts texts, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.auditTrail = auditTrail;
	}

	/**
	 * A passage one record cites from a source.
	 *
	 * @param citedBy MEETING, STATEMENT or AGREEMENT
	 * @param stillInText false once the text no longer holds the passage
	 */
	public record Passage(long id, long sourceId, String citedBy, long citedById, String passage, boolean stillInText) {
	}

	/**
	 * What is wrong with citing this passage, as a message key; empty when it can be
	 * cited.
	 */
	public Optional<String> problemWith(long sourceId, String citedBy, long citedById, String passage) {
		if (passage == null || passage.isBlank()) {
			return Optional.of("source.passage.blank");
		}
		if (passage.length() > 2000) {
			return Optional.of("source.passage.tooLong");
		}
		if (!cites(citedBy, citedById, sourceId)) {
			return Optional.of("source.passage.notCiting");
		}
		return foundAt(this.texts.of(sourceId), passage).isPresent() ? Optional.empty()
				: Optional.of("source.passage.notInText");
	}

	/**
	 * Records the passage; {@link #problemWith} must have found nothing wrong with it.
	 */
	public void cite(long sourceId, String citedBy, long citedById, String passage) {
		int at = foundAt(this.texts.of(sourceId), passage).orElseThrow();
		this.jdbc.sql("""
				insert into cited_passage (source_id, cited_by_type, cited_by_id, passage, found_at, created_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(sourceId, citedBy, citedById, passage.strip(), at, this.auditTrail.currentActor())
			.update();
		this.auditTrail.updated(SourceEditor.AUDIT_SUBJECT, sourceId, Map.of(),
				Map.of("passage", passage.strip(), "citedBy", citedBy + " " + citedById));
	}

	/** The passages cited from one source, in the order of its text. */
	@Transactional(readOnly = true)
	public List<Passage> ofSource(long sourceId) {
		return this.jdbc.sql("select p.*, " + STILL_IN_TEXT + """
				 as still_in_text
				from cited_passage p left join source_text t on t.source_id = p.source_id
				where p.source_id = :sourceId order by p.found_at, p.id""")
			.param("sourceId", sourceId)
			.query(CitedPassages::passage)
			.list();
	}

	/** The passages the meeting, its statements and its agreements cite, in one query. */
	@Transactional(readOnly = true)
	public List<Passage> ofMeeting(long meetingId) {
		return this.jdbc.sql("select p.*, " + STILL_IN_TEXT + """
				 as still_in_text
				from cited_passage p left join source_text t on t.source_id = p.source_id
				where """ + ON_THIS_MEETING + " order by p.source_id, p.found_at, p.id")
			.param("meetingId", meetingId)
			.query(CitedPassages::passage)
			.list();
	}

	/** A stretch of an article's text, and whether the record cites it. */
	public record TextSegment(String text, boolean cited) {
	}

	/**
	 * The text in stretches, the passages cited from it marked (overlapping ones as one).
	 */
	public static List<TextSegment> marked(String text, List<Passage> passages) {
		List<int[]> ranges = new ArrayList<>();
		// Overlapping or touching passages make one stretch.
		for (Passage passage : passages) {
			Matcher found = pattern(passage.passage()).matcher(text);
			if (found.find()) {
				ranges.add(new int[] { found.start(), found.end() });
			}
		}
		ranges.sort(Comparator.comparingInt((int[] range) -> range[0]));
		List<TextSegment> segments = new ArrayList<>();
		int at = 0;
		int citedFrom = -1;
		for (int[] range : ranges) {
			if (citedFrom >= 0 && range[0] <= at) {
				at = Math.max(at, range[1]);
				continue;
			}
			if (citedFrom >= 0) {
				segments.add(new TextSegment(text.substring(citedFrom, at), true));
			}
			if (range[0] > at) {
				segments.add(new TextSegment(text.substring(at, range[0]), false));
			}
			citedFrom = range[0];
			at = range[1];
		}
		if (citedFrom >= 0) {
			segments.add(new TextSegment(text.substring(citedFrom, at), true));
		}
		if (at < text.length()) {
			segments.add(new TextSegment(text.substring(at), false));
		}
		return segments;
	}

	private boolean cites(String citedBy, long citedById, long sourceId) {
		String citations = switch (citedBy) {
			case "MEETING" -> "select 1 from meeting_source where meeting_id = ? and source_id = ?";
			case "STATEMENT" -> "select 1 from readout_source where readout_id = ? and source_id = ?";
			case "AGREEMENT" -> "select 1 from agreement_source where agreement_id = ? and source_id = ?";
			default -> null;
		};
		return citations != null
				&& !this.jdbc.sql(citations).params(citedById, sourceId).query().listOfRows().isEmpty();
	}

	/** Where the passage begins in the text, spacing aside. */
	static Optional<Integer> foundAt(String text, String passage) {
		Matcher found = pattern(passage).matcher(text);
		return found.find() ? Optional.of(found.start()) : Optional.empty();
	}

	private static Pattern pattern(String passage) {
		List<String> words = Arrays.stream(passage.split(SPACE + "+")).filter(word -> !word.isEmpty()).toList();
		return Pattern.compile(String.join(SPACE + "+", words.stream().map(Pattern::quote).toList()));
	}

	private static Passage passage(ResultSet row, int rowNumber) throws SQLException {
		return new Passage(row.getLong("id"), row.getLong("source_id"), row.getString("cited_by_type"),
				row.getLong("cited_by_id"), row.getString("passage"), row.getBoolean("still_in_text"));
	}

}
