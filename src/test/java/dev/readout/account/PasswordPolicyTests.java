package dev.readout.account;

import java.util.HashMap;

import org.junit.jupiter.api.Test;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rules at their edges: lengths counted in characters as a person counts
 * them, the username in any case, and the first rule broken named alone.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void takesTwelveToOneHundredAndTwentyEightCharacters() {
		assertThat(refusal("wen", "river-stone-")).isNull();
		assertThat(refusal("wen", "river-stone")).isEqualTo("account.password.tooShort");
		assertThat(refusal("wen", "x".repeat(60) + "y".repeat(68))).isNull();
		assertThat(refusal("wen", "x".repeat(60) + "y".repeat(69))).isEqualTo("account.password.tooLong");
	}

	/**
	 * A character outside the basic plane (an emoji, a rare Chinese character) is one
	 * character, though Java stores it as two: six of them are too short, as NIST's
	 * guidance counts each code point once.
	 */
	@Test
	void countsCharactersAsAPersonDoesNotAsJavaStoresThem() {
		assertThat("🐉🐼🐉🐼🐉🐼".length()).isEqualTo(12);
		assertThat(refusal("wen", "🐉🐼🐉🐼🐉🐼")).isEqualTo("account.password.tooShort");
		assertThat(refusal("wen", "𠀋𠀌𠀍𠀎𠀏𠀐𠀑𠀒𠀓𠀔𠀕𠀖")).as("twelve characters of CJK Extension B").isNull();
		assertThat(refusal("wen", "龍".repeat(64) + "鳳".repeat(64))).isNull();
	}

	@Test
	void refusesTheUsernameInAnyCase() {
		assertThat(refusal("wen", "my name is WEN, ok?")).isEqualTo("account.password.username");
		assertThat(refusal("wen", "newt-and-eel-")).as("the name backwards is allowed").isNull();
	}

	@Test
	void refusesOneCharacterRepeatedOrOnlySpacesButNotARepeatedPair() {
		assertThat(refusal("wen", "            ")).isEqualTo("account.password.oneCharacter");
		assertThat(refusal("wen", "\t\n".repeat(6))).isEqualTo("account.password.oneCharacter");
		assertThat(refusal("wen", "🐉".repeat(12))).isEqualTo("account.password.oneCharacter");
		assertThat(refusal("wen", "ab".repeat(8))).isNull();
	}

	@Test
	void refusesAPasswordSeenInBreachesInAnyCase() {
		assertThat(refusal("wen", "qwerty123456")).isEqualTo("account.password.common");
		assertThat(refusal("wen", "QWERTY123456")).isEqualTo("account.password.common");
		assertThat(refusal("wen", "qwerty123456 and then some")).isNull();
	}

	/** Every rule reads characters outside the basic plane without failing. */
	@Test
	void appliesEveryRuleToPasswordsWithEmoji() {
		assertThat(refusal("wen", "🐉 wen 🐼 river stone")).isEqualTo("account.password.username");
		assertThat(refusal("🐉wen", "river 🐉WEN stone")).isEqualTo("account.password.username");
		assertThat(refusal("wen", "🐉 river stone 🐼")).isNull();
		assertThat(refusal("wen", " 🐉 ".repeat(43))).isEqualTo("account.password.tooLong");
		assertThat(refusal("wen", "🐉🐼".repeat(6))).isNull();
	}

	/** Without a username (none given yet) no password is refused for containing it. */
	@Test
	void checksAPasswordWithoutAUsername() {
		assertThat(refusal(null, "river-stone-lantern")).isNull();
		assertThat(refusal("", "river-stone-lantern")).isNull();
		assertThat(refusal(null, null)).isEqualTo("account.password.tooShort");
	}

	@Test
	void namesOnlyTheFirstRuleBroken() {
		Errors errors = new MapBindingResult(new HashMap<>(), "form");
		this.policy.rejectIfUnacceptable("wen", "wen", errors, "password");
		assertThat(errors.getFieldErrors("password")).singleElement()
			.satisfies(error -> assertThat(error.getCode()).isEqualTo("account.password.tooShort"));
	}

	private String refusal(String username, String password) {
		Errors errors = new MapBindingResult(new HashMap<>(), "form");
		this.policy.rejectIfUnacceptable(username, password, errors, "password");
		return errors.hasFieldErrors("password") ? errors.getFieldError("password").getCode() : null;
	}

}
