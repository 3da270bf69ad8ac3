package dev.readout.historian;

import java.time.LocalDate;
import java.util.List;

import dev.readout.historian.HistorianEntry.Kind;
import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingFormat;
import dev.readout.meeting.MeetingLevel;
import dev.readout.meeting.MeetingStatus;
import dev.readout.vocabulary.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an import reports and proposes, on records written for it: the fields a newer
 * snapshot changed, as before and after; the counts an audit line keeps; and the title a
 * contact takes once the analyst confirms it held.
 */
class ImportReportTests {

	private static final HistorianEntry TRIP = new HistorianEntry(Kind.TRIP, 4145, "secretary", "blinken-antony-j",
			"Antony John Blinken ", LocalDate.of(2023, 6, 17), LocalDate.of(2023, 6, 19), "china", "China", "Beijing",
			"Met with President Xi Jinping\n  and Foreign Minister Qin Gang.", "hsg", "2023-06-20", "hsg",
			"2023-06-20");

	@Test
	void listsEachFieldANewerSnapshotChangedWithItsValuesBeforeAndAfter() {
		HistorianEntry newer = new HistorianEntry(Kind.TRIP, 4145, "secretary", "blinken-antony-j",
				"Antony John Blinken ", LocalDate.of(2023, 6, 18), LocalDate.of(2023, 6, 19), "china", "China",
				"Beijing, Shanghai", "Met with President Xi Jinping and Foreign Minister Qin Gang.", "hsg",
				"2023-06-20", "hsg", "2024-01-05");

		ImportReport.Change change = ImportReport.Change.between(TRIP, newer);

		assertThat(change.fields()).containsExactly("start-date: 2023-06-17 → 2023-06-18",
				"locale: Beijing → Beijing, Shanghai", "last-modified: 2023-06-20 → 2024-01-05");
		assertThat(change.record())
			.isEqualTo(new ImportReport.RecordRef(Kind.TRIP, 4145, "Antony John Blinken", LocalDate.of(2023, 6, 18)));
	}

	@Test
	void doesNotCountRemarksRewrappedOverOtherLinesAsAChange() {
		HistorianEntry rewrapped = new HistorianEntry(Kind.TRIP, 4145, "secretary", "blinken-antony-j",
				"Antony John Blinken ", LocalDate.of(2023, 6, 17), LocalDate.of(2023, 6, 19), "china", "China",
				"Beijing", "  Met with President Xi Jinping and\nForeign Minister Qin Gang. ", "hsg", "2023-06-20",
				"hsg", "2023-06-20");

		assertThat(ImportReport.Change.between(TRIP, rewrapped).fields()).isEmpty();
	}

	@Test
	void countsWhatWasSkippedAndSumsItAllUpForTheAuditTrail() {
		ImportReport.Tally tally = new ImportReport.Tally();
		tally.imported = 85;
		tally.merged = 9;
		tally.proposed = 3;

		ImportReport report = tally.report(7535, 97, 0, List.of());

		assertThat(report.skipped()).isEqualTo(7535 - 97);
		assertThat(report.auditSummary()).isEqualTo(
				"Office of the Historian: read 7535, US–China 97, imported 85, merged 9, proposed 3, unchanged 0, changed 0");
	}

	@Test
	void proposesTheContactsTitleWithoutTheExpectedAnAnalystAdded() {
		assertThat(proposed("Biden – Xi Jinping meeting at APEC (expected)").titleOnceHeld())
			.isEqualTo("Biden – Xi Jinping meeting at APEC");
		assertThat(proposed("Yellen visit (planned)").titleOnceHeld()).isEqualTo("Yellen visit");
		assertThat(proposed("Talks on the (expected) outcomes").titleOnceHeld())
			.isEqualTo("Talks on the (expected) outcomes");
	}

	@Test
	void proposesHeldOnlyForAContactNotOnRecordAsHeld() {
		assertThat(proposed("Yellen visit (planned)").proposesHeld()).isTrue();
		assertThat(new ProposedMatch(1, TRIP, contact("Blinken visit", MeetingStatus.HELD), List.of()).proposesHeld())
			.isFalse();
	}

	private static ProposedMatch proposed(String title) {
		return new ProposedMatch(1, TRIP, contact(title, MeetingStatus.PLANNED), List.of());
	}

	private static Meeting contact(String title, MeetingStatus status) {
		return new Meeting(title, PartialDate.day(LocalDate.of(2023, 11, 15)), MeetingFormat.IN_PERSON, status,
				MeetingLevel.LEADERS);
	}

}
