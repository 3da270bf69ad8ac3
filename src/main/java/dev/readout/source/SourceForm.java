package dev.readout.source;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * @param version the version the analyst started from; null for a new source
 */
public record SourceForm(@Size(max = 200) String publisher, @NotBlank @Size(max = 500) String label,
		@CalendarDate @NotAfterToday String publishedOn,
		@Size(max = 2000) @Pattern(regexp = "(https?://\\S+)?", message = "{validation.url}") String url, Long copyOfId,
		@JsonIgnore Integer version) implements Serializable {

	static SourceForm blank() {
		return new SourceForm("", "", "", "", null, null);
	}

	static SourceForm from(Source source) {
		return new SourceForm(FormText.of(source.getPublisher()), source.getLabel(),
				FormText.of(source.getPublishedOn()), FormText.of(source.getUrl()),
				(source.getCopyOf() != null) ? source.getCopyOf().getId() : null, source.getVersion());
	}

	SourceForm startingFrom(int currentVersion) {
		return new SourceForm(this.publisher, this.label, this.publishedOn, this.url, this.copyOfId, currentVersion);
	}

	/**
	 * A copy points at the original, never at another copy or at itself; and one web
	 * address is one source.
	 * @param self the source being edited, or null for a new one
	 */
	/**
	 * What the record holds that a form's rules depend on.
	 *
	 * @param original the source the form names as the original, if any
	 * @param sameUrl a source already on record with the form's address
	 */
	public record OnRecord(Optional<Source> original, Optional<Source> sameUrl) {
	}

	void rejectInconsistencies(Errors errors, Long self, OnRecord onRecord) {
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
		source.markAsCopyOf(original);
	}

}
