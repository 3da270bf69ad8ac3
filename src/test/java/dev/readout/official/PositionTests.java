package dev.readout.official;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import dev.readout.vocabulary.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionTests {

	private final Official wangYi = new Official("Wang Yi", "王毅", "CN");

	{
		this.wangYi.holdPosition("Minister of Foreign Affairs", null, PartialDate.month(YearMonth.of(2013, 3)),
				PartialDate.day(LocalDate.of(2022, 12, 30)));
		this.wangYi.holdPosition("Director of the Office of the Central Foreign Affairs Commission", null,
				PartialDate.month(YearMonth.of(2023, 1)), null);
		this.wangYi.holdPosition("Minister of Foreign Affairs", null, PartialDate.day(LocalDate.of(2023, 7, 25)), null);
	}

	@Test
	void givesTheTitlesHeldOnADay() {
		assertThat(titlesOn(LocalDate.of(2023, 6, 19)))
			.containsExactly("Director of the Office of the Central Foreign Affairs Commission");
		assertThat(titlesOn(LocalDate.of(2023, 8, 1))).containsExactly(
				"Director of the Office of the Central Foreign Affairs Commission", "Minister of Foreign Affairs");
		assertThat(titlesOn(LocalDate.of(2022, 11, 14))).containsExactly("Minister of Foreign Affairs");
	}

	@Test
	void readsAMonthPreciseStartAsTheWholeMonth() {
		assertThat(titlesOn(LocalDate.of(2023, 1, 1)))
			.containsExactly("Director of the Office of the Central Foreign Affairs Commission");
		assertThat(titlesOn(LocalDate.of(2013, 3, 1))).containsExactly("Minister of Foreign Affairs");
		assertThat(titlesOn(LocalDate.of(2013, 2, 28))).isEmpty();
	}

	@Test
	void givesEveryTitleHeldDuringACoarseDate() {
		assertThat(this.wangYi.positionsHeldDuring(PartialDate.year(2023)).stream().map(Position::getTitle))
			.containsExactly("Director of the Office of the Central Foreign Affairs Commission",
					"Minister of Foreign Affairs");
	}

	@Test
	void marksAPositionWhoseTenureIsNotOnRecord() {
		Official kritenbrink = new Official("Daniel Kritenbrink", null, "US");
		Position assistantSecretary = kritenbrink.holdPosition("Assistant Secretary of State", null, null, null);
		assertThat(assistantSecretary.isTenureKnown()).isFalse();
		assertThat(kritenbrink.positionsHeldDuring(PartialDate.day(LocalDate.of(2023, 6, 1))))
			.containsExactly(assistantSecretary);
	}

	@Test
	void aTitleWithoutTenureCountsOnlyWhereNoDatedPositionCoversTheDate() {
		Official kerry = new Official("John Kerry", null, "US");
		kerry.holdPosition("Special Presidential Envoy for Climate", null, PartialDate.day(LocalDate.of(2021, 1, 20)),
				PartialDate.month(YearMonth.of(2024, 3)));
		kerry.holdPosition("Secretary of State", null, null, null);
		assertThat(
				kerry.positionsHeldDuring(PartialDate.day(LocalDate.of(2023, 6, 19))).stream().map(Position::getTitle))
			.containsExactly("Special Presidential Envoy for Climate");
		assertThat(
				kerry.positionsHeldDuring(PartialDate.day(LocalDate.of(2014, 2, 14))).stream().map(Position::getTitle))
			.containsExactly("Secretary of State");
	}

	private List<String> titlesOn(LocalDate day) {
		return this.wangYi.positionsHeldDuring(PartialDate.day(day)).stream().map(Position::getTitle).toList();
	}

}
