package dev.readout.readout;

import dev.readout.vocabulary.StatementKind;
import java.util.List;

import dev.readout.source.NewSourceForm;
import dev.readout.form.FormText;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A readout sent to the JSON API. It becomes a {@link ReadoutForm}, so the API checks
 * exactly what the web form checks, with the same messages.
 *
 * @param side the issuing government, as an ISO 3166 code: US, CN…
 * @param kind what kind of statement it is; a readout when left out
 * @param publishedOn the day it was published, as 2023-06-19, when known
 * @param characterisations how it describes the talks, one phrase each
 * @param topicIds the topics it raises
 * @param sourceIds the sources it is known from, already on record
 */
@Schema(name = "ReadoutInput")
record ReadoutRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "CN") String side,
		StatementKind kind, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String issuingBody, String publishedOn,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, List<String> characterisations, String body,
		List<Long> topicIds, List<Long> sourceIds) {

	/** The form the web page would send; NUL characters dropped as there. */
	ReadoutForm toForm(Integer version) {
		return new ReadoutForm(FormText.storable(this.side), this.kind, FormText.storable(this.issuingBody),
				FormText.storable(this.publishedOn), FormText.storable(this.title),
				(this.characterisations != null) ? FormText.storable(String.join("\n", this.characterisations)) : null,
				FormText.storable(this.body), this.topicIds, this.sourceIds, NewSourceForm.blank(), version);
	}

}
