package dev.readout.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The record's version (the id of its latest change) held in memory, so that what is kept
 * can be served without asking the database. A change made through this instance renews
 * it once committed; a change made through another instance reaches it through
 * PostgreSQL, which notifies every listening instance when an audited change commits (see
 * the V15 migration), on a connection this instance keeps for listening. While it is not
 * listening (starting, or the database out of reach), the version is read from the
 * database each time, as without it.
 */
@Component
public class RecordVersion implements SmartLifecycle {

	static final String CHANNEL = "readout_record_changed";

	private static final Logger log = LoggerFactory.getLogger(RecordVersion.class);

	private final AuditTrail auditTrail;

	private final DataSource dataSource;

	private final AtomicLong version = new AtomicLong();

	private volatile boolean listening;

	private volatile Thread listener;

	RecordVersion(AuditTrail auditTrail, DataSource dataSource) {
		this.auditTrail = auditTrail;
		this.dataSource = dataSource;
	}

	/** The record's version now, at no cost while this instance is listening. */
	public long current() {
		return this.listening ? this.version.get() : renewed();
	}

	private long renewed() {
		return this.version.accumulateAndGet(this.auditTrail.recordVersion(), Math::max);
	}

	/** A change made here is seen here at once, before any notification arrives. */
	@TransactionalEventListener(fallbackExecution = true)
	void renewAfter(RecordChanged change) {
		renewed();
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::listen, "record-version-listener");
		thread.setDaemon(true);
		this.listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = this.listener;
		this.listener = null;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.listener != null;
	}

	private void listen() {
		while (this.listener == Thread.currentThread()) {
			try (Connection connection = this.dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				// Changes committed before listening began are read once, here.
				renewed();
				this.listening = true;
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (this.listener == Thread.currentThread()) {
					for (PGNotification notification : notifications.getNotifications(1000)) {
						this.version.accumulateAndGet(Long.parseLong(notification.getParameter()), Math::max);
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.listener != Thread.currentThread()) {
					return;
				}
				log.warn("Not listening for changes to the record ({}); reading its version from the database "
						+ "until listening again", ex.getMessage());
			}
			finally {
				this.listening = false;
			}
			pause();
		}
	}

	private void pause() {
		try {
			Thread.sleep(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
