package dev.readout.source;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CitationsTests {

	private final Source original = source(2, "Report on the meeting");

	private final Source copy = source(3, "Reworded copy of the report");

	private final Source other = source(4, "Another report");

	{
		this.copy.markAsCopyOf(this.original, CopyKind.COPY);
	}

	@Test
	void numbersSourcesInTheOrderThePageFirstCitesThem() {
		Citations citations = Citations.of(List.of(4L, 2L, 4L), List.of(this.original, this.other));
		assertThat(citations.list()).extracting(Citation::number, Citation::source)
			.containsExactly(tuple(1, this.other), tuple(2, this.original));
	}

	@Test
	void countsACopyAsItsOriginal() {
		Citations citations = Citations.of(List.of(3L, 4L, 2L), List.of(this.copy, this.other, this.original));
		assertThat(citations.list()).hasSize(2);
		assertThat(citations.list().get(0).source()).isSameAs(this.original);
		assertThat(citations.list().get(0).copies()).containsExactly(this.copy);
		assertThat(citations.numberOf(3L)).isEqualTo(citations.numberOf(2L)).isEqualTo(1);
		assertThat(citations.numbersOf(List.of(2L, 3L, 4L))).containsExactly(1, 2);
	}

	private static Source source(long id, String label) {
		Source source = new Source(null, label, LocalDate.of(2023, 6, 19), null);
		ReflectionTestUtils.setField(source, "id", id);
		return source;
	}

}
