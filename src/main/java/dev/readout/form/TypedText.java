package dev.readout.form;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What every form and query parameter goes through before it is bound: text exactly as
 * typed, except what no database or link can hold ({@link FormText#storable}): a pasted
 * NUL would otherwise fail the save, and half a character the page's links, with a server
 * error.
 */
@ControllerAdvice
class TypedText {

	@InitBinder
	void dropNulCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(FormText.storable(text));
			}

		});
	}

}
