package dev.readout.channel;

import dev.readout.audit.EditableRecord;

import dev.readout.source.Source;
import dev.readout.vocabulary.Attribution;
import dev.readout.vocabulary.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A channel of contact, such as the defence ministers', with where it stands: open, or
 * since when declined or suspended, and the source that says so.
 */
@Entity
public class Channel implements EditableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	/** Where the channel is listed among the others. */
	private int position;

	@Enumerated(EnumType.STRING)
	private ChannelStatus status = ChannelStatus.OPEN;

	/** Since when declined or suspended, at the precision known. */
	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "status_since"))
	@AttributeOverride(name = "precision", column = @Column(name = "status_since_precision"))
	private PartialDate statusSince;

	private String statusNote;

	@Embedded
	@AttributeOverride(name = "claimedBy", column = @Column(name = "status_claimed_by"))
	@AttributeOverride(name = "claimedIn", column = @Column(name = "status_claimed_in"))
	private Attribution statusClaim;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	/** No contact for longer than this, and an open channel is dormant. */
	private int dormantAfterMonths = 12;

	@Version
	private int version;

	protected Channel() {
	}

	public Channel(String name, int position) {
		this.name = name;
		this.position = position;
	}

	public void changeStatus(ChannelStatus status, PartialDate since, String note, Attribution claim, Source source,
			int dormantAfterMonths) {
		this.dormantAfterMonths = dormantAfterMonths;
		this.status = status;
		this.statusSince = since;
		this.statusNote = note;
		this.statusClaim = claim;
		this.source = source;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public int getPosition() {
		return this.position;
	}

	public ChannelStatus getStatus() {
		return this.status;
	}

	public PartialDate getStatusSince() {
		return this.statusSince;
	}

	public int getDormantAfterMonths() {
		return this.dormantAfterMonths;
	}

	public String getStatusNote() {
		return this.statusNote;
	}

	/** Whose claim the status is, as its source attributes it. */
	public Attribution getStatusClaim() {
		return Attribution.orNone(this.statusClaim);
	}

	public Source getSource() {
		return this.source;
	}

	@Override
	public int getVersion() {
		return this.version;
	}

}
