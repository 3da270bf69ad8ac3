package dev.readout.official;

import dev.readout.audit.EditableRecord;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.readout.form.FormText;
import dev.readout.source.Source;
import dev.readout.vocabulary.NativeNames;
import dev.readout.vocabulary.PartialDate;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

/** A person who takes part in contacts, with the positions they held over time. */
@Entity
public class Official implements EditableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	/** The name in the official's own script, such as 王毅. */
	private String nativeName;

	/** Other names the press gives them, one per line. */
	private String aliases;

	/** ISO 3166 alpha-2 code of the country the official serves. */
	private String country;

	/**
	 * A private citizen on record, who takes part as a person and speaks for no
	 * government.
	 */
	private boolean privatePerson;

	/**
	 * The official's Wikidata item, such as Q22686: how other datasets name the person.
	 */
	private String wikidataId;

	@OneToMany(mappedBy = "official", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<Position> positions = new HashSet<>();

	@Version
	private int version;

	protected Official() {
	}

	public Official(String fullName, String nativeName, String country) {
		this.fullName = fullName;
		this.nativeName = nativeName;
		this.country = country;
	}

	/** Other names the press gives them ("Tony Blinken"), one per line; null for none. */
	public void knownAlsoAs(String aliases) {
		this.aliases = aliases;
	}

	/** Other names the press gives them. */
	public List<String> getAliases() {
		return FormText.lines(this.aliases);
	}

	public void rename(String fullName, String nativeName, String country, boolean privatePerson) {
		this.fullName = fullName;
		this.nativeName = nativeName;
		this.country = country;
		this.privatePerson = privatePerson;
	}

	public void identify(String wikidataId) {
		this.wikidataId = wikidataId;
	}

	public String getWikidataId() {
		return this.wikidataId;
	}

	public boolean isPrivatePerson() {
		return this.privatePerson;
	}

	/** Makes the positions on record these, in place of the ones before. */
	public void replacePositions(List<PositionSpec> positions) {
		this.positions.clear();
		positions.forEach(spec -> holdPosition(spec.title(), spec.organisation(), spec.start(), spec.end())
			.cite(spec.source(), spec.endSource()));
	}

	/**
	 * A position as a form gives it.
	 *
	 * @param source where its title and start come from, or null
	 * @param endSource where its end comes from, or null
	 */
	public record PositionSpec(String title, String organisation, PartialDate start, PartialDate end, Source source,
			Source endSource) {
	}

	public Position holdPosition(String title, String organisation, PartialDate start, PartialDate end) {
		Position position = new Position(this, title, organisation, start, end);
		this.positions.add(position);
		return position;
	}

	/**
	 * The positions held at any time within {@code when}: for a day, the titles as of
	 * that day. A position whose tenure is not on record counts only when no position
	 * with a tenure on record covers the date: a title taken from one travel record must
	 * not follow the official into the years of their later posts.
	 */
	public List<Position> positionsHeldDuring(PartialDate when) {
		List<Position> held = this.positions.stream()
			.filter(position -> position.heldDuring(when))
			.sorted(Position.BY_START)
			.toList();
		List<Position> dated = held.stream().filter(Position::isTenureKnown).toList();
		return dated.isEmpty() ? held : dated;
	}

	public List<Position> positionsOverTime() {
		return this.positions.stream().sorted(Position.BY_START).toList();
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getNativeName() {
		return this.nativeName;
	}

	/**
	 * Whether the name in their own script comes first: in the Chinese interface, where
	 * that name is on record, since it is the one a Chinese reader knows them by.
	 */
	public boolean nativeNameFirstIn(Locale locale) {
		return NativeNames.comeFirstIn(locale, this.nativeName);
	}

	/** The name a reader of the interface's language knows them by. */
	public String nameIn(Locale locale) {
		return NativeNames.nameIn(locale, this.fullName, this.nativeName);
	}

	public String getCountry() {
		return this.country;
	}

	@Override
	public int getVersion() {
		return this.version;
	}

}
