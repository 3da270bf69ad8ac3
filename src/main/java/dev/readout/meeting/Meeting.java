package dev.readout.meeting;

import dev.readout.audit.CollectionEdits;
import dev.readout.audit.EditableRecord;

import dev.readout.vocabulary.Attribution;
import dev.readout.vocabulary.Topic;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.readout.channel.Channel;
import dev.readout.official.Official;
import dev.readout.source.Source;
import dev.readout.vocabulary.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * A contact between governments: a meeting, call or visit, when and where it happened (or
 * was planned), who took part for each side, and the sources that report it.
 */
@Entity
@SQLRestriction("deleted_at is null")
public class Meeting implements EditableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "start_date"))
	@AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
	private PartialDate start;

	/**
	 * Local time of day where the meeting took place; only with a day-precise date and a
	 * zone.
	 */
	private LocalTime localTime;

	/**
	 * Whether the time of day is when the meeting was scheduled (announced in advance)
	 * rather than when it was reported to have taken place.
	 */
	private boolean timeScheduled;

	/** IANA time zone of the place, such as Asia/Shanghai. */
	private String timeZone;

	private LocalDate endDate;

	/**
	 * How many days a contact dated only to the month or year ran over: "two days in
	 * May".
	 */
	private Integer spanDays;

	/**
	 * For an expected contact known only to its month or year: the day after which it was
	 * expected, within that period. The timeline places it at the window's first day.
	 */
	private LocalDate expectedAfter;

	private Integer durationMinutes;

	private String city;

	/** ISO 3166 alpha-2 code of the country where the meeting took place. */
	private String country;

	private String venue;

	@Enumerated(EnumType.STRING)
	private MeetingFormat format;

	/** The gathering a sidelines meeting was held at, such as the G20 summit. */
	private String occasion;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status;

	@Enumerated(EnumType.STRING)
	private MeetingLevel level;

	private String summary;

	/** The CAMEO event code an analyst chose; null to derive it. */
	@Enumerated(EnumType.STRING)
	private EventCode eventCode;

	@Embedded
	@AttributeOverride(name = "claimedBy", column = @Column(name = "summary_claimed_by"))
	@AttributeOverride(name = "claimedIn", column = @Column(name = "summary_claimed_in"))
	private Attribution summaryClaim;

	@ManyToOne(fetch = FetchType.LAZY)
	private Visit visit;

	/**
	 * The channel the contact belongs to, such as the foreign ministers'; none for a
	 * private one.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	private Channel channel;

	@ManyToMany
	@JoinTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new HashSet<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Participant> participants = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "meeting_source", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new HashSet<>();

	/**
	 * Maintained by the database from the date and local time: the meeting's place on the
	 * timeline.
	 */
	@Generated(event = { EventType.INSERT, EventType.UPDATE })
	@Column(insertable = false, updatable = false)
	private LocalDateTime localStart;

	@Version
	private int version;

	/** Set when deleted: the row stays, hidden, so an admin can restore it. */
	private Instant deletedAt;

	private String deletedBy;

	protected Meeting() {
	}

	public Meeting(String title, PartialDate start, MeetingFormat format, MeetingStatus status, MeetingLevel level) {
		this.title = title;
		this.start = start;
		this.format = format;
		this.status = status;
		this.level = level;
	}

	public Participant addParticipant(Official official, String side, ParticipantRole role) {
		Participant participant = new Participant(this, official, side, role);
		this.participants.add(participant);
		return participant;
	}

	/**
	 * Sets when the meeting took place. A time of day needs a zone and a date known to
	 * the day; so does an end date.
	 */
	public void reschedule(PartialDate start, LocalTime time, boolean timeScheduled, ZoneId zone, LocalDate endDate,
			Integer durationMinutes) {
		if ((time != null || endDate != null) && !start.isExactDay()) {
			throw new IllegalArgumentException("A time of day or an end date needs a start known to the day");
		}
		this.start = start;
		this.localTime = time;
		this.timeScheduled = time != null && timeScheduled;
		this.timeZone = (zone != null) ? zone.getId() : null;
		this.endDate = endDate;
		this.durationMinutes = durationMinutes;
	}

	/**
	 * Says the contact ran over this many days within the period of its coarse date (a
	 * date known to the day gives its last day instead); null when not reported.
	 */
	public void spanDays(Integer days) {
		if (days != null && (this.start.isExactDay() || days < 2 || days > this.start.daysInPeriod())) {
			throw new IllegalArgumentException("A span of days lies within the period of a month or year");
		}
		this.spanDays = days;
	}

	/**
	 * Says the contact was expected after this day, within the period of its coarse date;
	 * null for none.
	 */
	public void expectAfter(LocalDate day) {
		if (day != null && !this.start.leavesDaysAfter(day)) {
			throw new IllegalArgumentException("A window lies within the period of a date known to the month or year");
		}
		this.expectedAfter = day;
	}

	/**
	 * Sets what kind of contact this was and how it stands, with whose claim the summary
	 * is when its source attributes it to someone.
	 */
	public void describe(String title, MeetingFormat format, String occasion, MeetingStatus status, MeetingLevel level,
			String summary, Attribution summaryClaim) {
		this.title = title;
		this.format = format;
		this.occasion = occasion;
		this.status = status;
		this.level = level;
		this.summary = summary;
		this.summaryClaim = summaryClaim;
	}

	/** Sets the CAMEO event code an analyst chose, or null to derive it. */
	public void codeEvent(EventCode chosen) {
		this.eventCode = chosen;
	}

	/**
	 * The contact's CAMEO event code: the analyst's choice, or the one its kind gives.
	 */
	public EventCode getEventCode() {
		return (this.eventCode != null) ? this.eventCode : EventCode.derivedFor(this.format, this.status, this.country);
	}

	/** The code an analyst chose, or null when it is derived. */
	public EventCode getChosenEventCode() {
		return this.eventCode;
	}

	/** The side that acts in a directed event (the visiting side of a visit), or null. */
	public String getEventActor() {
		return getEventCode().actor(this.country);
	}

	public String getEventTarget() {
		return getEventCode().target(this.country);
	}

	public void setTopics(Set<Topic> topics) {
		CollectionEdits.keepOnly(this.topics, topics);
	}

	/**
	 * Makes the participants these, changing the rows of officials who stay rather than
	 * replacing them, so that the one-row-per-official rule holds at every step of the
	 * save.
	 */
	public void setParticipants(List<ParticipantSpec> wanted) {
		Map<Long, ParticipantSpec> byOfficial = new LinkedHashMap<>();
		wanted.forEach(spec -> byOfficial.put(spec.official().getId(), spec));
		this.participants.removeIf(participant -> !byOfficial.containsKey(participant.getOfficial().getId()));
		for (Participant participant : this.participants) {
			ParticipantSpec spec = byOfficial.remove(participant.getOfficial().getId());
			participant.assign(spec.side(), spec.role());
		}
		byOfficial.values().forEach(spec -> addParticipant(spec.official(), spec.side(), spec.role()));
	}

	/** One official's part in a meeting, as a form asks for it. */
	public record ParticipantSpec(Official official, String side, ParticipantRole role) {
	}

	public void setPlace(String city, String country, String venue) {
		this.city = city;
		this.country = country;
		this.venue = venue;
	}

	public void setVisit(Visit visit) {
		this.visit = visit;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	/** Makes these the sources that report the meeting. */
	public void setSources(Set<Source> sources) {
		CollectionEdits.keepOnly(this.sources, sources);
	}

	/**
	 * Whether a planned contact's time has passed with nothing recorded: its last
	 * possible day (the end of its period, or its end date) is before today.
	 */
	public boolean isOverdueOn(LocalDate today) {
		return this.status == MeetingStatus.PLANNED && lastDay().isBefore(today);
	}

	/**
	 * The first day the contact may have taken place: the day after its window opened, or
	 * the first day of its date's period.
	 */
	public LocalDate firstDay() {
		return (this.expectedAfter != null) ? this.expectedAfter.plusDays(1) : this.start.earliestDay();
	}

	/**
	 * The last day the contact may have taken place: its end date, or its period's last
	 * day.
	 */
	public LocalDate lastDay() {
		return (this.endDate != null) ? this.endDate : this.start.latestDay();
	}

	/** The start in the local time zone, when the time of day is known. */
	public Optional<ZonedDateTime> startsAt() {
		if (this.localTime == null) {
			return Optional.empty();
		}
		return Optional.of(ZonedDateTime.of(this.start.date(), this.localTime, ZoneId.of(this.timeZone)));
	}

	public Optional<ZonedDateTime> startsAtUtc() {
		return startsAt().map(local -> local.withZoneSameInstant(ZoneOffset.UTC));
	}

	public Optional<Duration> duration() {
		return Optional.ofNullable(this.durationMinutes).map(Duration::ofMinutes);
	}

	public List<Topic> topicsByName() {
		return this.topics.stream().sorted(Comparator.comparing(Topic::getName)).toList();
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public PartialDate getStart() {
		return this.start;
	}

	public Integer getSpanDays() {
		return this.spanDays;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public String getCity() {
		return this.city;
	}

	public String getCountry() {
		return this.country;
	}

	public String getVenue() {
		return this.venue;
	}

	public MeetingFormat getFormat() {
		return this.format;
	}

	public String getOccasion() {
		return this.occasion;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

	public MeetingLevel getLevel() {
		return this.level;
	}

	public String getSummary() {
		return this.summary;
	}

	public Attribution getSummaryClaim() {
		return Attribution.orNone(this.summaryClaim);
	}

	public Visit getVisit() {
		return this.visit;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public LocalDate getExpectedAfter() {
		return this.expectedAfter;
	}

	public boolean isTimeScheduled() {
		return this.timeScheduled;
	}

	public LocalTime getLocalTime() {
		return this.localTime;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

	public Set<Source> getSources() {
		return this.sources;
	}

	public List<Participant> getParticipants() {
		return this.participants;
	}

	public LocalDateTime getLocalStart() {
		return this.localStart;
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
