package dev.readout.account;

import dev.readout.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh installation gets one admin account, and no password that ships with the code.
 */
@PageTest
@Transactional
class FirstAdminTests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Accounts accountService;

	@BeforeEach
	void startWithNoAccount() {
		this.accounts.deleteAllInBatch();
	}

	@Test
	void createsTheAdminWithTheConfiguredPassword() {
		new FirstAdmin(this.accounts, this.passwordEncoder, new FirstAdminSettings("chosen by the operator", false),
				this.accountService)
			.run(null);
		Account admin = this.accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.passwordEncoder.matches("chosen by the operator", admin.getPasswordHash())).isTrue();
		assertThat(admin.isPasswordChangeRequired()).as("configured by the operator, not chosen by the admin").isTrue();
	}

	@Test
	void generatesARandomPasswordWhenNoneIsConfigured() {
		new FirstAdmin(this.accounts, this.passwordEncoder, new FirstAdminSettings("", false), this.accountService)
			.run(null);
		String firstHash = this.accounts.findByUsername("admin").orElseThrow().getPasswordHash();
		this.accounts.deleteAllInBatch();
		new FirstAdmin(this.accounts, this.passwordEncoder, new FirstAdminSettings("", false), this.accountService)
			.run(null);
		String secondHash = this.accounts.findByUsername("admin").orElseThrow().getPasswordHash();

		assertThat(this.passwordEncoder.matches("", firstHash)).isFalse();
		assertThat(this.passwordEncoder.matches("admin", firstHash)).isFalse();
		assertThat(firstHash).isNotEqualTo(secondHash);
	}

	@Test
	void setsALostAdminPasswordFromTheMachineWhenAskedAndOnlyThen() {
		Account admin = this.accounts.save(new Account("admin", "Administrator", "{noop}forgotten", Role.ADMIN));
		admin.setEnabled(false);
		new FirstAdmin(this.accounts, this.passwordEncoder, new FirstAdminSettings("a new passphrase", false),
				this.accountService)
			.run(null);
		assertThat(this.passwordEncoder.matches("a new passphrase", admin.getPasswordHash())).isFalse();

		new FirstAdmin(this.accounts, this.passwordEncoder, new FirstAdminSettings("a new passphrase", true),
				this.accountService)
			.run(null);
		Account reset = this.accounts.findByUsername("admin").orElseThrow();
		assertThat(this.passwordEncoder.matches("a new passphrase", reset.getPasswordHash())).isTrue();
		assertThat(reset.isEnabled()).isTrue();
		assertThat(reset.isPasswordChangeRequired()).isTrue();
	}

	@Test
	void leavesExistingAccountsAlone() {
		this.accounts.save(new Account("someone", "Someone", "{noop}unused", Role.ANALYST));
		new FirstAdmin(this.accounts, this.passwordEncoder, new FirstAdminSettings("chosen by the operator", false),
				this.accountService)
			.run(null);
		assertThat(this.accounts.findByUsername("admin")).isEmpty();
	}

}
