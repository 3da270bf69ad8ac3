package dev.readout.audit;

import java.util.List;
import java.util.Set;

/**
 * How an editable record's collections take the values a form gives them: only where they
 * differ. Cleared and refilled, an unchanged collection counts as changed, the record's
 * version rises, and every other analyst's open form is refused for nothing.
 */
public final class CollectionEdits {

	private CollectionEdits() {
	}

	/** Makes the set hold these, keeping the ones that stay. */
	public static <T> void keepOnly(Set<T> current, Set<T> wanted) {
		current.retainAll(wanted);
		current.addAll(wanted);
	}

	/** Makes the list these, in this order, touching it only when they differ. */
	public static <T> void replaceIfChanged(List<T> current, List<T> wanted) {
		if (!current.equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

}
