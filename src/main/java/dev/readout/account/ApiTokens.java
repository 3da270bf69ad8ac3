package dev.readout.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.readout.audit.AuditTrail;
import dev.readout.web.NotFoundException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists and revokes an analyst's API tokens, and tells who presents one. A token
 * is 32 random bytes; only its SHA-256 digest is kept, so a copy of the database gives no
 * way in.
 */
@Service
@Transactional
public class ApiTokens {

	static final String AUDIT_SUBJECT = "API_TOKEN";

	private static final String PREFIX = "readout_";

	/** How often a token's last use is written down: not on every request. */
	private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final AuditTrail auditTrail;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditTrail auditTrail, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** A new token for the account; the returned secret is never shown again. */
	IssuedToken issue(String username, String name) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("Account", username));
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = this.tokens.save(new ApiToken(account, name.strip(), digest(secret), this.clock.instant()));
		this.auditTrail.created(AUDIT_SUBJECT, token.getId(), Map.of("name", token.getName()));
		return new IssuedToken(token, secret);
	}

	void revoke(String username, long id) {
		ApiToken token = this.tokens.findById(id)
			.filter(found -> found.getAccount().getUsername().equals(username))
			.orElseThrow(() -> new NotFoundException("API token", id));
		if (!token.isRevoked()) {
			token.revoke(this.clock.instant());
			this.auditTrail.deleted(AUDIT_SUBJECT, id, Map.of("name", token.getName()));
		}
	}

	@Transactional(readOnly = true)
	List<ApiToken> of(String username) {
		return this.tokens.findOfAccount(username);
	}

	/**
	 * The analyst who holds this token, with their role; empty when the token is unknown
	 * or revoked, or the account cannot sign in.
	 */
	public Optional<Authentication> authenticate(String secret) {
		Instant now = this.clock.instant();
		return this.tokens.findUsable(digest(secret)).filter(token -> token.getAccount().isEnabled()).map(token -> {
			if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(USE_RECORDED_EVERY).isBefore(now)) {
				token.usedAt(now);
			}
			Account account = token.getAccount();
			return UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null,
					List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		});
	}

	private static String digest(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** A token just issued, with the secret its holder must copy now. */
	record IssuedToken(ApiToken token, String secret) {
	}

}
