package dev.readout.source;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A source as the JSON API gives it.
 *
 * @param copyOf the source this one is a copy of (the same article elsewhere), counted as
 * one source with it
 */
@Schema(name = "Source")
public record SourceJson(long id, String publisher, String label, LocalDate publishedOn, String url, Long copyOf,
		int version) {

	/** A source; its original, if any, need not be loaded. */
	public static SourceJson of(Source source) {
		return new SourceJson(source.getId(), source.getPublisher(), source.getLabel(), source.getPublishedOn(),
				source.getUrl(), (source.getCopyOf() != null) ? source.getCopyOf().getId() : null, source.getVersion());
	}

}
