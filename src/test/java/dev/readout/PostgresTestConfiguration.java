package dev.readout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.readout.database.EmbeddedPostgresServer;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The real PostgreSQL every database test runs against: a Testcontainers container where
 * a Docker engine is available, otherwise one embedded server per test run in a
 * throw-away directory, shared by all test contexts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	static final String POSTGRES_IMAGE = "postgres:17.6-alpine";

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(POSTGRES_IMAGE);
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails() {
		return SharedEmbeddedPostgres.SERVER.connectionDetails();
	}

	/**
	 * As in the application, for what works on the embedded server only (its backup);
	 * stopped at exit, not with a context.
	 */
	@Bean(destroyMethod = "")
	@Conditional(DockerUnavailable.class)
	EmbeddedPostgresServer embeddedPostgresServer() {
		return SharedEmbeddedPostgres.SERVER;
	}

	/** Started on first use and stopped when the test JVM exits. */
	private static final class SharedEmbeddedPostgres {

		static final EmbeddedPostgresServer SERVER = start();

		private static EmbeddedPostgresServer start() {
			try {
				Path directory = Files.createTempDirectory("readout-test-postgres");
				EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						server.close();
						FileSystemUtils.deleteRecursively(directory);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}));
				return server;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	static final class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DockerClientFactory.instance().isDockerAvailable();
		}

	}

	static final class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !DockerClientFactory.instance().isDockerAvailable();
		}

	}

}
