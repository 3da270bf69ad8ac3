package dev.readout;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application through MockMvc, on real PostgreSQL with the seeded
 * record. All page and repository tests share this one application context. Rendered
 * timeline pages, searches and PDFs are not kept between requests here: tests change the
 * record without the audit events that tell those caches; {@code KeptWhileUnchangedTests}
 * tests keeping them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "readout.cache.while-record-unchanged=false")
@AutoConfigureMockMvc
@Import({ PostgresTestConfiguration.class, SqlStatementCounter.class, SeededRecord.class })
public @interface PageTest {

}
