package dev.readout.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.readout.form.FormText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of the articles on record, kept beside their sources. The source keeps the
 * text's SHA-256, so that changing the text changes the source, with its version and its
 * line in the audit trail.
 */
@Component
@Transactional
public class SourceTexts {

	private final SourceTextRepository texts;

	private final JdbcClient jdbc;

	SourceTexts(SourceTextRepository texts, JdbcClient jdbc) {
		this.texts = texts;
		this.jdbc = jdbc;
	}

	/** The text on record, or "" without one. */
	@Transactional(readOnly = true)
	public String of(long sourceId) {
		return this.texts.findById(sourceId).map(SourceText::getText).orElse("");
	}

	/**
	 * Records the text of a saved source, whose digest the form set; a blank one removes
	 * it.
	 */
	void record(Source source, String text) {
		if (!source.hasText()) {
			this.texts.deleteById(source.getId());
		}
		else {
			this.texts.findById(source.getId())
				.ifPresentOrElse(onRecord -> onRecord.replace(text),
						() -> this.texts.save(new SourceText(source.getId(), text)));
		}
		// Written now, like the source itself, for what the transaction reads next.
		this.texts.flush();
		fileUnderBands(source.getId(), source.hasText() ? ArticleFingerprint.of(text).bandKeys() : new long[0]);
	}

	/** Files the text under the keys of its bands, in place of those of its last text. */
	private void fileUnderBands(long sourceId, long[] keys) {
		this.jdbc.sql("delete from source_band where source_id = ?").param(sourceId).update();
		this.jdbc.sql(
				"insert into source_band (source_id, band_key) select ?, band_key from unnest(?::bigint[]) as band_key")
			.params(sourceId, keys)
			.update();
	}

	/** Whether a text fits on record: at most 1 MB of UTF-8. */
	static boolean fits(String text) {
		return text == null || text.getBytes(StandardCharsets.UTF_8).length <= SourceForm.MAX_TEXT_BYTES;
	}

	/** The SHA-256 of a text, in hex; null for a blank one. */
	static String digest(String text) {
		if (!FormText.hasText(text)) {
			return null;
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
