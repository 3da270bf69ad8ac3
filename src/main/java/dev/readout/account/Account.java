package dev.readout.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person who signs in to Readout. Every change to the record is attributed to one. */
@Entity
public class Account {

	static final int FAILED_SIGN_INS_BEFORE_LOCK = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private int failedSignIns;

	private Instant lockedUntil;

	@Version
	private int version;

	protected Account() {
	}

	public Account(String username, String displayName, String passwordHash, Role role) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	void changeRole(Role newRole) {
		this.role = newRole;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** Counts a failed sign-in; the fifth in a row locks the account for a while. */
	void signInFailed(Instant now) {
		this.failedSignIns++;
		if (this.failedSignIns >= FAILED_SIGN_INS_BEFORE_LOCK) {
			this.lockedUntil = now.plus(LOCK_DURATION);
			this.failedSignIns = 0;
		}
	}

	void signedIn() {
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public int getVersion() {
		return this.version;
	}

}
