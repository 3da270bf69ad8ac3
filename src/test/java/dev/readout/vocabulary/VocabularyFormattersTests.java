package dev.readout.vocabulary;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import dev.readout.ApplicationMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The record's vocabulary as a reader sees it, in both interface languages: how long a
 * contact lasted, country names, and the ISO forms a form or the API accepts.
 */
class VocabularyFormattersTests {

	private final DurationFormatter durations = new DurationFormatter(ApplicationMessages.load());

	private final Countries countries = new Countries();

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void saysHowLongAContactLastedAsAnAnalystWould() {
		assertThat(this.durations.print(Duration.ofMinutes(45), Locale.UK)).isEqualTo("45 min");
		assertThat(this.durations.print(Duration.ofHours(3), Locale.UK)).isEqualTo("3 h");
		assertThat(this.durations.print(Duration.ofMinutes(450), Locale.UK)).isEqualTo("7 h 30 min");
		assertThat(this.durations.print(Duration.ofDays(1), Locale.UK)).isEqualTo("1 day");
		assertThat(this.durations.print(Duration.ofDays(2), Locale.UK)).isEqualTo("2 days");
		assertThat(this.durations.print(Duration.ofHours(25), Locale.UK)).as("not a whole number of days")
			.isEqualTo("25 h");
	}

	@Test
	void saysHowLongAContactLastedAtTheEdgesOfEachUnit() {
		assertThat(this.durations.print(Duration.ofMinutes(1), Locale.UK)).isEqualTo("1 min");
		assertThat(this.durations.print(Duration.ofMinutes(59), Locale.UK)).isEqualTo("59 min");
		assertThat(this.durations.print(Duration.ofMinutes(60), Locale.UK)).isEqualTo("1 h");
		assertThat(this.durations.print(Duration.ofMinutes(61), Locale.UK)).isEqualTo("1 h 1 min");
		assertThat(this.durations.print(Duration.ofMinutes(1439), Locale.UK)).isEqualTo("23 h 59 min");
		assertThat(this.durations.print(Duration.ofMinutes(1440), Locale.UK)).isEqualTo("1 day");
		assertThat(this.durations.print(Duration.ofMinutes(1441), Locale.UK)).isEqualTo("24 h 1 min");
		assertThat(this.durations.print(Duration.ofDays(366), Locale.UK)).isEqualTo("366 days");
	}

	@Test
	void saysHowLongAContactLastedInChinese() {
		assertThat(this.durations.print(Duration.ofMinutes(450), Locale.SIMPLIFIED_CHINESE)).isEqualTo("7小时30分钟");
		assertThat(this.durations.print(Duration.ofDays(2), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2天");
	}

	@Test
	void namesACountryInTheReadersLanguageEachTimeItIsAsked() {
		LocaleContextHolder.setLocale(Locale.UK);
		assertThat(this.countries.name("CN")).isEqualTo("China");
		assertThat(this.countries.name("US")).isEqualTo("United States");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.countries.name("CN")).as("kept per language, not once for all").isEqualTo("中国");
		assertThat(this.countries.all()).extracting(Countries.Country::code).contains("CN", "US", "TW");
		LocaleContextHolder.setLocale(Locale.UK);
		assertThat(this.countries.all().get(0).name()).as("sorted by name in the reader's language")
			.isEqualTo("Afghanistan");
	}

	@Test
	void readsOnlyTheIsoFormsOfADate() {
		assertThat(PartialDate.parse(" 2023-06 ")).isEqualTo(PartialDate.month(YearMonth.of(2023, 6)));
		assertThat(PartialDate.parse("2024").daysInPeriod()).as("a leap year").isEqualTo(366);
		assertThat(PartialDate.parse("2023-02").daysInPeriod()).isEqualTo(28);
		assertThat(PartialDate.parse("2023-06-19").isExactDay()).isTrue();
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> PartialDate.parse("19/06/2023"));
		assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> PartialDate.parse("2023-13"));
		assertThat(PartialDate.day(LocalDate.of(2023, 6, 19)).latestDay()).isEqualTo("2023-06-19");
	}

}
