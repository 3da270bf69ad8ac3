package dev.readout.audit;

public enum AuditAction {

	CREATE, UPDATE, DELETE, RESTORE, SIGN_IN, SIGN_IN_FAILED, ACCESS_DENIED

}
