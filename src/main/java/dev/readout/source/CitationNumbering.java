package dev.readout.source;

import java.util.List;

import org.springframework.stereotype.Component;

/** Loads the sources a page cites, in one query, and numbers them. */
@Component
public class CitationNumbering {

	private final SourceRepository sources;

	CitationNumbering(SourceRepository sources) {
		this.sources = sources;
	}

	public Citations number(List<Long> citedIdsInPageOrder) {
		if (citedIdsInPageOrder.isEmpty()) {
			return Citations.of(List.of(), List.of());
		}
		return Citations.of(citedIdsInPageOrder, this.sources.findAllWithOriginals(citedIdsInPageOrder));
	}

}
