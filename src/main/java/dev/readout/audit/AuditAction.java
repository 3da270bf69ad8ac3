package dev.readout.audit;

public enum AuditAction {

	CREATE, UPDATE, DELETE, RESTORE,
	/** A record archive loaded into an empty installation. */
	IMPORT, SIGN_IN, SIGN_IN_FAILED, ACCESS_DENIED;

	/** Sign-ins, failed sign-ins and refused requests are events, not changes. */
	public boolean changesTheRecord() {
		return this != SIGN_IN && this != SIGN_IN_FAILED && this != ACCESS_DENIED;
	}

}
