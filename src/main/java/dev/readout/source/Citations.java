package dev.readout.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbered source list of one page. Sources are numbered in the order the page first
 * cites them; a copy takes the number of its original, so two copies of one article are
 * one citation.
 */
public final class Citations {

	private final Map<Long, Integer> numberBySourceId;

	private final List<Citation> list;

	private Citations(Map<Long, Integer> numberBySourceId, List<Citation> list) {
		this.numberBySourceId = numberBySourceId;
		this.list = list;
	}

	/**
	 * @param citedIds the ids of the cited sources in the order the page shows them,
	 * repeats allowed
	 * @param sources the cited sources, with their originals loaded
	 */
	static Citations of(List<Long> citedIds, Collection<Source> sources) {
		Map<Long, Source> byId = new HashMap<>();
		sources.forEach(source -> byId.put(source.getId(), source));
		Map<Long, Source> originals = new LinkedHashMap<>();
		Map<Long, Set<Source>> copies = new HashMap<>();
		for (Long id : citedIds) {
			Source cited = byId.get(id);
			Source original = cited.original();
			originals.putIfAbsent(original.getId(), original);
			if (cited != original) {
				copies.computeIfAbsent(original.getId(), key -> new LinkedHashSet<>()).add(cited);
			}
		}
		Map<Long, Integer> numbers = new HashMap<>();
		List<Citation> list = new ArrayList<>();
		for (Source original : originals.values()) {
			int number = list.size() + 1;
			List<Source> copiesOfOriginal = List.copyOf(copies.getOrDefault(original.getId(), Set.of()));
			list.add(new Citation(number, original, copiesOfOriginal));
			numbers.put(original.getId(), number);
			copiesOfOriginal.forEach(copy -> numbers.put(copy.getId(), number));
		}
		return new Citations(numbers, List.copyOf(list));
	}

	/** The citation numbers for these sources, ascending, each once. */
	public List<Integer> numbersOf(Collection<Long> sourceIds) {
		return sourceIds.stream().map(this.numberBySourceId::get).distinct().sorted().toList();
	}

	public int numberOf(Long sourceId) {
		return this.numberBySourceId.get(sourceId);
	}

	public List<Citation> list() {
		return this.list;
	}

}
