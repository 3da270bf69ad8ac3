package dev.readout.form;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A form whose values could not even be converted: a word where a version or an id
 * belongs, a level that does not exist. Spring MVC builds a form record only from
 * convertible values, so there is no form to show again; only a hand-made request sends
 * such values (those fields are selects and hidden fields), and it gets the 400 page.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UnreadableFormException extends RuntimeException {

	private UnreadableFormException(BindingResult result) {
		super("Unconvertible values in " + result.getObjectName() + ": " + result.getFieldErrors());
	}

	/** Call first in a handler that shows a form again on errors. */
	public static void refuseIfUnconverted(BindingResult result) {
		if (result.getTarget() == null && result.hasErrors()) {
			throw new UnreadableFormException(result);
		}
	}

}
