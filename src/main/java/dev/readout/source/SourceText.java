package dev.readout.source;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The text of an article on record, kept apart from its source so that lists and
 * citations never load it.
 */
@Entity
public class SourceText {

	/** The same id as its source's. */
	@Id
	private Long sourceId;

	private String text;

	protected SourceText() {
	}

	SourceText(long sourceId, String text) {
		this.sourceId = sourceId;
		this.text = text;
	}

	void replace(String text) {
		this.text = text;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public String getText() {
		return this.text;
	}

}
