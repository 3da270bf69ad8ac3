package dev.readout.historian;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.readout.historian.HistorianEntry.Kind;
import dev.readout.historian.NamedPeople.NamedPerson;
import dev.readout.official.Official;
import dev.readout.official.OfficialEditor;
import dev.readout.official.OfficialForm;
import dev.readout.source.Source;
import dev.readout.vocabulary.PartialDate;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The people of one import: the travellers, visitors and counterparts the Historian's
 * records name, matched to the officials on record by name and title as of the date, or
 * added with the title the record gives them. A name that differs from one on record (or
 * from a name the records give more often) by a letter or two is taken for a misspelling
 * and matched to no one; a surname alone matches only someone on record with that title
 * at the time. What matches no one stays in the contact's summary and is reported.
 */
class HistorianPeople {

	/**
	 * At most this many letters apart, two names are taken for one person written two
	 * ways.
	 */
	private static final int MISSPELLING = 2;

	private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MISSPELLING);

	private static final Pattern IN_BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");

	/** Titles the records use for one office. */
	private static final List<Set<String>> SAME_TITLE = List.of(Set.of("premier", "prime minister"),
			Set.of("state councilor", "state counselor"));

	private final OfficialEditor editor;

	private final Map<String, List<Official>> bySide = new HashMap<>();

	/** Names the records give that are taken for misspellings, with the name meant. */
	private final Map<String, String> misspelt = new HashMap<>();

	HistorianPeople(OfficialEditor editor, Collection<Official> onRecord) {
		this.editor = editor;
		onRecord.forEach(this::remember);
	}

	/**
	 * Adds the officials the new records name in full and nobody on record is, each with
	 * the first title a record gives them, so that a surname alone in a later record can
	 * match them; and sets aside the names taken for misspellings.
	 */
	void addNamedInFull(List<HistorianEntry> entries, Map<HistorianEntry, Source> sources) {
		Map<String, Integer> mentions = new HashMap<>();
		Map<String, Mention> first = new LinkedHashMap<>();
		for (HistorianEntry entry : entries) {
			for (NamedPerson person : namedInFull(entry)) {
				mentions.merge(person.name(), 1, Integer::sum);
				first.putIfAbsent(person.name(), new Mention(entry, person, counterpartSide(entry, person)));
			}
		}
		for (Mention mention : first.values()) {
			String name = mention.person().name();
			if (find(mention.side(), name).isPresent()) {
				continue;
			}
			Optional<String> meant = closeName(mention.side(), name).or(() -> mentions.keySet()
				.stream()
				.filter(other -> !other.equals(name) && mentions.get(other) > mentions.get(name)
						&& DISTANCE.apply(other, name) >= 0)
				.findFirst());
			if (meant.isPresent()) {
				this.misspelt.put(name, meant.get());
				continue;
			}
			remember(this.editor.create(OfficialForm.of(name, mention.side(),
					position(mention.person().title(), sources.get(mention.entry())))));
		}
	}

	/**
	 * The traveller of a trip, as a US official holding the office the trip was made in.
	 */
	Official traveller(HistorianEntry trip, Source source) {
		String title = "president".equals(trip.travellerRole()) ? "President of the United States"
				: "Secretary of State";
		String name = IN_BRACKETS.matcher(trip.person()).replaceAll("").strip();
		Official official = this.bySide.getOrDefault("US", List.of())
			.stream()
			.filter(candidate -> sameFirstAndLastName(candidate.getFullName(), name))
			.findFirst()
			.orElseGet(() -> remember(this.editor.create(OfficialForm.of(name, "US", position(title, source)))));
		return holding(official, title, trip, source);
	}

	/** The leader a visit is by, as the record names them. */
	Official visitor(HistorianEntry visit, Source source) {
		NamedPerson named = NamedPeople.in(visit.person()).stream().findFirst().orElse(null);
		if (named == null) {
			// A visitor named without a title is matched by name alone, or added without
			// a position.
			return find("CN", visit.person().strip())
				.orElseGet(() -> remember(this.editor.create(OfficialForm.of(visit.person().strip(), "CN"))));
		}
		Official official = matching(named, "CN", visit).orElseGet(() -> remember(
				this.editor.create(OfficialForm.of(named.name(), "CN", position(named.title(), source)))));
		return holding(official, named.title(), visit, source);
	}

	/**
	 * The people of the other side a record says were met, and the names it gives that
	 * match no one, each with why.
	 */
	Counterparts counterparts(HistorianEntry entry) {
		String side = (entry.kind() == Kind.TRIP) ? "CN" : "US";
		String text = entry.remarksInOneLine();
		List<Official> met = new ArrayList<>(this.bySide.getOrDefault(side, List.of())
			.stream()
			.filter(official -> Pattern.compile("\\b" + Pattern.quote(official.getFullName()) + "\\b")
				.matcher(text)
				.find())
			.toList());
		List<Unmatched> unmatched = new ArrayList<>();
		String ownSide = "CN".equals(side) ? "US" : "CN";
		for (NamedPerson person : NamedPeople.in(text)) {
			if (matching(person, ownSide, entry).isPresent()) {
				// "With President Obama": someone of the traveller's own side, not a
				// counterpart.
				continue;
			}
			Optional<Official> official = matching(person, side, entry);
			if (official.isPresent()) {
				if (!met.contains(official.get())) {
					met.add(official.get());
				}
			}
			else {
				unmatched.add(new Unmatched(person.title() + " " + person.name(), this.misspelt.get(person.name())));
			}
		}
		return new Counterparts(side, met, unmatched);
	}

	record Counterparts(String side, List<Official> met, List<Unmatched> unmatched) {
	}

	/**
	 * @param closeTo the name on record it is taken to misspell, or null when nobody on
	 * record has that name and title at the time
	 */
	record Unmatched(String asWritten, String closeTo) {
	}

	private record Mention(HistorianEntry entry, NamedPerson person, String side) {
	}

	private List<NamedPerson> namedInFull(HistorianEntry entry) {
		List<NamedPerson> named = new ArrayList<>();
		if (entry.kind() == Kind.VISIT) {
			named.addAll(NamedPeople.in(entry.person()));
		}
		named.addAll(NamedPeople.in(entry.remarksInOneLine()));
		return named.stream().filter(NamedPerson::isFullName).toList();
	}

	/** A visitor is of China; the people a visit's description names are their hosts. */
	private static String counterpartSide(HistorianEntry entry, NamedPerson person) {
		boolean visitor = entry.kind() == Kind.VISIT && entry.person().contains(person.name());
		return (entry.kind() == Kind.TRIP || visitor) ? "CN" : "US";
	}

	private Optional<Official> matching(NamedPerson person, String side, HistorianEntry entry) {
		if (person.isFullName()) {
			return find(side, person.name());
		}
		PartialDate during = PartialDate.day(entry.start());
		List<Official> bySurname = this.bySide.getOrDefault(side, List.of())
			.stream()
			.filter(official -> hasSurname(official.getFullName(), person.name(), side))
			.filter(official -> official.positionsHeldDuring(during)
				.stream()
				.anyMatch(position -> sameTitle(position.getTitle(), person.title())))
			.toList();
		return (bySurname.size() == 1) ? Optional.of(bySurname.get(0)) : Optional.empty();
	}

	private Optional<Official> find(String side, String name) {
		return this.bySide.getOrDefault(side, List.of())
			.stream()
			.filter(official -> official.getFullName().equalsIgnoreCase(name))
			.findFirst();
	}

	private Optional<String> closeName(String side, String name) {
		return this.bySide.getOrDefault(side, List.of())
			.stream()
			.map(Official::getFullName)
			.filter(onRecord -> DISTANCE.apply(onRecord, name) >= 0)
			.findFirst();
	}

	/**
	 * The official, with the title the record gives them added when no position on record
	 * covers the record's date.
	 */
	private Official holding(Official official, String title, HistorianEntry entry, Source source) {
		if (!official.positionsHeldDuring(PartialDate.day(entry.start())).isEmpty()) {
			return official;
		}
		return this.editor.addPosition(official.getId(), position(title, source));
	}

	/** A title as a Historian record gives it: its tenure is not in the record. */
	private static OfficialForm.PositionRow position(String title, Source source) {
		return OfficialForm.PositionRow.titled(title, source.getId());
	}

	private Official remember(Official official) {
		this.bySide.computeIfAbsent(official.getCountry(), side -> new ArrayList<>()).add(official);
		return official;
	}

	/**
	 * The same first and last names, and middle names that agree where both give them:
	 * "Antony J. Blinken" is "Antony John Blinken", "John Kerry" is "John Forbes Kerry",
	 * but "George H.W. Bush" is not "George W. Bush".
	 */
	private static boolean sameFirstAndLastName(String onRecord, String asWritten) {
		String[] a = onRecord.split("\\s+");
		String[] b = asWritten.split("\\s+");
		if (!a[0].equalsIgnoreCase(b[0]) || !a[a.length - 1].equalsIgnoreCase(b[b.length - 1])) {
			return false;
		}
		String middleA = initials(Arrays.copyOfRange(a, 1, a.length - 1));
		String middleB = initials(Arrays.copyOfRange(b, 1, b.length - 1));
		return middleA.isEmpty() || middleB.isEmpty() || middleA.equals(middleB);
	}

	/** "H.W." gives HW, "John" gives J. */
	private static String initials(String[] middleNames) {
		StringBuilder initials = new StringBuilder();
		for (String name : middleNames) {
			name.chars().filter(Character::isUpperCase).forEach(initials::appendCodePoint);
		}
		return initials.toString();
	}

	/** Chinese names put the surname first; others last. */
	private static boolean hasSurname(String fullName, String surname, String side) {
		String[] words = fullName.split("\\s+");
		String candidate = "CN".equals(side) ? words[0] : words[words.length - 1];
		return candidate.equalsIgnoreCase(surname);
	}

	static boolean sameTitle(String onRecord, String asWritten) {
		String a = onRecord.toLowerCase(Locale.ROOT);
		String b = asWritten.toLowerCase(Locale.ROOT);
		return a.equals(b) || a.startsWith(b + " of")
				|| SAME_TITLE.stream().anyMatch(titles -> titles.contains(a) && titles.contains(b));
	}

}
