package dev.readout.form;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.PropertyAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.multipart.MultipartException;

/**
 * Refuses every posted form with a value that cannot be converted, in the one place where
 * forms are bound, so that no handler has to remember to check. Query parameters keep
 * their own handling: the timeline shows a filter it cannot read with a message.
 */
@ControllerAdvice
class UnreadableForms {

	private static final BindingErrorProcessor REFUSING = new DefaultBindingErrorProcessor() {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
			throw new UnreadableFormException(result.getObjectName(), ex);
		}

	};

	@InitBinder
	void refuseUnconvertibleValues(WebDataBinder binder, HttpServletRequest request) {
		if (HttpMethod.POST.matches(request.getMethod())) {
			binder.setBindingErrorProcessor(REFUSING);
		}
	}

	/**
	 * A file form posted without its file (a hand-made request, as the page always sends
	 * one): the 400 page, like any form that cannot be read.
	 */
	@ExceptionHandler(MultipartException.class)
	void refuseFormWithoutItsFile(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
