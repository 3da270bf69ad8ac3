package dev.readout.system;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
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
public class DatabaseUnavailableHandler {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void databaseError(RuntimeException ex, HttpServletResponse response) throws IOException {
		if (!isUnreachable(ex)) {
			throw ex;
		}
		log.warn("The database cannot be reached: {}", ex.getMessage());
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/**
	 * Whether the failure is the database being out of reach: no connection to be had, or
	 * one lost (SQLSTATE class 08, or Hikari's closed connection, which has no SQLSTATE),
	 * or the server shutting down or starting up (57P01 to 57P03), somewhere among the
	 * causes.
	 */
	public static boolean isUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql
					&& (HIKARI_CLOSED_CONNECTION.equals(sql.getMessage()) || sql.getSQLState() != null
							&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0")))) {
				return true;
			}
			if (cause instanceof CannotCreateTransactionException
					|| cause instanceof CannotGetJdbcConnectionException) {
				return true;
			}
		}
		return false;
	}

}
