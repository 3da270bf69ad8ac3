package dev.readout.vocabulary;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules of the shared vocabulary that pages rely on: which side's column comes first,
 * whose name a reader sees first, and what a claim must say.
 */
class SidesAndClaimsTests {

	@Test
	void givesTheUnitedStatesAndChinaAColumnEvenWithoutReadoutsThenOtherSidesByCode() {
		assertThat(Sides.withPrimary(List.of())).containsExactly("US", "CN");
		assertThat(Sides.withPrimary(List.of("RU", "CN", "GB", "CN"))).containsExactly("US", "CN", "GB", "RU");
	}

	@Test
	void ordersChinaAfterTheUnitedStatesAndEveryOtherSideAfterBoth() {
		assertThat(List.of("AU", "CN", "US").stream().sorted(Sides.ORDER)).containsExactly("US", "CN", "AU");
	}

	@Test
	void showsTheNameInChineseFirstOnlyToChineseReadersAndOnlyWhereOneIsOnRecord() {
		assertThat(NativeNames.nameIn(Locale.SIMPLIFIED_CHINESE, "Wang Yi", "王毅")).isEqualTo("王毅");
		assertThat(NativeNames.nameIn(Locale.TRADITIONAL_CHINESE, "Wang Yi", "王毅")).isEqualTo("王毅");
		assertThat(NativeNames.nameIn(Locale.SIMPLIFIED_CHINESE, "Antony Blinken", null)).isEqualTo("Antony Blinken");
		assertThat(NativeNames.nameIn(Locale.UK, "Wang Yi", "王毅")).isEqualTo("Wang Yi");
	}

	@Test
	void takesAClaimInAStatementOnlyWithSomeoneWhoMadeIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Attribution(null, StatementKind.READOUT));
		assertThat(new Attribution("Chinese foreign ministry", null).phrasedAs()).isEqualTo(StatementKind.UNSPECIFIED);
		assertThat(new Attribution("Chinese foreign ministry", StatementKind.SPOKESPERSON).phrasedAs())
			.isEqualTo(StatementKind.SPOKESPERSON);
	}

	@Test
	void givesTheApiNoAttributionWhereTheRecordSpeaksInItsOwnVoice() {
		assertThat(Attribution.orNone(null)).isSameAs(Attribution.NONE);
		assertThat(Attribution.statedOrNull(Attribution.NONE)).isNull();
		Attribution stated = new Attribution("US State Department", StatementKind.READOUT);
		assertThat(Attribution.statedOrNull(stated)).isSameAs(stated);
	}

	@Test
	void quotesWordsFromEveryKindOfStatementButTheRecordThatNoneWasIssued() {
		assertThat(StatementKind.spoken()).doesNotContain(StatementKind.NO_READOUT)
			.hasSize(StatementKind.values().length - 1)
			.startsWith(StatementKind.READOUT);
	}

}
