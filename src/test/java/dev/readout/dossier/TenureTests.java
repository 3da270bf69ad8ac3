package dev.readout.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import dev.readout.meeting.Meeting;
import dev.readout.meeting.MeetingFormat;
import dev.readout.meeting.MeetingLevel;
import dev.readout.meeting.MeetingStatus;
import dev.readout.meeting.Participant;
import dev.readout.meeting.ParticipantRole;
import dev.readout.official.Official;
import dev.readout.vocabulary.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How far the record shows a position held: to its end when that is on record, otherwise
 * to the month of the latest contact held that has the official in it, never to today.
 */
class TenureTests {

	private final Official wang = new Official("Wang Yi", "王毅", "CN");

	@Test
	void showsAPositionWithItsEndOnRecordToThatEndAlone() {
		this.wang.holdPosition("Minister of Foreign Affairs", "Ministry of Foreign Affairs", year(2013), year(2022));

		assertThat(Tenure.of(this.wang, participations(held(2018, 3, 1)))).singleElement()
			.satisfies(tenure -> assertThat(tenure.lastSeen()).isNull());
	}

	@Test
	void showsAPositionWithoutItsEndAsFarAsTheLatestContactHeldInItToTheMonth() {
		this.wang.holdPosition("Director of the Office of the Central Foreign Affairs Commission", null, year(2022),
				null);

		List<Tenure> tenures = Tenure.of(this.wang,
				participations(held(2023, 2, 18), held(2023, 6, 19), planned(2023, 11, 15), held(2021, 5, 1)));

		assertThat(tenures).singleElement()
			.satisfies(tenure -> assertThat(tenure.lastSeen()).isEqualTo(PartialDate.month(YearMonth.of(2023, 6))));
	}

	@Test
	void countsAContactOnlyForThePositionsHeldAtItsDate() {
		this.wang.holdPosition("Minister of Foreign Affairs", null, year(2013), null);
		this.wang.holdPosition("Director of the Office of the Central Foreign Affairs Commission", null, year(2023),
				null);

		List<Tenure> tenures = Tenure.of(this.wang, participations(held(2019, 9, 27)));

		assertThat(tenures).extracting(Tenure::lastSeen)
			.containsExactly(PartialDate.month(YearMonth.of(2019, 9)), null);
	}

	@Test
	void saysOnlyTheYearOfAContactKnownToTheYear() {
		this.wang.holdPosition("Director of the Office of the Central Foreign Affairs Commission", null, year(2022),
				null);
		Meeting knownToTheYear = new Meeting("Talks", year(2024), MeetingFormat.IN_PERSON, MeetingStatus.HELD,
				MeetingLevel.MINISTERS);

		assertThat(Tenure.of(this.wang, participations(knownToTheYear))).singleElement()
			.satisfies(tenure -> assertThat(tenure.lastSeen()).isEqualTo(year(2024)));
	}

	@Test
	void givesTheLatestPositionAttestedByTheLastContactOrNone() {
		assertThat(Tenure.latest(this.wang, LocalDate.of(2023, 6, 19))).isNull();

		this.wang.holdPosition("Minister of Foreign Affairs", null, year(2013), year(2022));
		this.wang.holdPosition("Director of the Office of the Central Foreign Affairs Commission", null, year(2022),
				null);

		Tenure latest = Tenure.latest(this.wang, LocalDate.of(2023, 6, 19));
		assertThat(latest.position().getTitle()).startsWith("Director");
		assertThat(latest.lastSeen()).isEqualTo(PartialDate.month(YearMonth.of(2023, 6)));
		assertThat(Tenure.latest(this.wang, null).lastSeen()).as("no contact attests it").isNull();
		assertThat(Tenure.latest(this.wang, LocalDate.of(2021, 1, 5)).lastSeen()).as("a contact before it began")
			.isNull();
	}

	private Collection<Participant> participations(Meeting... meetings) {
		return Stream.of(meetings).flatMap(meeting -> {
			meeting.setParticipants(List.of(new Meeting.ParticipantSpec(this.wang, "CN", ParticipantRole.HOST)));
			return meeting.getParticipants().stream();
		}).toList();
	}

	private static Meeting held(int year, int month, int day) {
		return new Meeting("Talks", PartialDate.day(LocalDate.of(year, month, day)), MeetingFormat.IN_PERSON,
				MeetingStatus.HELD, MeetingLevel.MINISTERS);
	}

	private static Meeting planned(int year, int month, int day) {
		return new Meeting("Talks", PartialDate.day(LocalDate.of(year, month, day)), MeetingFormat.IN_PERSON,
				MeetingStatus.PLANNED, MeetingLevel.MINISTERS);
	}

	private static PartialDate year(int year) {
		return PartialDate.parse(Integer.toString(year));
	}

}
