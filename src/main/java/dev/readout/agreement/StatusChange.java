package dev.readout.agreement;

import java.time.LocalDate;

import dev.readout.source.Source;
import dev.readout.vocabulary.Attribution;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One dated entry in an agreement's history: the status it reached, why, and on whose
 * evidence.
 */
@Entity
@Table(name = "agreement_status_change")
public class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agreement agreement;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	private LocalDate changedOn;

	private String note;

	@Embedded
	private Attribution attribution;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	protected StatusChange() {
	}

	StatusChange(Agreement agreement, AgreementStatus status, LocalDate changedOn, String note, Attribution attribution,
			Source source) {
		this.agreement = agreement;
		this.status = status;
		this.changedOn = changedOn;
		this.note = note;
		this.attribution = attribution;
		this.source = source;
	}

	public AgreementStatus getStatus() {
		return this.status;
	}

	public LocalDate getChangedOn() {
		return this.changedOn;
	}

	public String getNote() {
		return this.note;
	}

	/** Whose claim this change is, as its source attributes it. */
	public Attribution getAttribution() {
		return Attribution.orNone(this.attribution);
	}

	public Source getSource() {
		return this.source;
	}

}
