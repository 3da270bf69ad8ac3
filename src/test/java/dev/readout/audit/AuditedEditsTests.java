package dev.readout.audit;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.readout.PageTest;
import dev.readout.source.Source;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps every editor shares: a revision from the version on record is saved and
 * audited with its values before and after; one from any other version, or from none,
 * changes nothing and leaves no line in the trail.
 */
@PageTest
@Transactional
@WithMockUser(username = "analyst7", roles = "ANALYST")
class AuditedEditsTests {

	@Autowired
	AuditedEdits edits;

	@Autowired
	AuditTrail trail;

	@Autowired
	EntityManager entities;

	@Test
	void savesAndAuditsARevisionMadeFromTheVersionOnRecord() {
		Source source = this.edits.create("SOURCE", new Source(null, "Before", null, null), AuditedEditsTests::values);
		int version = source.getVersion();

		Revision<Source> revision = this.edits.revise("SOURCE", source, version, AuditedEditsTests::values,
				changed -> changed.revise(null, "After", null, null));

		assertThat(revision.saved()).isTrue();
		assertThat(revision.record().getVersion()).isEqualTo(version + 1);
		// Newest first.
		assertThat(this.trail.historyOf("SOURCE", source.getId())).map(AuditEntry::action)
			.containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
		AuditEntry update = this.trail.historyOf("SOURCE", source.getId()).get(0);
		assertThat(update.actor()).isEqualTo("analyst7");
		assertThat(update.changes()).singleElement().satisfies(change -> assertThat(change.field()).isEqualTo("label"));
	}

	@Test
	void changesNothingWhenTheFormStartedFromAnotherVersionOrNone() {
		Source source = this.edits.create("SOURCE", new Source(null, "On record", null, null),
				AuditedEditsTests::values);
		AtomicBoolean applied = new AtomicBoolean();

		for (Integer stale : new Integer[] { source.getVersion() + 1, source.getVersion() - 1, null }) {
			Revision<Source> revision = this.edits.revise("SOURCE", source, stale, AuditedEditsTests::values,
					changed -> applied.set(true));
			assertThat(revision.saved()).isFalse();
			assertThat(revision.record()).isSameAs(source);
		}

		assertThat(applied).isFalse();
		this.entities.refresh(source);
		assertThat(source.getLabel()).isEqualTo("On record");
		assertThat(this.trail.historyOf("SOURCE", source.getId())).map(AuditEntry::action)
			.containsExactly(AuditAction.CREATE);
	}

	private static Map<String, Object> values(Source source) {
		return Map.of("label", source.getLabel());
	}

}
