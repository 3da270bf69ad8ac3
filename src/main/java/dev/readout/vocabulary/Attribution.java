package dev.readout.vocabulary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Whose claim a fact on the record is, as its source attributes it: "as Blinken told the
 * media" is Blinken, in remarks to the media; "the US has said" is the United States, in
 * a statement of no stated kind. A claim the source makes in its own voice has none.
 *
 * @param claimedBy who makes the claim, as the source names them
 * @param claimedIn the kind of statement they made it in; null when the source does not
 * say
 */
@Embeddable
public record Attribution(@Column(name = "claimed_by", length = 200) String claimedBy,
		@Column(name = "claimed_in", length = 20) @Enumerated(EnumType.STRING) StatementKind claimedIn) {

	/** The record's own voice: nobody in particular claims it. */
	public static final Attribution NONE = new Attribution(null, null);

	public Attribution {
		if (claimedBy == null && claimedIn != null) {
			throw new IllegalArgumentException("A claim made in a statement needs someone who made it");
		}
	}

	/** The attribution, or null when there is none to state: what the API gives. */
	public static Attribution statedOrNull(Attribution attribution) {
		return attribution.isStated() ? attribution : null;
	}

	/**
	 * What Hibernate reads back for an embedded attribution whose columns are all empty.
	 */
	public static Attribution orNone(Attribution attribution) {
		return (attribution != null) ? attribution : NONE;
	}

	@JsonIgnore
	public boolean isStated() {
		return this.claimedBy != null;
	}

	/** The kind to phrase it by: unstated kinds read as "has said". */
	@JsonIgnore
	public StatementKind phrasedAs() {
		return (this.claimedIn != null) ? this.claimedIn : StatementKind.UNSPECIFIED;
	}

}
