package dev.readout.meeting;

import dev.readout.vocabulary.Sides;
import java.util.Comparator;
import java.util.List;

import dev.readout.official.Official;
import dev.readout.official.Position;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An official's part in a meeting: for which side, and in what role. */
@Entity
public class Participant {

	/**
	 * Side by side (United States first), hosts and leads before their delegations, then
	 * by name.
	 */
	public static final Comparator<Participant> PAGE_ORDER = Comparator
		.comparing(Participant::getSide, Comparator.nullsLast(Sides.ORDER))
		.thenComparing(Participant::getRole)
		.thenComparing(participant -> participant.getOfficial().getFullName());

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Meeting meeting;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Official official;

	/** ISO 3166 alpha-2 code of the government the official spoke for. */
	private String side;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	protected Participant() {
	}

	Participant(Meeting meeting, Official official, String side, ParticipantRole role) {
		this.meeting = meeting;
		this.official = official;
		this.side = side;
		this.role = role;
	}

	void assign(String side, ParticipantRole role) {
		this.side = side;
		this.role = role;
	}

	/** The official's titles on the meeting's date, not today's. */
	public List<Position> positionsAtTheTime() {
		return this.official.positionsHeldDuring(this.meeting.getStart());
	}

	/** The titles of those positions, as exports and lists write them. */
	public List<String> titlesAtTheTime() {
		return positionsAtTheTime().stream().map(Position::getTitle).toList();
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public Official getOfficial() {
		return this.official;
	}

	public String getSide() {
		return this.side;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

}
