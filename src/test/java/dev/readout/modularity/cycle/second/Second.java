package dev.readout.modularity.cycle.second;

import dev.readout.modularity.cycle.first.First;

/** The arrow back up that closes the cycle. */
public class Second {

	First first;

}
