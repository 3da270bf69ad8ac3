package dev.readout.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account an admin creates for a colleague, with a first password to hand over and be
 * changed.
 */
record NewAccountForm(
		@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}",
				message = "{account.username.invalid}") String username,
		@NotBlank @Size(max = 200) String displayName, @NotNull Role role, String password) {

	static NewAccountForm blank() {
		return new NewAccountForm("", "", Role.ANALYST, "");
	}

}
