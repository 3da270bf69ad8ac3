package dev.readout.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under /api that no operation answers is a problem document like every other
 * API error; {@link ApiProblems} only sees requests that reached an API controller.
 * Elsewhere the exception goes on to the not-found page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiUnknownAddress {

	private final MessageSource messages;

	ApiUnknownAddress(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	ProblemDetail unknownAddress(Exception ex, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex;
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("api.problem.unknownAddress", null, LocaleContextHolder.getLocale()));
	}

}
