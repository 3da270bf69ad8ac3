package dev.readout.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, and not among the passwords everyone
 * tries first.
 */
@Component
class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_LENGTH = 128;

	private final Set<String> commonPasswords;

	PasswordPolicy() {
		try (InputStream list = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
			this.commonPasswords = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty())
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The message key of what is wrong with the password, or null when it is acceptable.
	 */
	String problemWith(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return "account.password.tooShort";
		}
		if (password.length() > MAXIMUM_LENGTH) {
			return "account.password.tooLong";
		}
		if (this.commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
			return "account.password.common";
		}
		return null;
	}

}
