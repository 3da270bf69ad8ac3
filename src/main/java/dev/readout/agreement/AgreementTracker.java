package dev.readout.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every commitment across meetings, grouped by where it stands, with how long it has been
 * on record.
 */
@Service
@Transactional(readOnly = true)
public class AgreementTracker {

	private final AgreementRepository agreements;

	private final Clock clock;

	AgreementTracker(AgreementRepository agreements, Clock clock) {
		this.agreements = agreements;
		this.clock = clock;
	}

	public List<StatusGroup> track(AgreementStatus status, Long topicId) {
		LocalDate today = LocalDate.now(this.clock);
		Map<AgreementStatus, List<Tracked>> byStatus = this.agreements.findForTracker(status, topicId)
			.stream()
			.map(agreement -> new Tracked(agreement, Period.between(agreement.recordedOn(), today)))
			.collect(Collectors.groupingBy(tracked -> tracked.agreement().getStatus()));
		return Arrays.stream(AgreementStatus.values())
			.filter(byStatus::containsKey)
			.map(each -> new StatusGroup(each, byStatus.get(each)))
			.toList();
	}

	/** The commitments that stand at one status, newest meeting first. */
	public record StatusGroup(AgreementStatus status, List<Tracked> agreements) {
	}

	/** A commitment and how long ago it was first recorded. */
	public record Tracked(Agreement agreement, Period age) {
	}

}
