package dev.readout.form;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import dev.readout.vocabulary.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How forms read what an analyst typed: blanks, lists one item per line, and dates at the
 * precision they are written in, read back exactly as a form shows them.
 */
class FormTextTests {

	private final DateAtPrecision.Validator datesAtPrecision = new DateAtPrecision.Validator();

	@Test
	void storesNoEmptyStringAndNoCharacterPostgresCannotHold() {
		assertThat(FormText.orNull("  ")).isNull();
		assertThat(FormText.orNull("  Wang Yi ")).isEqualTo("Wang Yi");
		assertThat(FormText.storable("Wang\u0000 Yi")).isEqualTo("Wang Yi");
		assertThat(FormText.storable(null)).isNull();
	}

	@Test
	void replacesHalfACharacterButKeepsWholeOnes() {
		assertThat(FormText.storable("Xi\uD800 meets")).isEqualTo("Xi\uFFFD meets");
		assertThat(FormText.storable("\uDFFFabc")).isEqualTo("\uFFFDabc");
		assertThat(FormText.storable("👍🏽 王毅 𠀀")).isEqualTo("👍🏽 王毅 𠀀");
	}

	@Test
	void takesAListOneItemPerLineWhateverTheLineEnds() {
		assertThat(FormText.lines("Tony Blinken\r\n\n  America's top diplomat \r")).containsExactly("Tony Blinken",
				"America's top diplomat");
		assertThat(FormText.lines((String) null)).isEmpty();
		assertThat(FormText.lines(List.of("a", "b"))).isEqualTo("a\nb");
		assertThat(FormText.chosen(Arrays.asList("US", null, "CN"))).as("the gaps a form leaves")
			.containsExactly("US", "CN");
		assertThat(FormText.chosen(null)).isEmpty();
	}

	@Test
	void readsADateBackAtThePrecisionAFormWroteIt() {
		for (PartialDate date : List.of(PartialDate.day(LocalDate.of(2023, 6, 19)),
				PartialDate.month(YearMonth.of(2023, 5)), PartialDate.year(2013))) {
			assertThat(FormText.partialDate(FormText.asWritten(date))).isEqualTo(date);
		}
		assertThat(FormText.asWritten(null)).isEmpty();
		assertThat(FormText.partialDate("June 2023")).as("not an ISO form: left for the validator").isNull();
		assertThat(FormText.date("2023-02-30")).as("a day that does not exist").isNull();
	}

	@Test
	void acceptsADateAtAnyPrecisionOrNoneAndRefusesAnythingElse() {
		assertThat(this.datesAtPrecision.isValid("", null)).isTrue();
		assertThat(this.datesAtPrecision.isValid("2023", null)).isTrue();
		assertThat(this.datesAtPrecision.isValid("2023-06", null)).isTrue();
		assertThat(this.datesAtPrecision.isValid("2023-06-19", null)).isTrue();
		assertThat(this.datesAtPrecision.isValid("19 June 2023", null)).isFalse();
		assertThat(this.datesAtPrecision.isValid("2023-6", null)).isFalse();
	}

}
