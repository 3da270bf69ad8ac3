package dev.readout.audit;

/**
 * Published with every change to the record made through Readout, so that what is kept
 * from the part that changed can be renewed once the change is committed.
 *
 * @param action what was done
 * @param subjectType the kind of record changed ({@code OFFICIAL}, {@code MEETING}…), or
 * null for an import, which may change any
 */
public record RecordChanged(AuditAction action, String subjectType) {

	/** Whether records of this kind may have changed. */
	public boolean mayConcern(String kind) {
		return this.subjectType == null || this.subjectType.equals(kind);
	}

}
