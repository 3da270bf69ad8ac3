package dev.readout.account;

import java.util.Optional;

import dev.readout.PageTest;
import dev.readout.audit.AuditAction;
import dev.readout.audit.AuditEntry;
import dev.readout.audit.AuditTrail;
import dev.readout.web.NotFoundException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * API tokens below the account page: a secret shown once and kept only as a digest, a
 * holder who is the account as it is now (its role, whether it may sign in), and a token
 * revoked only by its own account, once.
 */
@PageTest
@Transactional
@WithMockUser(username = "scripts", roles = "ANALYST")
class ApiTokensTests {

	@Autowired
	ApiTokens tokens;

	@Autowired
	AccountRepository accounts;

	@Autowired
	AuditTrail trail;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcClient jdbc;

	Account scripts;

	@BeforeEach
	void createAccounts() {
		this.scripts = this.accounts.save(new Account("scripts", "Newsroom scripts", "{noop}unused", Role.ANALYST));
		this.accounts.save(new Account("other", "Another analyst", "{noop}unused", Role.ANALYST));
	}

	@Test
	void showsTheSecretOnceAndKeepsOnlyItsDigest() {
		ApiTokens.IssuedToken issued = this.tokens.issue("scripts", "  Feed reader  ");
		this.entities.flush();

		assertThat(issued.secret()).startsWith("readout_").hasSize("readout_".length() + 43);
		assertThat(issued.token().getName()).isEqualTo("Feed reader");
		assertThat(this.jdbc.sql("select count(*) from api_token where digest like ? or name like ?")
			.params("%" + issued.secret() + "%", "%" + issued.secret() + "%")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.tokens.issue("scripts", "Second").secret()).isNotEqualTo(issued.secret());
	}

	@Test
	void signsInTheHolderWithTheAccountsRoleAsItIsNow() {
		String secret = this.tokens.issue("scripts", "Feed reader").secret();

		assertThat(roleOf(this.tokens.authenticate(secret))).hasValue("ROLE_ANALYST");
		assertThat(this.tokens.authenticate(secret)).get().extracting(Authentication::getName).isEqualTo("scripts");

		this.scripts.changeRole(Role.VIEWER);
		assertThat(roleOf(this.tokens.authenticate(secret))).as("demoted").hasValue("ROLE_VIEWER");

		this.scripts.setEnabled(false);
		assertThat(this.tokens.authenticate(secret)).as("disabled").isEmpty();
	}

	@Test
	void knowsNoHolderForAnUnknownOrAlteredSecret() {
		String secret = this.tokens.issue("scripts", "Feed reader").secret();

		assertThat(this.tokens.authenticate(secret + "x")).isEmpty();
		assertThat(this.tokens.authenticate(secret.toUpperCase())).isEmpty();
		assertThat(this.tokens.authenticate("")).isEmpty();
	}

	@Test
	void writesDownWhenATokenWasFirstUsed() {
		ApiTokens.IssuedToken issued = this.tokens.issue("scripts", "Feed reader");
		assertThat(issued.token().getLastUsedAt()).isNull();

		this.tokens.authenticate(issued.secret());

		assertThat(issued.token().getLastUsedAt()).isNotNull();
	}

	@Test
	void revokesATokenOnlyForItsOwnAccountAndAuditsItOnce() {
		ApiTokens.IssuedToken issued = this.tokens.issue("scripts", "Feed reader");
		long id = issued.token().getId();

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.tokens.revoke("other", id));
		assertThat(this.tokens.authenticate(issued.secret())).as("still usable").isPresent();

		this.tokens.revoke("scripts", id);
		this.tokens.revoke("scripts", id);

		assertThat(this.tokens.authenticate(issued.secret())).isEmpty();
		assertThat(this.trail.historyOf(ApiTokens.AUDIT_SUBJECT, id)).extracting(AuditEntry::action)
			.containsExactly(AuditAction.DELETE, AuditAction.CREATE);
		assertThat(this.tokens.of("scripts")).singleElement().satisfies(token -> {
			assertThat(token.isRevoked()).isTrue();
			assertThat(token.getRevokedAt()).isNotNull();
		});
	}

	@Test
	void issuesNoTokenForAnAccountThatDoesNotExist() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.tokens.issue("nobody", "Feed"));
	}

	private static Optional<String> roleOf(Optional<Authentication> holder) {
		return holder.map(authentication -> authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.findFirst()
			.orElseThrow());
	}

}
