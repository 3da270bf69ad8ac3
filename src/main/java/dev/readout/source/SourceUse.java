package dev.readout.source;

/** A source cited by one record (a readout, an agreement, a status change) of a page. */
public record SourceUse(long citedBy, long sourceId) {

}
