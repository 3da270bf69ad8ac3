package dev.readout.historian;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import dev.readout.historian.HistorianEntry.Kind;
import dev.readout.historian.HistorianPeople.Unmatched;
import dev.readout.official.Official;
import dev.readout.official.OfficialEditor;
import dev.readout.source.Source;
import dev.readout.source.SourceRepository;
import dev.readout.vocabulary.PartialDate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom a Historian record's list of people met names, against officials made here: a
 * surname alone only for who held that title on the record's date, the traveller's own
 * side left out, a name a letter or two off one on record taken for a misspelling and
 * matched to no one, and someone named in full and not on record added.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst8", roles = "ANALYST")
class HistorianPeopleTests {

	@Autowired
	OfficialEditor editor;

	@Autowired
	SourceRepository sources;

	@Autowired
	SeededRecord seeded;

	private final Official hu = official("Hu Jintao", "CN", "President", 2003, 2013);

	private final Official xi = official("Xi Jinping", "CN", "President", 2013, null);

	private final Official qin = official("Qin Gang", "CN", "Foreign Minister", 2022, 2023);

	private final Official obama = official("Barack Obama", "US", "President", 2009, 2017);

	@Test
	void matchesASurnameAloneOnlyToWhoeverHeldThatTitleOnTheRecordsDate() {
		HistorianPeople people = people();

		assertThat(people.counterparts(trip(2011, "Met with President Hu.")).met()).containsExactly(this.hu);
		HistorianPeople.Counterparts later = people.counterparts(trip(2015, "Met with President Hu."));
		assertThat(later.met()).isEmpty();
		assertThat(later.unmatched()).containsExactly(new Unmatched("President Hu", null));
	}

	@Test
	void leavesTheTravellersOwnSideOutOfTheCounterparts() {
		HistorianPeople.Counterparts met = people().counterparts(
				trip(2014, "Accompanied President Obama; met with President Obama and President Xi Jinping."));

		assertThat(met.side()).isEqualTo("CN");
		assertThat(met.met()).containsExactly(this.xi);
		assertThat(met.unmatched()).isEmpty();
	}

	@Test
	void takesANameALetterOrTwoOffOneOnRecordForAMisspellingAndMatchesItToNoOne() {
		HistorianPeople people = people();
		HistorianEntry misspelt = trip(2023, "Met with Foreign Minister Qin Gnag.");

		people.addNamedInFull(List.of(misspelt), Map.of(misspelt, source()));

		HistorianPeople.Counterparts met = people.counterparts(misspelt);
		assertThat(met.met()).isEmpty();
		assertThat(met.unmatched()).containsExactly(new Unmatched("Foreign Minister Qin Gnag", "Qin Gang"));
	}

	@Test
	void addsSomeoneNamedInFullWhomNoOneOnRecordIsWithTheTitleTheRecordGives() {
		HistorianPeople people = people();
		HistorianEntry trip = trip(2023, "Met with Vice Premier He Lifeng and Foreign Minister Qin Gang.");

		people.addNamedInFull(List.of(trip), Map.of(trip, source()));

		assertThat(people.counterparts(trip).met()).extracting(Official::getFullName)
			.containsExactlyInAnyOrder("He Lifeng", "Qin Gang");
		Official he = people.counterparts(trip)
			.met()
			.stream()
			.filter(official -> official.getFullName().equals("He Lifeng"))
			.findFirst()
			.orElseThrow();
		assertThat(he.getId()).as("recorded").isNotNull();
		assertThat(he.getCountry()).isEqualTo("CN");
		assertThat(he.positionsOverTime()).singleElement()
			.satisfies(position -> assertThat(position.getTitle()).isEqualTo("Vice Premier"));
	}

	@Test
	void takesTitlesTheRecordsWriteTwoWaysForOneOffice() {
		assertThat(HistorianPeople.sameTitle("Prime Minister", "Premier")).isTrue();
		assertThat(HistorianPeople.sameTitle("State Councilor", "State Counselor")).isTrue();
		assertThat(HistorianPeople.sameTitle("President of the People's Republic of China", "President")).isTrue();
		assertThat(HistorianPeople.sameTitle("Vice President", "President")).isFalse();
		assertThat(HistorianPeople.sameTitle("Vice Premier", "Premier")).isFalse();
	}

	private HistorianPeople people() {
		return new HistorianPeople(this.editor, List.of(this.hu, this.xi, this.qin, this.obama));
	}

	private Source source() {
		return this.sources.findById(this.seeded.wangYiReport()).orElseThrow();
	}

	private static HistorianEntry trip(int year, String remarks) {
		LocalDate day = LocalDate.of(year, 6, 18);
		return new HistorianEntry(Kind.TRIP, year, "secretary", "secretary-of-state", "A Secretary of State", day, day,
				"china", "China", "Beijing", remarks, "historian", "2024-01-01T00:00:00Z", "historian",
				"2024-01-01T00:00:00Z");
	}

	private static Official official(String name, String country, String title, int from, Integer to) {
		Official official = new Official(name, null, country);
		official.holdPosition(title, null, PartialDate.parse(Integer.toString(from)),
				(to != null) ? PartialDate.parse(Integer.toString(to)) : null);
		return official;
	}

}
