package dev.readout.database;

import java.sql.SQLException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (a 503: try again shortly) from any other
 * database error (a 500), for the pages, the API and the filters in front of them.
 */
public final class UnreachableDatabase {

	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	private UnreachableDatabase() {
	}

	/**
	 * Whether the failure is the database being out of reach: no connection to be had, or
	 * one lost (SQLSTATE class 08, or Hikari's closed connection, which has no SQLSTATE),
	 * or the server shutting down or starting up (57P01 to 57P03), somewhere among the
	 * causes.
	 */
	public static boolean explains(Throwable failure) {
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
