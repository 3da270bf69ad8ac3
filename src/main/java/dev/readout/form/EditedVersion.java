package dev.readout.form;

/**
 * Whether an edit was made from the version now on record. Hibernate checks the version
 * it loaded, not one copied onto the entity from a form, so editors compare the form's
 * version with the record's themselves.
 */
public final class EditedVersion {

	private EditedVersion() {
	}

	/**
	 * True when the record changed since the analyst opened the form (or the form carries
	 * no version).
	 */
	public static boolean isStale(Integer versionInForm, int versionOnRecord) {
		return versionInForm == null || versionInForm != versionOnRecord;
	}

}
