package dev.readout.web;

import java.text.MessageFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The interface's messages, formatted by each request on a format of its own. */
class InterfaceMessagesTests {

	private final InterfaceMessages messages = new InterfaceMessages();

	@Test
	void givesEachRequestAFormatOfItsOwnSoThatNoneWaitsForAnother() {
		MessageFormat one = this.messages.resolveCode("timeline.readouts.count", InterfaceLanguage.ENGLISH);
		MessageFormat other = this.messages.resolveCode("timeline.readouts.count", InterfaceLanguage.ENGLISH);

		assertThat(one).isNotSameAs(other);
		assertThat(one.format(new Object[] { "United States", 2 })).isEqualTo("United States: 2");
		assertThat(other.format(new Object[] { "China", 0 })).isEqualTo("China: 0");
	}

	@Test
	void readsBothLanguagesAndTheirChoices() {
		assertThat(this.messages.getMessage("timeline.agreements", new Object[] { 1 }, InterfaceLanguage.ENGLISH))
			.isEqualTo("1 agreement");
		assertThat(this.messages.getMessage("timeline.agreements", new Object[] { 3 }, InterfaceLanguage.ENGLISH))
			.isEqualTo("3 agreements");
		assertThat(this.messages.getMessage("timeline.title", null, InterfaceLanguage.CHINESE)).isEqualTo("接触时间线");
	}

}
