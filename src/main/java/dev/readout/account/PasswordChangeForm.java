package dev.readout.account;

import jakarta.validation.constraints.NotBlank;

import org.springframework.validation.Errors;

/** Changing one's own password: the current one, and the new one twice. */
record PasswordChangeForm(@NotBlank String currentPassword, String newPassword, String repeatedPassword) {

	static PasswordChangeForm blank() {
		return new PasswordChangeForm("", "", "");
	}

	void rejectIfNotRepeated(Errors errors) {
		if (this.newPassword != null && !this.newPassword.equals(this.repeatedPassword)) {
			errors.rejectValue("repeatedPassword", "account.password.mismatch");
		}
	}

}
