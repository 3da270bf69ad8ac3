package dev.readout.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions are kept in PostgreSQL (Spring Session JDBC) so restarts keep people signed
 * in.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Two requests of one session (an analyst's two tabs) may both add the same
	 * attribute, such as the CSRF token; the second insert then updates rather than
	 * failing on the primary key.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesWrittenByConcurrentRequests() {
		return repository -> repository.setCreateSessionAttributeQuery(
				"""
						INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
						VALUES (?, ?, ?)
						ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""");
	}

}
