package dev.readout.readout;

import dev.readout.vocabulary.StatementKind;
import dev.readout.audit.CollectionEdits;
import dev.readout.audit.EditableRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.readout.meeting.Meeting;
import dev.readout.vocabulary.Topic;
import dev.readout.source.Source;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLRestriction;

/**
 * One government's own account of a meeting, as its issuing body published it. The two
 * sides' readouts of the same meeting often differ, and setting them side by side is what
 * Readout is for.
 */
@Entity
@SQLRestriction("deleted_at is null")
public class Readout implements EditableRecord {

	/**
	 * A side's readouts before its other statements, each kind in the order published.
	 */
	public static final Comparator<Readout> READOUTS_FIRST = Comparator.comparing(Readout::getKind)
		.thenComparing(Readout::getPublishedOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Readout::getId);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Meeting meeting;

	/** ISO 3166 alpha-2 code of the government that issued the readout. */
	private String side;

	/** A readout, a transcript, remarks to the media… */
	@Enumerated(EnumType.STRING)
	private StatementKind kind = StatementKind.READOUT;

	private String issuingBody;

	private LocalDate publishedOn;

	private String title;

	/**
	 * The wording the government chose to describe the meeting, such as "candid and
	 * productive".
	 */
	@ElementCollection
	@CollectionTable(name = "readout_characterisation", joinColumns = @JoinColumn(name = "readout_id"))
	@OrderColumn(name = "position")
	@Column(name = "phrase")
	private List<String> characterisations = new ArrayList<>();

	/** Plain text; paragraphs are separated by blank lines. */
	private String body;

	@ManyToMany
	@JoinTable(name = "readout_source", joinColumns = @JoinColumn(name = "readout_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new HashSet<>();

	/**
	 * The topics the readout raises, tagged by analysts; the comparison aligns on them.
	 */
	@ManyToMany
	@JoinTable(name = "readout_topic", joinColumns = @JoinColumn(name = "readout_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new HashSet<>();

	@Version
	private int version;

	/** Set when deleted: the row stays, hidden, so an admin can restore it. */
	private Instant deletedAt;

	private String deletedBy;

	protected Readout() {
	}

	public Readout(Meeting meeting, String side, String issuingBody, LocalDate publishedOn, String title, String body) {
		this.meeting = meeting;
		this.side = side;
		this.issuingBody = issuingBody;
		this.publishedOn = publishedOn;
		this.title = title;
		this.body = body;
	}

	/** Replaces what the readout says with an analyst's corrected version. */
	public void revise(String side, StatementKind kind, String issuingBody, LocalDate publishedOn, String title,
			List<String> characterisations, String body, Set<Source> sources, Set<Topic> topics) {
		this.side = side;
		this.kind = kind;
		this.issuingBody = issuingBody;
		this.publishedOn = publishedOn;
		this.title = title;
		CollectionEdits.replaceIfChanged(this.characterisations, characterisations);
		this.body = body;
		CollectionEdits.keepOnly(this.sources, sources);
		CollectionEdits.keepOnly(this.topics, topics);
	}

	public List<String> paragraphs() {
		if (this.body == null) {
			return List.of();
		}
		return Arrays.stream(this.body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public StatementKind getKind() {
		return this.kind;
	}

	public String getSide() {
		return this.side;
	}

	public String getIssuingBody() {
		return this.issuingBody;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getTitle() {
		return this.title;
	}

	public List<String> getCharacterisations() {
		return this.characterisations;
	}

	public String getBody() {
		return this.body;
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

	public Set<Source> getSources() {
		return this.sources;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	/**
	 * Hides this record; it stays in the database, with who deleted it and when, until an
	 * admin restores it.
	 */
	public void delete(String by, Instant at) {
		this.deletedBy = by;
		this.deletedAt = at;
	}

	@Override
	public int getVersion() {
		return this.version;
	}

}
