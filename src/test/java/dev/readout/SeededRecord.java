package dev.readout;

import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the entries of the seeded record (the June 2023 visit, see {@code db/migration})
 * by what they are, so that a test names the Xi meeting rather than the id it happens to
 * have. Each lookup fails loudly when the record no longer holds what the test expects.
 */
public class SeededRecord {

	private static final Pattern NAMED_RECORD = Pattern.compile("\\{(\\w+)}");

	private final JdbcClient jdbc;

	public SeededRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An address with the seeded records it names by placeholder resolved, e.g.
	 * {@code /meetings/{xiMeeting}/edit}; for lists of addresses written before the
	 * record is at hand.
	 */
	public String address(String template) {
		return NAMED_RECORD.matcher(template).replaceAll(named -> String.valueOf(id(named.group(1))));
	}

	private long id(String name) {
		return switch (name) {
			case "qinGangTalks" -> qinGangTalks();
			case "wangYiMeeting" -> wangYiMeeting();
			case "xiMeeting" -> xiMeeting();
			case "beijingVisit" -> this.jdbc.sql("select id from visit where title like 'Secretary Blinken%Beijing%'")
				.query(Long.class)
				.single();
			case "usReadoutOfQinGangTalks" -> readout("Blinken – Qin Gang talks", "US");
			case "chinasReadoutOfWangYiMeeting" -> wangYiReadout("CN");
			case "flightsAgreement" -> flightsAgreement();
			case "militaryAgreement" -> this.jdbc
				.sql("select id from agreement where description = 'Resume military-to-military communication'")
				.query(Long.class)
				.single();
			case "defenceChannel" -> channel("Defence and military");
			case "blinken" -> official("Antony J. Blinken");
			case "wangYi" -> official("Wang Yi");
			case "qinGang" -> official("Qin Gang");
			case "arrivalReport" -> source("Report from Beijing on the day of arrival%");
			case "wangYiReport" -> wangYiReport();
			default -> throw new IllegalArgumentException("No seeded record is called " + name);
		};
	}

	/**
	 * The talks with Qin Gang on 18 June 2023, with agreements and both sides' readouts.
	 */
	public long qinGangTalks() {
		return meeting("Blinken – Qin Gang talks");
	}

	/** The meeting with Wang Yi on 19 June 2023, with a readout from each side. */
	public long wangYiMeeting() {
		return meeting("Blinken – Wang Yi meeting");
	}

	/** The meeting with Xi Jinping on 19 June 2023: statements, but no readout. */
	public long xiMeeting() {
		return meeting("Blinken – Xi Jinping meeting");
	}

	/** The meeting with Wang Yi in Munich in February 2023. */
	public long munichMeeting() {
		return meeting("Blinken – Wang Yi meeting in Munich");
	}

	/** The talks between Sullivan and Wang Yi in Vienna in May 2023. */
	public long viennaTalks() {
		return meeting("Sullivan – Wang Yi talks in Vienna");
	}

	/** A side's official readout of the meeting with Wang Yi on 19 June 2023. */
	public long wangYiReadout(String side) {
		return readout("Blinken – Wang Yi meeting", side);
	}

	private long readout(String meetingTitle, String side) {
		return this.jdbc.sql("""
				select r.id from readout r join meeting m on m.id = r.meeting_id
				where m.title = ? and r.side = ? and r.kind = 'READOUT'""")
			.params(meetingTitle, side)
			.query(Long.class)
			.single();
	}

	/** The agreement to expand direct commercial flights, made at the Qin Gang talks. */
	public long flightsAgreement() {
		return this.jdbc.sql("select id from agreement where description like 'Expand direct commercial flights%'")
			.query(Long.class)
			.single();
	}

	/** The seeded report on the Wang Yi meeting (A2 in the facts sheet). */
	public long wangYiReport() {
		return source("Report on the Blinken–Wang Yi meeting%");
	}

	/** The machine-reworded copy of that report (A3), marked as a copy of it. */
	public long rewordedCopyOfTheReport() {
		return source("Machine-reworded copy of an earlier edition of the report%");
	}

	/** A5, the report after the Xi meeting. */
	public long xiMeetingReport() {
		return source("Washington and Beijing Pledge to Stabilize Deteriorating Ties");
	}

	public long official(String fullName) {
		return this.jdbc.sql("select id from official where full_name = ?").param(fullName).query(Long.class).single();
	}

	public long channel(String name) {
		return this.jdbc.sql("select id from channel where name = ?").param(name).query(Long.class).single();
	}

	public long topic(String name) {
		return this.jdbc.sql("select id from topic where name = ?").param(name).query(Long.class).single();
	}

	public long meeting(String title) {
		return this.jdbc.sql("select id from meeting where title = ?").param(title).query(Long.class).single();
	}

	/** A source by its label, as a {@code like} pattern, e.g. {@code "Xi elected%"}. */
	public long source(String labelPattern) {
		return this.jdbc.sql("select id from source where label like ?").param(labelPattern).query(Long.class).single();
	}

}
