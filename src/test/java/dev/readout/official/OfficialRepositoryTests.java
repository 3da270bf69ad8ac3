package dev.readout.official;

import dev.readout.RepositoryTest;
import dev.readout.SeededRecord;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official's queries on their own, against the same real PostgreSQL and seeded
 * record: the official's page reads every position's sources, and must find them loaded.
 */
@RepositoryTest
class OfficialRepositoryTests {

	@Autowired
	OfficialRepository officials;

	@Autowired
	SeededRecord seeded;

	@Test
	void loadsAnOfficialsPositionsWithTheSourcesOfTheirStartsAndEnds() {
		Official qinGang = this.officials.findWithPositions(this.seeded.official("Qin Gang")).orElseThrow();
		Position minister = qinGang.positionsOverTime().get(0);
		assertThat(Hibernate.isInitialized(minister.getSource())).isTrue();
		assertThat(Hibernate.isInitialized(minister.getEndSource())).isTrue();
		assertThat(minister.getSource().getLabel()).startsWith("Qin Gang appointed foreign minister");
		assertThat(minister.getEndSource().getLabel()).startsWith("Wang Yi appointed foreign minister");
	}

	@Test
	void loadsAPositionWithoutSourcesAsSuch() {
		Official kritenbrink = this.officials.findWithPositions(this.seeded.official("Daniel Kritenbrink"))
			.orElseThrow();
		Position assistantSecretary = kritenbrink.positionsOverTime().get(0);
		assertThat(assistantSecretary.getStart()).isNull();
		assertThat(assistantSecretary.getSource()).isNull();
		assertThat(assistantSecretary.getEndSource()).isNull();
	}

}
