package dev.readout.vocabulary;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The governments whose contacts Readout records. The United States and China always have
 * a column, in that order, so that a missing readout shows as a gap; any other side
 * follows alphabetically.
 */
public final class Sides {

	public static final List<String> PRIMARY = List.of("US", "CN");

	public static final Comparator<String> ORDER = Comparator
		.comparingInt((String side) -> PRIMARY.contains(side) ? PRIMARY.indexOf(side) : PRIMARY.size())
		.thenComparing(Comparator.naturalOrder());

	private Sides() {
	}

	/** The primary sides and any others present, each once, in column order. */
	public static List<String> withPrimary(Collection<String> present) {
		return Stream.concat(PRIMARY.stream(), present.stream()).distinct().sorted(ORDER).toList();
	}

}
