package dev.readout.agreement;

import java.time.LocalDate;

import dev.readout.vocabulary.Attribution;
import dev.readout.vocabulary.StatementKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An agreement's history: appended in date order, its status always the latest entry's.
 */
class AgreementTests {

	private static final LocalDate AGREED_ON = LocalDate.of(2023, 6, 19);

	private final Agreement agreement = new Agreement(null, "Increase passenger flights", AgreementStatus.AGREED,
			AGREED_ON, null, new Attribution("US State Department", StatementKind.READOUT), null);

	@Test
	void startsWithTheStatusItWasRecordedWith() {
		assertThat(this.agreement.getStatus()).isEqualTo(AgreementStatus.AGREED);
		assertThat(this.agreement.recordedOn()).isEqualTo(AGREED_ON);
		assertThat(this.agreement.getHistory()).singleElement()
			.satisfies(change -> assertThat(change.getAttribution().claimedBy()).isEqualTo("US State Department"));
	}

	@Test
	void appendsEachChangeAndTakesItsStatusKeepingTheFirstDate() {
		this.agreement.changeStatus(AgreementStatus.IN_PROGRESS, AGREED_ON.plusMonths(2), "Schedules filed", null,
				null);
		this.agreement.changeStatus(AgreementStatus.IMPLEMENTED, AGREED_ON.plusMonths(5), null, null, null);

		assertThat(this.agreement.getStatus()).isEqualTo(AgreementStatus.IMPLEMENTED);
		assertThat(this.agreement.getHistory()).extracting(StatusChange::getStatus)
			.containsExactly(AgreementStatus.AGREED, AgreementStatus.IN_PROGRESS, AgreementStatus.IMPLEMENTED);
		assertThat(this.agreement.recordedOn()).isEqualTo(AGREED_ON);
		assertThat(this.agreement.lastChangedOn()).isEqualTo(AGREED_ON.plusMonths(5));
	}

	@Test
	void takesTwoChangesOnOneDayButNoneDatedBeforeTheLast() {
		this.agreement.changeStatus(AgreementStatus.STALLED, AGREED_ON, null, null, null);

		assertThatIllegalArgumentException().isThrownBy(
				() -> this.agreement.changeStatus(AgreementStatus.DECLINED, AGREED_ON.minusDays(1), null, null, null));
		assertThat(this.agreement.getStatus()).isEqualTo(AgreementStatus.STALLED);
		assertThat(this.agreement.getHistory()).hasSize(2);
	}

	@Test
	void givesAChangeWithoutAClaimTheAttributionOfNoOne() {
		this.agreement.changeStatus(AgreementStatus.IN_PROGRESS, AGREED_ON.plusDays(1), null, null, null);

		assertThat(this.agreement.latestChange().getAttribution()).isEqualTo(Attribution.NONE);
	}

	@Test
	void letsNoOneRewriteTheHistoryFromOutside() {
		assertThatThrownBy(() -> this.agreement.getHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

}
