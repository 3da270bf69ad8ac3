package dev.readout.source;

import dev.readout.form.FormText;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A source sent to the JSON API, with its article's text. It becomes a
 * {@link SourceForm}, so the API checks what the web form checks, with the same messages.
 *
 * @param publishedOn the day it was published, as 2023-06-19, when known
 * @param url its web address; one already on record in any spelling is refused
 * @param text the article's text, up to 1 MB
 */
@Schema(name = "SourceInput")
record SourceRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String label, String publisher,
		String publishedOn, String url, String text) {

	/** The form the web page would send; NUL characters dropped as there. */
	SourceForm toForm() {
		return new SourceForm(FormText.storable(this.publisher), FormText.storable(this.label),
				FormText.storable(this.publishedOn), FormText.storable(this.url), null, null,
				FormText.storable(this.text), null);
	}

}
