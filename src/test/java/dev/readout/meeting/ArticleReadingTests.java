package dev.readout.meeting;

import java.time.LocalDate;
import java.util.List;

import dev.readout.official.Official;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new contact's form takes from an article: who it names, the day it gives and who
 * said the words it quotes. Written texts, not news prose; the officials are made here,
 * not loaded.
 */
class ArticleReadingTests {

	private static final LocalDate MONDAY = LocalDate.of(2023, 6, 19);

	private final Official blinken = official("Antony Blinken", null, "US", "Tony Blinken");

	private final Official wang = official("Wang Yi", "王毅", "CN", null);

	private final Official qin = official("Qin Gang", "秦刚", "CN", null);

	private final Official wangWenbin = official("Wang Wenbin", "汪文斌", "CN", null);

	private final Official burns = official("Nicholas Burns", null, "US", null);

	@Test
	void namesOfficialsByFullNameNativeNameOrAliasInTheOrderTheTextFirstNamesThem() {
		ArticleReading reading = read("Tony Blinken arrived. Later 秦刚 hosted him; Nicholas Burns took notes.");

		assertThat(reading.officials()).containsExactly(this.blinken, this.qin, this.burns);
	}

	@Test
	void namesAnOfficialByASurnameThatNoOtherOfficialOnRecordShares() {
		assertThat(read("Mr. Qin spoke first.").officials()).containsExactly(this.qin);
		// Two officials on record are called Wang: "Mr. Wang" could be either.
		assertThat(read("Mr. Wang spoke first.").officials()).isEmpty();
	}

	@Test
	void findsANameOnlyAsWholeWordsInLatinScript() {
		// "Burnside" holds "Burns" and "Qinghai" holds "Qin": neither names anyone.
		assertThat(read("A delegation from Burnside toured Qinghai.").officials()).isEmpty();
	}

	@Test
	void namesEachOfficialOnceHoweverOftenTheTextNamesThem() {
		assertThat(read("Qin Gang met Burns. Qin Gang then left; Mr. Qin returned.").officials())
			.containsExactly(this.qin, this.burns);
	}

	@Test
	void takesTheFirstDateTheTextGivesWrittenEitherWay() {
		assertThat(read("Talks held on June 18, 2023 followed a call on 14 June 2023.").date())
			.isEqualTo(LocalDate.of(2023, 6, 18));
		assertThat(read("A call on 14 June 2023 came before talks held June 18, 2023.").date())
			.isEqualTo(LocalDate.of(2023, 6, 14));
	}

	/**
	 * Web pages keep names and dates together with non-breaking spaces, which an article
	 * read from a page keeps.
	 */
	@Test
	void readsNamesDatesAndQuotesSpacedWithNonBreakingSpaces() {
		ArticleReading reading = read("""
				Secretary Antony\u00a0Blinken met Qin\u202fGang on June\u00a018, 2023. \
				Blinken said: “We\u00a0agreed to keep\u00a0channels open.”""");

		assertThat(reading.officials()).containsExactly(this.blinken, this.qin);
		assertThat(reading.date()).isEqualTo(LocalDate.of(2023, 6, 18));
		assertThat(reading.quotations()).singleElement().satisfies(quotation -> {
			assertThat(quotation.speaker()).isEqualTo(this.blinken);
			assertThat(quotation.words()).isEqualTo("We agreed to keep channels open.");
		});
	}

	@Test
	void reckonsAWeekdayBackFromTheDayTheArticleWasPublished() {
		assertThat(read("The two met on Sunday in Beijing.").date()).isEqualTo(LocalDate.of(2023, 6, 18));
		assertThat(read("On Sunday, the two met in Beijing.").date()).as("at the start of a sentence")
			.isEqualTo(LocalDate.of(2023, 6, 18));
		// Published on a Monday, "on Monday" is that day.
		assertThat(read("They meet again on Monday.").date()).isEqualTo(MONDAY);
		// Without a publication date a weekday names no day.
		assertThat(ArticleReading.of("The two met on Sunday.", null, List.of()).date()).isNull();
	}

	/**
	 * News gives the year only when it is not the year of the report: "on June 18" in a
	 * report of 19 June 2023 is 18 June 2023, and "on December 28" in one of January the
	 * year before's.
	 */
	@Test
	void takesADayGivenWithoutItsYearInTheYearItLastFellBeforeTheReport() {
		assertThat(read("The two met on June 18 in Beijing.").date()).isEqualTo(LocalDate.of(2023, 6, 18));
		assertThat(read("The two met on 18 June in Beijing.").date()).isEqualTo(LocalDate.of(2023, 6, 18));
		assertThat(ArticleReading.of("Talks began on December 28.", LocalDate.of(2024, 1, 3), List.of()).date())
			.isEqualTo(LocalDate.of(2023, 12, 28));
		assertThat(read("Talks on June 18, 2022 set the course.").date()).as("a year given is taken")
			.isEqualTo(LocalDate.of(2022, 6, 18));
		assertThat(read("The May 2023 talks were cut short.").date()).as("a month and year name no day").isNull();
		assertThat(ArticleReading.of("The two met on June 18.", null, List.of()).date())
			.as("without a publication date, no year to give it")
			.isNull();
		assertThat(read("A call on 31 June was planned.").date()).isNull();
		assertThat(
				ArticleReading.of("Talks on February 29 were cut short.", LocalDate.of(2025, 1, 10), List.of()).date())
			.as("the last 29 February before the report")
			.isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void ignoresADateThatNamesNoDay() {
		assertThat(read("A plan dated 31 June 2023 was never written.").date()).isNull();
		assertThat(read("A plan dated 31 June 2023, signed 2 July 2023.").date()).isEqualTo(LocalDate.of(2023, 7, 2));
	}

	@Test
	void givesNoDateWhenTheTextGivesNone() {
		assertThat(read("The two sides met in Beijing.").date()).isNull();
	}

	@Test
	void attributesAQuoteToTheOfficialNamedJustBeforeIt() {
		ArticleReading reading = read("Qin Gang said: “the relationship is at its lowest point since it began.”");

		assertThat(reading.quotations()).singleElement().satisfies(quotation -> {
			assertThat(quotation.words()).isEqualTo("the relationship is at its lowest point since it began.");
			assertThat(quotation.speaker()).isEqualTo(this.qin);
		});
	}

	@Test
	void attributesAQuoteToTheOfficialNamedAfterItInTheSameSentence() {
		ArticleReading reading = read(
				"Nicholas Burns listened. \"We will keep these channels of talk open,\" Blinken said afterwards.");

		assertThat(reading.quotations()).singleElement()
			.satisfies(quotation -> assertThat(quotation.speaker()).isEqualTo(this.blinken));
	}

	@Test
	void givesANameBetweenTwoQuotesToTheNearerOne() {
		ArticleReading reading = read(
				"“Both sides agreed to keep talking in good faith,” Qin Gang said. Then Blinken added: “we will stay in touch with each other.”");

		assertThat(reading.quotations()).extracting(ArticleReading.Quotation::speaker)
			.containsExactly(this.qin, this.blinken);
	}

	@Test
	void looksForASpeakerOnlyWithinTheQuotesParagraph() {
		ArticleReading reading = read(
				"Wang Wenbin answered questions.\n\n“A statement with no one named near it at all.”");

		assertThat(reading.quotations()).singleElement()
			.satisfies(quotation -> assertThat(quotation.speaker()).isNull());
	}

	@Test
	void looksForASpeakerNoFurtherThanTwoHundredCharactersAway() {
		String far = "Qin Gang spoke. " + "The talks went on. ".repeat(12)
				+ "“words that nobody here is named beside.”";
		String near = "Qin Gang spoke. " + "The talks went on. ".repeat(8)
				+ "“words that somebody here is named beside.”";

		assertThat(read(far).quotations()).singleElement()
			.satisfies(quotation -> assertThat(quotation.speaker()).isNull());
		assertThat(read(near).quotations()).singleElement()
			.satisfies(quotation -> assertThat(quotation.speaker()).isEqualTo(this.qin));
	}

	@Test
	void takesOnlyQuotesLongEnoughToBeStatements() {
		// A scare-quoted word is not something somebody said.
		assertThat(read("Qin Gang called it “candid” and left.").quotations()).isEmpty();
	}

	private ArticleReading read(String text) {
		return ArticleReading.of(text, MONDAY, List.of(this.blinken, this.wang, this.qin, this.wangWenbin, this.burns));
	}

	private static Official official(String fullName, String nativeName, String country, String aliases) {
		Official official = new Official(fullName, nativeName, country);
		official.knownAlsoAs(aliases);
		return official;
	}

}
