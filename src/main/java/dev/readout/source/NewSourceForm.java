package dev.readout.source;

import java.util.Optional;

import java.io.Serializable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.readout.form.CalendarDate;
import dev.readout.form.NotAfterToday;
import dev.readout.form.FormText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A source added from within another form (a readout, an agreement's status change), with
 * its article's text if the analyst has it. All blank means no new source; once anything
 * is filled in, the headline or label is required.
 */
public record NewSourceForm(@Size(max = 200) String publisher, @Size(max = 500) String label,
		@CalendarDate @NotAfterToday String publishedOn,
		@Size(max = 2000) @Pattern(regexp = "(https?://\\S+)?", message = "{validation.url}") String url,
		@JsonIgnore @Size(max = SourceForm.MAX_TEXT_BYTES) String text) implements Serializable {

	public static NewSourceForm blank() {
		return new NewSourceForm("", "", "", "", "");
	}

	public boolean isStarted() {
		return FormText.hasText(this.publisher) || FormText.hasText(this.label) || FormText.hasText(this.publishedOn)
				|| FormText.hasText(this.url) || FormText.hasText(this.text);
	}

	/**
	 * Once anything is filled in, the headline or label is required; one web address is
	 * one source, so an address on record is cited as that source, not added again. Says
	 * so next to the field.
	 * @param sameAddress the source on record at the form's address, if any (see
	 * {@link SourceEditor#atSameAddress})
	 */
	public void rejectInconsistencies(Errors errors, String path, Optional<Source> sameAddress) {
		if (isStarted() && !FormText.hasText(this.label)) {
			errors.rejectValue(path + ".label", "source.label.required");
		}
		if (!SourceTexts.fits(this.text)) {
			errors.rejectValue(path + ".text", "source.text.tooLarge");
		}
		sameAddress.ifPresent(other -> errors.rejectValue(path + ".url", "newSource.url.taken",
				new Object[] { other.getLabel() }, null));
	}

	Source toSource() {
		Source source = new Source(FormText.orNull(this.publisher), this.label.strip(), FormText.date(this.publishedOn),
				FormText.orNull(this.url));
		source.digestText(SourceTexts.digest(this.text));
		return source;
	}

}
