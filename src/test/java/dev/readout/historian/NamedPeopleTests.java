package dev.readout.historian;

import java.time.LocalDate;

import dev.readout.historian.HistorianEntry.Kind;
import dev.readout.historian.NamedPeople.NamedPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people a Historian record names, read as an analyst would: only a known title at
 * the start of an item of the list of people met introduces a name.
 */
class NamedPeopleTests {

	@Test
	void readsTheTitledNamesOfTheListOfPeopleMetInOrder() {
		assertThat(NamedPeople
			.in("Met with President Xi Jinping, Foreign Minister Qin Gang and State Councilor " + "Wang Yi."))
			.containsExactly(new NamedPerson("President", "Xi Jinping"),
					new NamedPerson("Foreign Minister", "Qin Gang"), new NamedPerson("State Councilor", "Wang Yi"));
	}

	@Test
	void readsTheLongestTitleSoThatAVicePremierIsNoPremier() {
		assertThat(NamedPeople.in("Met with Vice Premier Liu He."))
			.containsExactly(new NamedPerson("Vice Premier", "Liu He"));
	}

	@Test
	void takesASurnameAloneForTheMatchingToDecide() {
		assertThat(NamedPeople.in("Met with President Hu in Beijing.")).singleElement()
			.satisfies(person -> assertThat(person.isFullName()).isFalse());
		assertThat(NamedPeople.in("Premier Zhao Ziyang")).singleElement()
			.satisfies(person -> assertThat(person.isFullName()).isTrue());
	}

	@Test
	void namesNoOneOutsideTheListOfPeopleMet() {
		assertThat(NamedPeople.in("Discussed Russian Prime Minister Putin's visit.")).isEmpty();
		assertThat(NamedPeople.in("Met with the Hong Kong Executive.")).isEmpty();
		assertThat(NamedPeople.in("Attended a banquet.")).isEmpty();
	}

	@Test
	void readsTheRecordWhateverItsLineBreaks() {
		assertThat(NamedPeople.in("Met with\n  President   Jiang Zemin\tand Premier Li Peng."))
			.containsExactly(new NamedPerson("President", "Jiang Zemin"), new NamedPerson("Premier", "Li Peng"));
	}

	@Test
	void aContactBetweenTheTwoIsATripToChinaOrAVisitFromIt() {
		HistorianEntry toChina = entry(Kind.TRIP, "china", "2023-06-18", "2023-06-19");
		HistorianEntry toJapan = entry(Kind.TRIP, "japan", "2023-06-20", "2023-06-21");

		assertThat(toChina.isUsChinaContact()).isTrue();
		assertThat(toJapan.isUsChinaContact()).isFalse();
		assertThat(toChina.overlaps(entry(Kind.VISIT, "china", "2023-06-19", "2023-06-22"))).as("one day in common")
			.isTrue();
		assertThat(toChina.overlaps(toJapan)).isFalse();
		assertThat(toChina.isPresidentsTrip()).isFalse();
	}

	private static HistorianEntry entry(Kind kind, String country, String start, String end) {
		return new HistorianEntry(kind, 1, (kind == Kind.TRIP) ? "secretary" : null, null, "Antony J. Blinken",
				LocalDate.parse(start), LocalDate.parse(end), country, country, null, " Met with\n officials. ", null,
				null, null, null);
	}

}
