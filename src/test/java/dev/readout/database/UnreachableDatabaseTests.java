package dev.readout.database;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which database failures mean "out of reach, try again shortly" (a 503) and which are
 * faults (a 500), wherever among the causes they are.
 */
class UnreachableDatabaseTests {

	@Test
	void readsALostOrRefusedConnectionAsOutOfReach() {
		assertThat(UnreachableDatabase.explains(new SQLException("Connection refused", "08001"))).isTrue();
		assertThat(UnreachableDatabase.explains(new SQLException("An I/O error occurred", "08006"))).isTrue();
		assertThat(UnreachableDatabase.explains(new SQLException("Connection is closed"))).as("Hikari's, no SQLSTATE")
			.isTrue();
	}

	@Test
	void readsAServerShuttingDownOrStartingUpAsOutOfReach() {
		for (String state : new String[] { "57P01", "57P02", "57P03" }) {
			assertThat(UnreachableDatabase.explains(new SQLException("terminating connection", state))).as(state)
				.isTrue();
		}
	}

	@Test
	void findsTheCauseWhereverSpringWrappedIt() {
		assertThat(UnreachableDatabase
			.explains(new CannotCreateTransactionException("No connection", new IllegalStateException("pool"))))
			.isTrue();
		assertThat(UnreachableDatabase.explains(new CannotGetJdbcConnectionException("No connection"))).isTrue();
		assertThat(UnreachableDatabase.explains(new RuntimeException("rendering failed",
				new IllegalStateException("query", new SQLException("Connection refused", "08001")))))
			.isTrue();
	}

	@Test
	void readsEveryOtherDatabaseErrorAsAFault() {
		assertThat(UnreachableDatabase.explains(
				new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key value", "23505"))))
			.isFalse();
		assertThat(UnreachableDatabase.explains(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(UnreachableDatabase.explains(new SQLException("no state"))).isFalse();
		assertThat(UnreachableDatabase.explains(new IllegalStateException("not a database error"))).isFalse();
		assertThat(UnreachableDatabase.explains(null)).isFalse();
	}

}
