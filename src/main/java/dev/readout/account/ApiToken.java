package dev.readout.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A token with which an analyst's scripts use the JSON API as that analyst. Only its
 * digest is stored; revoking it keeps the row, so the account page can say when.
 */
@Entity
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id")
	private Account account;

	private String name;

	private String digest;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(Account account, String name, String digest, Instant createdAt) {
		this.account = account;
		this.name = name;
		this.digest = digest;
		this.createdAt = createdAt;
	}

	void usedAt(Instant instant) {
		this.lastUsedAt = instant;
	}

	void revoke(Instant instant) {
		this.revokedAt = instant;
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	Account getAccount() {
		return this.account;
	}

	public String getName() {
		return this.name;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

}
