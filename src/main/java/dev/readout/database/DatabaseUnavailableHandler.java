package dev.readout.database;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * While PostgreSQL cannot be reached, every page answers 503 with a page saying so,
 * rather than a 500 that reads like a bug; the pool reconnects by itself once the
 * database is back. Nothing was saved by a request that got the 503. Any other database
 * error goes on to be a 500.
 */
@ControllerAdvice
class DatabaseUnavailableHandler {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void databaseError(RuntimeException ex, HttpServletResponse response) throws IOException {
		if (!UnreachableDatabase.explains(ex)) {
			throw ex;
		}
		log.warn("The database cannot be reached: {}", ex.getMessage());
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}
