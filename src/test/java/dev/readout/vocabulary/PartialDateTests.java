package dev.readout.vocabulary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import dev.readout.ApplicationMessages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTests {

	private final PartialDateFormatter formatter = new PartialDateFormatter(ApplicationMessages.load());

	@Test
	void leavesDaysAfterADayInsideItsMonthOrYearOnly() {
		PartialDate year = PartialDate.year(2023);
		assertThat(year.leavesDaysAfter(LocalDate.of(2023, 6, 19))).isTrue();
		assertThat(year.leavesDaysAfter(LocalDate.of(2023, 12, 31))).as("no day left").isFalse();
		assertThat(year.leavesDaysAfter(LocalDate.of(2022, 12, 31))).as("before the year").isFalse();
		assertThat(PartialDate.month(YearMonth.of(2023, 6)).leavesDaysAfter(LocalDate.of(2023, 6, 19))).isTrue();
		assertThat(PartialDate.day(LocalDate.of(2023, 6, 20)).leavesDaysAfter(LocalDate.of(2023, 6, 19))).isFalse();
	}

	@Test
	void printsADateTheChineseWay() {
		assertThat(this.formatter.print(PartialDate.day(LocalDate.of(2023, 6, 19)), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("2023年6月19日");
		assertThat(this.formatter.print(PartialDate.month(YearMonth.of(2023, 6)), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("2023年6月");
		assertThat(this.formatter.print(PartialDate.year(2023), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2023年");
	}

	@Test
	void printsADateAtItsPrecision() {
		assertThat(this.formatter.print(PartialDate.day(LocalDate.of(2023, 6, 18)), Locale.UK))
			.isEqualTo("18 June 2023");
		assertThat(this.formatter.print(PartialDate.month(YearMonth.of(2023, 5)), Locale.UK)).isEqualTo("May 2023");
		assertThat(this.formatter.print(PartialDate.year(2023), Locale.UK)).isEqualTo("2023");
	}

	@Test
	void readsTheIsoFormsOfEachPrecision() throws Exception {
		assertThat(this.formatter.parse("2023-06-18", Locale.UK)).isEqualTo(PartialDate.day(LocalDate.of(2023, 6, 18)));
		assertThat(this.formatter.parse("2023-05", Locale.UK)).isEqualTo(PartialDate.month(YearMonth.of(2023, 5)));
		assertThat(this.formatter.parse("2023", Locale.UK)).isEqualTo(PartialDate.year(2023));
	}

	@Test
	void coversEveryDayOfItsPeriod() {
		PartialDate may = PartialDate.month(YearMonth.of(2023, 5));
		assertThat(may.earliestDay()).isEqualTo("2023-05-01");
		assertThat(may.latestDay()).isEqualTo("2023-05-31");
		assertThat(PartialDate.year(2024).latestDay()).isEqualTo("2024-12-31");
	}

	@Test
	void refusesACoarseDateThatIsNotTheStartOfItsPeriod() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PartialDate(LocalDate.of(2023, 5, 14), DatePrecision.MONTH));
	}

}
