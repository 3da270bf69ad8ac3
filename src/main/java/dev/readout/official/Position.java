package dev.readout.official;

import java.util.Comparator;

import dev.readout.vocabulary.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.readout.source.Source;

/**
 * A title an official held from a start to an end date, each at its own precision. An
 * unknown start or end is stored as unknown, never guessed; an end that is unknown while
 * the start is known means the position is held still.
 */
@Entity
@Table(name = "official_position")
public class Position {

	static final Comparator<Position> BY_START = Comparator.comparing(Position::getStart,
			Comparator.nullsFirst(Comparator.comparing(PartialDate::date)));

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Official official;

	private String title;

	private String organisation;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "start_date"))
	@AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
	private PartialDate start;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "end_date"))
	@AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
	private PartialDate end;

	/**
	 * Where the title and the start come from: public record, as the articles seldom give
	 * them.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	/** Where the end comes from: seldom the report of the start. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Source endSource;

	protected Position() {
	}

	Position(Official official, String title, String organisation, PartialDate start, PartialDate end) {
		this.official = official;
		this.title = title;
		this.organisation = organisation;
		this.start = start;
		this.end = end;
	}

	/**
	 * Whether the position may have been held at some time within {@code when}. A
	 * position whose tenure is not on record at all counts as held, and
	 * {@link #isTenureKnown()} lets the page say so.
	 */
	public boolean heldDuring(PartialDate when) {
		boolean startedInTime = this.start == null || !this.start.earliestDay().isAfter(when.latestDay());
		boolean notYetEnded = this.end == null || !this.end.latestDay().isBefore(when.earliestDay());
		return startedInTime && notYetEnded;
	}

	public boolean isTenureKnown() {
		return this.start != null;
	}

	public String getTitle() {
		return this.title;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public PartialDate getStart() {
		return this.start;
	}

	public PartialDate getEnd() {
		return this.end;
	}

	public Source getSource() {
		return this.source;
	}

	public Source getEndSource() {
		return this.endSource;
	}

	/** The id of the title and start's source, or null when none is cited. */
	Long sourceId() {
		return (this.source != null) ? this.source.getId() : null;
	}

	/** The id of the end's source, or null when none is cited. */
	Long endSourceId() {
		return (this.endSource != null) ? this.endSource.getId() : null;
	}

	void cite(Source source, Source endSource) {
		this.source = source;
		this.endSource = endSource;
	}

}
