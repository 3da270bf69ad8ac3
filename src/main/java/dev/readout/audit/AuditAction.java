package dev.readout.audit;

public enum AuditAction {

	CREATE, UPDATE, DELETE, RESTORE,
	/** A record archive loaded into an empty installation. */
	IMPORT, SIGN_IN, SIGN_IN_FAILED, ACCESS_DENIED

}
