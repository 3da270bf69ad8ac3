package dev.readout.account;

/**
 * What an account may do: viewers read, analysts keep the record, admins also manage
 * accounts.
 */
public enum Role {

	VIEWER, ANALYST, ADMIN;

	String authority() {
		return "ROLE_" + name();
	}

}
