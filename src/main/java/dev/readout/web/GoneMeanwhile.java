package dev.readout.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.readout.form.FormText;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form saved after its record was deleted (or one that names a record not on record):
 * nothing is saved, and the page gives back what the analyst typed to copy, so their work
 * is not lost with a bare "not found". Pages asked for by address keep the 404 page; the
 * API keeps its problem documents.
 */
@ControllerAdvice
class GoneMeanwhile {

	/** What the form carries for itself, not typed by the analyst. */
	private static final Set<String> NOT_TYPED = Set.of("version");

	@ExceptionHandler(NotFoundException.class)
	ModelAndView nothingSaved(NotFoundException ex, HttpServletRequest request) {
		if (!HttpMethod.POST.matches(request.getMethod())) {
			throw ex;
		}
		List<Typed> typed = request.getParameterMap()
			.entrySet()
			.stream()
			// Spring's markers of checkboxes and defaults ("_topicIds", "!status") and
			// the
			// CSRF token start with a sign.
			.filter(field -> !NOT_TYPED.contains(field.getKey()) && Character.isLetter(field.getKey().charAt(0)))
			.flatMap(field -> Arrays.stream(field.getValue())
				.filter(FormText::hasText)
				.map(value -> new Typed(field.getKey(), value)))
			.toList();
		return new ModelAndView("web/gone", Map.of("typed", typed), HttpStatus.NOT_FOUND);
	}

	/** One value the analyst typed, under the name the form gave its field. */
	record Typed(String field, String value) {
	}

}
