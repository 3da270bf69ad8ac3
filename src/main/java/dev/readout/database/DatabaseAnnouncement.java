package dev.readout.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which database holds the record, so nobody wonders where their work
 * went.
 */
@Component
class DatabaseAnnouncement implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAnnouncement.class);

	private final DataSource dataSource;

	DatabaseAnnouncement(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData database = connection.getMetaData();
			log.info("Readout's record is in {} {} at {}", database.getDatabaseProductName(),
					database.getDatabaseProductVersion(), database.getURL());
		}
	}

}
