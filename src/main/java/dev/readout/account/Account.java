package dev.readout.account;

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

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private boolean mustChangePassword;

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

	/** The holder chose this password: nothing more to change. */
	void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
		this.mustChangePassword = false;
	}

	void changeRole(Role newRole) {
		this.role = newRole;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** A password someone else chose is changed by its holder at their first sign-in. */
	void mustChangePassword() {
		this.mustChangePassword = true;
	}

	public boolean isPasswordChangeRequired() {
		return this.mustChangePassword;
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
