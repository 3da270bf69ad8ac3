package dev.readout.form;

import org.springframework.beans.PropertyAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A form whose values could not even be converted: a word where a version or an id
 * belongs, a level that does not exist. Spring MVC builds a form record only from
 * convertible values, so there is no form to show again; only a hand-made request sends
 * such values (those fields are selects and hidden fields), and it gets the 400 page.
 * {@link UnreadableForms} raises it for every posted form.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UnreadableFormException extends RuntimeException {

	UnreadableFormException(String form, PropertyAccessException cause) {
		super("Unconvertible value in " + form + "." + cause.getPropertyName(), cause);
	}

}
