package dev.readout.agreement;

import java.time.LocalDate;

import dev.readout.source.Source;
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

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	protected StatusChange() {
	}

	StatusChange(Agreement agreement, AgreementStatus status, LocalDate changedOn, String note, Source source) {
		this.agreement = agreement;
		this.status = status;
		this.changedOn = changedOn;
		this.note = note;
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

	public Source getSource() {
		return this.source;
	}

}
