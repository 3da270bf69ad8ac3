package dev.readout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Input no form should choke on: overlong and empty values, control characters, broken
 * Unicode, malformed dates and numbers, ids of other records, markup and SQL, plus random
 * strings drawn from all of these characters. The random part is seeded, so a failure is
 * reproduced by running again.
 */
public final class BadInput {

	/** Change to explore other random inputs; failures name the value that failed. */
	public static final long SEED = 20231906L;

	private static final List<String> KNOWN = List.of("", " ", "\t\n", "x".repeat(501), "x".repeat(100_001), "a\u0000b",
			"\u0000", "\u0007\u001b[31mred", "\uD800", "\uDFFFabc", "\uFFFE", "\u202Eevil", "e\u0301", "👍🏽",
			"王毅\u3000", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
			"' OR '1'='1", "1; drop table meeting; --", "%_\\", "$(reboot)", "{{7*7}}", "${7*7}",
			"[[${T(java.lang.Runtime)}]]", "2023-02-30", "2023-13", "0000-00-00", "99999-01-01", "2023/06/19", "-1",
			"0", "99999999999999999999", "1e3", "NaN", "1", "2", "3", "true", "null",
			// Shaped like an identifier a field takes, and longer than its column.
			"Q" + "1".repeat(30), "https://example.org/" + "x".repeat(2000));

	private static final String ALPHABET = "aZ9 <>\"'&;%_\\-/:\u0000\u0001\u001f\u007f\u00a0\u2028王毅👍\uD800\n\r\t";

	private BadInput() {
	}

	/** The known bad values, then this many random ones. */
	public static List<String> values(int random) {
		List<String> values = new ArrayList<>(KNOWN);
		Random generator = new Random(SEED);
		for (int n = 0; n < random; n++) {
			int length = generator.nextInt(600);
			StringBuilder value = new StringBuilder(length);
			for (int i = 0; i < length; i++) {
				value.append(ALPHABET.charAt(generator.nextInt(ALPHABET.length())));
			}
			values.add(value.toString());
		}
		return values;
	}

	/** The value as a test name can show it. */
	public static String describe(String value) {
		String shown = value.length() > 40 ? value.substring(0, 40) + "… (" + value.length() + " chars)" : value;
		StringBuilder escaped = new StringBuilder();
		shown.codePoints()
			.forEach(c -> escaped.append(Character.isISOControl(c) || Character.isSurrogate((char) c)
					? String.format("\\u%04x", c) : Character.toString(c)));
		return escaped.toString();
	}

}
