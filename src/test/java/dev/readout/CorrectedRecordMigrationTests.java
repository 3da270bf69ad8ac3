package dev.readout;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.postgresql.Driver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that holds the old starting record (as every installation before V8 does) is
 * brought to the corrected record by the migrations (V8 and V10), not only a fresh one.
 */
@PageTest
class CorrectedRecordMigrationTests {

	private final String database = "upgrade_" + UUID.randomUUID().toString().replace("-", "");

	@Autowired
	JdbcConnectionDetails server;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void dropTheDatabase() {
		this.jdbc.sql("drop database if exists " + this.database + " with (force)").update();
	}

	@Test
	void upgradesAnInstallationHoldingTheOldSeedToTheCorrectedRecord() {
		this.jdbc.sql("create database " + this.database).update();
		SimpleDriverDataSource upgraded = new SimpleDriverDataSource(new Driver(),
				this.server.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + this.database + "$1"),
				this.server.getUsername(), this.server.getPassword());
		JdbcClient old = JdbcClient.create(upgraded);

		migrate(upgraded, "7");
		assertThat(characterisations(old, 2)).containsExactly("stable, predictable, and constructive");
		assertThat(status(old, 4)).isEqualTo("AGREED");

		migrate(upgraded, "latest");
		// State media's words are no longer the ministry's; they are a statement of their
		// own.
		assertThat(characterisations(old, 2)).isEmpty();
		assertThat(old.sql("""
				select r.kind from readout r join readout_characterisation c on c.readout_id = r.id
				where c.phrase = 'stable, predictable, and constructive'""").query(String.class).list())
			.containsExactly("STATE_MEDIA");
		assertThat(status(old, 4)).isEqualTo("PROPOSED");
		assertThat(old.sql("select kind from readout where meeting_id = 3 order by kind").query(String.class).list())
			.containsExactly("REMARKS", "TRANSCRIPT");
		assertThat(old.sql("select time_scheduled from meeting where id = 3").query(Boolean.class).single()).isTrue();
		// Bali is not in the US daily's edition (A2), only in the others and the public
		// record.
		assertThat(old.sql("select source_id from meeting_source where meeting_id = 4 and source_id <= 5 order by 1")
			.query(Long.class)
			.list()).containsExactly(3L, 4L, 5L);
		// Claims keep their attribution as data; Vienna is two days in May; Gates speaks
		// for no government.
		assertThat(old.sql("""
				select claimed_by || ' ' || claimed_in from agreement_status_change
				where agreement_id in (5, 6) order by agreement_id""").query(String.class).list())
			.containsExactly("Xi Jinping TRANSCRIPT", "Blinken REMARKS");
		assertThat(old.sql("select status_claimed_by from channel where id = 4").query(String.class).single())
			.isEqualTo("the United States");
		assertThat(old.sql("select span_days from meeting where id = 7").query(Integer.class).single()).isEqualTo(2);
		assertThat(old.sql("select count(*) from participant where official_id = 13 and side is not null")
			.query(Integer.class)
			.single()).isZero();
		// Every tenure date cites a report that states it (V10, V19), but the ends no
		// report on hand states.
		assertThat(old.sql("select count(*) from official_position where start_date is not null and source_id is null")
			.query(Integer.class)
			.single()).isZero();
		assertThat(old.sql("""
				select o.full_name from official_position p join official o on o.id = p.official_id
				where p.end_date is not null and p.end_source_id is null order by 1""").query(String.class).list())
			.containsExactly("Gina Raimondo", "Jake Sullivan", "Janet Yellen", "John Kerry");
	}

	private static void migrate(SimpleDriverDataSource dataSource, String target) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
	}

	private static List<String> characterisations(JdbcClient jdbc, long readout) {
		return jdbc.sql("select phrase from readout_characterisation where readout_id = ? order by position")
			.param(readout)
			.query(String.class)
			.list();
	}

	private static String status(JdbcClient jdbc, long agreement) {
		return jdbc.sql("select status from agreement where id = ?").param(agreement).query(String.class).single();
	}

}
