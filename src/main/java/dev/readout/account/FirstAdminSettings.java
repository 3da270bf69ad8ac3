package dev.readout.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first account of a fresh installation.
 *
 * @param adminPassword the first admin's password on a fresh database; unset means one is
 * generated and logged once
 * @param adminPasswordReset true to set the admin's password to readout.admin-password at
 * this start, on a database that has accounts: the way back in when it was lost
 */
@ConfigurationProperties("readout")
record FirstAdminSettings(String adminPassword, boolean adminPasswordReset) {

	FirstAdminSettings {
		adminPassword = (adminPassword != null) ? adminPassword : "";
	}

}
