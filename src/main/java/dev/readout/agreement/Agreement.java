package dev.readout.agreement;

import dev.readout.audit.EditableRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.readout.meeting.Meeting;
import dev.readout.source.Source;
import dev.readout.vocabulary.Attribution;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A commitment made at a meeting, or a proposal one side declined, whose status analysts
 * follow over time. Every change is appended to its history; nothing is overwritten.
 */
@Entity
public class Agreement implements EditableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Meeting meeting;

	private String description;

	/** Always the status of the latest entry in the history. */
	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("changedOn, id")
	private List<StatusChange> history = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "agreement_source", joinColumns = @JoinColumn(name = "agreement_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new HashSet<>();

	@Version
	private int version;

	protected Agreement() {
	}

	public Agreement(Meeting meeting, String description, AgreementStatus status, LocalDate on, String note,
			Attribution attribution, Source source) {
		this.meeting = meeting;
		this.description = description;
		changeStatus(status, on, note, attribution, source);
	}

	public void changeStatus(AgreementStatus newStatus, LocalDate on, String note, Attribution attribution,
			Source source) {
		if (!this.history.isEmpty() && on.isBefore(lastChangedOn())) {
			throw new IllegalArgumentException("A status change cannot be dated before the previous one");
		}
		this.history.add(new StatusChange(this, newStatus, on, note, attribution, source));
		this.status = newStatus;
	}

	/**
	 * When the commitment was first recorded: the date of the first entry in its history.
	 */
	public LocalDate recordedOn() {
		return this.history.get(0).getChangedOn();
	}

	public StatusChange latestChange() {
		return this.history.get(this.history.size() - 1);
	}

	/** The date of the latest status change; a new one cannot be dated before it. */
	public LocalDate lastChangedOn() {
		return latestChange().getChangedOn();
	}

	public void cite(Source source) {
		this.sources.add(source);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getDescription() {
		return this.description;
	}

	public AgreementStatus getStatus() {
		return this.status;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	@Override
	public int getVersion() {
		return this.version;
	}

	public List<StatusChange> getHistory() {
		return Collections.unmodifiableList(this.history);
	}

}
