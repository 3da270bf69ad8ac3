package dev.readout.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.readout.vocabulary.Attribution;
import dev.readout.vocabulary.StatementKind;
import dev.readout.vocabulary.DatePrecision;
import dev.readout.vocabulary.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each channel is doing: its last contact, how long ago, how many contacts in the
 * past twelve months, and whether it is open. One query, however many meetings.
 */
@Service
@Transactional(readOnly = true)
public class ChannelHealth {

	private static final String HEALTH = """
			select c.id, c.name, c.status, c.status_since, c.status_since_precision, c.status_note, c.status_claimed_by,
			       c.status_claimed_in, c.dormant_after_months, c.version, s.id as source_id,
			       s.label as source_label, last.id as last_id, last.title as last_title,
			       last.start_date as last_date, last.start_precision as last_precision, last.last_day as last_day,
			       (select count(*) from meeting_on_record m where m.channel_id = c.id and m.status = 'HELD'
			            and m.last_day >= :yearAgo) as past_year,
			       (select count(*) from meeting_on_record m where m.channel_id = c.id
			            and m.status = 'PLANNED') as planned
			from channel c
			left join source s on s.id = c.source_id
			left join lateral (select m.id, m.title, m.start_date, m.start_precision, m.last_day
			                   from meeting_on_record m where m.channel_id = c.id and m.status = 'HELD'
			                   order by m.local_start desc, m.id desc limit 1) last on true
			order by c.position, c.name""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ChannelHealth(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<State> channels() {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql(HEALTH).param("yearAgo", today.minusYears(1)).query((row, number) -> {
			LocalContact last = null;
			int dormantAfterMonths = row.getInt("dormant_after_months");
			boolean quietTooLong = false;
			if (row.getObject("last_id") != null) {
				LocalDate lastDay = row.getObject("last_day", LocalDate.class);
				last = new LocalContact(row.getLong("last_id"), row.getString("last_title"),
						partialDate(row, "last_date", "last_precision"), ChronoUnit.DAYS.between(lastDay, today));
				quietTooLong = lastDay.isBefore(today.minusMonths(dormantAfterMonths));
			}
			Long sourceId = (Long) row.getObject("source_id");
			return new State(row.getLong("id"), row.getString("name"), ChannelStatus.valueOf(row.getString("status")),
					partialDate(row, "status_since", "status_since_precision"), row.getString("status_note"),
					claim(row), sourceId, row.getString("source_label"), last, row.getLong("past_year"),
					row.getLong("planned"), dormantAfterMonths, quietTooLong);
		}).list();
	}

	private static Attribution claim(ResultSet row) throws SQLException {
		String claimedIn = row.getString("status_claimed_in");
		return (row.getString("status_claimed_by") != null) ? new Attribution(row.getString("status_claimed_by"),
				(claimedIn != null) ? StatementKind.valueOf(claimedIn) : null) : Attribution.NONE;
	}

	/** A date at its precision from two columns; null when the date is. */
	private static PartialDate partialDate(ResultSet row, String date, String precision) throws SQLException {
		LocalDate day = row.getObject(date, LocalDate.class);
		return (day != null) ? new PartialDate(day, DatePrecision.valueOf(row.getString(precision))) : null;
	}

	/**
	 * @param last the latest contact held, or null when none is on record
	 * @param pastYear contacts held in the twelve months up to today
	 * @param planned contacts planned and not yet held
	 * @param dormantAfterMonths how long the channel may go without a contact before it
	 * is dormant
	 * @param quietTooLong its last contact was longer ago than that
	 */
	public record State(long id, String name, ChannelStatus status, PartialDate statusSince, String statusNote,
			Attribution statusClaim, Long sourceId, String sourceLabel, LocalContact last, long pastYear, long planned,
			int dormantAfterMonths, boolean quietTooLong) {

		/**
		 * An open channel with no contact held on record, and no dated opening recorded
		 * by an analyst, is not shown as open: nothing on record says it works.
		 */
		public boolean noContactOnRecord() {
			return this.status == ChannelStatus.OPEN && this.last == null && this.statusSince == null;
		}

		/**
		 * An open channel whose last contact on record is older than its threshold: open
		 * on paper, not in use.
		 */
		public boolean isDormant() {
			return this.status == ChannelStatus.OPEN && this.quietTooLong;
		}

	}

	/**
	 * @param daysSince days from the last day the contact may have taken place until
	 * today: at least this many when only its month or year is known
	 */
	public record LocalContact(long id, String title, PartialDate date, long daysSince) {

		public boolean isExact() {
			return this.date.precision() == DatePrecision.DAY;
		}

	}

}
