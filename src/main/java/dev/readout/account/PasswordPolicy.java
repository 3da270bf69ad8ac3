package dev.readout.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

import org.passay.DefaultPasswordValidator;
import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.DictionaryRule;
import org.passay.rule.IllegalRegexRule;
import org.passay.rule.LengthRule;
import org.passay.rule.UsernameRule;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a password must be: 12 to 128 characters, not blank or one character repeated, not
 * containing the username, and not among the passwords seen in breaches (the 43,940 of 12
 * characters or more among the million most common). The rules are Passay's; only their
 * messages are ours.
 */
@Component
class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_LENGTH = 128;

	private static final String BREACHED_PASSWORDS = "/account/common-passwords.txt.gz";

	/** Which of our messages says what each of Passay's rules found. */
	private static final Map<String, String> MESSAGES = Map.of(LengthRule.ERROR_CODE_MIN, "account.password.tooShort",
			LengthRule.ERROR_CODE_MAX, "account.password.tooLong", IllegalRegexRule.ERROR_CODE,
			"account.password.oneCharacter", UsernameRule.ERROR_CODE, "account.password.username",
			DictionaryRule.ERROR_CODE, "account.password.common");

	private final PasswordValidator validator;

	PasswordPolicy() {
		this.validator = new DefaultPasswordValidator(new LengthRule(MINIMUM_LENGTH, MAXIMUM_LENGTH),
				PasswordPolicy::oneCharacterRepeated, new UsernameRule(false, true),
				new DictionaryRule(new WordListDictionary(breachedPasswords())));
	}

	/**
	 * Rejects the field with the first rule the password breaks, in the analyst's words.
	 */
	void rejectIfUnacceptable(String username, String password, Errors errors, String field) {
		List<RuleResultDetail> problems = this.validator
			.validate(new PasswordData((username != null) ? username : "", (password != null) ? password : ""))
			.getDetails();
		if (!problems.isEmpty()) {
			String code = problems.get(0).getErrorCode();
			errors.rejectValue(field, Objects.requireNonNull(MESSAGES.get(code),
					() -> "No message says what Passay's " + code + " means"));
		}
	}

	/**
	 * Blank, or one character repeated. Passay's IllegalRegexRule would say so, but fails
	 * on a match that holds a character outside the basic plane (an emoji): Passay 2.0.0
	 * reads the regex's positions, counted in UTF-16 units, as code points.
	 */
	private static RuleResult oneCharacterRepeated(PasswordData password) {
		int[] characters = password.getPassword().toCodePointArray();
		boolean blank = Arrays.stream(characters).allMatch(Character::isWhitespace);
		boolean repeated = Arrays.stream(characters).distinct().count() == 1;
		return (blank || repeated) ? new FailureRuleResult(new RuleResultDetail(IllegalRegexRule.ERROR_CODE, Map.of()))
				: new SuccessRuleResult();
	}

	private static ArrayWordList breachedPasswords() {
		try (InputStream list = new GZIPInputStream(PasswordPolicy.class.getResourceAsStream(BREACHED_PASSWORDS))) {
			String[] words = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank())
				.toArray(String[]::new);
			return new ArrayWordList(words, false, new ArraysSort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
