package dev.readout.source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources on record whose texts tell the same story as a source's own: copies and
 * editions, found by Readout for the analyst to confirm. Candidates come from the texts
 * filed under a common band key (see {@link ArticleFingerprint}), never from comparing
 * the text with every stored one; each is then compared sentence by sentence. A pair the
 * analyst judged independent, or confirmed as one source, is not proposed again.
 */
@Service
@Transactional(readOnly = true)
public class CopyCandidates {

	/** The most texts compared closely for one source. */
	static final int COMPARED = 20;

	private static final String SHARING_A_BAND = """
			select other.source_id from source_band own
			join source_band other on other.band_key = own.band_key and other.source_id <> own.source_id
			where own.source_id = :id
			  and not exists (select 1 from source_independence i
			                  where (i.source_id, i.other_id) in ((:id, other.source_id), (other.source_id, :id)))
			group by other.source_id order by count(*) desc, other.source_id limit :most""";

	private final JdbcClient jdbc;

	private final SourceRepository sources;

	private final SourceTextRepository texts;

	CopyCandidates(JdbcClient jdbc, SourceRepository sources, SourceTextRepository texts) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.texts = texts;
	}

	/** The candidates, the most alike first; none for a source without text. */
	public List<Candidate> of(long sourceId) {
		String own = this.texts.findById(sourceId).map(SourceText::getText).orElse(null);
		List<Long> sharing = this.jdbc.sql(SHARING_A_BAND)
			.param("id", sourceId)
			.param("most", COMPARED)
			.query(Long.class)
			.list();
		if (own == null || sharing.isEmpty()) {
			return List.of();
		}
		Map<Long, String> others = this.texts.findAllById(sharing)
			.stream()
			.collect(Collectors.toMap(SourceText::getSourceId, SourceText::getText));
		Map<Long, Source> bySource = this.sources
			.findAllWithOriginals(Stream.concat(sharing.stream(), Stream.of(sourceId)).toList())
			.stream()
			.collect(Collectors.toMap(Source::getId, Function.identity()));
		// A copy already confirmed counts as the same source: nothing left to propose.
		Long original = bySource.get(sourceId).original().getId();
		ArticleFingerprint fingerprint = ArticleFingerprint.of(own);
		return sharing.stream()
			.filter(id -> !bySource.get(id).original().getId().equals(original))
			.map(id -> candidate(bySource.get(id), fingerprint.similarity(ArticleFingerprint.of(others.get(id)))))
			.filter(candidate -> candidate != null)
			.sorted(Comparator.comparingInt(Candidate::percent).reversed())
			.toList();
	}

	private static Candidate candidate(Source source, ArticleFingerprint.Similarity similarity) {
		return similarity.isSameStory() ? new Candidate(source, (int) Math.round(similarity.score() * 100),
				similarity.sentences(), similarity.sharedQuotes()) : null;
	}

	/**
	 * @param percent the share of the shorter text's own sentences found in the other
	 * @param sentences how many of its sentences match
	 * @param sharedQuotes quoted words both hold (as independent reports may too)
	 */
	public record Candidate(Source source, int percent, int sentences, List<String> sharedQuotes) {
	}

}
