package dev.readout.source;

/**
 * How a source that tells another's story relates to it. Either way it is not an
 * independent confirmation, and it counts as the original.
 */
public enum CopyKind {

	/** A syndicated or reworded copy, often by another outlet or a machine. */
	COPY,
	/** Another edition of the same outlet's story: updated, cut or rearranged. */
	EDITION

}
