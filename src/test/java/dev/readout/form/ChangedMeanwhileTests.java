package dev.readout.form;

import java.time.Instant;
import java.util.Map;

import dev.readout.audit.AuditAction;
import dev.readout.audit.AuditEntry;
import dev.readout.audit.EditableRecord;
import dev.readout.audit.Revision;
import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save refused because someone else saved first goes back to the form with the
 * analyst's input kept, who saved meanwhile and when, and the record as it is now beside
 * it.
 */
class ChangedMeanwhileTests {

	record TitleForm(String title, int version) {
	}

	record Meeting(long id, int version) implements EditableRecord {

		@Override
		public Long getId() {
			return this.id;
		}

		@Override
		public int getVersion() {
			return this.version;
		}

	}

	private static final Instant SAVED_AT = Instant.parse("2023-06-19T08:00:00Z");

	@Test
	void sendsTheAnalystBackToTheFormWithTheirInputAndWhoSavedMeanwhile() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		AuditEntry meanwhile = new AuditEntry(7, SAVED_AT, "analyst2", AuditAction.UPDATE, "MEETING", 3L, null, null,
				null, null);
		TitleForm kept = new TitleForm("Blinken meets Xi", 4);

		String view = ChangedMeanwhile.backToForm(redirect, new Revision<>(new Meeting(3, 4), false, meanwhile), kept,
				"/meetings/3/edit");

		assertThat(view).isEqualTo("redirect:/meetings/3/edit");
		Map<String, Object> flashed = Map.copyOf(redirect.getFlashAttributes());
		assertThat(flashed).containsEntry("form", kept)
			.containsEntry("changedMeanwhile", true)
			.containsEntry("savedMeanwhile", new ChangedMeanwhile.SavedBy("analyst2", SAVED_AT));
	}

	@Test
	void saysNothingOfWhoSavedWhenTheTrailDoesNotHaveIt() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

		ChangedMeanwhile.backToForm(redirect, new Revision<>(new Meeting(3, 4), false, null),
				new TitleForm("Blinken meets Xi", 4), "/meetings/3/edit");

		assertThat(redirect.getFlashAttributes()).containsKeys("form", "changedMeanwhile")
			.doesNotContainKey("savedMeanwhile");
	}

	@Test
	void showsTheKeptInputWithTheRecordBesideItOnlyAfterARefusedSave() {
		TitleForm onRecord = new TitleForm("Blinken meets Xi Jinping", 5);
		TitleForm kept = new TitleForm("Blinken meets Xi", 5);

		Model fresh = new ExtendedModelMap();
		assertThat(ChangedMeanwhile.formToShow(fresh, onRecord)).isSameAs(onRecord);
		assertThat(fresh.containsAttribute("onRecord")).isFalse();

		Model afterRefusal = new ExtendedModelMap().addAttribute("form", kept).addAttribute("changedMeanwhile", true);
		assertThat(ChangedMeanwhile.formToShow(afterRefusal, onRecord)).isSameAs(kept);
		assertThat(afterRefusal.getAttribute("onRecord")).isSameAs(onRecord);
	}

}
