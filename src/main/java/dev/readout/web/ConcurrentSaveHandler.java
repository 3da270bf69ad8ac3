package dev.readout.web;

import java.io.IOException;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two saves of one record at the same instant: the forms catch ordinary conflicts and
 * show both versions, but when the database catches one at commit the analyst gets a 409
 * page telling them their change was not saved.
 */
@ControllerAdvice
class ConcurrentSaveHandler {

	/**
	 * Spring's exception when the conflict shows at commit; JPA's own when it shows as an
	 * editor flushes its change, which no repository translates.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, OptimisticLockException.class })
	void savedByOthersMeanwhile(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

}
