package dev.readout.modularity.cycle.first;

import dev.readout.modularity.cycle.second.Second;

/**
 * Half of a deliberate cycle between two modules, which the boundaries test must refuse.
 */
public class First {

	Second second;

}
