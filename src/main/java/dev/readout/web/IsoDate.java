package dev.readout.web;

import dev.readout.form.FormText;
import dev.readout.vocabulary.DatePrecision;
import dev.readout.vocabulary.PartialDate;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A date in the JSON API, written in ISO 8601 at the precision it is known to:
 * {@code 2023-06-19}, {@code 2023-05} or {@code 2023}, with the precision named as well
 * so that no client has to infer it from the length.
 */
@Schema(description = "A date at the precision it is known to")
public record IsoDate(@Schema(example = "2023-06", pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$") String value,
		DatePrecision precision) {

	/** The date as the API writes it; null when there is none. */
	public static IsoDate of(PartialDate date) {
		return (date != null) ? new IsoDate(FormText.asWritten(date), date.precision()) : null;
	}

}
