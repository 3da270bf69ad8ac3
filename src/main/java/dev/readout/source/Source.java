package dev.readout.source;

import dev.readout.audit.EditableRecord;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * Where a fact on the record comes from: an article, a statement, a transcript. A
 * reworded or syndicated copy of another source points at it and counts as that one
 * source, so nothing is double-counted.
 */
@Entity
public class Source implements EditableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Null when the source does not name its publisher. */
	private String publisher;

	/** The headline as printed, or a descriptive label when there is none. */
	private String label;

	private LocalDate publishedOn;

	private String url;

	/** What the address is compared by: see {@link WebAddress}. */
	private String urlKey;

	/**
	 * The SHA-256 of the article's text on record (kept in {@link SourceText}), or null
	 * without one: a change of text changes the source and its version.
	 */
	private String textDigest;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source copyOf;

	/** Whether this is a copy or another edition of the source it tells the story of. */
	@Enumerated(EnumType.STRING)
	private CopyKind copyKind;

	@Version
	private int version;

	protected Source() {
	}

	public Source(String publisher, String label, LocalDate publishedOn, String url) {
		revise(publisher, label, publishedOn, url);
	}

	public void revise(String publisher, String label, LocalDate publishedOn, String url) {
		this.publisher = publisher;
		this.label = label;
		this.publishedOn = publishedOn;
		this.url = url;
		this.urlKey = WebAddress.key(url);
	}

	void digestText(String digest) {
		this.textDigest = digest;
	}

	public boolean hasText() {
		return this.textDigest != null;
	}

	/**
	 * Marks this as a copy or another edition of another source, or, with null, as an
	 * original.
	 */
	public void markAsCopyOf(Source original, CopyKind kind) {
		if (original == this) {
			throw new IllegalArgumentException("A source cannot be a copy of itself");
		}
		this.copyOf = original;
		this.copyKind = (original != null) ? kind : null;
	}

	/** The source that counts: the original when this is a copy. */
	public Source original() {
		return (this.copyOf != null) ? this.copyOf : this;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getLabel() {
		return this.label;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getUrl() {
		return this.url;
	}

	public Source getCopyOf() {
		return this.copyOf;
	}

	public CopyKind getCopyKind() {
		return this.copyKind;
	}

	@Override
	public int getVersion() {
		return this.version;
	}

}
