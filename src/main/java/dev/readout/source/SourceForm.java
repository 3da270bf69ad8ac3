package dev.readout.source;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.readout.form.CalendarDate;
import dev.readout.form.NotAfterToday;
import dev.readout.form.FormText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * What an analyst can set on a source, including that it is a copy of another.
 *
 * @param copyOfId the original this source copies, or null for an original
 * @param copyKind whether it is a copy or another edition of it (a copy when not said)
 * @param text the article's text, up to 1 MB; the audit trail keeps its SHA-256
 * @param version the version the analyst started from; null for a new source
 */
public record SourceForm(@Size(max = 200) String publisher, @NotBlank @Size(max = 500) String label,
		@CalendarDate @NotAfterToday String publishedOn,
		@Size(max = 2000) @Pattern(regexp = "(https?://\\S+)?", message = "{validation.url}") String url, Long copyOfId,
		CopyKind copyKind, @JsonIgnore @Size(max = SourceForm.MAX_TEXT_BYTES) String text,
		@JsonIgnore Integer version) implements Serializable {

	/** The most text an article on record holds, in bytes of UTF-8. */
	public static final int MAX_TEXT_BYTES = 1_048_576;

	static SourceForm blank() {
		return new SourceForm("", "", "", "", null, null, "", null);
	}

	/** The source's values; its text, which only its own form shows, is read apart. */
	static SourceForm from(Source source) {
		return from(source, "");
	}

	static SourceForm from(Source source, String text) {
		return new SourceForm(FormText.of(source.getPublisher()), source.getLabel(),
				FormText.of(source.getPublishedOn()), FormText.of(source.getUrl()),
				(source.getCopyOf() != null) ? source.getCopyOf().getId() : null, source.getCopyKind(), text,
				source.getVersion());
	}

	/** A new source from an article read from a file. */
	static SourceForm from(ArticleFile article) {
		return new SourceForm(FormText.of(article.publisher()), FormText.of(article.headline()),
				FormText.of(article.publishedOn()), "", null, null, article.text(), null);
	}

	/** The same values, marking the source a copy or another edition of this original. */
	SourceForm copyOf(long originalId, CopyKind kind) {
		return new SourceForm(this.publisher, this.label, this.publishedOn, this.url, originalId, kind, this.text,
				this.version);
	}

	SourceForm startingFrom(int currentVersion) {
		return new SourceForm(this.publisher, this.label, this.publishedOn, this.url, this.copyOfId, this.copyKind,
				this.text, currentVersion);
	}

	/** What the audit trail keeps of the text: its SHA-256, or null without one. */
	@JsonProperty("textSha256")
	String textDigest() {
		return SourceTexts.digest(this.text);
	}

	/**
	 * What the record holds that a form's rules depend on.
	 *
	 * @param original the source the form names as the original, if any
	 * @param sameUrl a source already on record with the form's address
	 */
	public record OnRecord(Optional<Source> original, Optional<Source> sameUrl) {
	}

	/**
	 * A copy points at the original, never at another copy or at itself; one web address
	 * is one source; the text fits.
	 * @param self the source being edited, or null for a new one
	 */
	void rejectInconsistencies(Errors errors, Long self, OnRecord onRecord) {
		if (!SourceTexts.fits(this.text)) {
			errors.rejectValue("text", "source.text.tooLarge");
		}
		Optional<Source> original = onRecord.original();
		Optional<Source> sameUrl = onRecord.sameUrl();
		if (this.copyOfId != null) {
			if (this.copyOfId.equals(self)) {
				errors.rejectValue("copyOfId", "source.copyOf.self");
			}
			else if (original.isPresent() && original.get().getCopyOf() != null) {
				errors.rejectValue("copyOfId", "source.copyOf.copy",
						new Object[] { original.get().getCopyOf().getLabel() }, null);
			}
		}
		sameUrl.filter(other -> !Objects.equals(other.getId(), self))
			.ifPresent(other -> errors.rejectValue("url", "source.url.taken", new Object[] { other.getLabel() }, null));
	}

	void applyTo(Source source, Source original) {
		source.revise(FormText.orNull(this.publisher), this.label.strip(), FormText.date(this.publishedOn),
				FormText.orNull(this.url));
		source.markAsCopyOf(original, (this.copyKind != null) ? this.copyKind : CopyKind.COPY);
		source.digestText(SourceTexts.digest(this.text));
	}

}
