package dev.readout.official;

import java.util.List;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import dev.readout.audit.AuditAction;
import dev.readout.audit.AuditEntry;
import dev.readout.audit.AuditTrail;
import dev.readout.audit.Revision;
import dev.readout.official.OfficialForm.PositionRow;
import dev.readout.web.NotFoundException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The officials' editor below its form: what a new official and their positions are
 * recorded as, a position added from an import onto the version on record, and what is
 * refused.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst6", roles = "ANALYST")
class OfficialEditorTests {

	@Autowired
	OfficialEditor editor;

	@Autowired
	AuditTrail trail;

	@Autowired
	SeededRecord seeded;

	@Autowired
	EntityManager entities;

	@Test
	void recordsANewOfficialWithTheirNamesAndTheTitledPositionsOnly() {
		long report = this.seeded.wangYiReport();
		OfficialForm form = new OfficialForm("  Xie Feng ", "谢锋", "Ambassador Xie\n\n  Xie  \n", "CN", false, "",
				List.of(new PositionRow("Ambassador to the United States", "", "2023-05", "", report, null),
						new PositionRow("", "", "", "", null, null)),
				null);

		Official xie = this.editor.create(form);

		assertThat(xie.getFullName()).isEqualTo("Xie Feng");
		assertThat(xie.getAliases()).containsExactly("Ambassador Xie", "Xie");
		assertThat(xie.positionsOverTime()).singleElement().satisfies(position -> {
			assertThat(position.getTitle()).isEqualTo("Ambassador to the United States");
			assertThat(position.sourceId()).isEqualTo(report);
		});
		AuditEntry created = this.trail.historyOf(OfficialEditor.AUDIT_SUBJECT, xie.getId()).get(0);
		assertThat(created.action()).isEqualTo(AuditAction.CREATE);
		assertThat(created.actor()).isEqualTo("analyst6");
		assertThat(created.after()).containsEntry("fullName", "Xie Feng");
	}

	@Test
	void addsAPositionFromAnImportToThePositionsOnRecord() {
		long wangYi = this.seeded.official("Wang Yi");
		Official before = this.editor.find(wangYi);
		int positions = before.positionsOverTime().size();
		int version = before.getVersion();

		Official after = this.editor.addPosition(wangYi, PositionRow.titled("Member of the Politburo", null));
		this.entities.flush();

		assertThat(after.positionsOverTime()).hasSize(positions + 1)
			.extracting(Position::getTitle)
			.contains("Member of the Politburo");
		assertThat(after.getVersion()).isEqualTo(version + 1);
		assertThat(this.trail.historyOf(OfficialEditor.AUDIT_SUBJECT, wangYi).get(0).changes())
			.extracting(AuditEntry.FieldChange::field)
			.containsExactly("positions");
	}

	@Test
	void savesNothingFromAFormOpenedBeforeSomeoneElseSaved() {
		long wangYi = this.seeded.official("Wang Yi");
		OfficialForm opened = OfficialForm.from(this.editor.find(wangYi));
		this.editor.addPosition(wangYi, PositionRow.titled("Member of the Politburo", null));
		this.entities.flush();

		Revision<Official> refused = this.editor.revise(wangYi,
				new OfficialForm("Wang Yi (renamed)", opened.nativeName(), opened.aliases(), opened.country(), false,
						"", opened.positions(), opened.version()));

		assertThat(refused.saved()).isFalse();
		assertThat(refused.record().getFullName()).isEqualTo("Wang Yi");
	}

	@Test
	void refusesAPositionCitingASourceThatIsNotOnRecord() {
		OfficialForm citingNothing = OfficialForm.of("Xie Feng", "CN",
				PositionRow.titled("Ambassador to the United States", -1L));

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.create(citingNothing));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.find(-1));
	}

}
