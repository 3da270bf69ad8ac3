package dev.readout.dossier;

import java.util.List;
import java.util.stream.LongStream;

import dev.readout.dossier.Counterparts.Counterpart;
import dev.readout.dossier.Counterparts.Graph;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The who-met-whom drawing: counterparts on a circle around the official, the first at
 * the top and the rest clockwise, each line as thick as their meetings warrant.
 */
class CounterpartGraphTests {

	@Test
	void placesTheFirstCounterpartAtTheTopAndTheOthersClockwise() {
		Graph graph = Graph.around(found(3, 2, 1, 1));

		assertThat(graph.counterparts()).extracting(Counterpart::x, Counterpart::y)
			.containsExactly(point(Graph.CENTRE_X, Graph.CENTRE_Y - Graph.RADIUS),
					point(Graph.CENTRE_X + Graph.RADIUS, Graph.CENTRE_Y),
					point(Graph.CENTRE_X, Graph.CENTRE_Y + Graph.RADIUS),
					point(Graph.CENTRE_X - Graph.RADIUS, Graph.CENTRE_Y));
	}

	@Test
	void drawsTheLineToTheMostMetSixWideAndTheOthersInProportion() {
		Graph graph = Graph.around(found(10, 5, 1));

		assertThat(graph.counterparts()).extracting(Counterpart::strokeWidth).containsExactly(6.0, 3.5, 1.5);
	}

	@Test
	void keepsEveryCounterpartOnTheCircle() {
		Graph graph = Graph.around(found(LongStream.rangeClosed(1, Counterparts.LIMIT).toArray()));

		assertThat(graph.counterparts()).hasSize(Counterparts.LIMIT).allSatisfy(counterpart -> {
			double distance = Math.hypot(counterpart.x() - Graph.CENTRE_X, counterpart.y() - Graph.CENTRE_Y);
			assertThat(distance).isCloseTo(Graph.RADIUS, offset(0.2));
		});
	}

	@Test
	void drawsNothingForAnOfficialWhoMetNoOneFromTheOtherSide() {
		assertThat(Graph.around(List.of()).isEmpty()).isTrue();
	}

	private static List<Counterpart> found(long... meetings) {
		return LongStream.range(0, meetings.length)
			.mapToObj(i -> new Counterpart(i, "Official " + i, null, meetings[(int) i], 0, 0, 0))
			.toList();
	}

	private static Tuple point(double x, double y) {
		return tuple(x, y);
	}

}
