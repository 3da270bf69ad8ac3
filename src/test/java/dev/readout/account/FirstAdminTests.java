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

	@BeforeEach
	void startWithNoAccount() {
		this.accounts.deleteAllInBatch();
	}

	@Test
	void createsTheAdminWithTheConfiguredPassword() {
		new FirstAdmin(this.accounts, this.passwordEncoder, new FirstAdminSettings("chosen by the operator")).run(null);
		Account admin = this.accounts.findByUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.passwordEncoder.matches("chosen by the operator", admin.getPasswordHash())).isTrue();
	}

	@Test
	void generatesARandomPasswordWhenNoneIsConfigured() {
		new FirstAdmin(this.accounts, this.passwordEncoder, new FirstAdminSettings("")).run(null);
		String firstHash = this.accounts.findByUsername("admin").orElseThrow().getPasswordHash();
		this.accounts.deleteAllInBatch();
		new FirstAdmin(this.accounts, this.passwordEncoder, new FirstAdminSettings("")).run(null);
		String secondHash = this.accounts.findByUsername("admin").orElseThrow().getPasswordHash();

		assertThat(this.passwordEncoder.matches("", firstHash)).isFalse();
		assertThat(this.passwordEncoder.matches("admin", firstHash)).isFalse();
		assertThat(firstHash).isNotEqualTo(secondHash);
	}

	@Test
	void leavesExistingAccountsAlone() {
		this.accounts.save(new Account("someone", "Someone", "{noop}unused", Role.ANALYST));
		new FirstAdmin(this.accounts, this.passwordEncoder, new FirstAdminSettings("chosen by the operator")).run(null);
		assertThat(this.accounts.findByUsername("admin")).isEmpty();
	}

}
