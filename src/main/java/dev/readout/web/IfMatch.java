package dev.readout.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The {@code If-Match} header of an API change: the version (ETag) the client last read.
 * A change without one is refused (428), never applied blindly; a change from an older
 * version is refused (412) with the current ETag, so no one's work is overwritten.
 */
public final class IfMatch {

	/** A strong ETag as Readout writes them: the version number in quotes. */
	private static final Pattern OUR_TAG = Pattern.compile("\"(\\d{1,9})\"");

	private IfMatch() {
	}

	/**
	 * The version the client read, from {@code "3"}; null for {@code *} (whatever is
	 * current).
	 * @throws ErrorResponseException 428 when the header is missing, 412 when it names no
	 * version of Readout's (a weak or a foreign tag)
	 */
	public static Integer version(String header) {
		if (header == null || header.isBlank()) {
			throw refusal(HttpStatus.PRECONDITION_REQUIRED, "api.problem.versionRequired", null);
		}
		String tag = header.strip();
		if (tag.equals("*")) {
			return null;
		}
		Matcher version = OUR_TAG.matcher(tag);
		if (!version.matches()) {
			throw refusal(HttpStatus.PRECONDITION_FAILED, "api.problem.unknownVersion", tag);
		}
		return Integer.valueOf(version.group(1));
	}

	/** The change was made from an older version than the one on record. */
	public static ErrorResponseException stale(Integer given, int current) {
		ErrorResponseException refusal = refusal(HttpStatus.PRECONDITION_FAILED, "api.problem.staleVersion",
				"\"" + given + "\"");
		refusal.getHeaders().setETag("\"" + current + "\"");
		return refusal;
	}

	private static ErrorResponseException refusal(HttpStatus status, String message, Object argument) {
		// Without an argument the message is taken as written, not as a MessageFormat
		// pattern (which would drop its apostrophes).
		return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, message,
				(argument != null) ? new Object[] { argument } : null);
	}

}
