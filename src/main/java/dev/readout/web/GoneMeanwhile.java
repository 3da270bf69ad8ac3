package dev.readout.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.readout.form.FormText;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

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

	/** A field's name: a part, a row's number if it has one, and the field within. */
	private static final Pattern FIELD = Pattern.compile("([^\\[.]+)(?:\\[(\\d+)\\])?(?:.*\\.([^.]+))?");

	private final MessageSource messages;

	GoneMeanwhile(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView nothingSaved(NotFoundException ex, HttpServletRequest request) {
		if (!HttpMethod.POST.matches(request.getMethod())) {
			throw ex;
		}
		Set<String> inAddress = UriComponentsBuilder.fromUriString("?" + Objects.toString(request.getQueryString(), ""))
			.build()
			.getQueryParams()
			.keySet();
		List<Typed> typed = request.getParameterMap()
			.entrySet()
			.stream()
			// Spring's markers of checkboxes and defaults ("_topicIds",
			// "!status") and the CSRF token start with a sign; the address's
			// parameters were not typed.
			.filter(field -> !NOT_TYPED.contains(field.getKey()) && Character.isLetter(field.getKey().charAt(0))
					&& !inAddress.contains(field.getKey()))
			.flatMap(field -> Arrays.stream(field.getValue())
				.filter(FormText::hasText)
				.map(value -> new Typed(label(field.getKey()), value)))
			.toList();
		return new ModelAndView("web/gone", Map.of("typed", typed), HttpStatus.NOT_FOUND);
	}

	/**
	 * A field as the history names it ("Participants 1 · Role" for
	 * {@code participants[0].role}), or as the form does where the history has no name
	 * for it.
	 */
	private String label(String field) {
		Matcher parts = FIELD.matcher(field);
		if (!parts.matches()) {
			return field;
		}
		Locale language = LocaleContextHolder.getLocale();
		StringBuilder label = new StringBuilder(named(parts.group(1), language));
		if (parts.group(2) != null) {
			label.append(' ').append(Integer.parseInt(parts.group(2)) + 1);
		}
		if (parts.group(3) != null) {
			label.append(" · ").append(named(parts.group(3), language));
		}
		return label.toString();
	}

	private String named(String field, Locale language) {
		return this.messages.getMessage("history.field." + field, null, field, language);
	}

	/** One value the analyst typed, under its field's label. */
	record Typed(String field, String value) {
	}

}
