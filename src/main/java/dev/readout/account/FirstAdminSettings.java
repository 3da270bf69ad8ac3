package dev.readout.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first account of a fresh installation.
 *
 * @param adminPassword the first admin's password on a fresh database; unset means one is
 * generated and logged once
 */
@ConfigurationProperties("readout")
record FirstAdminSettings(String adminPassword) {

	FirstAdminSettings {
		adminPassword = (adminPassword != null) ? adminPassword : "";
	}

}
