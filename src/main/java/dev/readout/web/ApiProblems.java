package dev.readout.web;

import dev.readout.database.UnreachableDatabase;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import jakarta.persistence.OptimisticLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as an RFC 9457 problem document
 * ({@code application/problem+json}): Spring MVC's own (unreadable body, wrong parameter
 * type, unsupported method…) through {@link ResponseEntityExceptionHandler}, and
 * Readout's. Invalid input lists each field with the message the web forms show.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/** Input converted and checked by a controller itself, outside argument binding. */
	@ExceptionHandler(BindException.class)
	ProblemDetail invalidInput(BindException ex) {
		return invalid(ex.getBindingResult());
	}

	/**
	 * Two saves at the same instant: the database caught what the version check could
	 * not, at commit (Spring's exception) or as the change was flushed (JPA's own, which
	 * no repository translates).
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, OptimisticLockException.class })
	ProblemDetail savedMeanwhile() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				message("api.problem.savedMeanwhile", LocaleContextHolder.getLocale()));
	}

	/**
	 * The database out of reach is a 503, as on the pages; any other database error a
	 * 500.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ProblemDetail databaseError(RuntimeException ex) {
		if (!UnreachableDatabase.explains(ex)) {
			throw ex;
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				message("api.problem.databaseUnavailable", LocaleContextHolder.getLocale()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalid(ex.getBindingResult()));
	}

	private ProblemDetail invalid(BindingResult result) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				message("api.problem.invalid", locale));
		List<Map<String, String>> errors = result.getAllErrors()
			.stream()
			.map(error -> Map.of("field",
					(error instanceof FieldError field) ? field.getField() : error.getObjectName(), "message",
					this.messages.getMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
