package dev.readout.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A history as an analyst reads it: each changed field with the names of what it points
 * to ("Taiwan", not {@code topicIds [1]}) and the words the change removed and added
 * marked. Names are read with one query per kind of record, however long the history.
 */
@Component
public class ReadableHistory {

	/**
	 * The fields in which forms record ids, and where the names of those records are.
	 */
	private static final List<Names> NAMES = List.of(new Names(Set.of("topicIds"), "topic", "name"),
			new Names(Set.of("sourceIds", "sourceId", "copyOfId"), "source", "label"),
			new Names(Set.of("officialId"), "official", "full_name"), new Names(Set.of("channelId"), "channel", "name"),
			new Names(Set.of("visitId"), "visit", "title"));

	private final JdbcClient jdbc;

	ReadableHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> of(List<AuditEntry> entries) {
		Map<AuditEntry, List<AuditEntry.FieldChange>> changes = new LinkedHashMap<>();
		entries.forEach(entry -> changes.put(entry, entry.changes()));
		Map<Names, Map<Long, String>> names = new HashMap<>();
		for (Names kind : NAMES) {
			Set<Long> ids = new LinkedHashSet<>();
			changes.values().forEach(changed -> changed.forEach(change -> {
				collect(kind, change.field(), change.before(), ids);
				collect(kind, change.field(), change.after(), ids);
			}));
			if (!ids.isEmpty()) {
				names.put(kind,
						this.jdbc.sql("select id, %s from %s where id in (:ids)".formatted(kind.column(), kind.table()))
							.param("ids", ids)
							.query((row, number) -> Map.entry(row.getLong(1), row.getString(2)))
							.list()
							.stream()
							.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
			}
		}
		return changes.entrySet()
			.stream()
			.map(changed -> new Entry(changed.getKey(),
					changed.getValue()
						.stream()
						.map(change -> Change.of(change.field(), text(change.field(), change.before(), names),
								text(change.field(), change.after(), names)))
						.toList()))
			.toList();
	}

	private static void collect(Names kind, String field, Object value, Set<Long> ids) {
		if (value instanceof Number number && kind.fields().contains(field)) {
			ids.add(number.longValue());
		}
		else if (value instanceof Collection<?> values) {
			values.forEach(each -> collect(kind, field, each, ids));
		}
		else if (value instanceof Map<?, ?> fields) {
			fields.forEach((name, each) -> collect(kind, String.valueOf(name), each, ids));
		}
	}

	/**
	 * A value as text: ids as the names of what they point to, a list of rows (such as
	 * participants) one per line, nested fields by their values.
	 */
	private static String text(String field, Object value, Map<Names, Map<Long, String>> names) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number number) {
			return NAMES.stream()
				.filter(kind -> kind.fields().contains(field))
				.findFirst()
				.map(kind -> names.getOrDefault(kind, Map.of()).getOrDefault(number.longValue(), "#" + number))
				.orElse(number.toString());
		}
		if (value instanceof Collection<?> values) {
			boolean rows = values.stream().anyMatch(Map.class::isInstance);
			return values.stream()
				.map(each -> text(field, each, names))
				.filter(text -> !text.isEmpty())
				.collect(Collectors.joining(rows ? "\n" : ", "));
		}
		if (value instanceof Map<?, ?> fields) {
			return fields.entrySet()
				.stream()
				.map(each -> text(String.valueOf(each.getKey()), each.getValue(), names))
				.filter(text -> !text.isEmpty())
				.collect(Collectors.joining(", "));
		}
		return value.toString();
	}

	private record Names(Set<String> fields, String table, String column) {
	}

	/** An audit entry and its changes as an analyst reads them. */
	public record Entry(AuditEntry entry, List<Change> changes) {
	}

	/**
	 * A changed field.
	 *
	 * @param before the value before, the words the change removed marked
	 * @param after the value after, the words the change added marked
	 */
	public record Change(String field, List<Words> before, List<Words> after) {

		static Change of(String field, String before, String after) {
			List<String> was = words(before);
			List<String> is = words(after);
			boolean[] removed = new boolean[was.size()];
			boolean[] added = new boolean[is.size()];
			for (AbstractDelta<String> delta : DiffUtils.diff(was, is).getDeltas()) {
				mark(removed, delta.getSource().getPosition(), delta.getSource().size());
				mark(added, delta.getTarget().getPosition(), delta.getTarget().size());
			}
			return new Change(field, Words.runs(was, removed), Words.runs(is, added));
		}

		/**
		 * Words, the commas and semicolons after them, and the spaces between them, so
		 * that the text reads as it was and a name added to a list ("Taiwan" to "Taiwan,
		 * Fentanyl") does not mark the one before it.
		 */
		private static List<String> words(String text) {
			return text.isEmpty() ? List.of() : List.of(text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)|(?<=\\S)(?=[,;])"));
		}

		private static void mark(boolean[] changed, int from, int count) {
			for (int i = from; i < from + count; i++) {
				changed[i] = true;
			}
		}

	}

	/** A run of words, changed or not. */
	public record Words(String text, boolean changed) {

		static List<Words> runs(List<String> words, boolean[] changed) {
			List<Words> runs = new ArrayList<>();
			StringBuilder run = new StringBuilder();
			boolean runChanged = false;
			for (int i = 0; i < words.size(); i++) {
				// A space between two changed words belongs to the change.
				boolean marked = changed[i] || (words.get(i).isBlank() && i > 0 && i + 1 < words.size()
						&& changed[i - 1] && changed[i + 1]);
				if (run.length() > 0 && marked != runChanged) {
					runs.add(new Words(run.toString(), runChanged));
					run.setLength(0);
				}
				runChanged = marked;
				run.append(words.get(i));
			}
			if (run.length() > 0) {
				runs.add(new Words(run.toString(), runChanged));
			}
			return runs;
		}

	}

}
