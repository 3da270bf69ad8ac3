package dev.readout.audit;

/**
 * What came of an analyst's revision of a record.
 *
 * @param record the record as it stands now: revised, or as someone else left it
 * @param saved false when someone else saved the record since the analyst opened it, and
 * nothing was saved
 * @param savedMeanwhile when nothing was saved, the change on record that came first (who
 * saved it and when), if the trail has it
 */
public record Revision<R extends EditableRecord>(R record, boolean saved, AuditEntry savedMeanwhile) {

	static <R extends EditableRecord> Revision<R> saved(R record) {
		return new Revision<>(record, true, null);
	}

	static <R extends EditableRecord> Revision<R> refused(R record, AuditEntry savedMeanwhile) {
		return new Revision<>(record, false, savedMeanwhile);
	}

}
