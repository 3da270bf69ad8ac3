package dev.readout.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps the record.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data when no database server is
 * configured; unset means .readout/postgres in the home directory
 */
@ConfigurationProperties("readout")
public record EmbeddedDatabaseSettings(Path dataDir) {

	public EmbeddedDatabaseSettings {
		dataDir = (dataDir != null) ? dataDir : Path.of(System.getProperty("user.home"), ".readout", "postgres");
	}

}
