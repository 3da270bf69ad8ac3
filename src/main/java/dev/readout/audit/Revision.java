package dev.readout.audit;

/**
 * What came of an analyst's revision of a record.
 *
 * @param record the record as it stands now: revised, or as someone else left it
 * @param saved false when someone else saved the record since the analyst opened it, and
 * nothing was saved
 */
public record Revision<R extends EditableRecord>(R record, boolean saved) {

}
