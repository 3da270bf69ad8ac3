package dev.readout.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A source cited by one record (a readout, an agreement, a status change) of a page. */
public record SourceUse(long citedBy, long sourceId) {

	/** The sources each record cites, by the record's id, in the order given. */
	public static Map<Long, List<Long>> byCitingRecord(Collection<SourceUse> uses) {
		return uses.stream()
			.collect(Collectors.groupingBy(SourceUse::citedBy,
					Collectors.mapping(SourceUse::sourceId, Collectors.toList())));
	}

}
