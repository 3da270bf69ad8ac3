package dev.readout.official;

import java.util.List;

import dev.readout.official.OfficialForm.PositionRow;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules an official's form keeps across its fields, row by row: a position needs its
 * title once anything else is given, ends no earlier than it starts at the precision
 * known, and cites a source for its end only when the end is on record.
 */
class OfficialFormRulesTests {

	@Test
	void asksForTheTitleOfARowWithAnythingElseGivenAndLeavesEmptyRowsAlone() {
		Errors errors = errors(new PositionRow("", "Ministry of Foreign Affairs", "", "", null, null),
				PositionRow.blank(), new PositionRow("  ", "", "2022-12", "", null, null));

		assertThat(codes(errors)).containsExactly("positions[0].title official.position.titleRequired",
				"positions[2].title official.position.titleRequired");
	}

	@Test
	void refusesAnEndBeforeTheStartAtThePrecisionKnown() {
		Errors errors = errors(new PositionRow("Foreign Minister", "", "2022-12-30", "2022-12-29", null, null),
				new PositionRow("Ambassador", "", "2021-07", "2021", null, null),
				new PositionRow("Vice Minister", "", "2019", "2018-12", null, null),
				new PositionRow("Spokesperson", "", "2020-02-01", "2020-02-01", null, null));

		// An end in the start's own year or month may fall after it: only the first and
		// third rows end before they start.
		assertThat(codes(errors)).containsExactly("positions[0].end official.position.endBeforeStart",
				"positions[2].end official.position.endBeforeStart");
	}

	@Test
	void refusesASourceForAnEndThatIsNotOnRecord() {
		Errors errors = errors(new PositionRow("Foreign Minister", "", "2022-12-30", "", 4L, 5L),
				new PositionRow("Foreign Minister", "", "2022-12-30", "2023-07-25", 4L, 5L));

		assertThat(codes(errors)).containsExactly("positions[0].endSourceId official.position.endSourceWithoutEnd");
	}

	@Test
	void leavesADateItCannotReadToItsOwnFieldsMessage() {
		Errors errors = errors(new PositionRow("Foreign Minister", "", "last winter", "2023", null, null));

		assertThat(codes(errors)).isEmpty();
	}

	@Test
	void citesTheSourcesOfStartsAndEndsEachOnce() {
		OfficialForm form = form(new PositionRow("Foreign Minister", "", "2022-12-30", "2023-07-25", 4L, 5L),
				new PositionRow("State Councilor", "", "2018", "", 4L, null));

		assertThat(form.citedSourceIds()).containsExactlyInAnyOrder(4L, 5L);
	}

	@Test
	void takesAnUnansweredPrivatePersonQuestionAsNo() {
		assertThat(new OfficialForm("Qin Gang", "", "", "CN", null, "", null, null).privatePerson()).isFalse();
		assertThat(new OfficialForm("Qin Gang", "", "", "CN", null, "", null, null).positions()).isEmpty();
	}

	private static OfficialForm form(PositionRow... rows) {
		return new OfficialForm("Qin Gang", "秦刚", "", "CN", false, "", List.of(rows), 0);
	}

	private static Errors errors(PositionRow... rows) {
		OfficialForm form = form(rows);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		form.rejectInconsistencies(errors);
		return errors;
	}

	private static List<String> codes(Errors errors) {
		return errors.getFieldErrors().stream().map(error -> error.getField() + " " + error.getCode()).toList();
	}

}
