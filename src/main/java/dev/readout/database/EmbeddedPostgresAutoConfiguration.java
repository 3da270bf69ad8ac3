package dev.readout.database;

import java.io.IOException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Starts a real PostgreSQL inside the application when no database server is configured,
 * so that {@code ./mvnw spring-boot:run} or {@code java -jar} is all a laptop needs.
 * Backs off when {@code spring.datasource.url} is set or another
 * {@link JdbcConnectionDetails} exists (a Testcontainers service connection in tests).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
public class EmbeddedPostgresAutoConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseSettings settings) throws IOException {
		return EmbeddedPostgresServer.start(settings.dataDir());
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
		return server.connectionDetails();
	}

}
